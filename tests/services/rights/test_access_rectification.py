"""Art. 15 access extract and Art. 16 rectification through a request, on a real register."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.core.register_description import Recipient
from desktop.core.requests import RequestKind
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.rights.base import IdentityNotChecked, NotLinkedToCustomer
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.models import AuditEntry
from desktop.store.request_models import RequestEvent
from tests.services.rights.conftest import EVENTS, TODAY, World, log_request

ART15_KEYS = {
    "purposes",
    "categories",
    "recipients",
    "retention",
    "rights",
    "source",
    "automated_decisions",
    "transfers",
}


def _events(world: World, request_id: int) -> list[str]:
    with world.register.read() as session:
        return list(
            session.scalars(
                select(RequestEvent.action)
                .where(RequestEvent.request_id == request_id)
                .order_by(RequestEvent.id)
            )
        )


def test_access_extract_holds_every_table_and_the_art15_information(world: World) -> None:
    CustomerService(world.register, world.ville).get(world.anna)  # a view, in the audit summary
    earlier = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    extract = world.rights().access_extract(world.request, today=TODAY)

    assert not extract.is_empty
    assert extract.person["Etunimi"] == "Anna" and extract.person["Titteli"] == "Arkkitehti"
    assert extract.person["Muistiinpanot"] == "Soita aamupäivisin"
    assert len(extract.addresses) == 2 and extract.addresses[1]["source"] == "import"
    assert [p["number"] for p in extract.phones] == ["+358401234567"]
    assert len(extract.emails) == 2
    consents = {s.kind: s.state for s in extract.consents}
    assert consents[ConsentKind.MARKETING_EMAIL] is ConsentState.GRANTED
    assert consents[ConsentKind.PARTNER_DISCLOSURE] is ConsentState.WITHDRAWN
    assert len(extract.consent_history) == 3
    assert len(extract.contact_events) == EVENTS
    assert len(extract.orders) == 3
    assert [a.name for a in extract.attachments] == ["kirje.txt"]
    assert extract.attachments[0].type == "text/plain"
    assert extract.custom == {"harrastus": "golf"} and extract.tags == ["VIP"]
    assert [r.diary_number for r in extract.earlier_requests] == ["2026-002"]
    assert earlier
    assert {"customer_created", "customer_viewed", "order_added"} <= {
        a.action for a in extract.audit
    }
    assert set(extract.art15) >= ART15_KEYS
    assert (
        "Kirjanpitolain" in extract.art15["retention"]
        or "kirjanpitolain" in (extract.art15["retention"])
    )
    assert _events(world, world.request)[-1] == "access_extract_made"

    text = world.rights().extract_as_text(extract)
    assert "Anna" in text and "Puhelu 499" in text and "SUOSTUMUKSET" in text
    assert "Käsittelyn tarkoitukset" in text


def test_art15_takes_the_saved_description_and_its_recipients(world: World) -> None:
    descriptions = RegisterDescriptionService(world.register, world.maija)
    assert descriptions.versions() == []
    template = descriptions.current()
    assert "Kahvila Meikäläinen" in template.register_name
    assert "1572860-0" in template.controller_contact
    version = descriptions.save(
        replace(template, recipients=(Recipient("Tilitoimisto Tase Oy", "FI", "Kirjanpito"),))
    )
    assert version == 1 and descriptions.versions()[0][0] == 1
    with pytest.raises(PermissionDenied):
        RegisterDescriptionService(world.register, world.ville).save(template)
    extract = world.rights().access_extract(world.request, today=TODAY)
    assert "Tilitoimisto Tase Oy (FI): Kirjanpito" in extract.art15["recipients"]


def test_access_needs_a_linked_customer_and_a_checked_identity(world: World) -> None:
    stranger = log_request(world.register, world.ville, None, (RequestKind.ACCESS,))
    with pytest.raises(NotLinkedToCustomer):
        world.rights().access_extract(stranger)
    empty = world.rights().access_extract(stranger, person_not_found=True, today=TODAY)
    assert empty.is_empty and empty.contact_events == [] and set(empty.art15) >= ART15_KEYS
    assert "Rekisterissä ei ole sinusta tietoja" in world.rights().extract_as_text(empty)
    unchecked = log_request(world.register, world.ville, world.anna, checked=False)
    with pytest.raises(IdentityNotChecked):
        world.rights().access_extract(unchecked)
    with pytest.raises(PermissionDenied):
        world.rights(world.lukija).access_extract(world.request)


def test_rectification_keeps_old_and_new_values_and_changes_the_customer(world: World) -> None:
    rows = world.rights().rectify(
        world.request,
        {
            "last_name": "Aaltonen",
            "emails.0.address": "anna.aaltonen@example.fi",
            "phones.0.number": "050 111 2222",
            "addresses.0.street": "Mannerheimintie 2",
        },
    )
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {
        ("last_name", "Asiakas", "Aaltonen"),
        ("emails.0.address", "anna.asiakas@example.fi", "anna.aaltonen@example.fi"),
        ("phones.0.number", "+358401234567", "+358501112222"),
        ("addresses.0.street", "Mannerheimintie 1 A 2", "Mannerheimintie 2"),
    }
    assert all(r.done for r in rows)
    detail = CustomerService(world.register, world.ville).get(world.anna, record_view=False)
    assert detail.form.last_name == "Aaltonen"
    assert detail.form.emails[0].address == "anna.aaltonen@example.fi"
    assert detail.form.addresses[1].street == "Kesäpolku 3", "the other address is untouched"
    found = CustomerQueries(world.register, world.ville).page(CustomerQuery(text="aaltonen"))
    assert [row.id for row in found] == [world.anna], "the search index follows"
    assert world.rights(world.lukija).rectifications(world.request) == rows
    assert _events(world, world.request)[-1] == "rectified"
    with world.register.read() as session:
        fields = session.scalars(
            select(AuditEntry.fields).where(AuditEntry.action == "customer_rectified")
        ).one()
    assert set(fields.split(",")) == {"last_name", "emails", "phones", "addresses"}
    assert "Aaltonen" not in fields


def test_rectification_is_checked_and_refusal_needs_a_reason(world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        world.rights().rectify(world.request, {"emails.0.address": "not an address"})
    assert set(caught.value.fields) == {"emails.0.address"}
    with pytest.raises(ValidationError) as caught:
        world.rights().rectify(world.request, {"number": "1", "orders.0.amount": "0"})
    assert set(caught.value.fields) == {"number", "orders.0.amount"}
    with pytest.raises(ValidationError):
        world.rights().refuse_rectification(world.request, "notes", "", "  ")
    refused = world.rights().refuse_rectification(
        world.request, "notes", "", "Our own note of a phone call; it is accurate."
    )
    assert not refused.done and refused.old_value == "Soita aamupäivisin"
    assert refused.refusal_reason.startswith("Our own note")
    assert world.rights().rectifications(world.request) == [refused]
    with pytest.raises(PermissionDenied):
        world.rights(world.lukija).rectify(world.request, {"last_name": "X"})
