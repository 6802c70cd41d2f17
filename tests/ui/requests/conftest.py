"""The request tests: a customer to ask for, requests logged through the service, pages shown."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.requests.log import RequestForm
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.page import RequestsPage
from tests.ui.conftest import login

TODAY = date(2026, 11, 24)


@pytest.fixture
def services(gate: Gate, english: None) -> Services:
    return login(gate, "maija")


@pytest.fixture
def customer_id(services: Services) -> int:
    detail = services.customers.create(
        CustomerForm(
            first_name="Maija",
            last_name="Meikäläinen",
            municipality="Helsinki",
            addresses=(AddressForm("Mannerheimintie 1", "00100", "Helsinki"),),
            emails=(EmailForm("maija.meikalainen@example.fi"),),
        )
    )
    return detail.id


def log_request(
    services: Services,
    received: datetime,
    kinds: tuple[RequestKind, ...] = (RequestKind.ACCESS,),
    customer_id: int | None = None,
    name: str = "",
) -> int:
    form = RequestForm(
        received_at=received,
        channel=RequestChannel.LETTER,
        kinds=kinds,
        customer_id=customer_id,
        requester_name=name,
        signed_by_hand=True,
    )
    return services.requests.log(form).id


@pytest.fixture
def page(qtbot, services: Services) -> RequestsPage:  # type: ignore[no-untyped-def]
    shown = RequestsPage(services)
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.show()
    shown.refresh()
    return shown


def open_dialog(qtbot, services: Services, request_id: int, today: date = TODAY) -> RequestDialog:  # type: ignore[no-untyped-def]
    """The request's dialog shown without exec(), so the test can press its buttons."""
    dialog = RequestDialog(services, request_id, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog
