"""The privacy statement out of the editor: preview, print, save as PDF or HTML, in the language
chosen. Made in memory from a saved version; only the file the user picks is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES
from desktop.services.container import Services
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.i18n import ui_language
from desktop.ui.messages import show_info
from desktop.ui.ops import run_op
from desktop.ui.printing import print_pdf, save_pdf
from desktop.ui.statement.fields import LANGUAGE_NAMES
from desktop.ui.widgets.flow_layout import FlowLayout

PREVIEW_DPI = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


class PdfPreview(PdfPreviewDialog):
    """The statement as it prints: zoom, pages, Print and Save as PDF from the preview."""

    @property
    def pages(self) -> list[QLabel]:
        return self.view.pages


class StatementOutput:
    def __init__(
        self, parent: QWidget, services: Services, version: Callable[[], int | None]
    ) -> None:
        self.parent = parent
        self.services = services
        self.version = version
        self.language = QComboBox()
        self.language.setObjectName("statementOutputLanguage")
        for lang in LANGUAGES:
            self.language.addItem(_tr(LANGUAGE_NAMES[lang]), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        self.preview_button = self._button(
            "previewStatement", _tr(QT_TRANSLATE_NOOP("Statement", "Preview…")), self.preview
        )
        self.print_button = self._button(
            "printStatement", _tr(QT_TRANSLATE_NOOP("Statement", "Print…")), self.print_statement
        )
        self.pdf_button = self._button(
            "savePdf", _tr(QT_TRANSLATE_NOOP("Statement", "Save as PDF…")), self.save_pdf
        )
        self.html_button = self._button(
            "saveHtml", _tr(QT_TRANSLATE_NOOP("Statement", "Save as web page…")), self.save_html
        )
        self.print_button.setToolTip(
            _tr(QT_TRANSLATE_NOOP("Statement", "Print the statement (Ctrl+P)"))
        )

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def buttons(self) -> FlowLayout:
        # A flow, so the long Finnish and Swedish button texts wrap rather than widen the window.
        row = FlowLayout()
        row.addWidget(QLabel(_tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement in:"))))
        row.addWidget(self.language)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.html_button):
            row.addWidget(button)
        return row

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def _make(self, fmt: str, then: Callable[[bytes], object]) -> None:
        version, lang = self.version(), self.lang
        run_op(
            parent=self.parent,
            work=lambda: self.services.descriptions.statement(lang, fmt, version),
            on_success=then,
        )

    def _name(self, suffix: str) -> str:
        names = {
            "fi": "tietosuojaseloste",
            "sv": "dataskyddsbeskrivning",
            "en": "privacy-statement",
        }
        return f"{names[self.lang]}.{suffix}"

    def preview(self) -> None:
        title = _tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement"))

        def show(pdf: bytes) -> None:
            dialog = PdfPreview(
                pdf,
                title,
                on_print=lambda: print_pdf(dialog, pdf, title),
                on_save=lambda: self._saved(save_pdf(dialog, pdf, self._name("pdf"))),
                parent=self.parent,
            )
            dialog.exec()

        self._make("pdf", show)

    def print_statement(self) -> None:
        self._make(
            "pdf",
            lambda pdf: print_pdf(
                self.parent, pdf, _tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement"))
            ),
        )

    def save_pdf(self) -> None:
        self._make("pdf", lambda pdf: self._saved(save_pdf(self.parent, pdf, self._name("pdf"))))

    def save_html(self) -> None:
        self._make(
            "html",
            lambda page: self._saved(save_pdf(self.parent, page, self._name("html"), html=True)),
        )

    def _saved(self, path: Path | None) -> None:
        """Said as saving a letter says it: where the file went."""
        if path is not None:
            text = _tr(QT_TRANSLATE_NOOP("Statement", "The privacy statement was saved as {path}."))
            show_info(self.parent, text.format(path=str(path)))
