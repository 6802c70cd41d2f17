"""The statements published so far: each with its description version, the date it bears, its
language and format, when and by whom it went out, and its SHA-256. Any of them opens (a PDF in
the preview) or is saved again exactly as it was published."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.container import Services
from desktop.services.statement.published import PublishedRow
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.i18n import format_date, format_datetime
from desktop.ui.ops import run_op
from desktop.ui.printing import print_pdf, save_pdf
from desktop.ui.statement.fields import LANGUAGE_NAMES

HOW = {
    "saved": QT_TRANSLATE_NOOP("PublishedStatements", "Saved"),
    "printed": QT_TRANSLATE_NOOP("PublishedStatements", "Printed"),
    "command": QT_TRANSLATE_NOOP("PublishedStatements", "kirjuri statement"),
}
FILE_NAMES = {"fi": "tietosuojaseloste", "sv": "dataskyddsbeskrivning", "en": "privacy-statement"}


class PublishedDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishedStatements")
        self.setWindowTitle(self.tr("Published statements"))
        self.services = services
        self.rows: list[PublishedRow] = []
        intro = QLabel(
            self.tr(
                "Every statement printed or saved is kept here as it went out. Open one, or save "
                "it again: the file is the same to the byte (compare its SHA-256)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("publishedTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Date"),
                self.tr("Language"),
                self.tr("Format"),
                self.tr("Published"),
                self.tr("How, by whom"),
                self.tr("SHA-256"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.empty = QLabel(self.tr("No statement has been published yet."))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setObjectName("openPublished")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save again…"))
        self.save_button.setObjectName("savePublished")
        self.save_button.clicked.connect(self.save_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self._selected()
        run_op(parent=self, work=services.published.published, on_success=self.show_rows)

    def show_rows(self, rows: list[PublishedRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            how = QCoreApplication.translate("PublishedStatements", HOW.get(row.how, row.how))
            language = LANGUAGE_NAMES.get(row.language, row.language)
            cells = [
                str(row.description_version) if row.description_version else self.tr("template"),
                format_date(row.statement_date),
                QCoreApplication.translate("Statement", language),
                row.format.upper(),
                format_datetime(row.published_at),
                f"{how}, {row.published_by}",
                row.sha256[:16] + "…",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 6:
                    item.setToolTip(row.sha256)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def selected(self) -> PublishedRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selected(self) -> None:
        row = self.selected()
        self.save_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.format == "pdf")

    def open_selected(self) -> None:
        row = self.selected()
        if row is None or row.format != "pdf":
            return

        def show(pdf: bytes) -> None:
            title = self.tr("Privacy statement, version {version}").format(
                version=row.description_version
            )
            preview = PdfPreviewDialog(
                pdf,
                title,
                on_print=lambda: print_pdf(preview, pdf, title),
                on_save=lambda: save_pdf(preview, pdf, self._file_name(row)),
                parent=self,
            )
            preview.exec()

        run_op(parent=self, work=lambda: self.services.published.content(row.id), on_success=show)

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        run_op(
            parent=self,
            work=lambda: self.services.published.content(row.id),
            on_success=lambda content: save_pdf(
                self, content, self._file_name(row), html=row.format == "html"
            ),
        )

    @staticmethod
    def _file_name(row: PublishedRow) -> str:
        name = FILE_NAMES.get(row.language, "privacy-statement")
        return f"{name}-{row.description_version}-{row.language}.{row.format}"
