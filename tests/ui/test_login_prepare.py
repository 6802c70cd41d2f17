"""While the key is derived, the GUI thread prepares the main window (issue 19): the login runs in
a worker thread beside it, and says a wrong password as before."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from desktop.errors import WrongPassword
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.ui.dialogs.login import LoginDialog, while_deriving
from desktop.ui.preferences import Preferences
from tests.ui.conftest import PASSWORDS


def test_the_login_runs_beside_the_preparation(gate: Gate) -> None:
    threads: dict[str, threading.Thread] = {}

    def log_in():  # type: ignore[no-untyped-def]
        threads["login"] = threading.current_thread()
        return gate.login("maija", PASSWORDS["maija"])

    result = while_deriving(
        log_in, lambda: threads.setdefault("prepare", threading.current_thread())
    )
    assert result.user.username == "maija"
    assert threads["prepare"] is threading.current_thread()
    assert threads["login"] is not threading.current_thread()
    assert gate.register is not None


def test_a_wrong_password_and_a_failed_preparation(gate: Gate) -> None:
    def broken() -> None:
        raise RuntimeError("an import failed")

    with pytest.raises(WrongPassword):
        while_deriving(lambda: gate.login("maija", "not-the-password"), lambda: None)
    # The preparation's own failure is left to what comes after the login to report.
    assert while_deriving(lambda: gate.login("maija", PASSWORDS["maija"]), broken).user


def test_the_dialog_prepares_while_it_logs_in(
    qtbot, gate: Gate, preferences: Preferences, english
) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    prepared: list[bool] = []
    dialog.form.prepare = lambda: prepared.append(
        threading.current_thread() is threading.main_thread()
    )
    dialog.form.username.setCurrentText("maija")
    qtbot.keyClicks(dialog.form.password, PASSWORDS["maija"])
    with qtbot.waitSignal(dialog.form.logged_in):
        qtbot.mouseClick(dialog.form.login_button, Qt.MouseButton.LeftButton)
    assert prepared == [True]  # on the GUI thread, once
    assert dialog.result_ is not None and dialog.result_.user.username == "maija"
