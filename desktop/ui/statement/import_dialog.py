"""Importing the statement the business already has: a file (.docx, .odt, .html, .pdf, .txt) or
pasted text is split into sections, shown beside the source with a topic for each, and only
after the user accepts does it go into the editor (unsaved: the user checks it and saves).
Paragraphs Kirjuri could not place must be dealt with before accepting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.statement_import import ImportedSection, ImportedStatement
from desktop.services.container import Services
from desktop.services.statement.description import ImportPreview
from desktop.ui.ops import run_op


class ImportDialog(QDialog):
    """The source's paragraphs on the left, the sections Kirjuri made of them on the right."""

    def __init__(
        self, preview: ImportPreview, topics: list[tuple[str, str]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statementImport")
        self.setWindowTitle(self.tr("Import an existing statement"))
        self.imported = preview.imported
        self.source = QListWidget()
        self.source.setObjectName("sourceParagraphs")
        self.source.setWordWrap(True)
        self.source.addItems(preview.paragraphs)
        self.table = QTableWidget(len(self.imported.sections), 3)
        self.table.setObjectName("importSections")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Heading"), self.tr("Topic"), self.tr("Text begins")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.topics: list[QComboBox] = []
        for row, section in enumerate(self.imported.sections):
            self.table.setItem(row, 0, QTableWidgetItem(section.heading))
            combo = QComboBox()
            for key, label in topics:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(section.topic)))
            self.table.setCellWidget(row, 1, combo)
            self.topics.append(combo)
            first = section.lines[0] if section.lines else ""
            item = QTableWidgetItem(first[:90])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 2, item)
        head = QLabel(
            self.tr("Title: {title}\nDate line: {date}").format(
                title=self.imported.title or "—", date=self.imported.date_line or "—"
            )
        )
        head.setObjectName("importHead")
        self.unplaced = QListWidget()
        self.unplaced.setObjectName("unplacedParagraphs")
        self.unplaced.addItems(self.imported.unplaced)
        self.unplaced.setMaximumHeight(100)
        self.leave_out = QCheckBox(self.tr("Leave these paragraphs out of the statement"))
        self.leave_out.setObjectName("leaveOutUnplaced")
        self.leave_out.toggled.connect(self._update)
        self.to_introduction = QPushButton(self.tr("Add them to the introduction"))
        self.to_introduction.setObjectName("unplacedToIntroduction")
        self.to_introduction.clicked.connect(self._add_to_introduction)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Take into the editor")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The statement as read")))
        left.addWidget(self.source)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Sections in Kirjuri, in this order")))
        right.addWidget(head)
        right.addWidget(self.table)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.unplaced_label = QLabel(
            self.tr("Kirjuri could not place these paragraphs (page numbers and the like):")
        )
        self.unplaced_row = QHBoxLayout()
        self.unplaced_row.addWidget(self.leave_out)
        self.unplaced_row.addWidget(self.to_introduction)
        layout.addWidget(self.unplaced_label)
        layout.addWidget(self.unplaced)
        layout.addLayout(self.unplaced_row)
        layout.addWidget(self.buttons)
        has_unplaced = bool(self.imported.unplaced)
        for widget in (self.unplaced_label, self.unplaced, self.leave_out, self.to_introduction):
            widget.setVisible(has_unplaced)
        self.resize(1000, 640)
        self._update()

    def _add_to_introduction(self) -> None:
        self.imported = replace(
            self.imported,
            introduction=[*self.imported.introduction, *self.imported.unplaced],
            unplaced=[],
        )
        self.unplaced.clear()
        self._update()

    def _update(self) -> None:
        ready = not self.imported.unplaced or self.leave_out.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def result_statement(self) -> ImportedStatement:
        """The sections with the headings and topics as the user left them."""
        sections = []
        for row, section in enumerate(self.imported.sections):
            item = self.table.item(row, 0)
            heading = item.text().strip() if item is not None else section.heading
            topic = str(self.topics[row].currentData() or "")
            sections.append(ImportedSection(heading or section.heading, list(section.lines), topic))
        return replace(self.imported, sections=sections, unplaced=[])


def ask_for_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import an existing statement"),
        "",
        parent.tr("Statements (*.docx *.odt *.html *.htm *.pdf *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def import_statement(
    parent: QWidget,
    services: Services,
    topics: list[tuple[str, str]],
    accepted: Callable[[ImportedStatement], None],
    *,
    pasted: bool = False,
) -> None:
    """Read a file (or pasted text), show the preview, and hand the accepted result on."""

    def show(preview: ImportPreview) -> None:
        dialog = ImportDialog(preview, topics, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            accepted(dialog.result_statement())

    if pasted:
        text, ok = QInputDialog.getMultiLineText(
            parent,
            parent.tr("Paste an existing statement"),
            parent.tr("The whole statement, headings and all:"),
        )
        if ok and text.strip():
            run_op(
                parent=parent,
                work=lambda: services.descriptions.read_statement_text(text),
                on_success=show,
            )
        return
    path = ask_for_file(parent)
    if path is not None:
        run_op(
            parent=parent, work=lambda: services.descriptions.read_statement(path), on_success=show
        )
