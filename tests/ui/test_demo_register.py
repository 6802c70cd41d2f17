"""The demo register: chosen in the set-up wizard, kept apart, and plainly marked as a demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from shiboken6 import isValid

from desktop.app import KirjuriApp
from desktop.paths import Paths
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.setup.demo import open_demo_register
from desktop.ui.setup.wizard import SetupWizard
from tests.ui.conftest import answer_next_dialog

BANNER = "Demo register — the people in it are made up. Your own register is kept separately."


def _window(qtbot, services: Services, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        services,
        Preferences(tmp_path / "prefs.ini"),
        RememberedLogins(services.gate.register.register_id),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_demo_register_is_filled_and_marked(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    session = open_demo_register(tmp_path / "demo.kirjuri", customers=40)
    try:
        services = Services.for_user(session.gate, session.user)
        assert services.customer_queries.count(CustomerQuery()) == 40
        window = _window(qtbot, services, tmp_path)
        assert window.windowTitle().endswith(" — DEMO REGISTER")
        assert window.demo_banner.isVisible()
        assert window.demo_banner.text() == BANNER
        window.close()
    finally:
        session.gate.close()
        session.lock.release()

    again = open_demo_register(tmp_path / "demo.kirjuri", customers=40)
    try:  # reused, logged in with the shown password, not filled twice
        services = Services.for_user(again.gate, again.user)
        assert services.customer_queries.count(CustomerQuery()) == 40
    finally:
        again.gate.close()
        again.lock.release()


def test_a_real_register_has_no_banner(window: MainWindow) -> None:
    assert not window.demo_banner.isVisible()
    assert "DEMO" not in window.windowTitle()


def test_wizard_button_asks_for_the_demo(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.register import RegisterFiles

    wizard = SetupWizard(RegisterFiles(tmp_path / "register.kirjuri"))
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.welcome.findChild(QPushButton, "tryDemo")
    assert button is not None and button.text() == "Try Kirjuri with demo data"
    label = wizard.welcome.findChild(QLabel, "demoText")
    assert label is not None and "demo-kirjuri" in label.text()
    button.click()
    assert wizard.wants_demo and wizard.created is None
    assert wizard.result() == wizard.DialogCode.Accepted
    assert not (tmp_path / "register.kirjuri").exists()


def test_first_start_can_open_the_demo_instead(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    paths = Paths(
        tmp_path / "data",
        tmp_path / "config",
        tmp_path / "log",
        tmp_path / "data" / "register.kirjuri",
    )
    app = KirjuriApp(paths, Preferences(paths.settings_file))
    answer_next_dialog("Try Kirjuri with demo data")
    try:
        assert app.start() is True
        assert app.window is not None
        qtbot.addWidget(app.window)
        assert app.window.demo_banner.isVisible()
        assert app.window.windowTitle().endswith(" — DEMO REGISTER")
        assert app.files.db == paths.demo_register
        assert not paths.register.exists(), "the real register is still to be made"
        app.window.close()
    finally:
        app.shutdown()


def test_the_demo_leads_back_to_creating_ones_own_register(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, english
) -> None:
    paths = Paths(
        tmp_path / "data",
        tmp_path / "config",
        tmp_path / "log",
        tmp_path / "data" / "register.kirjuri",
    )
    app = KirjuriApp(paths, Preferences(paths.settings_file))
    answer_next_dialog("Try Kirjuri with demo data")
    try:
        assert app.start() is True
        demo_window = app.window
        assert demo_window is not None
        button = demo_window.own_register_button
        assert button.isVisible() and button.text() == "Create my own register…"
        # The wizard comes again, for the real register; cancelling it quits as on a first start.
        seen: dict[str, str] = {}

        def look() -> bool:
            from PySide6.QtWidgets import QApplication

            modal = QApplication.activeModalWidget()
            if isinstance(modal, SetupWizard):
                seen["files"] = str(modal.files.db)
                return True
            return False

        answer_next_dialog("Cancel", after=look)
        button.click()
        assert seen["files"] == str(paths.register)
        assert not isValid(demo_window) or not demo_window.isVisible()
        assert app.files.db == paths.register
    finally:
        app.shutdown()
