"""Administration → Office server: the main user moves the register to the session's real
PostgreSQL server from the tab (off the GUI thread, progress shown); the window on the kept file
then shows the read-only notice, and a change is refused with it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.customer_form import CustomerForm
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.store.register import RegisterFiles
from desktop.ui.admin.page import AdminPage
from desktop.ui.admin.server_tab import ServerTab
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from tests.pg_cluster import Cluster
from tests.registers import pg_cluster  # noqa: F401 - the fixture pytest finds by name
from tests.ui.conftest import answer_next_dialog, login


def test_only_the_main_user_has_the_tab(
    qtbot, gate: Gate, preferences: Preferences, english
) -> None:  # type: ignore[no-untyped-def]
    page = AdminPage(login(gate, "maija"), preferences, lambda: None)
    qtbot.addWidget(page)
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Office server" in names
    gate.close()
    clerk = AdminPage(login(Gate(gate.files), "ville"), preferences, lambda: None)
    qtbot.addWidget(clerk)
    assert "Office server" not in [clerk.tabs.tabText(i) for i in range(clerk.tabs.count())]


@pytest.mark.pg
def test_move_from_the_tab_then_the_window_is_read_only(  # type: ignore[no-untyped-def]
    qtbot,
    files: RegisterFiles,
    gate: Gate,
    preferences: Preferences,
    pg_cluster: Cluster,  # noqa: F811
    english,
) -> None:
    database = pg_cluster.new_database()
    try:
        services = login(gate, "maija")
        tab = ServerTab(services)
        qtbot.addWidget(tab)
        tab.show()
        assert tab.move_button.isVisible() and not tab.export_button.isVisible()
        assert "file on this computer" in tab.status.text()
        tab.move_button.click()  # no address yet: said so, nothing asked
        assert "address" in tab.result.text()

        tab.url.setText(pg_cluster.url(database))
        seen: list[int] = []
        tab.progress.valueChanged.connect(seen.append)
        clicked = answer_next_dialog("Move")
        tab.move_button.click()
        assert clicked()
        qtbot.waitUntil(lambda: "Moved:" in tab.result.text(), timeout=60_000)
        assert "audit chain matched" in tab.result.text()
        assert "register-server.kirjuri.keys" in tab.result.text()
        assert seen and max(seen) == tab.progress.maximum()
        assert "moved to the office server" in tab.status.text()
        assert not tab.move_button.isVisible() and not tab.url.isEnabled()
        assert tab.password.text() == ""  # not kept in the widget after use
        gate.close()

        # The kept file in the window: the notice above the pages; a change is refused.
        again = Gate(files)
        moved = login(again, "maija")
        window = MainWindow(moved, preferences, RememberedLogins(again.register_id()))
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        assert window.moved_banner.isVisible()
        assert "read-only" in window.moved_banner.text()
        with pytest.raises(Exception, match="read-only"):
            moved.customers.create(CustomerForm(first_name="Uusi"))
        window.close()  # logs out (audited in the kept file too) and closes the register
    finally:
        pg_cluster.drop_database(database)
