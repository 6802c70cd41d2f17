"""Printing and saving PDFs made in memory. Nothing goes through a temporary file: the pages are
rasterised from the bytes (pypdfium2) at the printer's resolution and painted on the QPrinter,
and "Save as PDF" writes only the file the user chose (atomically)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError
from desktop.services.saving import save_file
from desktop.ui.file_dialogs import FolderKind, save_file_name
from desktop.ui.messages import show_error

POINTS_PER_INCH = 72


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Each page as a QImage at `dpi`, rendered from the bytes in memory."""
    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before `data` goes
            page.close()
    finally:
        document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: bytes, parent: QWidget | None = None) -> None:
    """Paint the PDF's pages on `printer`, each page filling the printable page (rendered off
    the GUI thread, so the window keeps painting)."""
    from desktop.ui.documents.output import render_pages

    dpi = max(150, min(printer.resolution(), 600))
    images = render_pages(pdf, dpi, parent, lambda data, at: page_images(data, int(at)))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
    finally:
        painter.end()


def new_printer() -> QPrinter:
    """The printer the print dialog starts from (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """The system print dialog, then the pages; True when printed."""
    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr(QT_TRANSLATE_NOOP("Printing", "Print")))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # "Print to file": the PDF as it is — small, vector, private — not painted pages.
        target = Path(printer.outputFileName())
        try:
            save_file(target, pdf)
        except OSError:
            message = QT_TRANSLATE_NOOP(
                "Printing",
                "Kirjuri cannot write the file {path}. Check the folder and its permissions.",
            )
            show_error(parent, _tr(message).format(path=target))
            return False
        return True
    try:
        paint_pdf(printer, pdf, parent)
    except (OSError, UserError):
        message = QT_TRANSLATE_NOOP("Printing", "The printer could not print the document.")
        show_error(parent, _tr(message))
        return False
    return True


def save_pdf(parent: QWidget, data: bytes, suggested: str, *, html: bool = False) -> Path | None:
    """Ask where, then write the bytes there (atomically); the chosen path, or None."""
    web = QT_TRANSLATE_NOOP("Printing", "Web pages (*.html)")
    pdfs = QT_TRANSLATE_NOOP("Printing", "PDF documents (*.pdf)")
    title = _tr(QT_TRANSLATE_NOOP("Printing", "Save as"))
    path = save_file_name(parent, FolderKind.LETTERS, title, suggested, _tr(web if html else pdfs))
    if path is None:
        return None
    suffix = ".html" if html else ".pdf"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        save_file(path, data)
    except OSError:
        message = QT_TRANSLATE_NOOP(
            "Printing",
            "Kirjuri cannot write the file {path}. Check the folder and its permissions.",
        )
        show_error(parent, _tr(message).format(path=path))
        return None
    return path
