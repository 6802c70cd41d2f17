"""End to end: Kirjuri's first start on an empty computer to a signed, sent and closed access
reply, then a backup that is verified.

The real start path (KirjuriApp: the set-up wizard, then the main window) is driven as a user
would drive it: clicks on the navigation, tabs and buttons, typing into the fields, the File
menu. Everything underneath is real: the SQLCipher register, the services, the signed PDF kept
in the register, the backup and `kirjuri verify`. Only the system print dialog is replaced, by
a PDF printer in tmp_path.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWizard,
)

from desktop.app import KirjuriApp
from desktop.core.letters import Delivery, LetterKind, LetterState
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind, RequestStatus
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.backup_format import backups_in
from desktop.store.register import RegisterFiles
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.page import CustomersPage
from desktop.ui.documents import output
from desktop.ui.preferences import Preferences
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.log_dialog import LogRequestDialog
from desktop.ui.requests.page import RequestsPage
from desktop.ui.requests.sent_dialog import MarkSentDialog
from desktop.ui.setup.wizard import SetupWizard
from tests.ui.window_story import (
    STEP_TIMEOUT_S,
    Story,
    Wait,
    button_in,
    choose,
    click,
    close_dialogs,
    go_to,
    later,
    modal,
    no_dialog,
    open_tab,
    paste,
    pdf_text,
    shot,
    the_dialog,
    tick,
)

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "kahvia ja pullaa"


# --- the story ------------------------------------------------------------------------------------
@dataclass
class Learnt:
    """What the user saw on the way, to check against the register afterwards."""

    recovery_key: str = ""
    customer_number: int = 0
    diary_number: str = ""
    request_id: int = 0
    letter_id: int = 0
    backups: list[Path] = field(default_factory=list)


def first_start_to_signed_reply(  # type: ignore[no-untyped-def]
    qtbot, app: KirjuriApp, stick: Path, printed: list[Path], learnt: Learnt
) -> Iterator[Wait]:
    # --- the set-up wizard ---------------------------------------------------------------------
    yield modal(SetupWizard)
    wizard = the_dialog(SetupWizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    business = wizard.business
    assert wizard.currentPage() is business
    paste(business.name, "Kahvila Meikäläinen")
    qtbot.keyClicks(business.business_id, "0737546-2")
    qtbot.keyClicks(business.street, "Mannerheimintie 1")
    qtbot.keyClicks(business.postal_code, "00100")
    qtbot.keyClicks(business.post_office, "Helsinki")
    qtbot.keyClicks(business.phone, "040 123 4567")
    qtbot.keyClicks(business.email, "info@example.fi")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.privacy, business.form.errors
    click(qtbot, wizard.privacy.fields.has_website)
    qtbot.keyClicks(wizard.privacy.fields.website, "www.kahvila.example")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    user = wizard.main_user
    assert wizard.currentPage() is user, business.form.errors
    paste(user.full_name, "Maija Meikäläinen")
    assert isinstance(user.username, QLineEdit) and user.username.text() == "maija"
    paste(user.title_edit, "Yrittäjä")
    qtbot.keyClicks(user.password, PASSWORD)
    qtbot.keyClicks(user.repeat, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))  # creates the register
    assert wizard.currentPage() is wizard.recovery
    learnt.recovery_key = wizard.recovery.key_label.text()
    shot(wizard, "recovery-key")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the recovery key must be acknowledged first"
    tick(qtbot, wizard.recovery.confirm)
    click(qtbot, finish)

    yield lambda: isinstance(app.window, QMainWindow) and app.window.isVisible() and no_dialog()
    window = app.window
    assert window is not None
    assert window.windowTitle() == "Kahvila Meikäläinen"  # Qt adds " — Kirjuri" once

    # --- a customer, through the customer editor -----------------------------------------------
    customers = go_to(qtbot, window, "Customers")
    assert isinstance(customers, CustomersPage)
    later(lambda: click(qtbot, customers.new_button))
    yield modal(CustomerEditor)
    editor = the_dialog(CustomerEditor)
    qtbot.keyClicks(editor.person.edits["first_name"], "Aino")
    paste(editor.person.edits["last_name"], "Mäkelä")
    contact = open_tab(qtbot, editor.tabs, "Contact")
    assert contact is editor.contact
    address = editor.contact.addresses.rows[0].fields
    email = editor.contact.emails.rows[0].fields
    for widget, typed in (
        (address["street"], "Kauppakatu 3 B 12"),
        (address["postal_code"], "40100"),
        (email["address"], "aino.makela@example.fi"),
    ):
        assert isinstance(widget, QLineEdit)
        qtbot.keyClicks(widget, typed)
    paste(address["post_office"], "Jyväskylä")
    click(qtbot, editor.save_button)
    assert editor.saved_label.text() == "Saved.", editor.person.form.errors
    assert editor.detail is not None
    learnt.customer_number = editor.detail.number
    click(qtbot, button_in(editor, "Close"))
    yield no_dialog
    listed = customers.model
    assert listed.rowCount() == 1
    assert "Mäkelä Aino" in [listed.index(0, c).data() for c in range(listed.columnCount())]

    # --- a written access request, through the log dialog ----------------------------------------
    requests = go_to(qtbot, window, "Requests")
    assert isinstance(requests, RequestsPage)
    later(lambda: click(qtbot, requests.new_button))
    yield modal(LogRequestDialog)
    log = the_dialog(LogRequestDialog)
    qtbot.keyClicks(log.requester.search, "Aino")
    yield lambda: log.requester.customer_id() is not None  # the one match, chosen
    assert "Mäkelä Aino" in log.requester.chosen.text()
    tick(qtbot, log.kinds[RequestKind.ACCESS])
    assert RequestChannel(log.channel.currentData()) is RequestChannel.LETTER
    tick(qtbot, log.signed)
    log.description.insertPlainText("Pyydän kopion kaikista minua koskevista tiedoista.")
    click(qtbot, log.log_button)
    yield no_dialog
    assert log.logged is not None
    learnt.request_id = log.logged.id
    assert requests.selected_id() == learnt.request_id

    # --- the request: identity, the reply letter, sent, answered, closed -------------------------
    later(lambda: click(qtbot, requests.open_button))
    yield modal(RequestDialog)
    dialog = the_dialog(RequestDialog)
    assert dialog.detail is not None
    learnt.diary_number = dialog.detail.row.diary_number
    assert learnt.diary_number == f"{date.today().year}-001"

    open_tab(qtbot, dialog.tabs, "Identity and deadline")
    choose(dialog, "identityMethod", IdentityMethod.SIGNATURE_MATCHES.value)
    click(qtbot, dialog.record_identity_button)
    assert "Signature matches earlier correspondence" in dialog.identity_state.text()

    tab = open_tab(qtbot, dialog.tabs, "Letters")
    assert tab is dialog.letters
    letters = dialog.letters
    assert LetterKind(letters.kind.currentData()) is LetterKind.ACCESS  # suggested
    click(qtbot, letters.new_button)
    assert letters.current is not None and letters.current.row.state is LetterState.DRAFT
    assert letters.recipient.toPlainText().splitlines()[0] == "Aino Mäkelä"
    click(qtbot, letters.preview_button)
    preview = letters.last_preview
    assert len(preview.view.pages) >= 1
    click(qtbot, button_in(preview, "Close"))
    yield modal(RequestDialog)

    later(lambda: click(qtbot, letters.sign_button))
    yield modal(QMessageBox)
    question = the_dialog(QMessageBox)
    assert "Sign this letter as Maija Meikäläinen?" in question.text()
    click(qtbot, button_in(question, "Sign and print"))
    yield (
        lambda: (
            letters.current is not None
            and letters.current.row.state is LetterState.SIGNED
            and modal(RequestDialog)()
        )
    )
    learnt.letter_id = letters.current.row.id
    shot(dialog, "letter-signed")
    assert printed and printed[0].stat().st_size > 0, "the signed letter went to the printer"

    later(lambda: click(qtbot, letters.sent_button))
    yield modal(MarkSentDialog)
    sent = the_dialog(MarkSentDialog)
    choose(sent, "sentHow", Delivery.LETTER.value)
    # The final reply: sending it closes the request in the same step (issue 17, item 5).
    assert sent.close_request.isVisible() and sent.close_request.isChecked()
    click(qtbot, button_in(sent, "Mark as sent"))
    yield lambda: modal(RequestDialog)() and "Reply sent:" in dialog.deadline_state.text()
    yield lambda: modal(RequestDialog)() and dialog.status_label.text() == "Closed"
    shot(dialog, "request-closed")
    click(qtbot, button_in(dialog, "Close"))
    yield no_dialog
    assert requests.model.rowCount() == 0, "a closed request leaves the list of open ones"
    shot(window, "requests-page")

    # --- File → Back up now, into a folder -----------------------------------------------------
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and file_menu.title() == "&File"
    back_up = next(a for a in file_menu.actions() if a.text() == "&Back up now…")
    later(back_up.trigger)
    yield modal(BackupDialog)
    backup = the_dialog(BackupDialog)
    later(lambda: click(qtbot, backup.folder_button))
    yield modal(QFileDialog)
    chooser = the_dialog(QFileDialog)
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(stick))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    yield lambda: modal(BackupDialog)() and backup.target == stick
    click(qtbot, backup.start_button)
    yield lambda: backup.result_ is not None and backup.close_button.isEnabled()
    assert backup.status.text().startswith("Done. The backup was made and checked")
    shot(backup, "backup-done")
    click(qtbot, backup.close_button)
    yield no_dialog
    learnt.backups = backups_in(stick)


# --- the test -------------------------------------------------------------------------------------
@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The system print dialog replaced by a PDF printer in tmp_path."""
    outputs: list[Path] = []

    def pdf_printer(_parent: object, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = tmp_path / f"printer-{len(outputs)}.pdf"
        printer.setOutputFileName(str(path))
        outputs.append(path)
        return printer

    monkeypatch.setattr(output, "ask_printer", pdf_printer)
    return outputs


@pytest.mark.slow
def test_first_start_to_a_signed_access_reply_and_a_verified_backup(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, english: None, printed: list[Path]
) -> None:
    files = RegisterFiles(tmp_path / "data" / "register.kirjuri")
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", files.db)
    app = KirjuriApp(paths, Preferences(paths.settings_file))
    stick = tmp_path / "stick"
    stick.mkdir()
    learnt = Learnt()
    story = Story(first_start_to_signed_reply(qtbot, app, stick, printed, learnt))
    story.start()
    try:
        started = app.start()  # the wizard's loop runs the first steps
        story.check()
        assert started
        qtbot.waitUntil(lambda: story.finished, timeout=int(8 * STEP_TIMEOUT_S * 1000))
        story.check()
    finally:
        close_dialogs()
        if app.window is not None:
            app.window.close()
        app.shutdown()

    # The register, opened again: the request closed, its reply signed and sent, the PDF kept.
    gate = Gate(files)
    try:
        services = Services.for_user(gate, gate.login("maija", PASSWORD).user)
        request = services.requests.get(learnt.request_id)
        assert request.row.status is RequestStatus.CLOSED
        assert request.row.diary_number == learnt.diary_number
        [letter] = services.letters.for_request(learnt.request_id)
        assert letter.id == learnt.letter_id
        assert letter.kind is LetterKind.ACCESS and letter.state is LetterState.SIGNED
        assert letter.sent_on == date.today()
        pdf = services.letters.pdf(letter.id)
    finally:
        gate.close()
    assert hashlib.sha256(pdf).hexdigest() == letter.sha256
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Aino Mäkelä" in text
    assert learnt.diary_number in text
    assert "Kahvila Meikäläinen" in text

    # The backup opens with the recovery key written down at the start, and is whole.
    [backup] = learnt.backups
    verified = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "verify", str(backup)]
        + ["--recovery-key-stdin"],
        input=learnt.recovery_key + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert verified.returncode == 0, verified.stderr
    assert "(1 customers; database checks passed)" in verified.stdout
    for path in printed:  # the stand-in printer's files are this test's own
        path.unlink()
