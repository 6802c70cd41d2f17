"""Showing, printing and saving a PDF that is held in memory.

The pages are rendered with PDFium (pypdfium2) straight from the bytes: no temporary file is ever
written, so no copy of a letter is left on the disk. Printing renders each page at the printer's
own resolution and draws it on the QPrinter chosen in the system print dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QEventLoop, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError
from desktop.services.letters.service import write_pdf
from desktop.ui.file_dialogs import FolderKind, save_file_name
from desktop.ui.ops import run_op

# Printers print at 300-600 dpi; a "high resolution" QPrinter says 1200, where one A4 page would
# take over half a gigabyte of memory for no visible gain.
MAX_PRINT_DPI = 600


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page as an image at `dpi`, made in memory."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, may_draw_forms=False, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,  # BGRx bytes: RGB32 on little-endian machines
            ).copy()  # own the pixels: the bitmap is freed below
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog; None if the user cancels. Tests replace this function."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def pdf_file_of(printer: QPrinter) -> Path | None:
    """The file when "Print to file (PDF)" was chosen: the document is already a PDF, so it is
    written as it is (small, text kept as text, private) instead of painted page by page."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Path(printer.outputFileName())
    return None


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Print every page at the printer's resolution. Returns False if the user cancelled."""
    printer = ask_printer(parent, title)
    if printer is None:
        return False
    target = pdf_file_of(printer)
    if target is not None:
        save_pdf(target, pdf)
        return True
    draw_on(printer, pdf, parent)
    return True


def render_pages(
    pdf: bytes,
    dpi: float,
    parent: QWidget | None = None,
    images_of: Callable[[bytes, float], Iterable[QImage]] | None = None,
) -> list[QImage]:
    """The pages rendered off the GUI thread: the window keeps painting (the print dialog is
    gone at once) while it takes its seconds. The window takes no input meanwhile, so nothing
    else renders at the same time (PDFium is not thread-safe)."""
    render = images_of or page_images
    window = parent.window() if parent is not None else None
    loop = QEventLoop()
    result: dict[str, list[QImage]] = {}
    if window is not None:
        window.setEnabled(False)
    try:
        run_op(
            parent=parent,
            work=lambda: list(render(pdf, dpi)),
            on_success=lambda images: result.setdefault("images", images),
            on_done=loop.quit,
            background=True,
        )
        loop.exec()
    finally:
        if window is not None:
            window.setEnabled(True)
    if "images" not in result:
        raise PrinterNotReady()
    return result["images"]


def draw_on(printer: QPrinter, pdf: bytes, parent: QWidget | None = None) -> None:
    dpi = printer.resolution()
    images = render_pages(pdf, min(dpi, MAX_PRINT_DPI), parent)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotReady()
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(dpi)
            paper = printer.pageLayout().fullRectPixels(dpi)
            # The PDF page is the whole sheet: place it on the paper, not on the printable area.
            area = QRect(-target.left(), -target.top(), paper.width(), paper.height())
            painter.drawImage(area, image)
    finally:
        painter.end()


class PrinterNotReady(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The printer could not be started. Check that it is on and try again."
    )


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Where to save (a folder or a USB stick the user chooses); None if cancelled."""
    path = save_file_name(parent, FolderKind.LETTERS, title, suggested, "PDF (*.pdf)")
    if path is None:
        return None
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_pdf(path: Path, pdf: bytes) -> None:
    """Written whole or not at all (a pulled USB stick leaves no half file)."""
    write_pdf(path, pdf)
