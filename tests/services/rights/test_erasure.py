"""Art. 17 erasure: the preview with exact retention dates, anonymising when orders must stay,
deleting when nothing must, and the request log that survives both."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.customer_form import CustomerForm, EmailForm, PhoneForm
from desktop.core.disclosures import Basis, NewDisclosure
from desktop.core.register_description import Recipient
from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.retention import (
    INVOICE_VOUCHER,
    MARKETING_BAN,
    OPEN_INVOICE,
    PENDING_REQUEST,
    REQUEST_LOG,
    Kept,
)
from desktop.core.retention_rules import Category, RetentionRule, Unit
from desktop.errors import PermissionDenied
from desktop.services.customers.orders import OrderForm, OrderService
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.customers.suppression import MARKETING_BAN as BAN_REASON
from desktop.services.customers.suppression import SuppressionChecker
from desktop.services.disclosures.log import DisclosureService
from desktop.services.requests.log import RequestService
from desktop.services.retention.rules import RetentionService
from desktop.services.rights.base import LegalHoldBlocksErasure
from desktop.services.rights.erasure import ERASED_NAME, NotAnErasureRequest
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.customer_models import (
    Attachment,
    ConsentEntry,
    ContactEvent,
    Customer,
    Email,
    Order,
)
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request, RequestEvent
from tests.services.rights.conftest import TODAY, World, log_request


def _count(world: World, model: type, customer_id: int) -> int:
    with world.register.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.customer_id == customer_id)  # type: ignore[attr-defined]
            )
        )


def test_preview_lists_what_goes_and_what_stays_with_exact_dates(world: World) -> None:
    RegisterDescriptionService(world.register, world.maija).save(
        replace(
            RegisterDescriptionService(world.register, world.maija).current(),
            recipients=(Recipient("Postitus Oy", "FI", "Markkinointikirjeiden postitus"),),
        )
    )
    # Only a recipient the data actually went to is told (Art. 19), not every one listed.
    DisclosureService(world.register, world.ville).record(
        world.anna,
        NewDisclosure("Perintä Oy", date(2026, 3, 1), "Laskun tiedot", Basis.CONTRACT, "SE"),
    )
    preview = world.rights(world.lukija).erasure_preview(world.request, today=TODAY)
    assert preview.anonymise
    assert preview.deleted == {
        "customer": 1,
        "addresses": 2,
        "phones": 1,
        "emails": 2,
        "consents": 3,
        "contact_events": 500,
        "attachments": 1,
        "tags": 1,
        "custom_values": 1,
        "orders": 1,  # the 2015 order: a voucher until 31.12.2021
        "statements": 0,  # no supplementary statement (Art. 16) given
    }
    assert preview.deletable_order_ids == (world.paid_2015,)
    kept = [(k.what, k.until, k.then, k.order_id) for k in preview.kept]
    # The orders are vouchers (KPL 2:10: 6 years from the end of the year), never the books;
    # the open invoice stays until paid and then as a voucher; the partner-disclosure consent
    # withdrawn in 2022 is a marketing ban, so the keyed check values stay, with their basis.
    assert kept == [
        (INVOICE_VOUCHER, date(2026, 12, 31), None, world.paid_2020),
        (OPEN_INVOICE, None, date(2032, 12, 31), world.open_order),
        (REQUEST_LOG, None, None, None),
        (MARKETING_BAN, None, None, None),
    ]
    assert "2:10" in preview.kept[0].reason and "2020-17" in preview.kept[0].detail
    assert all(k.reason and k.ends for k in preview.kept)
    assert preview.marketing_ban
    assert [(r.name, r.language) for r in preview.recipients] == [("Perintä Oy", "sv")]
    assert preview.partner_disclosure_granted, "granted in 2021, withdrawn in 2022: still told"
    # A year later the voucher hold has passed: the order can go.
    later = world.rights().erasure_preview(world.request, today=date(2027, 1, 1))
    assert [k.what for k in later.kept if k.order_id == world.paid_2020] == []
    # The date is the one the retention review acts on: a longer rule of the business counts.
    retention = RetentionService(world.register, world.maija)
    rules = retention.rules()
    rules[Category.INVOICES] = RetentionRule(Category.INVOICES, 8, Unit.YEARS)
    retention.save_rules(rules)
    longer = world.rights().erasure_preview(world.request, today=date(2027, 1, 1))
    assert [k.until for k in longer.kept if k.order_id == world.paid_2020] == [date(2028, 12, 31)]


def test_erase_anonymises_when_orders_must_stay(world: World) -> None:
    old_email = "anna.asiakas@example.fi"
    result = world.rights().erase(world.request, today=TODAY)
    # The ban recorded in 2022 already keeps the check values: none is new.
    assert result.anonymised and result.suppression_hashes == 0
    assert result.partner_disclosure_granted

    with world.register.read() as session:
        customer = session.get(Customer, world.anna)
        assert customer is not None
        assert (customer.first_name, customer.last_name) == ("", ERASED_NAME)
        assert customer.status == "ended" and customer.ended_on == TODAY
        for name in ("title", "municipality", "feedback", "notes", "identity_code"):
            assert getattr(customer, name) == "", name
        assert customer.addresses == [] and customer.phones == [] and customer.emails == []
        assert customer.tags == [] and customer.custom_values == []
        assert "anna" not in customer.search_text and "asiakas" not in customer.search_text
        orders = set(session.scalars(select(Order.id).where(Order.customer_id == world.anna)))
        assert orders == {world.paid_2020, world.open_order}
        assert SuppressionChecker(session).check(emails=[old_email], phones=["040 123 4567"])
        hits = SuppressionChecker(session).check(emails=[old_email], phones=[])
        assert {h.reason for h in hits} == {BAN_REASON}  # withdrawn in 2022: a ban
        assert session.scalar(select(Email.id).where(Email.address == old_email)) is None
        action = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == str(world.anna))
        ).all()[-1]
        assert action == "customer_anonymised"
    for model in (ConsentEntry, ContactEvent, Attachment):
        assert _count(world, model, world.anna) == 0, model
    queries = CustomerQueries(world.register, world.ville)
    for text in ("Asiakas", "anna.asiakas", "Mannerheimintie", "0401234567"):
        assert queries.page(CustomerQuery(text=text)) == [], text

    # The request log survives, with what proves the request was handled.
    detail = RequestService(world.register, world.ville).get(world.request)
    assert detail.row.diary_number == "2026-001" and detail.row.customer_id is None
    assert detail.row.requester == "Anna Asiakas", (
        "the name the reply went to stays, first name first"
    )
    assert detail.form.requester_address == "Mannerheimintie 1 A 2\n00100 Helsinki"
    assert detail.identity_method == "signature_matches"
    erased = [e for e in detail.events if e.action == "erased"]
    assert len(erased) == 1 and "contact_events=500" in erased[0].note
    assert "Anna" not in erased[0].note


def test_erase_deletes_a_customer_with_nothing_to_keep(world: World) -> None:
    customers = CustomerService(world.register, world.ville)
    bertta = customers.create(
        CustomerForm(
            first_name="Bertta",
            last_name="Bergström",
            phones=(PhoneForm("050 765 4321"),),
            emails=(EmailForm("bertta@example.fi"),),
        )
    ).id
    OrderService(world.register, world.ville).add(
        bertta, OrderForm("1.2.2014", "Vanha tilaus", "20", "2014-1", paid=True)
    )
    earlier = log_request(world.register, world.ville, bertta, (RequestKind.ACCESS,))
    request = log_request(world.register, world.ville, bertta, (RequestKind.ERASURE,))
    preview = world.rights().erasure_preview(request, today=TODAY)
    assert not preview.anonymise
    # Her open access request is answered first; nothing of her contacts is kept: no ban.
    assert [(k.kind, k.detail) for k in preview.kept] == [
        (Kept.PENDING_REQUEST, "2026-002"),
        (Kept.REQUEST_LOG, ""),
    ]
    assert preview.kept[0].what == PENDING_REQUEST and not preview.marketing_ban

    result = world.rights().erase(request, today=TODAY)
    assert not result.anonymised and result.deleted["orders"] == 1
    with world.register.read() as session:
        assert session.get(Customer, bertta) is None
        assert (
            session.scalar(
                select(func.count()).select_from(Order).where(Order.customer_id == bertta)
            )
            == 0
        )
        # No marketing ban was asked for: no keyed check value of her contacts stays.
        assert not SuppressionChecker(session).check(emails=["bertta@example.fi"], phones=[])
        for request_id in (earlier, request):
            kept = session.get(Request, request_id)
            assert kept is not None and kept.customer_id is None
            assert kept.requester_name == "Bertta Bergström"  # as on the envelope
        assert session.scalar(
            select(RequestEvent.id).where(
                RequestEvent.request_id == request, RequestEvent.action == "erased"
            )
        )
        assert "customer_erased" in session.scalars(select(AuditEntry.action)).all()


def test_erase_refuses_a_legal_hold_a_non_erasure_request_and_a_reader(world: World) -> None:
    access_only = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    with pytest.raises(NotAnErasureRequest):
        world.rights().erase(access_only, today=TODAY)
    with pytest.raises(PermissionDenied):
        world.rights(world.lukija).erase(world.request, today=TODAY)
    with world.register.write() as session:
        customer = session.get(Customer, world.anna)
        assert customer is not None
        customer.legal_claim = True
        customer.legal_claim_note = "Riita laskusta 2026-88, käräjäoikeus"
    preview = world.rights().erasure_preview(world.request, today=TODAY)
    assert preview.blocked_by_legal_hold and "käräjäoikeus" in preview.kept[0].detail
    with pytest.raises(LegalHoldBlocksErasure):
        world.rights().erase(world.request, today=TODAY)
    assert _count(world, ContactEvent, world.anna) == 500, "nothing was erased"


def test_refusing_an_unfounded_request_is_a_move_with_reasons(world: World) -> None:
    requests = RequestService(world.register, world.ville)
    row = requests.move(
        world.request, RequestStatus.REFUSED, note="Manifestly excessive: the fifth this month"
    )
    assert row.status is RequestStatus.REFUSED
