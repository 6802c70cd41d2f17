"""Customers for the page and editor tests: made once per session, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.services.access.gate import Gate
from desktop.store.register import RegisterFiles
from desktop.ui.customers.page import CustomersPage
from tests.ui.conftest import login

FIRST_NAMES = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Minna", "Oskari", "Pirjo"]
LAST_NAMES = ["Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Koskinen", "Heikkinen"]
MORE_CUSTOMERS = 25
RESTRICTION_REASON = "Disputes the accuracy of the data"


def _people() -> list[CustomerForm]:
    people = [
        CustomerForm(
            first_name="Maija",
            last_name="Meikäläinen",
            municipality="Helsinki",
            addresses=(AddressForm("Mannerheimintie 1", "00100", "Helsinki"),),
            phones=(PhoneForm("040 123 4567"),),
            emails=(EmailForm("maija.meikalainen@example.fi"),),
            tags=("VIP",),
        ),
        CustomerForm(first_name="Rauni", last_name="Rajoitettu", municipality="Tampere"),
        # The same person twice, as happens after an import.
        CustomerForm(
            first_name="Matti",
            last_name="Virtanen",
            emails=(EmailForm("matti.virtanen@example.fi"),),
            municipality="Espoo",
        ),
        CustomerForm(
            first_name="Matti",
            last_name="Virtanen",
            phones=(PhoneForm("050 765 4321"),),
            municipality="Espoo",
        ),
        CustomerForm(
            organisation="Osuuskunta Esimerkki",
            organisation_id="0737546-2",
            emails=(EmailForm("info@esimerkki.example"),),
            tags=("Yritys",),
        ),
    ]
    for index in range(MORE_CUSTOMERS):
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = LAST_NAMES[index % len(LAST_NAMES)]
        people.append(
            CustomerForm(
                first_name=first,
                last_name=last,
                municipality=("Turku", "Oulu", "Lahti")[index % 3],
                phones=(PhoneForm(f"050 200 {index:04d}"),),
                emails=(EmailForm(f"asiakas{index}@example.fi"),),
                tags=("Kanta-asiakas",) if index % 4 == 0 else (),
            )
        )
    return people


@pytest.fixture(scope="session")
def customers_template(
    register_template: RegisterFiles, tmp_path_factory: pytest.TempPathFactory
) -> RegisterFiles:
    files = RegisterFiles(tmp_path_factory.mktemp("customers") / "register.kirjuri")
    shutil.copy2(register_template.db, files.db)
    shutil.copy2(register_template.keys, files.keys)
    gate = Gate(files)
    try:
        services = login(gate, "maija")
        for form in _people():
            detail = services.customers.create(form)
            if detail.form.last_name == "Rajoitettu":
                services.customers.set_restriction(detail.id, RESTRICTION_REASON)
    finally:
        gate.close()
    return files


@pytest.fixture
def files(tmp_path: Path, customers_template: RegisterFiles) -> RegisterFiles:
    copy = RegisterFiles(tmp_path / "register.kirjuri")
    shutil.copy2(customers_template.db, copy.db)
    shutil.copy2(customers_template.keys, copy.keys)
    return copy


def make_page(qtbot, gate: Gate, username: str = "maija") -> CustomersPage:  # type: ignore[no-untyped-def]
    page = CustomersPage(login(gate, username))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, gate: Gate, english: None) -> CustomersPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, gate)


def names(page: CustomersPage) -> list[str]:
    return [row.name for row in page.model.rows]


def in_next_dialog(act: Callable[[QWidget], None]) -> dict[str, bool]:
    """Run `act` on the next modal dialog once it is open (to fill it in and press its button)."""
    seen = {"done": False}
    tries = {"left": 250}

    def run() -> None:
        tries["left"] -= 1
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries["left"] > 0:
                QTimer.singleShot(20, run)
            return
        seen["done"] = True
        try:
            act(dialog)
        finally:
            if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
                dialog.close()  # a test never hangs on a dialog it did not finish

    QTimer.singleShot(20, run)
    return seen
