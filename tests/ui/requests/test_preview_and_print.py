"""Issue 17, items 3 and 9: the letter preview fits the screen and has zoom, page buttons and
Print; printing to a file writes the letter's own small, private, vector PDF; the window keeps
painting while pages are rendered for a printer."""

from __future__ import annotations

import stat
import sys
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.ui.documents import output
from desktop.ui.documents.preview import PdfPreviewDialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 10, 15)


def _letter(services: Services, customer_id: int) -> tuple[int, int]:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    letter = services.letters.create(request_id, LetterKind.ACCESS)
    return request_id, letter.row.id


def test_preview_fits_the_screen_and_pages_and_zooms(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id, _letter_id = _letter(services, customer_id)
    dialog = open_dialog(qtbot, services, request_id)
    tab = dialog.letters
    dialog.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    preview = tab.last_preview
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitExposed(preview)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.frameGeometry().height() <= free.height()
    assert preview.height() <= free.height() and preview.width() <= free.width()
    pages = len(preview.view.pages)
    assert pages >= 2
    assert preview.page_label.text() == f"Page 1 / {pages}"
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == f"Page 2 / {pages}"
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == f"Page 1 / {pages}"

    width = preview.view.pages[0].pixmap().width()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_label.text() == "125 %"
    assert preview.view.pages[0].pixmap().width() > width
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_label.text() == "75 %"
    assert preview.view.pages[0].pixmap().width() < width
    # A draft is printed signed: the preview's Print leads to signing, as the tab's button does.
    assert preview.print_button is not None and preview.print_button.isVisible()
    preview.close()


@pytest.fixture
def to_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The print dialog answered with "Print to file (PDF)"."""
    target = tmp_path / "printed" / "letter.pdf"
    target.parent.mkdir()

    def printer(_parent: object, _title: str) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(output, "ask_printer", printer)
    return target


def test_printing_to_a_file_writes_the_letter_itself(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, to_file: Path
) -> None:
    _request_id, letter_id = _letter(services, customer_id)
    services.letters.sign(letter_id)
    pdf = services.letters.pdf(letter_id)
    holder = QWidget()
    qtbot.addWidget(holder)
    assert output.print_pdf(holder, pdf, "Letter")
    assert to_file.read_bytes() == pdf, "the signed PDF as it is: vector, not painted pages"
    assert to_file.stat().st_size < 200_000
    assert "Vastaus" in pypdf.PdfReader(to_file).pages[0].extract_text()
    if sys.platform != "win32":
        assert stat.S_IMODE(to_file.stat().st_mode) == 0o600


def test_a_paper_printer_renders_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _request_id, letter_id = _letter(services, customer_id)
    services.letters.sign(letter_id)
    pdf = services.letters.pdf(letter_id)
    threads: list[bool] = []
    real = output.page_images

    def watched(data: bytes, dpi: float):  # type: ignore[no-untyped-def]
        threads.append(QApplication.instance().thread().isCurrentThread())  # type: ignore[union-attr]
        yield from real(data, dpi)

    monkeypatch.setattr(output, "page_images", watched)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    output.draw_on(printer, pdf, holder)
    assert threads == [False], "rendered on a worker thread"
    assert holder.isEnabled(), "the window takes input again afterwards"
    assert len(pypdf.PdfReader(tmp_path / "paper.pdf").pages) >= 1
