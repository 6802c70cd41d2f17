"""Merging two records of one person: everything moves, nothing is duplicated, all audited."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.customer_fields import Channel, ConsentKind, ConsentState
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.errors import UserError
from desktop.services.customers.attachments import AttachmentService
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.contact_history import ContactHistoryService
from desktop.services.customers.merge import MergeWithItself, merge_customers
from desktop.services.customers.orders import OrderForm, OrderService
from desktop.services.customers.records import CustomerNotFound, CustomerService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.store.customer_models import (
    Address,
    Attachment,
    ConsentEntry,
    ContactEvent,
    Customer,
    CustomValue,
    Email,
    Order,
    Phone,
    Tag,
)
from desktop.store.models import AuditEntry
from tests.services.customers.conftest import World

TABLES = (Address, Phone, Email, Tag, CustomValue, ConsentEntry, ContactEvent, Order, Attachment)


def counts(world: World, customer_id: int) -> dict[str, int]:
    with world.register.read() as session:
        return {
            model.__tablename__: int(
                session.scalar(
                    select(func.count()).select_from(model).where(model.customer_id == customer_id)  # type: ignore[attr-defined]
                )
                or 0
            )
            for model in TABLES
        }


def test_merge_keeps_everything(world: World, tmp_path: Path) -> None:
    customers = CustomerService(world.register, world.ville)
    # A second record of Anna: one shared email and address, one new of each, a restriction.
    twin = customers.create(
        CustomerForm(
            first_name="Anna",
            last_name="Asiakas",
            title="Toimitusjohtaja",
            municipality="Espoo",
            started_on="1.1.2019",
            notes="Soita iltapäivisin.",
            addresses=(
                AddressForm("Mannerheimintie 1 A 2", "00100", "HELSINKI", kind="work"),
                AddressForm("Kesämökkitie 5", "10600", "Tammisaari"),
            ),
            phones=(PhoneForm("+358 40 1234567"), PhoneForm("09 123 4567")),
            emails=(EmailForm("Anna.Asiakas@example.fi"), EmailForm("anna@koti.fi")),
            tags=("VIP", "Kanta-asiakas"),
            custom={"harrastus": "tennis", "lemmikki": "kissa"},
        )
    ).id
    customers.set_restriction(twin, "Kiistää tietojen oikeellisuuden")
    day = date(2026, 1, 1)
    consents = ConsentService(world.register, world.ville)
    consents.record(
        world.anna,
        ConsentKind.MARKETING_EMAIL,
        ConsentState.GRANTED,
        decided_on=day,
        source="customer",
    )
    consents.record(
        twin, ConsentKind.MARKETING_EMAIL, ConsentState.WITHDRAWN, decided_on=day, source="customer"
    )
    ContactHistoryService(world.register, world.ville).add(
        twin,
        occurred_at=datetime(2026, 1, 2, 10),
        channel=Channel.PHONE,
        summary="Soitti",
        handled_by="V",
    )
    OrderService(world.register, world.ville).add(twin, OrderForm("2.1.2026", "Kakku", "20"))
    pdf = tmp_path / "liite.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    AttachmentService(world.register, world.ville).add(twin, pdf)

    keep_before, remove_before = counts(world, world.anna), counts(world, twin)
    merged = merge_customers(world.register, world.ville, keep_id=world.anna, remove_id=twin)

    after = counts(world, world.anna)
    assert counts(world, twin) == dict.fromkeys(after, 0)
    assert after == {
        "customer_addresses": keep_before["customer_addresses"] + 1,  # the shared one once
        "customer_phones": keep_before["customer_phones"] + 1,
        "customer_emails": keep_before["customer_emails"] + 1,
        "customer_tags": keep_before["customer_tags"] + 1,  # VIP once
        "customer_custom_values": keep_before["customer_custom_values"] + 1,
        "consent_entries": keep_before["consent_entries"] + remove_before["consent_entries"],
        "contact_events": remove_before["contact_events"],
        "orders": remove_before["orders"],
        "attachments": remove_before["attachments"],
    }
    form = merged.form
    assert form.title == "Toimitusjohtaja"  # blank on keep: filled
    assert form.municipality == "Helsinki"  # keep's own value wins
    assert form.notes == "Soita iltapäivisin."
    assert form.custom == {"harrastus": "golf", "lemmikki": "kissa"}
    assert set(form.tags) == {"VIP", "Kanta-asiakas"}
    assert merged.started_on == date(2019, 1, 1)  # the earlier one
    assert merged.restricted and merged.restriction_reason == "Kiistää tietojen oikeellisuuden"
    # Latest consent entry by id wins across both records: the withdrawal.
    status = {s.kind: s for s in consents.current_consents(world.anna)}
    assert status[ConsentKind.MARKETING_EMAIL].state is ConsentState.WITHDRAWN

    with world.register.read() as session:
        assert session.get(Customer, twin) is None
        entries = {
            (e.action, e.entity_id): e.fields
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action.like("customer_%")))
        }
    merged_fields = set(entries[("customer_merged", str(world.anna))].split(","))
    assert {
        "addresses",
        "phones",
        "emails",
        "tags",
        "custom",
        "title",
        "notes",
        "started_on",
    } <= merged_fields
    assert {"restricted", "consents", "contact_events", "orders", "attachments"} <= merged_fields
    assert entries[("customer_deleted", str(twin))] == "merged"

    # The search index follows: the moved address finds the kept customer, the twin is gone.
    found = CustomerQueries(world.register, world.ville).page(CustomerQuery(text="Kesämökki"))
    assert [row.id for row in found] == [world.anna]


def test_merge_refusals(world: World) -> None:
    with pytest.raises(MergeWithItself):
        merge_customers(world.register, world.ville, keep_id=world.anna, remove_id=world.anna)
    assert isinstance(MergeWithItself(), UserError)
    with pytest.raises(CustomerNotFound):
        merge_customers(world.register, world.ville, keep_id=world.anna, remove_id=9999)
    assert counts(world, world.anna)["customer_emails"] == 1
