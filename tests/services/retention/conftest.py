"""A register with customers whose records are due, not due, and held, on a fixed day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.records import CustomerService
from desktop.services.requests.log import RequestForm, RequestService
from desktop.services.retention.rules import RetentionService
from desktop.store.customer_models import Attachment, ContactEvent, Customer, Order
from desktop.store.register import Register
from tests.services.customers.conftest import user

TODAY = date(2026, 11, 24)


def person(first: str, last: str) -> CustomerForm:
    return CustomerForm(
        first_name=first,
        last_name=last,
        addresses=(AddressForm("Kauppakatu 1", "40100", "Jyväskylä"),),
        phones=(PhoneForm("040 765 4321"),),
        emails=(EmailForm(f"{first.lower()}@example.fi"),),
    )


@dataclass(frozen=True)
class World:
    register: Register
    maija: CurrentUser
    ville: CurrentUser
    lukija: CurrentUser
    old: int  # ended 2020: due, nothing keeps it
    recent: int  # ended 2025: not due
    with_books: int  # ended 2020, an order of the 2020 period: anonymised, not deleted
    held: int  # ended 2020, legal hold
    restricted: int  # ended 2020, restricted (Art. 18)
    asking: int  # ended 2020, an open request
    active: int  # active customer with old and new contact events
    chat_old: int
    chat_new: int
    call_old: int
    call_new: int
    visit_old: int
    old_attachment: int
    old_order: int  # paid, 2014 period: past both holds

    def service(self, who: CurrentUser | None = None) -> RetentionService:
        return RetentionService(self.register, who or self.maija)


def _event(register: Register, customer_id: int, when: datetime, channel: str) -> int:
    with register.write() as session:
        event = ContactEvent(
            customer_id=customer_id,
            occurred_at=when,
            channel=channel,
            summary="Keskusteltiin tilauksesta",
            handled_by="Ville",
        )
        session.add(event)
        session.flush()
        return event.id


@pytest.fixture
def world(gate: Gate, passwords: dict[str, str]) -> World:
    maija = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None
    ville = user(register, "ville")
    customers = CustomerService(register, ville)
    ids = {
        name: customers.create(person(name, "Asiakas")).id
        for name in ("Olli", "Riikka", "Kirsi", "Heikki", "Raili", "Aino", "Aktiivi")
    }
    with register.write() as session:
        for name in ("Olli", "Kirsi", "Heikki", "Raili", "Aino"):
            row = session.get(Customer, ids[name])
            row.status, row.ended_on = "ended", date(2020, 5, 31)
        riikka = session.get(Customer, ids["Riikka"])
        riikka.status, riikka.ended_on = "ended", date(2025, 1, 31)
        session.get(Customer, ids["Heikki"]).legal_claim = True
        session.get(Customer, ids["Raili"]).restricted = True
        session.add(
            Order(
                customer_id=ids["Kirsi"],
                ordered_on=date(2020, 3, 1),
                amount_cents=12000,
                invoice_number="2020-17",
                paid=True,
            )
        )
        old_order = Order(
            customer_id=ids["Aktiivi"],
            ordered_on=date(2014, 6, 1),
            amount_cents=5000,
            invoice_number="2014-3",
            paid=True,
        )
        attachment = Attachment(
            customer_id=ids["Aktiivi"],
            filename="valtakirja.pdf",
            mime_type="application/pdf",
            size=3,
            sha256="0" * 64,
            added_at=datetime(2022, 1, 10, 12, 0),
            data=b"pdf",
        )
        session.add_all([old_order, attachment])
        session.flush()
        old_order_id, attachment_id = old_order.id, attachment.id
    RequestService(register, ville).log(
        RequestForm(
            received_at=datetime(2026, 11, 20, 9, 15),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS,),
            customer_id=ids["Aino"],
        ),
        today=TODAY,
    )
    active = ids["Aktiivi"]
    return World(
        register=register,
        maija=maija,
        ville=ville,
        lukija=user(register, "lukija"),
        old=ids["Olli"],
        recent=ids["Riikka"],
        with_books=ids["Kirsi"],
        held=ids["Heikki"],
        restricted=ids["Raili"],
        asking=ids["Aino"],
        active=active,
        chat_old=_event(register, active, datetime(2026, 8, 1, 10), "chat"),
        chat_new=_event(register, active, datetime(2026, 9, 1, 10), "chat"),
        call_old=_event(register, active, datetime(2026, 4, 1, 10), "phone"),
        call_new=_event(register, active, datetime(2026, 5, 1, 10), "phone"),
        visit_old=_event(register, active, datetime(2023, 1, 1, 10), "visit"),
        old_attachment=attachment_id,
        old_order=old_order_id,
    )
