"""The Requests page: logging a letter through the dialog, the list, its filters and deadlines."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.deadlines import due_date
from desktop.core.requests import RequestChannel, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.ui.i18n import format_date
from desktop.ui.requests.labels import LATE_COLOUR, SOON_COLOUR, days_text, deadline_colour
from desktop.ui.requests.log_dialog import LogRequestDialog
from desktop.ui.requests.page import RequestsPage
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request


def _error(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, f"error_{name}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_log_a_letter_through_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, page: RequestsPage, services: Services, customer_id: int, tmp_path: Path
) -> None:
    scan = tmp_path / "kirje.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    problems: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, LogRequestDialog)
        # Nothing chosen yet: both problems are shown at their fields.
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
        problems["kinds"] = _error(dialog, "kinds")
        problems["requester"] = _error(dialog, "requester_name")
        assert dialog.isVisible()

        dialog.requester.search.setText("Meikäläinen")
        dialog.requester.run_search()
        assert dialog.requester.matches.count() == 1
        assert dialog.requester.customer_id() == customer_id
        dialog.kinds[RequestKind.ACCESS].setChecked(True)
        dialog.kinds[RequestKind.ERASURE].setChecked(True)
        dialog.received_on.setText("23.11.2026")
        dialog.received_time.setText("9.30")
        dialog.channel.setCurrentIndex(dialog.channel.findData(RequestChannel.LETTER.value))
        dialog.signed.setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        dialog.description.setPlainText("Mitä tietoja minusta on? Poistakaa ne.")
        dialog.set_original(scan)
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)

    seen = in_next_dialog(fill)
    page.new_action.trigger()
    assert seen["done"]
    assert problems["kinds"] == "Choose at least one kind of request."
    assert problems["requester"].startswith("Choose the customer")

    [row] = page.model.rows
    assert row.diary_number == "2026-001"
    assert row.requester == "Meikäläinen Maija"
    assert page.selected_id() == row.id
    detail = services.requests.get(row.id)
    assert detail.form.received_at == datetime(2026, 11, 23, 9, 30)
    assert detail.form.signed_by_hand and detail.form.reply_language == "sv"
    assert detail.row.kinds == (RequestKind.ACCESS, RequestKind.ERASURE)
    assert detail.row.due_on == due_date(date(2026, 11, 23))
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    received = f"{format_date(date(2026, 11, 23))} 9.30"
    assert texts[:4] == ["2026-001", received, "Meikäläinen Maija", "access to data, erasure"]
    assert texts[4] == "Received"
    [attachment] = services.request_attachments.list(row.id)
    assert attachment.filename == "kirje.pdf" and not attachment.is_identity_document


def test_person_not_in_the_register_and_bad_date(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = LogRequestDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.requester.not_in_register.setChecked(True)
    qtbot.keyClicks(dialog.requester.name, "Teppo Tuntematon")
    dialog.kinds[RequestKind.PORTABILITY].setChecked(True)
    dialog.received_on.setText("31.2.2026")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _error(dialog, "received_at").startswith("Enter the date as d.m.yyyy")
    dialog.received_on.setText("20.11.2026")
    dialog.received_time.setText("25.00")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _error(dialog, "received_at").startswith("Enter the time")
    dialog.received_time.setText("14.05")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert dialog.logged is not None
    assert dialog.logged.requester == "Teppo Tuntematon"


def test_list_filters_and_deadline_colours(qtbot, page: RequestsPage, services: Services) -> None:  # type: ignore[no-untyped-def]
    late = log_request(services, datetime(2026, 9, 30, 9, 0), name="Late")
    log_request(services, datetime(2026, 11, 20, 9, 0), (RequestKind.ERASURE,), name="Fresh")
    closed = log_request(services, datetime(2026, 9, 1, 9, 0), name="Done")
    services.requests.move(closed, RequestStatus.REFUSED, note="Repeats the earlier request")
    services.requests.move(closed, RequestStatus.CLOSED)
    page.today = date(2026, 11, 24)
    page.refresh()
    assert [r.requester for r in page.model.rows] == ["Late", "Fresh"]
    days = page.model.index(0, 6)
    assert days.data() == "25 days late"
    assert page.model.data(days, Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOUR
    assert page.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == late

    page.kind.setCurrentIndex(page.kind.findData(RequestKind.ERASURE.value))
    assert [r.requester for r in page.model.rows] == ["Fresh"]
    page.kind.setCurrentIndex(0)
    page.shown.setCurrentIndex(page.shown.findData("closed"))
    assert [r.requester for r in page.model.rows] == ["Done"]
    assert page.model.index(0, 6).data() == ""  # no deadline runs for a closed request
    page.shown.setCurrentIndex(page.shown.findData("all"))
    assert len(page.model.rows) == 3


def test_days_left_and_late_read_plainly(english: None) -> None:
    today = date(2026, 11, 24)
    assert days_text(date(2026, 12, 4), today) == "10 days left"
    assert days_text(date(2026, 11, 25), today) == "1 day left"
    assert days_text(today, today) == "due today"
    assert days_text(date(2026, 11, 23), today) == "1 day late"
    assert days_text(date(2026, 11, 14), today) == "10 days late"
    assert deadline_colour(date(2026, 12, 1), today) == SOON_COLOUR
    assert deadline_colour(date(2026, 12, 2), today) is None
    assert deadline_colour(date(2026, 11, 23), today) == QColor(LATE_COLOUR)


def test_customers_with_open_requests_filter(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    from desktop.core.customer_form import CustomerForm
    from desktop.ui.customers.page import CustomersPage

    services.customers.create(CustomerForm(first_name="Ilman", last_name="Pyyntöä"))
    log_request(services, datetime(2026, 11, 20, 9, 0), customer_id=customer_id)
    customers = CustomersPage(services)
    qtbot.addWidget(customers)
    customers.show()
    customers.refresh()
    assert len(customers.model.rows) == 2
    customers.filters.open_requests.setChecked(True)
    assert [row.id for row in customers.model.rows] == [customer_id]


def test_a_date_two_months_back_is_asked_about(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import answer_next_dialog

    dialog = LogRequestDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.requester.not_in_register.setChecked(True)
    qtbot.keyClicks(dialog.requester.name, "Teppo Tuntematon")
    dialog.kinds[RequestKind.ACCESS].setChecked(True)
    today = date.today()
    back = date(today.year - 1, 12, today.day) if today.month <= 2 else None
    back = back or date(today.year, today.month - 2, min(today.day, 28))
    dialog.received_on.setText(f"{back.day}.{back.month}.{back.year}")
    seen = answer_next_dialog("Correct the date")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen)
    assert dialog.logged is None and dialog.isVisible()
    assert dialog.received_on.hasFocus() or dialog.received_on.selectedText()
    seen = answer_next_dialog("The date is right")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen)
    qtbot.waitUntil(lambda: dialog.logged is not None)
    assert dialog.received_date_confirmed(today=back)  # within a month of its own day: no question


def test_a_fields_message_goes_when_the_field_is_edited(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    """A stale message does not wait for the next Save: typing in the field takes it away."""
    dialog = LogRequestDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.requester.not_in_register.setChecked(True)
    qtbot.keyClicks(dialog.requester.name, "Teppo Tuntematon")
    dialog.kinds[RequestKind.ACCESS].setChecked(True)
    dialog.received_on.setText("31.2.2026")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _error(dialog, "received_at")
    qtbot.keyClick(dialog.received_on, Qt.Key.Key_Backspace)
    assert _error(dialog, "received_at") == ""
