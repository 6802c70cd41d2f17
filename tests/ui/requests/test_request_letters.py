"""The Letters tab and the Documents page with real widgets: draft, edit, preview, sign and print
(only the printer dialog is replaced), mark as sent; the signed letter listed and reprinted."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.letters import Delivery, LetterKind, LetterState
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.ui.documents import actions, output
from desktop.ui.documents.page import DocumentsPage
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.requests.sent_dialog import MarkSentDialog
from tests.ui.conftest import answer_next_dialog, capture_next_message
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 10, 15)
SHOTS = os.environ.get("KIRJURI_SCREENSHOTS")  # a folder: save screenshots there to look at


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The system print dialog replaced by a PDF printer in tmp_path (removed by the test)."""
    outputs: list[Path] = []

    def fake_printer(_parent: object, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = tmp_path / f"printer-{len(outputs)}.pdf"
        printer.setOutputFileName(str(path))
        outputs.append(path)
        return printer

    monkeypatch.setattr(output, "ask_printer", fake_printer)
    return outputs


def _files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_draft_edit_preview_sign_print_and_send(  # type: ignore[no-untyped-def]
    qtbot,
    services: Services,
    customer_id: int,
    printed: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp = Path(os.environ["TMPDIR"])
    before = _files(tmp)
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id)
    dialog.resize(1100, 900)
    tab = dialog.letters
    dialog.tabs.setCurrentWidget(tab)
    assert LetterKind(tab.kind.currentData()) is LetterKind.ACCESS  # suggested by the request

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.current is not None and tab.current.row.state is LetterState.DRAFT
    assert tab.text.toPlainText().startswith("Vastaus tarkastuspyyntöösi")
    assert tab.recipient.toPlainText().splitlines()[0] == "Maija Meikäläinen"
    tab.text.setPlainText(tab.text.toPlainText() + "\n\nLisäksi kiitämme kärsivällisyydestäsi.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "kärsivällisyydestäsi" in services.letters.get(tab.current.row.id).text

    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    preview = tab.last_preview
    assert isinstance(preview, PdfPreviewDialog) and len(preview.view.pages) >= 2
    if SHOTS:
        preview.grab().save(str(Path(SHOTS) / "letter-preview.png"))
        tab.grab().save(str(Path(SHOTS) / "letters-tab.png"))
    preview.close()

    answer_next_dialog("Sign and print")
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.row.state is LetterState.SIGNED)
    row = tab.current.row
    assert row.sha256 in tab.info.text()
    assert tab.table.item(0, 1).text() == "Signed"
    # A PDF "printer" is a print to file: the signed letter is written as it is (issue 17, item 9).
    assert printed and printed[0].read_bytes() == services.letters.pdf(tab.current.row.id)
    events = [dialog.events.item(r, 2).text() for r in range(dialog.events.rowCount())]
    assert "Letter signed" in events and "Letter printed" in events

    def fill(sent: QWidget) -> None:
        assert isinstance(sent, MarkSentDialog)
        sent.how.setCurrentIndex(sent.how.findData(Delivery.REGISTERED.value))
        sent.accept()  # no tracking number: the dialog stays open and says so
        assert sent.form.errors["tracking_number"].text()
        sent.tracking.setText("JJFI6234567890")
        sent.accept()

    done = in_next_dialog(fill)
    qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    assert done["done"]
    qtbot.waitUntil(lambda: "JJFI6234567890" in tab.info.text())
    assert "within the deadline" in tab.info.text()
    assert "Reply sent:" in dialog.deadline_state.text()
    assert "JJFI6234567890" in dialog.deadline_state.text()
    if SHOTS:
        tab.grab().save(str(Path(SHOTS) / "letters-tab-signed.png"))

    page = DocumentsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).sha256 == row.sha256
    # The sent column shows whole (issue 17 item 8); the checksum gives way, whole as tooltip.
    sent = 5
    assert "within the deadline" in page.model.index(0, sent).data()
    assert page.view.columnWidth(sent) >= page.view.sizeHintForColumn(sent)
    page.search.setText("2026-001")
    page.refresh()
    assert page.model.rowCount() == 1
    page.search.setText("nobody-like-this")
    page.refresh()
    assert page.model.rowCount() == 0
    page.search.setText("")
    page.kind.setCurrentIndex(page.kind.findData(LetterKind.ACCESS.value))
    page.refresh()
    page.view.selectRow(0)
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "documents-page.png"))
    page.print_selected()  # Ctrl+P on the page
    assert len(printed) == 2
    stick = tmp_path / "usb" / "kirje.pdf"
    stick.parent.mkdir()
    monkeypatch.setattr(actions, "ask_save_path", lambda *_args: stick)
    message = capture_next_message()
    page.save_selected()
    assert stick.read_bytes() == services.letters.pdf(row.id)  # the very bytes signed
    assert str(stick) in message["text"]
    stick.unlink()

    for path in printed:  # the fake printer's files are this test's own; a real one has none
        path.unlink()
    for path in _files(tmp) - before:
        assert path.suffix != ".pdf", path
        data = path.read_bytes()
        assert b"Meik\xc3\xa4l\xc3\xa4inen" not in data and b"Mannerheimintie" not in data, path
    data_dir = Path(os.environ["XDG_DATA_HOME"])
    for path in _files(data_dir):
        assert path.suffix != ".pdf", path


def test_reader_sees_letters_but_cannot_sign(
    qtbot, gate, customer_id: int, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import login

    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    letter = services.letters.create(request_id, LetterKind.ACKNOWLEDGEMENT)
    services.letters.sign(letter.row.id)
    reader = login(gate, "liisa")
    dialog = open_dialog(qtbot, reader, request_id)
    tab = dialog.letters
    assert tab.new_button.isHidden()
    tab.table.selectRow(0)
    assert tab.current is not None
    assert tab.sign_button.isHidden() and tab.print_button.isHidden()
    assert not tab.pdf_button.isHidden()
    assert tab.text.isReadOnly()


def test_customer_extract_and_signature_dialog(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from desktop.ui.dialogs.signature import SignatureDialog

    image = QImage(600, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    picture = tmp_path / "sig.png"
    image.save(str(picture))
    dialog = SignatureDialog(services)
    qtbot.addWidget(dialog)
    dialog.title.setText("Yrittäjä")
    dialog.load_file(str(picture))
    dialog.accept()
    assert services.letters.my_signature().title == "Yrittäjä"
    assert services.letters.my_signature().image is not None
    picture.unlink()

    from desktop.ui.customers.editor import CustomerEditor

    def look(preview: QWidget) -> None:
        assert isinstance(preview, PdfPreviewDialog) and preview.view.pages
        preview.close()

    editor = CustomerEditor(services, services.customers.get(customer_id))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.extract_button.isVisible()
    shown = in_next_dialog(look)
    qtbot.mouseClick(editor.extract_button, Qt.MouseButton.LeftButton)
    assert shown["done"]
    assert QApplication.activeModalWidget() is None


def test_documents_model_fetches_more_as_it_scrolls(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    from desktop.ui.models.letters_model import LetterFilter, LettersModel

    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    for _ in range(5):
        services.letters.sign(
            services.letters.create(request_id, LetterKind.ACKNOWLEDGEMENT).row.id
        )
    model = LettersModel(services.letters, page_size=2)
    model.set_filter(LetterFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    model.set_filter(LetterFilter(kind=LetterKind.ACCESS))
    assert model.rowCount() == 0
