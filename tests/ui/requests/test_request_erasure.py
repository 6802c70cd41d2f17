"""Erasure through the request's dialog: the preview lists the kept invoice with its until-date,
"Erase" asks again, and afterwards the person is gone from the search while the order stays."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.core.requests import IdentityMethod, RequestKind
from desktop.core.retention import voucher_hold
from desktop.services.container import Services
from desktop.services.customers.orders import OrderForm
from desktop.services.customers.search import CustomerQuery
from desktop.store.customer_models import Order
from desktop.ui.i18n import format_date
from desktop.ui.requests.erasure_dialog import ErasureDialog
from desktop.ui.requests.portability_dialogs import PackageDialog, PasswordDialog
from tests.ui.conftest import answer_next_dialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog


def test_erasure_keeps_the_invoice(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    this_year = date.today().year
    order = services.orders.add(
        customer_id,
        OrderForm(f"2.1.{this_year}", "Catering", "120,00", f"{this_year}-0042", paid=True),
    )
    request_id = log_request(
        services, datetime.now().replace(microsecond=0), (RequestKind.ERASURE,), customer_id
    )
    services.requests.record_identity_check(request_id, IdentityMethod.IN_PERSON_WITH_ID)
    dialog = open_dialog(qtbot, services, request_id, today=date.today())
    dialog.tabs.setCurrentWidget(dialog.handling)
    seen: dict[str, object] = {}

    def erase(erasure: QWidget) -> None:
        assert isinstance(erasure, ErasureDialog)
        deleted = [erasure.deleted.item(r, 0).text() for r in range(erasure.deleted.rowCount())]
        kept = [
            [erasure.kept.item(r, c).text() for c in range(3)]
            for r in range(erasure.kept.rowCount())
        ]
        seen["deleted"], seen["kept"] = deleted, kept
        asked = answer_next_dialog("Erase for good")
        qtbot.mouseClick(erasure.erase_button, Qt.MouseButton.LeftButton)
        seen["asked"] = asked()
        seen["outcome"] = erasure.outcome.text()

    done = in_next_dialog(erase)
    qtbot.mouseClick(dialog.handling.buttons["previewErasure"], Qt.MouseButton.LeftButton)
    assert done["done"]
    assert "Email addresses" in seen["deleted"]  # type: ignore[operator]
    invoice = [row for row in seen["kept"] if row[0].startswith("Invoice")]  # type: ignore[union-attr]
    assert len(invoice) == 1
    what, until, why = invoice[0]
    assert f"{this_year}-0042" in what
    assert until == format_date(voucher_hold(date(this_year, 12, 31)))
    assert "Accounting Act" in why
    assert seen["asked"] is True
    assert str(seen["outcome"]).startswith("Erased.")

    assert services.customer_queries.page(CustomerQuery(text="Meikäläinen")) == []
    with services.gate.register.read() as session:
        assert session.scalars(select(Order.id)).all() == [order.id]
    assert [e.action for e in services.requests.get(request_id).events][-1] == "erased"


def test_portability_shows_file_and_checksum(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, tmp_path: Path
) -> None:
    request_id = log_request(
        services, datetime(2026, 11, 20, 9, 0), (RequestKind.PORTABILITY,), customer_id
    )
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id)
    stick = tmp_path / "stick"
    stick.mkdir()
    shown: dict[str, object] = {}

    def read_password(password_dialog: QWidget) -> None:
        assert isinstance(password_dialog, PasswordDialog)
        shown["password"] = password_dialog.password.text()
        shown["can_print"] = password_dialog.print_button is not None
        password_dialog.reject()

    def encrypt_by_letter(package: QWidget) -> None:
        assert isinstance(package, PackageDialog) and package.by_letter.isChecked()
        shown["second"] = in_next_dialog(read_password)
        package.accept()

    chosen = in_next_dialog(encrypt_by_letter)
    dialog.handling.export_portable(stick)
    qtbot.waitUntil(lambda: "password" in shown)
    assert chosen["done"] and shown["can_print"]
    note = dialog.handling.notes[RequestKind.PORTABILITY].text()
    [written] = list(stick.iterdir())
    assert written.name in note and "SHA-256: " in note and "AES-256" in note
    assert len(note.split("SHA-256: ")[1].splitlines()[0]) == 64
    with pyzipper.AESZipFile(written) as archive:
        archive.setpassword(str(shown["password"]).encode())
        assert archive.read("data.json")
