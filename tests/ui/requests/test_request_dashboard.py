"""The dashboard's four lists and the reminder at login."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.requests import RequestKind
from desktop.services.container import Services
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.dashboard.reminder import reminder_text
from desktop.ui.main_window import MainWindow
from desktop.ui.requests.detail_dialog import RequestDialog
from tests.ui.conftest import PASSWORDS, capture_next_message
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import TODAY, log_request


@pytest.fixture
def dashboard(qtbot, services: Services) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(services)
    qtbot.addWidget(page)
    page.today = TODAY
    page.resize(1000, 700)
    page.show()
    return page


def _cells(page: DashboardPage, name: str) -> list[list[str]]:
    box = next(b for b in page.boxes() if b.table.objectName() == name)
    table = box.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_lists_overdue_and_due_soon(  # type: ignore[no-untyped-def]
    qtbot, dashboard: DashboardPage, services: Services
) -> None:
    late = log_request(services, datetime(2026, 9, 30, 9, 0), name="Late Person")
    log_request(services, datetime(2026, 10, 27, 9, 0), (RequestKind.ERASURE,), name="Soon Person")
    log_request(services, datetime(2026, 11, 20, 9, 0), name="Far Person")
    dashboard.refresh()

    [overdue] = _cells(dashboard, "overdueRequests")
    assert overdue[0] == "2026-001" and overdue[1] == "Late Person"
    assert overdue[3] == "25 days late"
    [soon] = _cells(dashboard, "dueSoonRequests")
    assert soon[1:3] == ["Soon Person", "erasure"] and soon[3] == "3 days left"
    assert dashboard.overdue.heading.text() == "Overdue (1)"
    assert dashboard.waiting.empty.isVisible() and not dashboard.waiting.table.isVisible()
    assert dashboard.findChild(QWidget, "greeting") is not None

    opened: dict[str, int] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDialog)
        opened["id"] = dialog.request_id

    seen = in_next_dialog(look)
    table = dashboard.overdue.table
    table.selectRow(0)
    table.doubleClicked.emit(table.model().index(0, 0))
    assert seen["done"] and opened["id"] == late


def test_reminder_text_counts_due_and_late(services: Services) -> None:
    log_request(services, datetime(2026, 9, 30, 9, 0), name="Late")
    log_request(services, datetime(2026, 10, 27, 9, 0), name="Soon")
    summary = services.dashboard.summary(TODAY)
    assert summary.reminder_needed
    assert reminder_text(summary) == (
        "2 requests are due within 7 days or already late. 1 of them is overdue."
    )


def test_reminder_only_when_the_app_asks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    log_request(window.services, datetime(2026, 9, 1, 9, 0), name="Late")
    window.remind_of_deadlines()  # off in the widget tests: nothing shown, nothing to answer
    window.remind_at_login = True
    captured = capture_next_message()
    window.remind_of_deadlines()
    assert captured["text"].startswith("1 request is due within 7 days or already late.")


def test_switching_user_reminds(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(
        window, "remind_of_deadlines", lambda: calls.append(window.services.user.username)
    )
    window.lock()
    window._unlocked(window.services.gate.login("maija", PASSWORDS["maija"]))
    assert calls == []  # the same person unlocking: no reminder
    window.lock()
    window._unlocked(window.services.gate.login("ville", PASSWORDS["ville"]))
    assert calls == ["ville"]
