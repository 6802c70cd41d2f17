"""The dashboard tells the main user how many records are due for erasure, and opens the review."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop.core.customer_form import CustomerForm
from desktop.services.container import Services
from desktop.store.customer_models import Customer
from desktop.ui.admin.page import AdminPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import login

SHOTS = os.environ.get("KIRJURI_SCREENSHOTS")  # a folder: keep screenshots there to look at


def _end_customers(services: Services, count: int) -> None:
    """Customers whose relationship ended long ago: due under the default rules."""
    for index in range(count):
        customer_id = services.customers.create(
            CustomerForm(first_name=f"Olli{index}", last_name="Vanha")
        ).id
        with services.gate.register.write() as session:
            row = session.get(Customer, customer_id)
            row.status, row.ended_on = "ended", date(2015, 3, 31)


def _dashboard(window: MainWindow) -> DashboardPage:
    page = window.page_list[0]
    assert isinstance(page, DashboardPage)
    return page


def test_nothing_due_says_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _dashboard(window)
    page.refresh()
    qtbot.waitUntil(lambda: page.due_counted is not None)  # counted off the GUI thread
    assert page.due_counted == 0
    assert not page.due_row.isVisible()


def test_due_records_are_told_and_review_opens_the_due_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _end_customers(window.services, 3)
    page = _dashboard(window)
    window.nav.setCurrentRow(1)
    window.nav.setCurrentRow(0)  # shown again: refreshed
    qtbot.waitUntil(page.due_row.isVisible)
    assert page.due_text.text() == "3 records are due for erasure under the retention rules."
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "dashboard-erasure-due.png"))
    page.due_button.click()
    admin = window.current_page()
    assert isinstance(admin, AdminPage) and admin.due is not None
    assert admin.tabs.currentWidget() is admin.due
    assert admin.due.model.rowCount() == 3


def test_one_record_in_finnish(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import i18n

    i18n.install("fi")
    try:
        page = DashboardPage(window.services)
        qtbot.addWidget(page)
        page.show_due_count(1)
        assert "1 tietue" in page.due_text.text()
        page.show_due_count(12)
        assert "12 tietuetta" in page.due_text.text()
        assert page.due_button.text() == "Tarkastele…"
    finally:
        i18n.install("en")


def test_clerk_and_reader_are_not_told(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    _end_customers(login(gate, "maija"), 2)
    for username in ("ville", "liisa"):
        page = DashboardPage(login(gate, username))
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        qtbot.wait(50)
        assert not page.due_row.isVisible()
