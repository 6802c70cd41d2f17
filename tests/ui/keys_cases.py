"""The cases of tests/ui/test_keys_under_x.py, run under Xvfb with the xcb platform (collected
only when named on the command line, with KIRJURI_X_CASES set). Every key goes through the X
server (XTEST) and the window manager (openbox), so focus, shortcuts and default buttons work as
they do for a person."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.store.models import AuditEntry
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.preferences import Preferences
from tests.ui.conftest import PASSWORDS
from tests.ui.xkeys import XKeyboard, window_manager

pytestmark = pytest.mark.skipif(
    not os.environ.get("KIRJURI_X_CASES"), reason="run by tests/ui/test_keys_under_x.py"
)
WAIT_MS = 10_000


@pytest.fixture
def keys() -> Iterator[XKeyboard]:
    keyboard = XKeyboard()
    with window_manager(keyboard):
        yield keyboard
    keyboard.close()


def _activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def _failed_logins(gate: Gate) -> int:
    assert gate.register is not None
    with gate.register.read() as session:
        return int(
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.action == "login_failed")
            )
            or 0
        )


def test_enter_in_the_login(
    qtbot, gate: Gate, preferences: Preferences, english, keys: XKeyboard
) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    logged_in: list[object] = []
    dialog.form.logged_in.connect(logged_in.append)
    dialog.form.username.setCurrentText("maija")
    _activate(qtbot, dialog)
    dialog.form.password.setFocus()
    qtbot.waitUntil(dialog.form.password.hasFocus, timeout=WAIT_MS)

    keys.type("wrong-password")
    qtbot.waitUntil(lambda: dialog.form.password.text() == "wrong-password", timeout=WAIT_MS)
    keys.press("Return")
    qtbot.waitUntil(lambda: "password is wrong" in dialog.form.message.text(), timeout=WAIT_MS)
    qtbot.wait(300)  # a second submission, if there were one, would have come by now
    assert "Enter your password" not in dialog.form.message.text()
    assert gate.throttle.seconds_to_wait("maija") == 0

    keys.type(PASSWORDS["maija"])
    qtbot.waitUntil(lambda: dialog.form.password.text() == PASSWORDS["maija"], timeout=WAIT_MS)
    keys.press("Return")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT_MS)
    qtbot.wait(300)
    assert len(logged_in) == 1
    assert _failed_logins(gate) == 1
