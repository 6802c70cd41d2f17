"""Importing the statement the business already has: a file (.docx, .odt, .html, .pdf, .txt) or
pasted text is split into sections, shown beside the source with a topic for each, and only
after the user accepts does it go into the editor (unsaved: the user checks it and saves).
Paragraphs Kirjuri could not place must be dealt with before accepting.

The file can also be the Swedish or English statement: then its sections become that language's
texts of the Finnish sections in the editor, matched in order (as `kirjuri statement import
--lang sv`), and the preview shows which Finnish section each one goes to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES, PRIMARY, RegisterDescription
from desktop.core.statement_import import (
    ImportedSection,
    ImportedStatement,
    source_date,
    to_description,
)
from desktop.core.statement_translation_import import (
    as_translation,
    finnish_heading,
    printed_keys,
)
from desktop.services.container import Services
from desktop.services.statement.description import ImportPreview
from desktop.ui.i18n import format_date
from desktop.ui.ops import run_op

AS_TEXTS = {  # whole sentences: a language's name does not inflect into one
    "sv": QT_TRANSLATE_NOOP("ImportDialog", "Swedish texts of the Finnish sections in the editor"),
    "en": QT_TRANSLATE_NOOP("ImportDialog", "English texts of the Finnish sections in the editor"),
}
TAKEN_AS_TEXTS = {
    "sv": QT_TRANSLATE_NOOP(
        "StatementPage",
        "The file's sections are now the Swedish texts of the Finnish sections, in order. Check "
        "them beside the Finnish, then save.",
    ),
    "en": QT_TRANSLATE_NOOP(
        "StatementPage",
        "The file's sections are now the English texts of the Finnish sections, in order. Check "
        "them beside the Finnish, then save.",
    ),
}
# The table's columns; the topic is the Finnish statement's, the Finnish section a translation's.
HEADING, TOPIC, BEGINS, FINNISH = range(4)


class ImportDialog(QDialog):
    """The source's paragraphs on the left, the sections Kirjuri made of them on the right."""

    def __init__(
        self,
        preview: ImportPreview,
        topics: list[tuple[str, str]],
        parent: QWidget | None,
        base: RegisterDescription | None = None,
        lang: str = PRIMARY,
    ) -> None:
        super().__init__(parent)
        # the Finnish statement in the editor, which a Swedish or English file is matched to
        self.base = base
        self.setObjectName("statementImport")
        self.setWindowTitle(self.tr("Import an existing statement"))
        self.imported = preview.imported
        self.source = QListWidget()
        self.source.setObjectName("sourceParagraphs")
        self.source.setWordWrap(True)
        self.source.addItems(preview.paragraphs)
        self.table = QTableWidget(len(self.imported.sections), 4)
        self.table.setObjectName("importSections")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Heading"),
                self.tr("Topic"),
                self.tr("Text begins"),
                self.tr("Goes with the Finnish section"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
        self.language = QComboBox()
        self.language.setObjectName("importLanguage")
        self.language.addItem(self.tr("The Finnish statement (replaces the sections)"), PRIMARY)
        for other in LANGUAGES[1:]:
            if base is not None:
                self.language.addItem(self.tr(AS_TEXTS[other]), other)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._update)
        self.pairing = QLabel()
        self.pairing.setObjectName("importPairing")
        self.pairing.setWordWrap(True)
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
        as_row = QHBoxLayout()
        as_row.addWidget(QLabel(self.tr("Import as:")))
        as_row.addWidget(self.language, 1)
        layout.addLayout(as_row)
        layout.addWidget(self.pairing)
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

    def target_language(self) -> str:
        """fi: the file is the statement itself; sv, en: that language's texts of the sections."""
        return str(self.language.currentData() or PRIMARY)

    def _pairs(self) -> bool:
        """For a Swedish or English file, the Finnish section each section goes with shown in the
        table; False when the counts differ (nothing would be matched)."""
        translated = self.target_language() != PRIMARY and self.base is not None
        self.table.setColumnHidden(TOPIC, translated)
        self.table.setColumnHidden(FINNISH, not translated)
        self.pairing.setVisible(translated)
        found = len(self.imported.sections)
        if not translated or self.base is None:
            self.table.setRowCount(found)
            return True
        keys = printed_keys(self.base)
        # a Finnish section left without one shows in a row of its own, the file's side empty
        self.table.setRowCount(max(found, len(keys)))
        for row in range(found, len(keys)):
            for column in (HEADING, BEGINS):
                empty = QTableWidgetItem("—")
                empty.setFlags(empty.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, empty)
        for row in range(self.table.rowCount()):
            name = finnish_heading(self.base, keys[row]) if row < len(keys) else "—"
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, FINNISH, item)
        if found == len(keys):
            self.pairing.setText(
                self.tr(
                    "Each section is matched to a Finnish section in order, as the table shows. "
                    "The Finnish texts stay as they are."
                )
            )
            self.pairing.setStyleSheet("")
            return True
        self.pairing.setText(
            self.tr(
                "This statement has {found} sections and the Finnish one {expected}: they are "
                "matched in order, so there must be as many. Nothing can be imported as it is; "
                "correct the headings in the file, or import it as the Finnish statement."
            ).format(found=found, expected=len(keys))
        )
        self.pairing.setStyleSheet("color: #b00020;")
        return False

    def _update(self) -> None:
        ready = not self.imported.unplaced or self.leave_out.isChecked()
        pairs = self._pairs()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready and pairs)

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
    accepted: Callable[[ImportedStatement, str], None],
    *,
    pasted: bool = False,
    base: RegisterDescription | None = None,
    lang: str = PRIMARY,
) -> None:
    """Read a file (or pasted text), show the preview, and hand the accepted result on with the
    language it was taken as. `base`, the Finnish statement in the editor, lets the file be
    taken as its Swedish or English texts; `lang` is the choice offered first."""

    def show(preview: ImportPreview) -> None:
        dialog = ImportDialog(preview, topics, parent, base, lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            accepted(dialog.result_statement(), dialog.target_language())

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


def imported_result(
    imported: ImportedStatement, lang: str, current: RegisterDescription, first: bool
) -> tuple[RegisterDescription, date | None, str] | None:
    """What the editor shows after an import taken as `lang`: the description, the date written
    in the source (Finnish only; the first version keeps it) and the note above the sections.
    None when a Swedish or English file does not pair up with `current`'s Finnish sections."""
    if lang != PRIMARY:
        translated = as_translation(imported, current, lang)
        note = QCoreApplication.translate("StatementPage", TAKEN_AS_TEXTS[lang])
        return None if translated is None else (translated, None, note)
    written_on = source_date(imported, date.today())
    note = QCoreApplication.translate(
        "StatementPage",
        "The statement was imported. Check each section and its topic, then save; the "
        "Swedish and English texts are to be written anew.",
    )
    if written_on is not None and first:
        dated = QCoreApplication.translate(
            "StatementPage",
            "Saved as the first version, it keeps the date written in it: {date}.",
        )
        note += " " + dated.format(date=format_date(written_on))
    return to_description(imported, current), written_on, note
