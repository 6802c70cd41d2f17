"""Issue 15, item 2: deleting a customer keeps to what the law keeps, as erasure does. A clerk
cannot delete at all; a customer under a legal hold, with a restriction or with an open request
is not deleted (nothing changes); orders and invoices the Accounting Act keeps stay, on a record
emptied of personal data; every deletion is audited without values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.core.customer_fields import Channel, ConsentKind, ConsentState, Source
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.requests import RequestChannel, RequestKind, RequestStatus
from desktop.core.retention import INVOICE_VOUCHER, OPEN_INVOICE
from desktop.errors import PermissionDenied
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.customers.deletion import (
    REQUESTS_KEPT,
    CustomerHasOpenRequest,
    CustomerRestricted,
    CustomerUnderLegalHold,
)
from desktop.services.customers.orders import OrderForm
from desktop.services.register.integrity import check_register
from desktop.services.requests.log import RequestForm
from desktop.services.retention.due import OPEN_REQUEST_HOLD, RESTRICTED_HOLD
from desktop.services.rights.erasure import ERASED_NAME
from desktop.store.customer_models import (
    Attachment,
    ConsentEntry,
    ContactEvent,
    Customer,
    Email,
    Order,
)
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from desktop.store.request_models import Request
from tests import registers
from tests.registers import PASSWORDS

register_template = registers.register_template  # fixtures pytest finds by name
files = registers.files
TODAY = date(2026, 11, 24)


@dataclass
class Office:
    main: Services
    clerk: Services
    reader: Services


@pytest.fixture
def office(files: RegisterFiles) -> Iterator[Office]:
    gates = [Gate(files) for _ in range(3)]
    users = ("maija", "ville", "lukija")
    services = []
    for gate, name in zip(gates, users, strict=True):
        services.append(Services.for_user(gate, gate.login(name, PASSWORDS[name]).user))
    try:
        yield Office(*services)
    finally:
        for gate in gates:
            gate.close()


def customer(office: Office, first: str, **extra: object) -> int:
    form = CustomerForm(
        first_name=first,
        last_name="Asiakas",
        addresses=(AddressForm("Kauppakatu 1", "00100", "Helsinki"),),
        phones=(PhoneForm("040 123 4567"),),
        emails=(EmailForm(f"{first.lower()}@example.fi"),),
        **extra,  # type: ignore[arg-type]
    )
    return office.clerk.customers.create(form).id


def request_about(office: Office, customer_id: int, *, close: bool) -> int:
    requests = office.clerk.requests
    row = requests.log(
        RequestForm(
            received_at=datetime(2026, 11, 2, 10, 0),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS,),
            customer_id=customer_id,
            signed_by_hand=True,
        ),
        today=TODAY,
    )
    if close:
        requests.move(row.id, RequestStatus.REFUSED, note="Henkilöllisyys ei selvinnyt")
        office.clerk.rights.close(row.id)
    return row.id


def count(office: Office, model: type, customer_id: int) -> int:
    with office.main.gate.register.read() as session:
        query = select(func.count()).select_from(model).where(model.customer_id == customer_id)  # type: ignore[attr-defined]
        return int(session.scalar(query) or 0)


def audit_rows(office: Office, customer_id: int) -> list[tuple[int, str, str, str]]:
    """(id, action, user name, fields) of the customer's audit entries, oldest first."""
    with office.main.gate.register.read() as session:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.action, AuditEntry.username, AuditEntry.fields)
            .where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer_id))
            .order_by(AuditEntry.id)
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def test_a_clerk_and_a_reader_cannot_delete(office: Office) -> None:
    bertta = customer(office, "Bertta")
    for services in (office.clerk, office.reader):
        with pytest.raises(PermissionDenied):
            services.customer_deletion.plan(bertta)
        with pytest.raises(PermissionDenied):
            services.customer_deletion.delete(bertta)
    assert office.main.customers.get(bertta, record_view=False).name == "Asiakas Bertta"
    assert not hasattr(office.clerk.customers, "delete"), "no way around the rules"


@pytest.mark.parametrize("hold", ["legal", "restricted", "open_request"])
def test_what_the_law_keeps_is_not_deleted(office: Office, hold: str) -> None:
    cecilia = customer(office, "Cecilia")
    office.clerk.orders.add(cecilia, OrderForm("3.3.2015", "Kahvi", "12", "2015-01", paid=True))
    expected: type[Exception]
    if hold == "legal":
        with office.main.gate.register.write() as session:
            row = session.get(Customer, cecilia)
            assert row is not None
            row.legal_claim = True
            row.legal_claim_note = "Riita laskusta, käräjäoikeus"
        expected = CustomerUnderLegalHold
    elif hold == "restricted":
        office.clerk.customers.set_restriction(cecilia, "Kiistää tietojen oikeellisuuden")
        expected = CustomerRestricted
    else:
        request_about(office, cecilia, close=False)
        expected = CustomerHasOpenRequest
    plan = office.main.customer_deletion.plan(cecilia, today=TODAY)
    assert isinstance(plan.refusal(), expected)
    before = audit_rows(office, cecilia)
    with pytest.raises(expected) as refused:
        office.main.customer_deletion.delete(cecilia, today=TODAY)
    assert "Nothing was deleted" in refused.value.text()
    # Nothing changed: the record, its contacts and its order are all there, nothing audited.
    assert office.main.customers.get(cecilia, record_view=False).name == "Asiakas Cecilia"
    assert count(office, Email, cecilia) == 1 and count(office, Order, cecilia) == 1
    assert audit_rows(office, cecilia) == before


def test_orders_the_accounts_keep_stay_on_an_emptied_record(office: Office) -> None:
    anna = customer(office, "Anna", notes="Soita aamupäivisin", municipality="Helsinki")
    orders = office.clerk.orders
    in_books = orders.add(anna, OrderForm("5.6.2020", "Pöytä", "1200", "2020-17", paid=True))
    past = orders.add(anna, OrderForm("3.3.2015", "Konsultointi", "300", "2015-02", paid=True))
    unpaid = orders.add(anna, OrderForm("2.11.2026", "Piirustukset", "450", "2026-88"))
    office.clerk.consents.record(
        anna,
        ConsentKind.MARKETING_EMAIL,
        ConsentState.GRANTED,
        decided_on=date(2020, 1, 1),
        source=Source.CUSTOMER.value,
    )
    office.clerk.contact_history.add(
        anna,
        occurred_at=datetime(2026, 10, 1, 12, 0),
        channel=Channel.PHONE,
        summary="Soitti tilauksesta",
        handled_by="Ville",
    )
    closed = request_about(office, anna, close=True)

    plan = office.main.customer_deletion.plan(anna, today=TODAY)
    assert plan.refusal() is None and plan.anonymise and plan.name == "Asiakas Anna"
    assert plan.deleted["customer"] == 0 and plan.deleted["orders"] == 1
    assert plan.deleted["emails"] == 1 and plan.deleted["consents"] == 1
    kept = {(item.what, item.order_id) for item in plan.kept}
    # A paid invoice is a voucher (KPL 2:10: 6 years from the end of the year), not the books.
    assert (INVOICE_VOUCHER, in_books.id) in kept
    assert (OPEN_INVOICE, unpaid.id) in kept and (REQUESTS_KEPT, None) in kept

    result = office.main.customer_deletion.delete(anna, today=TODAY)
    assert result.anonymised
    with office.main.gate.register.read() as session:
        row = session.get(Customer, anna)
        assert row is not None
        assert row.last_name == ERASED_NAME and row.first_name == "" and row.notes == ""
        assert not row.addresses and not row.phones and not row.emails
        order_ids = set(session.scalars(select(Order.id).where(Order.customer_id == anna)))
        assert order_ids == {in_books.id, unpaid.id} and past.id not in order_ids
        request = session.get(Request, closed)
        assert request is not None and request.customer_id is None
        assert request.requester_name == "Anna Asiakas"  # the proof says whom we answered
    for model in (ConsentEntry, ContactEvent, Attachment):
        assert count(office, model, anna) == 0
    _id, action, username, fields = audit_rows(office, anna)[-1]
    assert action == "customer_anonymised_on_delete" and username == "maija"
    assert "Anna" not in fields and "emails" in fields.split(",")
    assert check_register(office.main.gate.register).ok


def test_a_customer_with_nothing_the_law_keeps_is_deleted(office: Office) -> None:
    bertta = customer(office, "Bertta")
    office.clerk.orders.add(bertta, OrderForm("3.3.2014", "Kahvi", "12", "2014-01", paid=True))
    request_about(office, bertta, close=True)
    plan = office.main.customer_deletion.plan(bertta, today=TODAY)
    assert not plan.anonymise and plan.deleted["customer"] == 1 and plan.deleted["orders"] == 1
    assert [item.what for item in plan.kept] == [REQUESTS_KEPT]
    result = office.main.customer_deletion.delete(bertta, today=TODAY)
    assert not result.anonymised
    with office.main.gate.register.read() as session:
        assert session.get(Customer, bertta) is None
        assert session.scalar(select(func.count()).select_from(Order)) == 0
        names = list(session.scalars(select(Request.requester_name)))
        assert names == ["Bertta Asiakas"]
    assert audit_rows(office, bertta)[-1][1] == "customer_deleted"
    assert check_register(office.main.gate.register).ok


def test_holds_are_checked_again_when_deleting(office: Office) -> None:
    """A plan shown a minute ago does not open the way: a request logged since stops it."""
    dora = customer(office, "Dora")
    plan = office.main.customer_deletion.plan(dora, today=TODAY)
    assert plan.refusal() is None
    request_about(office, dora, close=False)
    with pytest.raises(CustomerHasOpenRequest):
        office.main.customer_deletion.delete(dora, today=TODAY)
    assert office.main.customer_deletion.plan(dora).hold == OPEN_REQUEST_HOLD
    office.clerk.customers.set_restriction(dora, "Syy")
    assert office.main.customer_deletion.plan(dora).hold == RESTRICTED_HOLD
