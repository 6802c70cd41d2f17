"""Issue 17: a working day's keys in the real program, as a person presses them, under a real X
server and window manager (run by tests/ui/test_keys_under_x.py, under `xvfb-run`).

Kirjuri starts as from the desktop (KirjuriApp: the login window, then the main window); every
key goes through the X server (XTEST), so the window manager's focus, Qt's shortcut contexts
and the dialogs' default and escape buttons decide what each key does. Each key is checked to do
what its label says exactly once: one login, one dialog, one customer saved, one print. Only the
printer is replaced (by a recorder of what would be printed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from desktop.app import KirjuriApp
from desktop.core.customer_form import CustomerForm
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.page import CustomersPage
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.requests.log_dialog import LogRequestDialog
from desktop.ui.statement import output
from tests.ui.conftest import PASSWORDS
from tests.ui.key_script import KeyScript, ShownDialogs, Until, pause
from tests.ui.xkeys import XKeyboard, window_manager

pytestmark = pytest.mark.skipif(
    not os.environ.get("KIRJURI_X_CASES"), reason="run by tests/ui/test_keys_under_x.py"
)
SETTLE_S = 0.3  # a second effect of one key press would have come by now


@pytest.fixture
def keys() -> Iterator[XKeyboard]:
    keyboard = XKeyboard()
    with window_manager(keyboard):
        yield keyboard
    keyboard.close()


def _audit_count(app: KirjuriApp, action: str) -> int:
    register = app.gate.register
    assert register is not None
    with register.read() as session:
        return int(
            session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action))
            or 0
        )


def _seed(files: RegisterFiles) -> dict[str, int]:
    """Two customers already in the register, so a search has something to leave out; returns
    the audit rows so far by action."""
    gate = Gate(files)
    try:
        services = Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)
        services.customers.create(CustomerForm(first_name="Aino", last_name="Aaltonen"))
        services.customers.create(CustomerForm(first_name="Bertil", last_name="Berg"))
        assert gate.register is not None
        with gate.register.read() as session:
            rows = session.execute(
                select(AuditEntry.action, func.count(AuditEntry.id)).group_by(AuditEntry.action)
            )
            return {str(action): int(count) for action, count in rows}
    finally:
        gate.close()


def _active(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible() and widget.isActiveWindow()


def _modal_of(kind: type[QWidget]) -> QWidget | None:
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, kind) else None


def _has_focus(get: object) -> Until:
    return Until(f"focus on {get}", lambda: QApplication.focusWidget() is get)


def test_a_working_day_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, files: RegisterFiles, tmp_path: Path, english, keys: XKeyboard, monkeypatch
) -> None:
    before = _seed(files)
    printed: list[tuple[bytes, str]] = []

    def printer(parent: QWidget, pdf: bytes, title: str) -> bool:
        printed.append((pdf, title))
        return True

    monkeypatch.setattr(output, "print_pdf", printer)
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", files.db)
    app = KirjuriApp(paths, Preferences(paths.settings_file))
    shown = ShownDialogs()
    qapp = QApplication.instance()
    assert qapp is not None
    qapp.installEventFilter(shown)

    def window() -> MainWindow:
        assert app.window is not None
        return app.window

    def customers() -> CustomersPage:
        page = window().page_list[1]
        assert isinstance(page, CustomersPage)
        return page

    def day() -> Iterator[Until]:
        # --- the login: a user name is filled in and the focus waits in the password; Shift+Tab
        # back to the user name, type one's own, Tab, the password, Enter --------------------
        yield Until("the login window, active", lambda: _active(_modal_of(LoginDialog)))
        login = _modal_of(LoginDialog)
        assert isinstance(login, LoginDialog)
        form = login.form
        yield _has_focus(form.password)
        keys.press("Tab", "Shift_L")
        yield Until("focus in the user name", lambda: form.username.hasFocus())
        keys.type("maija")
        yield Until("the user name typed", lambda: form.username.currentText() == "maija")
        keys.press("Tab")
        yield _has_focus(form.password)
        keys.type(PASSWORDS["maija"])
        yield Until("the password typed", lambda: form.password.text() == PASSWORDS["maija"])
        keys.press("Return")
        yield Until("the main window, active", lambda: _active(app.window), timeout_s=20)
        yield pause(SETTLE_S)
        assert shown.count("LoginDialog") == 1
        assert _audit_count(app, "login") == before.get("login", 0) + 1
        assert _audit_count(app, "login_failed") == 0

        # --- Ctrl+2: the customers; Ctrl+N: one new customer's form --------------------------
        keys.press("2", "Control_L")
        yield Until("the Customers page", lambda: window().current_page() is customers())
        keys.press("n", "Control_L")
        yield Until("the customer form, active", lambda: _active(_modal_of(CustomerEditor)))
        editor = _modal_of(CustomerEditor)
        assert isinstance(editor, CustomerEditor)
        edits = editor.person.edits
        yield _has_focus(edits["first_name"])
        yield pause(SETTLE_S)
        assert shown.count("CustomerEditor") == 1

        # --- Tab through the form, in the order of its labels --------------------------------
        keys.type("Kalle")
        keys.press("Tab")
        yield _has_focus(edits["last_name"])
        keys.type("Koskinen")
        keys.press("Tab")
        yield _has_focus(edits["title"])
        keys.type("Puuseppa")
        keys.press("Tab")
        yield _has_focus(edits["organisation"])
        assert edits["first_name"].text() == "Kalle"
        assert edits["last_name"].text() == "Koskinen"
        assert edits["title"].text() == "Puuseppa"

        # --- Ctrl+S saves once, and the form stays open --------------------------------------
        keys.press("s", "Control_L")
        yield Until(
            "the form saved",
            lambda: editor.saved_label.text() == "Saved.",
            settle_s=SETTLE_S,
        )
        assert editor.isVisible()
        assert _audit_count(app, "customer_created") == before["customer_created"] + 1

        # --- Esc closes the form (nothing unsaved: no question) ------------------------------
        keys.press("Escape")
        yield Until("the form closed", lambda: not editor.isVisible() and _active(window()))
        yield pause(SETTLE_S)
        assert _audit_count(app, "customer_created") == before["customer_created"] + 1
        assert shown.count("CustomerEditor") == 1

        # --- Ctrl+F: to the search, wherever the focus was -----------------------------------
        customers().table.setFocus()  # as after a click in the list
        keys.press("f", "Control_L")
        yield _has_focus(customers().search)
        keys.type("Koskinen")
        yield Until("only Kalle Koskinen listed", lambda: customers().model.rowCount() == 1)
        row = customers().model.row_at(0)
        assert row is not None and "Koskinen" in row.name

        # --- Ctrl+3, Ctrl+N: one request form; Esc closes it, nothing logged -----------------
        keys.press("3", "Control_L")
        yield Until("the Requests page", lambda: window().nav.currentRow() == 2)
        keys.press("n", "Control_L")
        yield Until("the request form, active", lambda: _active(_modal_of(LogRequestDialog)))
        keys.press("Escape")
        yield Until("the request form closed", lambda: _active(window()), settle_s=SETTLE_S)
        assert shown.count("LogRequestDialog") == 1
        assert _audit_count(app, "request_logged") == 0

        # --- Ctrl+5, Ctrl+P: the privacy statement printed once ------------------------------
        keys.press("5", "Control_L")
        yield Until("the statement page", lambda: window().nav.currentRow() == 4)
        keys.press("p", "Control_L")
        # A new register's statement still has checklist warnings: the box lists them and its
        # default button publishes anyway, so Enter goes on as a person reading it would.
        yield Until("the warnings before printing", lambda: _active(_modal_of(QMessageBox)))
        keys.press("Return")
        yield Until("the statement printed", lambda: len(printed) >= 1, settle_s=SETTLE_S)
        assert len(printed) == 1
        pdf, title = printed[0]
        assert pdf.startswith(b"%PDF") and title == "Privacy statement"

        # No other window came up on the way (an error, a question, a second dialog).
        assert shown.names == ["LoginDialog", "CustomerEditor", "LogRequestDialog", "QMessageBox"]

    script = KeyScript(day())
    script.start()
    started = False
    try:
        started = app.start()
        if app.window is not None:
            qtbot.addWidget(app.window)
        qtbot.waitUntil(lambda: script.finished, timeout=40_000)
    finally:
        qapp.removeEventFilter(shown)
        if app.window is not None:
            app.window.close()
        app.shutdown()
    if script.error is not None:
        raise AssertionError("\n".join(script.log)) from script.error
    assert started
