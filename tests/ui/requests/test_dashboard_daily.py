"""Issue 17, item 4: the dashboard at 1366×768 — whole names, even boxes, requests due later,
no stray "Extended (0)", and the first steps on a new register."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.core.customer_form import CustomerForm
from desktop.core.requests import RequestKind
from desktop.services.container import Services
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.main_window import MainWindow
from tests.ui.requests.conftest import TODAY, log_request


def _window(qtbot, window: MainWindow) -> DashboardPage:  # type: ignore[no-untyped-def]
    window.resize(1366, 740)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    page.today = TODAY
    page.refresh()
    qtbot.wait(10)
    return page


def test_a_new_register_shows_the_first_steps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _window(qtbot, window)
    steps = page.first_steps
    assert steps.isVisible()
    assert not page.lists.isVisible(), "no four empty boxes on a new register"
    for name in ("description", "customers", "backup", "recovery"):
        assert steps.buttons[name].isVisible()
    qtbot.mouseClick(steps.buttons["customers"], Qt.MouseButton.LeftButton)
    assert type(window.current_page()).__name__ == "CustomersPage"
    window.nav.setCurrentRow(0)
    qtbot.mouseClick(steps.buttons["recovery"], Qt.MouseButton.LeftButton)
    admin = window.current_page()
    assert type(admin).__name__ == "AdminPage"
    assert admin.tabs.currentWidget() is admin.users  # type: ignore[attr-defined]

    window.services.customers.create(CustomerForm(first_name="Aino", last_name="Asiakas"))
    window.nav.setCurrentRow(0)
    assert page.first_steps.marks["customers"].text() == "✓"
    assert page.first_steps.marks["description"].text() != "✓"


def test_lists_are_even_names_whole_and_later_requests_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    services: Services = window.services
    long_name = "Virtanen-Korhonen Maija-Liisa"
    log_request(services, datetime(2026, 10, 27, 9, 0), (RequestKind.ACCESS,), name=long_name)
    log_request(
        services,
        datetime(2026, 11, 20, 9, 0),
        (RequestKind.ACCESS, RequestKind.ERASURE, RequestKind.RECTIFICATION),
        name="Far Away",
    )
    page = _window(qtbot, window)
    assert page.lists.isVisible()
    assert page.due_later.table.rowCount() == 1
    assert page.due_later.table.item(0, 1).text() == "Far Away"
    assert page.due_later.heading.text() == "Due later (1)"
    titles = [box.heading.text() for box in page.boxes()]
    assert not any(title.startswith("Extended") for title in titles)

    sizes = {(box.width(), box.height()) for box in page.boxes()}
    widths = {w for w, _h in sizes}
    heights = {h for _w, h in sizes}
    assert max(widths) - min(widths) <= 2 and max(heights) - min(heights) <= 2, sizes

    table = page.due_soon.table
    item = table.item(0, 1)
    assert item.text() == long_name
    needed = table.fontMetrics().horizontalAdvance(long_name)
    assert table.columnWidth(1) > needed, "the requester's name is not cut"
    assert item.toolTip() == "", "no tooltip where nothing is cut"
