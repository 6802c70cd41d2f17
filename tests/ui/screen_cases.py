"""The cases of tests/ui/test_screen_layout.py, run once per screen in a process of its own
(collected only when named on the command line, with KIRJURI_SCREEN_CASES set)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
)

from desktop.core.customer_form import CustomerForm, EmailForm
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.services.requests.log import RequestForm
from desktop.store.register import RegisterFiles
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.backup.restore_wizard import RestoreWizard
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.export_dialog import ExportDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.dialogs.about import AboutDialog
from desktop.ui.dialogs.change_password import ChangePasswordDialog
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.log_dialog import LogRequestDialog
from desktop.ui.requests.sent_dialog import MarkSentDialog
from desktop.ui.requests.statement_dialog import StatementDialog
from desktop.ui.setup.wizard import SetupWizard
from desktop.ui.statement.published_dialog import PublishedDialog
from tests.ui.conftest import login
from tests.ui.test_pseudo_layout import clipped, pseudo_finnish  # noqa: F401 - a fixture

SCREEN = os.environ.get("KIRJURI_SCREEN_CASES", "")
pytestmark = [
    pytest.mark.skipif(not SCREEN, reason="run by tests/ui/test_screen_layout.py"),
    pytest.mark.usefixtures("pseudo_finnish"),
]
SLACK = 1  # px: rounding in font metrics and scaling

# What is still wrong, per screen: each is a strict xfail, so a fix turns it into a failure that
# asks for the line to be removed. Issue 17's follow-up work.
KNOWN: dict[str, dict[str, str]] = {}


def known(case: str) -> pytest.MarkDecorator:
    reason = KNOWN.get(SCREEN, {}).get(case, "")
    return pytest.mark.xfail(bool(reason), reason=reason, strict=True)


def squashed(root: QWidget) -> list[str]:
    """Fields and buttons lower than they need, and wrapped texts with lines cut off."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
        if not inner and isinstance(
            widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton
        ):
            need = widget.minimumSizeHint().height()
            if widget.height() + SLACK < need:
                found.append(f"{name}: {widget.height()} px high, needs {need}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                found.append(
                    f"{name} {widget.text()[:40]!r}: {widget.height()} px high, text needs {need}"
                )
    return found


def too_big(window: QWidget) -> list[str]:
    free = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > free.width() + SLACK or frame.height() > free.height() + SLACK:
        return [
            f"window {frame.width()}×{frame.height()} on a screen of {free.width()}×{free.height()}"
        ]
    return []


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KIRJURI_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def check(widget: QWidget, name: str) -> list[str]:
    """One state of one window, as the user sees it."""
    if not widget.isVisible():
        widget.show()
    QApplication.processEvents()
    QApplication.processEvents()
    _shot(widget.window(), name)
    window = widget.window()
    problems = [*clipped(window), *squashed(window), *too_big(window)]
    return [f"{SCREEN} {name}: {problem}" for problem in problems]


@pytest.fixture
def services(gate: Gate) -> Services:
    services = login(gate, "maija")
    services.customers.create(
        CustomerForm(
            first_name="Maija", last_name="Meikäläinen", emails=(EmailForm("m@example.fi"),)
        )
    )
    return services


@pytest.fixture
def request_id(services: Services) -> int:
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    request_id = services.requests.log(
        RequestForm(
            received_at=datetime(2026, 11, 20, 10, 0),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS, RequestKind.ERASURE),
            customer_id=customer_id,
            signed_by_hand=True,
        )
    ).id
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    return request_id


@known("main_window")
def test_main_window_pages_and_lock_screen(
    qtbot, services: Services, preferences: Preferences
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, preferences, RememberedLogins(services.gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        problems += check(window, f"page-{index + 1}")
    window.lock()
    form = window.lock_form
    assert form is not None
    problems += check(window, "lock-screen")
    form.password.setText("väärä salasana")
    form.attempt()
    problems += check(window, "lock-screen-wrong-password")
    assert not problems, "\n".join(problems)


def test_login_in_every_state(qtbot, gate: Gate, preferences: Preferences) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    problems = check(dialog, "login")
    top = dialog.form.password.mapTo(dialog, dialog.form.password.rect().topLeft())
    for attempt in range(3):
        dialog.form.username.setCurrentText("maija")
        dialog.form.password.setText("väärin-väärin")
        dialog.form.attempt()
        problems += check(dialog, f"login-wrong-{attempt + 1}")
        moved = dialog.form.password.mapTo(dialog, dialog.form.password.rect().topLeft())
        if moved != top:
            problems.append(f"{SCREEN} login: the password field moved from {top} to {moved}")
    assert "5" in dialog.form.message.text(), "locked out: the wait is said"
    assert not problems, "\n".join(problems)


def _all_errors(form_fields: dict[str, QWidget]) -> dict[str, str]:
    # As long as Kirjuri's own field errors ("Check the date: d.m.yyyy.").
    return {name: "Tarkista päivämäärä: p.k.vvvv." for name in form_fields}


def test_wizard_pages_with_every_error(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(RegisterFiles(tmp_path / "new" / "register.kirjuri"))
    qtbot.addWidget(wizard)
    problems = check(wizard, "wizard-welcome")
    for page_id in wizard.pageIds()[1:]:
        wizard.setStartId(page_id)
        wizard.restart()
        problems += check(wizard, f"wizard-{page_id}")
    ids = {type(wizard.page(i)).__name__: i for i in wizard.pageIds()}
    for page in (wizard.business, wizard.privacy, wizard.main_user):
        wizard.setStartId(ids[type(page).__name__])
        wizard.restart()
        fields = page.form.fields
        top = {name: field.mapTo(wizard, field.rect().topLeft()) for name, field in fields.items()}
        page.form.show_errors(_all_errors(fields))
        problems += check(wizard, f"wizard-{type(page).__name__}-errors")
        moved = {
            name: field.mapTo(wizard, field.rect().topLeft()) for name, field in fields.items()
        }
        problems += [
            f"{SCREEN} {type(page).__name__}: field {name} moved when errors came"
            for name in fields
            if moved[name] != top[name]
        ]
        page.form.clear_errors()
    assert not problems, "\n".join(problems)


@known("customer_form")
def test_customer_form_with_every_error(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    editor = CustomerEditor(services, None)
    qtbot.addWidget(editor)
    problems = check(editor, "customer-new")
    for tab in (editor.person, editor.relationship):  # the contact tab has rows, not a form
        form = tab.form
        editor.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        top = {
            name: field.mapTo(editor, field.rect().topLeft()) for name, field in form.fields.items()
        }
        form.show_errors(_all_errors(form.fields))
        problems += check(editor, f"customer-errors-{type(tab).__name__}")
        moved = {
            name: field.mapTo(editor, field.rect().topLeft()) for name, field in form.fields.items()
        }
        problems += [
            f"{SCREEN} customer form: field {name} moved when errors came"
            for name in form.fields
            if moved[name] != top[name]
        ]
        form.clear_errors()
    assert not problems, "\n".join(problems)


@known("dialogs")
def test_dialogs(  # type: ignore[no-untyped-def]
    qtbot, services: Services, request_id: int, preferences: Preferences, gate: Gate, tmp_path: Path
) -> None:
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    letter = services.letters.create(request_id, LetterKind.ACCESS)
    pdf = services.letters.preview(letter.row.id)
    statement = services.descriptions.statement("fi", "pdf")
    services.published.record(0, "fi", "pdf", statement, "saved")  # a row in the list
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("customer-edit", lambda: CustomerEditor(services, services.customers.get(customer_id))),
        ("log-request", lambda: LogRequestDialog(services)),
        ("user", lambda: UserDialog(services.users)),
        ("change-password", lambda: ChangePasswordDialog(services.users, lambda _key: None)),
        ("import", lambda: ImportDialog(services)),
        ("export", lambda: ExportDialog(services, CustomerQuery())),
        ("about", lambda: AboutDialog(str(services.gate.register.files.db))),
        ("request", lambda: RequestDialog(services, request_id)),
        ("backup", lambda: BackupDialog(services, None, preferences)),
        ("restore", lambda: RestoreWizard(services.gate.files, lambda: None, None, preferences)),
        (
            "letter-preview",
            lambda: PdfPreviewDialog(pdf, "Kirje", on_print=lambda: None, on_save=lambda: None),
        ),
        ("mark-sent", lambda: MarkSentDialog("Kirje", lambda *_a: None, may_close=True)),
        ("published-statements", lambda: PublishedDialog(services)),
        (
            "supplementary-statement",
            lambda: StatementDialog(services, request_id, ("addresses.0.street",)),
        ),
    ]
    problems: list[str] = []
    for name, make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        problems += check(dialog, name)
        if isinstance(dialog, RequestDialog):
            for index in range(1, dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                problems += check(dialog, f"{name}-tab-{index}")
        if isinstance(dialog, QWizard) and not isinstance(dialog, RestoreWizard):
            for page_id in dialog.pageIds()[1:]:
                dialog.setStartId(page_id)
                dialog.restart()
                problems += check(dialog, f"{name}-{page_id}")
        if isinstance(dialog, ChangePasswordDialog | StatementDialog):
            dialog.form.show_errors(_all_errors(dialog.form.fields))
            problems += check(dialog, f"{name}-errors")
        dialog.close()
    assert not problems, "\n".join(problems)
