"""Prospects (potential customers) have their own retention rule: counted from the last contact,
or from when they were added if nobody has contacted them since."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop.core.retention_rules import (
    BUILT_IN,
    Category,
    Unit,
    default_rules,
    periods_in_description,
)
from desktop.services.customers.records import CustomerService
from desktop.services.retention.due import DueKind
from desktop.store.customer_models import ContactEvent, Customer
from tests.services.retention.conftest import TODAY, World, person


def _prospect(world: World, name: str, added: datetime, contact: datetime | None) -> int:
    customer_id = CustomerService(world.register, world.ville).create(person(name, "Prospekti")).id
    with world.register.write() as session:
        row = session.get(Customer, customer_id)
        row.status, row.created_at = "prospect", added
        if contact is not None:
            session.add(
                ContactEvent(
                    customer_id=customer_id,
                    occurred_at=contact,
                    channel="email",
                    summary="Tarjous lähetetty",
                    handled_by="Ville",
                )
            )
    return customer_id


def test_prospects_are_due_a_year_after_the_last_contact(world: World) -> None:
    silent = _prospect(world, "Hiljainen", datetime(2024, 1, 10, 9, 0), None)
    old_contact = _prospect(
        world, "Vanha", datetime(2022, 2, 1, 9, 0), datetime(2025, 6, 30, 14, 0)
    )
    recent_contact = _prospect(
        world, "Tuore", datetime(2023, 1, 1, 9, 0), datetime(2026, 3, 1, 10, 0)
    )
    just_added = _prospect(world, "Uusi", datetime(2026, 6, 1, 9, 0), None)
    service = world.service()
    assert service.rules()[Category.PROSPECTS] == BUILT_IN[Category.PROSPECTS]

    items = {item.record_id: item for item in service.due_page(DueKind.CUSTOMERS, today=TODAY)}
    assert recent_contact not in items and just_added not in items
    assert items[silent].category is Category.PROSPECTS
    assert items[silent].start == date(2024, 1, 10)
    assert items[silent].due_on == date(2025, 1, 11)
    assert items[old_contact].start == date(2025, 6, 30)  # the contact, not the adding
    assert items[old_contact].due_on == date(2026, 7, 1)
    assert items[world.old].category is Category.CUSTOMERS  # ended customers as before
    assert service.due_counts(TODAY)[DueKind.CUSTOMERS] == 5 + 2

    # Paging walks the mixed list (ended on, last contact) once, in date order.
    seen, after = [], None
    while page := service.due_page(DueKind.CUSTOMERS, after=after, limit=2, today=TODAY):
        seen.extend(page)
        after = (page[-1].sort_key, page[-1].record_id)
    assert sorted(i.record_id for i in seen) == sorted(items)
    assert [i.start for i in seen] == sorted(i.start for i in seen)

    result = service.erase(DueKind.CUSTOMERS, [silent, old_contact], today=TODAY)
    assert (result.deleted, result.anonymised) == (2, 0)
    with world.register.read() as session:
        assert session.get(Customer, silent) is None and session.get(Customer, old_contact) is None
        assert session.get(Customer, recent_contact) is not None


def test_a_disabled_prospect_rule_keeps_prospects_only(world: World) -> None:
    silent = _prospect(world, "Hiljainen", datetime(2020, 1, 10, 9, 0), None)
    service = world.service()
    rules = service.rules()
    rules[Category.PROSPECTS] = replace(rules[Category.PROSPECTS], enabled=False)
    service.save_rules(rules)
    ids = {item.record_id for item in service.due_page(DueKind.CUSTOMERS, today=TODAY)}
    assert silent not in ids and world.old in ids


def test_prospect_period_read_from_the_description() -> None:
    text = (
        "Asiakkaan tiedot: 3 vuotta asiakassuhteen päättymisestä.\n"
        "Potentiaalisten asiakkaiden tiedot: 6 kuukautta viimeisestä yhteydenotosta.\n"
    )
    found = periods_in_description(text)
    assert (found[Category.PROSPECTS].amount, found[Category.PROSPECTS].unit) == (6, Unit.MONTHS)
    assert found[Category.CUSTOMERS].amount == 3
    assert default_rules("")[Category.PROSPECTS].amount == 1
    swedish = periods_in_description("Potentiella kunders uppgifter: 2 år.")
    assert swedish[Category.PROSPECTS].amount == 2
