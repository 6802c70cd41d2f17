"""A PDF shown inside Kirjuri, page under page, from bytes in memory (never a temporary file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.documents.output import page_images

PREVIEW_DPI = 96


class PdfPages(QScrollArea):
    """The pages of one PDF as pictures, with a little grey between them, like a viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPages")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.holder = QWidget()
        self.holder.setStyleSheet("background: #808080;")
        self.column = QVBoxLayout(self.holder)
        self.column.setSpacing(12)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.holder)
        self.pages: list[QLabel] = []

    def show_pdf(self, pdf: bytes, dpi: float = PREVIEW_DPI) -> None:
        self.clear()
        for image in page_images(pdf, dpi):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white;")
            self.column.addWidget(label)
            self.pages.append(label)

    def clear(self) -> None:
        for label in self.pages:
            label.deleteLater()
        self.pages = []


class PdfPreviewDialog(QDialog):
    """The letter as it prints, with Print (Ctrl+P) and Save as PDF at hand."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        on_print: Callable[[], object] | None = None,
        on_save: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.view = PdfPages()
        self.view.show_pdf(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if on_print is not None:
            print_button = QPushButton(self.tr("Print…"))
            print_button.setObjectName("previewPrint")
            print_button.clicked.connect(on_print)
            buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
            QShortcut(QKeySequence.StandardKey.Print, self, on_print)
        if on_save is not None:
            save_button = QPushButton(self.tr("Save as PDF…"))
            save_button.setObjectName("previewSave")
            save_button.clicked.connect(on_save)
            buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 900)
