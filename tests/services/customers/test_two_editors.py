"""Two clerks open the same customer; the second to save is told who changed it since they opened
it, and nothing of theirs overwrites the first one's change (the version counter on customers)."""

from __future__ import annotations

from dataclasses import replace

import pytest

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
