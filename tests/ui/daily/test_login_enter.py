"""Issue 17, item 1: Enter in the login says what the button says, and tries once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.store.models import AuditEntry
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.preferences import Preferences
from tests.ui.conftest import PASSWORDS


def _dialog(qtbot, gate: Gate, preferences: Preferences) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _failed_logins(gate: Gate) -> int:
    assert gate.register is not None
    with gate.register.read() as session:
        return int(
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.action == "login_failed")
            )
            or 0
        )


def test_enter_after_a_wrong_password_says_wrong_password_and_tries_once(  # type: ignore[no-untyped-def]
    qtbot, gate, preferences, english
) -> None:
    dialog = _dialog(qtbot, gate, preferences)
    form = dialog.form
    form.username.setCurrentText("maija")
    for _ in range(2):
        form.password.setFocus()
        qtbot.keyClicks(form.password, "not-the-password")
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
        assert "password is wrong" in form.message.text()
        assert "Enter your password" not in form.message.text()
        assert form.message.isVisible()
        assert dialog.result_ is None
    # Two tries are two failures: not four, and not yet the wait after three.
    assert gate.throttle.seconds_to_wait("maija") == 0
    form.password.setFocus()
    qtbot.keyClicks(form.password, PASSWORDS["maija"])
    with qtbot.waitSignal(form.logged_in):
        qtbot.keyClick(form.password, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.result_ is not None
    assert _failed_logins(gate) == 2


def test_enter_in_the_user_name_logs_in_once(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gate, preferences)
    form = dialog.form
    form.username.setCurrentText("ville")
    form.password.setText("wrong-wrong")
    line = form.username.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "password is wrong" in form.message.text()
    form.password.setText(PASSWORDS["ville"])
    with qtbot.waitSignal(form.logged_in):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _failed_logins(gate) == 1


def test_the_lock_screen_takes_enter_once(qtbot, window, english) -> None:  # type: ignore[no-untyped-def]
    window.lock()
    form = window.lock_form
    assert form is not None
    form.password.setFocus()
    qtbot.keyClicks(form.password, "wrong-wrong")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert "password is wrong" in form.message.text()
    assert window.services.gate.throttle.seconds_to_wait("maija") == 0
    qtbot.keyClicks(form.password, PASSWORDS["maija"])
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert _failed_logins(window.services.gate) == 1
