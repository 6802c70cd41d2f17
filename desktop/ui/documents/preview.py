"""A PDF shown inside Kirjuri, page under page, from bytes in memory (never a temporary file):
zoom, page by page, print and save from the preview itself, in a window that fits the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.documents.output import page_images

PREVIEW_DPI = 96
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
A4_RATIO = 297 / 210


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
        self.pdf = b""
        self.zoom = 1.0

    def show_pdf(self, pdf: bytes, dpi: float = PREVIEW_DPI) -> None:
        self.pdf = pdf
        self.clear()
        for image in page_images(pdf, dpi * self.zoom):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white;")
            self.column.addWidget(label)
            self.pages.append(label)

    def set_zoom(self, zoom: float) -> None:
        """Rendered again at the new size (sharp, not a stretched picture); the same page stays
        in view."""
        page = self.current_page()
        self.zoom = zoom
        self.show_pdf(self.pdf)
        self.holder.adjustSize()
        self.go_to(page)

    def current_page(self) -> int:
        top = self.verticalScrollBar().value()
        for index, label in enumerate(self.pages):
            if label.geometry().bottom() > top + 12:
                return index
        return max(0, len(self.pages) - 1)

    def go_to(self, index: int) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self.column.activate()
        self.verticalScrollBar().setValue(self.pages[index].geometry().top() - 6)

    def clear(self) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []


class PdfPreviewDialog(QDialog):
    """The letter as it prints, with zoom, page buttons, Print (Ctrl+P) and Save as PDF."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        on_print: Callable[[], object] | None = None,
        on_save: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.view = PdfPages()
        self.view.show_pdf(pdf)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._update_page())

        self.previous_button = self._tool("previewPrevious", "◀", self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.view.go_to(self.view.current_page() - 1))
        self.next_button = self._tool("previewNext", "▶", self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.view.go_to(self.view.current_page() + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.zoom_out_button = self._tool("previewZoomOut", "−", self.tr("Smaller"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_in_button = self._tool("previewZoomIn", "+", self.tr("Larger"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_button.click)
        tools = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            tools.addWidget(widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button: QPushButton | None = None
        if on_print is not None:
            self.print_button = QPushButton(self.tr("Print…"))
            self.print_button.setObjectName("previewPrint")
            self.print_button.clicked.connect(on_print)
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
            QShortcut(QKeySequence.StandardKey.Print, self, on_print)
        if on_save is not None:
            save_button = QPushButton(self.tr("Save as PDF…"))
            save_button.setObjectName("previewSave")
            save_button.clicked.connect(on_save)
            buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._fit_to_screen()
        self._update_page()

    def _tool(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoDefault(False)
        return button

    def _fit_to_screen(self) -> None:
        """A page's width, and as tall as the screen allows (never taller than the free area
        of the screen, so the buttons are always on it)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        page_width = self.view.pages[0].sizeHint().width() if self.view.pages else 800
        width = min(page_width + 60, free.width() - 40)
        height = min(int(page_width * A4_RATIO) + 140, free.height() - 60)
        self.resize(max(width, 360), max(height, 300))
        self.setMaximumHeight(free.height())

    def _zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.view.zoom)) + step
        index = max(0, min(index, len(ZOOMS) - 1))
        self.view.set_zoom(ZOOMS[index])
        self._update_page()

    def _update_page(self) -> None:
        count = len(self.view.pages)
        current = self.view.current_page()
        self.page_label.setText(
            self.tr("Page {page} / {pages}").format(page=current + 1, pages=count)
        )
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)
        self.zoom_label.setText(f"{round(self.view.zoom * 100)} %")
        self.zoom_out_button.setEnabled(self.view.zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.view.zoom < ZOOMS[-1])
