"""The main window: navigation, menus, About, lock and unlock, auto-lock, switching users."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.core.settings import AUTO_LOCK_MINUTES
from desktop.services.register.settings import read_setting
from desktop.store.models import AuditEntry
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS, answer_next_dialog

PAGES = [
    "Dashboard",
    "Customers",
    "Requests",
    "Documents",
    "Register description",
    "Administration",
]


def _unlock(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    form = window.lock_form
    assert form is not None
    form.username.setCurrentText(username)
    form.password.clear()
    qtbot.keyClicks(form.password, password)
    qtbot.mouseClick(form.login_button, Qt.MouseButton.LeftButton)


def test_navigation_shows_every_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == PAGES
    for index in range(len(PAGES)):
        window.nav.setCurrentRow(index)
        assert window.pages.currentIndex() == index
    window.nav.setCurrentRow(3)
    assert window.pages.currentWidget().objectName() == "documentsPage"
    window.nav.setCurrentRow(4)
    assert window.pages.currentWidget().findChild(QWidget, "saveDescription") is not None
    assert "Kahvila Meikäläinen" in window.windowTitle()
    assert "Maija Meikäläinen" in window.user_label.text()


def test_dashboard_greets_the_user(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(0)
    greeting = window.pages.currentWidget().findChild(QLabel, "greeting")
    assert greeting.text() == "Welcome, Maija Meikäläinen"


def test_go_menu_has_shortcuts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    shortcuts = [a.shortcut().toString() for a in window.go_menu.actions()]
    assert shortcuts == [f"Ctrl+{i}" for i in range(1, 7)]
    window.go_menu.actions()[5].trigger()
    assert window.pages.currentIndex() == 5


def test_about_dialog_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seen = answer_next_dialog("Close")
    window.show_about()
    assert seen()


def test_lock_and_unlock_keeps_the_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(5)
    window.lock_action.trigger()
    assert window.is_locked()
    assert not window.menuBar().isEnabled()
    assert not window.pages.isVisible(), "the lock screen covers the work"

    _unlock(qtbot, window, "maija", "wrong-password")
    assert window.is_locked()
    assert window.lock_form is not None and "wrong" in window.lock_form.message.text()

    _unlock(qtbot, window, "maija", PASSWORDS["maija"])
    assert not window.is_locked()
    assert window.pages.currentIndex() == 5
    with window.services.gate.register.read() as session:
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert actions[-3:] == ["lock", "login_failed", "unlock"]


def test_idle_time_locks_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.idle.timeout_ms == 10 * 60_000, "default auto-lock is ten minutes"
    window.idle.set_timeout(150)
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_auto_lock_minutes_come_from_settings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(5)
    settings = window.page_list[5].settings  # type: ignore[attr-defined]
    settings.auto_lock.setValue(3)
    settings.save()
    assert read_setting(window.services.gate.register, AUTO_LOCK_MINUTES) == 3
    assert window.idle.timeout_ms == 3 * 60_000


def test_another_user_takes_over_and_keeps_unsaved_edits(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(5)
    settings = window.page_list[5].settings  # type: ignore[attr-defined]
    settings.auto_lock.setValue(25)
    assert window.page_list[5].has_unsaved_changes()
    window.lock()
    seen = answer_next_dialog("Save their changes")
    _unlock(qtbot, window, "ville", PASSWORDS["ville"])
    assert seen()
    assert not window.is_locked()
    assert window.services.user.username == "ville"
    assert "Ville Virtanen" in window.user_label.text()
    assert read_setting(window.services.gate.register, AUTO_LOCK_MINUTES) == 25
    with window.services.gate.register.read() as session:
        entries = session.query(AuditEntry).order_by(AuditEntry.id).all()
    changed = [e for e in entries if e.action == "settings_changed"]
    assert changed and changed[-1].username == "maija"
    assert [e.action for e in entries if e.username == "maija"][-1] == "logout"


def test_another_user_can_discard_unsaved_edits(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(5)
    window.page_list[5].settings.auto_lock.setValue(42)  # type: ignore[attr-defined]
    window.lock()
    seen = answer_next_dialog("Discard their changes")
    _unlock(qtbot, window, "ville", PASSWORDS["ville"])
    assert seen()
    assert read_setting(window.services.gate.register, AUTO_LOCK_MINUTES) == 10


def test_clerk_sees_no_user_management(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.access.remember import RememberedLogins
    from tests.ui.conftest import login

    window = MainWindow(login(gate, "ville"), preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(5)
    admin = window.page_list[5]
    assert admin.users.add_button.isHidden()  # type: ignore[attr-defined]
    assert admin.users.remove_button.isHidden()  # type: ignore[attr-defined]
    assert not admin.settings.auto_lock.isEnabled()  # type: ignore[attr-defined]
    assert admin.business.edits["name"].isReadOnly()  # type: ignore[attr-defined]


def test_quit_shortcut_is_standard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    QApplication.processEvents()


def test_the_first_page_is_refreshed_once(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    """Building the window (and rebuilding it in another language) loads the page on screen once:
    the dashboard's queries are the larger part of the wait after the login."""
    from desktop.services.access.remember import RememberedLogins
    from tests.ui.conftest import login

    services = login(gate, "maija")
    summaries: list[object] = []
    real = services.dashboard.summary

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        summaries.append(args)
        return real(*args, **kwargs)

    services.dashboard.summary = counted  # type: ignore[method-assign]
    window = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    assert len(summaries) == 1
    assert window.pages.currentIndex() == 0 and window.nav.currentRow() == 0
    window.show()
    window.choose_language("fi")
    qtbot.waitUntil(lambda: window.nav.item(0).text() != "Dashboard")
    assert len(summaries) == 2  # rebuilt in Finnish, on the same page: loaded once more
    assert window.pages.currentIndex() == 0
