"""The privacy statement out of the editor: preview, print, save as PDF or HTML, in the language
chosen. Made in memory from a saved version; only the file the user picks is written. Printing or
saving publishes it: the checklist's warnings are shown first, and what went out is kept in the
register (desktop.services.statement.published)."""

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
from desktop.services.statement.description import SavedDescription
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.i18n import ui_language
from desktop.ui.messages import confirm, show_info
from desktop.ui.ops import run_op
from desktop.ui.printing import print_pdf, save_pdf
from desktop.ui.statement.fields import LANGUAGE_NAMES
from desktop.ui.statement.warnings import publishing_warnings
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
        self,
        parent: QWidget,
        services: Services,
        version: Callable[[], int | None],
        shown: Callable[[], SavedDescription | None] = lambda: None,
    ) -> None:
        self.parent = parent
        self.services = services
        self.version = version
        self.shown = shown  # the saved version on screen, whose warnings are shown first
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
        self.published_button = self._button(
            "publishedStatements",
            _tr(QT_TRANSLATE_NOOP("Statement", "Published statements…")),
            self.show_published,
        )
        self.published_button.setToolTip(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Statement", "Every statement printed or saved, to open or save again"
                )
            )
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
        row.addWidget(self.published_button)
        return row

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def _make(self, fmt: str, then: Callable[[str, int, bytes], object]) -> None:
        version, lang = self.version(), self.lang
        run_op(
            parent=self.parent,
            work=lambda: self.services.descriptions.statement(lang, fmt, version),
            on_success=lambda content: then(lang, version or 0, content),
        )

    def _name(self, suffix: str, lang: str) -> str:
        names = {
            "fi": "tietosuojaseloste",
            "sv": "dataskyddsbeskrivning",
            "en": "privacy-statement",
        }
        return f"{names[lang]}.{suffix}"

    def may_publish(self) -> bool:
        """The checklist's warnings of the version being published, for the user to read first;
        True when there are none or the user publishes anyway."""
        shown = self.shown()
        found = publishing_warnings(shown.description) if shown is not None else []
        if not found:
            return True
        text = _tr(
            QT_TRANSLATE_NOOP(
                "Statement", "Check these before the statement is published:\n\n{warnings}"
            )
        ).format(warnings="\n".join("• " + line for line in found))
        return confirm(self.parent, text, _tr(QT_TRANSLATE_NOOP("Statement", "Publish anyway")))

    def show_published(self) -> None:
        from desktop.ui.statement.published_dialog import PublishedDialog

        PublishedDialog(self.services, self.parent).exec()

    def _keep(self, version: int, lang: str, fmt: str, content: bytes, how: str) -> None:
        """What went out, kept in the register as it was."""
        run_op(
            parent=self.parent,
            work=lambda: self.services.published.record(version, lang, fmt, content, how),
        )

    def preview(self) -> None:
        title = _tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement"))

        def show(lang: str, version: int, pdf: bytes) -> None:
            def printed() -> None:
                if self.may_publish() and print_pdf(dialog, pdf, title):
                    self._keep(version, lang, "pdf", pdf, "printed")

            def saved() -> None:
                if self.may_publish():
                    path = save_pdf(dialog, pdf, self._name("pdf", lang))
                    self._saved(path, version, lang, "pdf", pdf)

            dialog = PdfPreview(pdf, title, on_print=printed, on_save=saved, parent=self.parent)
            dialog.exec()

        self._make("pdf", show)

    def print_statement(self) -> None:
        if not self.may_publish():
            return
        title = _tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement"))

        def printed(lang: str, version: int, pdf: bytes) -> None:
            if print_pdf(self.parent, pdf, title):
                self._keep(version, lang, "pdf", pdf, "printed")

        self._make("pdf", printed)

    def save_pdf(self) -> None:
        self._save("pdf")

    def save_html(self) -> None:
        self._save("html")

    def _save(self, fmt: str) -> None:
        if not self.may_publish():
            return

        def chosen(lang: str, version: int, content: bytes) -> None:
            name = self._name(fmt, lang)
            path = save_pdf(self.parent, content, name, html=fmt == "html")
            self._saved(path, version, lang, fmt, content)

        self._make(fmt, chosen)

    def _saved(self, path: Path | None, version: int, lang: str, fmt: str, data: bytes) -> None:
        """Said as saving a letter says it: where the file went; and kept."""
        if path is not None:
            self._keep(version, lang, fmt, data, "saved")
            text = _tr(QT_TRANSLATE_NOOP("Statement", "The privacy statement was saved as {path}."))
            show_info(self.parent, text.format(path=str(path)))
