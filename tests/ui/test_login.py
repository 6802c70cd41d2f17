"""The login dialog: wrong passwords, the delay after three, and "remember me"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.preferences import Preferences
from tests.ui.conftest import PASSWORDS


def _dialog(qtbot, gate: Gate, preferences: Preferences) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.form.username.setCurrentText(username)
    dialog.form.password.clear()
    qtbot.keyClicks(dialog.form.password, password)
    qtbot.mouseClick(dialog.form.login_button, Qt.MouseButton.LeftButton)


def test_lists_users_from_the_key_slots(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gate, preferences)
    names = [dialog.form.username.itemText(i) for i in range(dialog.form.username.count())]
    assert names == ["liisa", "maija", "ville"]


def test_wrong_password_says_so_and_right_one_logs_in(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gate, preferences)
    _try(qtbot, dialog, "maija", "not-the-password")
    assert dialog.form.message.isVisible()
    assert "password is wrong" in dialog.form.message.text()
    assert dialog.form.password.text() == ""
    assert dialog.result_ is None

    with qtbot.waitSignal(dialog.form.logged_in):
        _try(qtbot, dialog, "maija", PASSWORDS["maija"])
    assert dialog.result_ is not None
    assert dialog.result_.user.username == "maija"


def test_after_three_failures_the_login_waits(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gate, preferences)
    for _ in range(3):
        _try(qtbot, dialog, "maija", "guess-guess")
    assert not dialog.form.login_button.isEnabled()
    assert "Wait 5 seconds" in dialog.form.message.text()
    # Even the right password is refused until the wait is over (Enter in the password field).
    dialog.form._wait_left = 0
    _try(qtbot, dialog, "maija", PASSWORDS["maija"])
    assert dialog.result_ is None
    assert "Wait" in dialog.form.message.text()
    assert "seconds" in dialog.form.message.text()


def test_remember_me_hidden_without_a_safe_keyring(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gate, preferences)
    assert dialog.form.remember.isHidden()
    assert dialog.form.remember_note.isVisible()
    assert "not available" in dialog.form.remember_note.text()


def test_remember_me_stores_the_secret_in_the_keyring(  # type: ignore[no-untyped-def]
    qtbot, gate, preferences, english, file_keyring
) -> None:
    dialog = _dialog(qtbot, gate, preferences)
    assert dialog.form.remember.isVisible()
    assert not dialog.form.remember.isChecked(), "off by default"
    dialog.form.remember.setChecked(True)
    with qtbot.waitSignal(dialog.form.logged_in):
        _try(qtbot, dialog, "maija", PASSWORDS["maija"])
    remembered = RememberedLogins(gate.register_id())
    assert remembered.recall("maija") is not None
    stored = Path(file_keyring.file_path).read_bytes()
    assert PASSWORDS["maija"].encode() not in stored
    assert remembered.recall("maija").hex().encode() not in stored, "the keyring file is encrypted"

    # Next start: the person is recognised and logs in without typing a password.
    gate.close()
    again = Gate(gate.files)
    dialog2 = _dialog(qtbot, again, preferences)
    dialog2.form.username.setCurrentText("maija")
    assert dialog2.form.remembered_hint.isVisible()
    with qtbot.waitSignal(dialog2.form.logged_in):
        qtbot.mouseClick(dialog2.form.login_button, Qt.MouseButton.LeftButton)
    assert dialog2.result_ is not None and dialog2.result_.user.username == "maija"
    again.close()


def test_remember_me_can_be_forbidden(qtbot, gate, preferences, english, file_keyring) -> None:  # type: ignore[no-untyped-def]
    preferences.set_remember_allowed(gate.register_id(), False)
    dialog = _dialog(qtbot, gate, preferences)
    assert dialog.form.remember.isHidden()
    assert "turned off" in dialog.form.remember_note.text()
