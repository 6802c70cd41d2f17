"""A register with one well-filled customer and a request about them.

Anna has two addresses, phones and emails, consents with a history, 500 contact events, three
orders (paid in the 2020 period, paid in 2015 — past every hold in 2026 — and one open), an
attachment, tags and a custom value; and a request (every kind) whose identity was checked.
The main user logs in once; the clerk and the reader are built from their user rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.customer_fields import Channel, ConsentKind, ConsentState, Source
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.attachments import AttachmentService
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.orders import OrderForm, OrderService
from desktop.services.customers.records import CustomerService
from desktop.services.requests.log import RequestForm, RequestService
from desktop.services.rights.service import RightsService
from desktop.store.customer_models import ContactEvent
from desktop.store.register import Register
from tests.services.customers.conftest import user

TODAY = date(2026, 11, 24)
RECEIVED = datetime(2026, 11, 20, 9, 15)
EVENTS = 500

ANNA = CustomerForm(
    first_name="Anna",
    last_name="Asiakas",
    title="Arkkitehti",
    municipality="Helsinki",
    started_on="1.3.2015",
    feedback="Kahvi oli hyvää",
    notes="Soita aamupäivisin",
    addresses=(
        AddressForm("Mannerheimintie 1 A 2", "00100", "Helsinki"),
        AddressForm("Kesäpolku 3", "21600", "Parainen", kind="other", source="import"),
    ),
    phones=(PhoneForm("040 123 4567"),),
    emails=(EmailForm("anna.asiakas@example.fi"), EmailForm("anna@tyo.example.fi", kind="work")),
    tags=("VIP",),
    custom={"harrastus": "golf"},
)


@dataclass(frozen=True)
class World:
    register: Register
    maija: CurrentUser
    ville: CurrentUser
    lukija: CurrentUser
    anna: int
    request: int  # every kind, identity checked, linked to Anna
    paid_2020: int
    paid_2015: int
    open_order: int

    def rights(self, who: CurrentUser | None = None) -> RightsService:
        return RightsService(self.register, who or self.ville)

    def requests(self, who: CurrentUser | None = None) -> RequestService:
        return RequestService(self.register, who or self.ville)


def log_request(
    register: Register,
    clerk: CurrentUser,
    customer_id: int | None,
    kinds: tuple[RequestKind, ...] = tuple(RequestKind),
    *,
    checked: bool = True,
    **extra: object,
) -> int:
    requests = RequestService(register, clerk)
    row = requests.log(
        RequestForm(
            received_at=RECEIVED,
            channel=RequestChannel.LETTER,
            kinds=kinds,
            customer_id=customer_id,
            requester_name="" if customer_id else "Pekka Puuttuva",
            signed_by_hand=True,
            **extra,  # type: ignore[arg-type]
        ),
        today=TODAY,
    )
    if checked:
        requests.record_identity_check(row.id, IdentityMethod.SIGNATURE_MATCHES)
    return row.id


@pytest.fixture
def world(gate: Gate, passwords: dict[str, str], tmp_path: Path) -> World:
    maija = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None
    ville = user(register, "ville")
    anna = CustomerService(register, ville).create(ANNA).id

    consents = ConsentService(register, ville)
    consents.record(
        anna,
        ConsentKind.MARKETING_EMAIL,
        ConsentState.GRANTED,
        decided_on=date(2020, 1, 1),
        source=Source.WEB_FORM.value,
        evidence="Verkkolomake",
    )
    consents.record(
        anna,
        ConsentKind.PARTNER_DISCLOSURE,
        ConsentState.GRANTED,
        decided_on=date(2021, 5, 1),
        source=Source.CUSTOMER.value,
    )
    consents.record(
        anna,
        ConsentKind.PARTNER_DISCLOSURE,
        ConsentState.WITHDRAWN,
        decided_on=date(2022, 5, 1),
        source=Source.CUSTOMER.value,
    )
    start = datetime(2024, 1, 1, 8, 0)
    with register.write() as session:
        session.add_all(
            ContactEvent(
                customer_id=anna,
                occurred_at=start + timedelta(hours=7 * n),
                channel=Channel.PHONE.value,
                summary=f"Puhelu {n}",
                handled_by="Ville",
            )
            for n in range(EVENTS)
        )
    orders = OrderService(register, ville)
    paid_2020 = orders.add(
        anna,
        OrderForm("15.6.2020", "Keittiösuunnitelma", "1 200,00", "2020-17", paid=True),
    ).id
    paid_2015 = orders.add(
        anna, OrderForm("3.3.2015", "Konsultointi", "300", "2015-02", paid=True)
    ).id
    open_order = orders.add(anna, OrderForm("2.11.2026", "Piirustukset", "450", "2026-88")).id

    letter = tmp_path / "kirje.txt"
    letter.write_text("Hyvä yritys, haluan tietoni.\n", encoding="utf-8")
    AttachmentService(register, ville).add(anna, letter, "Asiakkaan kirje")

    return World(
        register,
        maija,
        ville,
        user(register, "lukija"),
        anna,
        log_request(register, ville, anna),
        paid_2020,
        paid_2015,
        open_order,
    )
