"""Two clerks open the same customer; the second to save is told who changed it since they opened
it, and nothing of theirs overwrites the first one's change (the version counter on customers)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from desktop.core.customer_form import PhoneForm
from desktop.core.edit_conflict import keep_editing
from desktop.services.customers.records import CustomerChangedMeanwhile, CustomerService
from tests.services.customers.conftest import World, audit_actions


def test_the_second_save_is_refused_and_names_who_changed_it(world: World) -> None:
    maija = CustomerService(world.register, world.maija)
    ville = CustomerService(world.register, world.ville)
    opened_by_maija = maija.get(world.anna)
    opened_by_ville = ville.get(world.anna)
    assert opened_by_maija.version == opened_by_ville.version == 1

    saved = maija.update(
        world.anna,
        replace(opened_by_maija.form, municipality="Espoo"),
        opened_version=opened_by_maija.version,
    )
    assert saved.version > opened_by_maija.version  # one step per UPDATE the save made

    with pytest.raises(CustomerChangedMeanwhile) as refused:
        ville.update(
            world.anna,
            replace(opened_by_ville.form, notes="Soita iltaisin"),
            opened_version=opened_by_ville.version,
        )
    assert "Maija Meikäläinen changed this customer at" in refused.value.text()
    now = ville.get(world.anna, record_view=False)
    assert (now.form.municipality, now.form.notes, now.version) == ("Espoo", "", saved.version)
    assert audit_actions(world.register, world.anna).count("customer_updated") == 1

    # Opened again, the same change goes through.
    again = ville.update(
        world.anna, replace(now.form, notes="Soita iltaisin"), opened_version=now.version
    )
    assert again.form.notes == "Soita iltaisin" and again.version > now.version


def test_other_changes_count_as_a_change_too(world: World) -> None:
    ville = CustomerService(world.register, world.ville)
    opened = ville.get(world.bertta)
    restricted = CustomerService(world.register, world.maija).set_restriction(
        world.bertta, "Asiakas kiistää tietojen oikeellisuuden"
    )
    assert restricted.version > opened.version
    with pytest.raises(CustomerChangedMeanwhile):
        ville.update(world.bertta, opened.form, opened_version=opened.version)


def test_the_refusal_says_who_changed_which_fields_and_carries_theirs(world: World) -> None:
    maija = CustomerService(world.register, world.maija)
    ville = CustomerService(world.register, world.ville)
    # A change Ville saved himself before he opened the customer is not "since you opened it".
    before = ville.get(world.anna)
    ville.update(world.anna, replace(before.form, title="Toimitusjohtaja"), opened=before)
    opened = ville.get(world.anna)
    typed = replace(opened.form, notes="Soita iltaisin")

    first = maija.get(world.anna)
    maija.update(
        world.anna,
        replace(first.form, municipality="Espoo", phones=(PhoneForm("040 999 8888"),)),
        opened=first,
    )
    with pytest.raises(CustomerChangedMeanwhile) as refused:
        ville.update(world.anna, typed, opened=opened)
    conflict = refused.value
    assert conflict.names == ("Maija Meikäläinen",)
    assert conflict.fields == ("municipality", "phones")
    assert conflict.theirs is not None
    assert conflict.theirs.form.municipality == "Espoo"
    assert conflict.theirs.form.notes == ""  # Ville's typing was not written

    # Keep editing: her fields are taken in, his typed note stays, and the save then goes in.
    merged = keep_editing(opened.form, typed, conflict.theirs.form)
    assert merged.both_changed == ()
    saved = ville.update(world.anna, merged.form, opened=conflict.theirs)
    assert (saved.form.municipality, saved.form.notes) == ("Espoo", "Soita iltaisin")
    assert saved.form.phones[0].number == "+358409998888"
    assert saved.form.title == "Toimitusjohtaja"


def test_two_people_since_and_the_same_field_changed_by_both(world: World) -> None:
    maija = CustomerService(world.register, world.maija)
    ville = CustomerService(world.register, world.ville)
    opened = ville.get(world.bertta)  # Ville's second window, opened first
    typed = replace(opened.form, municipality="Turku", notes="Oma muistiinpano")

    now = maija.get(world.bertta)
    now = maija.update(world.bertta, replace(now.form, municipality="Vantaa"), opened=now)
    CustomerService(world.register, world.maija).set_restriction(world.bertta, "Kiistää tiedot")
    now = ville.get(world.bertta)
    ville.update(world.bertta, replace(now.form, feedback="Tyytyväinen"), opened=now)

    with pytest.raises(CustomerChangedMeanwhile) as refused:
        ville.update(world.bertta, typed, opened=opened)
    conflict = refused.value
    assert conflict.names == ("Maija Meikäläinen", "Ville Virtanen")
    assert set(conflict.fields) >= {"municipality", "feedback", "restricted"}
    assert "Maija Meikäläinen, Ville Virtanen changed this customer at" in conflict.text()
    assert conflict.theirs is not None
    merged = keep_editing(opened.form, typed, conflict.theirs.form)
    # Both changed the municipality: what was typed stays, and the field is named.
    assert merged.both_changed == ("municipality",)
    assert (merged.form.municipality, merged.form.feedback) == ("Turku", "Tyytyväinen")
    stored = ville.get(world.bertta, record_view=False)
    assert (stored.form.municipality, stored.form.notes) == ("Vantaa", "")


def test_a_write_past_the_lock_is_still_not_overwritten(world: World) -> None:
    """A program that writes without taking the register's write lock (psql, an old Kirjuri)
    changes the row between our read and our write: the version counter refuses the save."""
    if not world.register.files.on_server:
        pytest.skip("on the file BEGIN IMMEDIATE holds the whole file: nobody writes past it")
    ville = CustomerService(world.register, world.ville)
    opened = ville.get(world.anna)
    done: list[bool] = []

    def write_past_the_lock(session: Session, *_args: object) -> None:
        if not done:
            done.append(True)
            with world.register.engine.connect() as other:  # no write lock taken
                other.execute(
                    text("UPDATE customers SET version = version + 1, level = 'B' WHERE id = :id"),
                    {"id": world.anna},
                )
                other.commit()

    event.listen(Session, "before_flush", write_past_the_lock)
    try:
        with pytest.raises(CustomerChangedMeanwhile) as refused:
            ville.update(world.anna, replace(opened.form, notes="Minun"), opened=opened)
    finally:
        event.remove(Session, "before_flush", write_past_the_lock)
    assert done and refused.value.theirs is not None
    assert refused.value.theirs.form.level == "B" and "level" in refused.value.fields
    stored = ville.get(world.anna, record_view=False)
    assert (stored.form.level, stored.form.notes) == ("B", "")
