"""The editor's building blocks: one box per section of the statement (text, and a heading of the
business's own), the recipients table and the sections of one's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.register_description import PRIMARY, ExtraSection, source_mark
from desktop.ui.statement.stale_diff import StaleDiff
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.form import ERROR_STYLE

RECIPIENT_COLUMNS = ("name", "country", "function", "safeguard", "updated")
PER_LANGUAGE = ("function", "safeguard")  # the other columns are the same in every language


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class TextEdit(QPlainTextEdit):
    """A text box that grows with its text up to a limit, and tabs onwards instead of inserting."""

    last_focused: TextEdit | None = None  # where "Split" finds the paragraph the cursor is in

    def __init__(self, name: str, lines: int = 4) -> None:
        super().__init__()
        self.setObjectName(f"text_{name}")
        self.setTabChangesFocus(True)
        self._lines = lines
        self.textChanged.connect(self._fit)
        self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        TextEdit.last_focused = self
        super().focusInEvent(event)

    def _fit(self) -> None:
        rows = max(2, min(self._lines * 3, self.document().lineCount() + 1))
        height = self.fontMetrics().lineSpacing() * rows + 12
        self.setFixedHeight(max(height, self.fontMetrics().lineSpacing() * 2 + 12))


def also_label(name: str) -> QLabel:
    """The further topics a merged section covers (the checklist counts them); hidden if none."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_also(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SectionBox(QGroupBox):
    """One section: a hint, the text, the statement's heading (own or standard), the error."""

    def __init__(self, name: str, title: str, hint: str, *, heading: bool = True) -> None:
        super().__init__(title)
        self.setObjectName(f"section_{name}")
        self.name = name
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.heading = QLineEdit() if heading else None
        self.text = TextEdit(name)
        self.error = error_label(name)
        self.stale = StaleDiff(name)
        self.also = also_label(f"also_{name}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.also)
        layout.addWidget(self.stale)
        if self.heading is not None:
            self.heading.setObjectName(f"heading_{name}")
            row = QHBoxLayout()
            self.heading_label = QLabel()
            row.addWidget(self.heading_label)
            row.addWidget(self.heading, 1)
            layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addWidget(self.error)

    def set_standard_heading(self, label: str, standard: str) -> None:
        if self.heading is not None:
            self.heading_label.setText(label)
            self.heading.setPlaceholderText(standard)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        if self.heading is not None:
            self.heading.setReadOnly(read_only)


class RecipientsTable(QWidget):
    """Recipients and processors, one row each; function and safeguard per language."""

    changed = Signal()

    def __init__(self, headers: list[str], add_text: str, remove_text: str) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []  # "function.sv" etc. for the translated columns
        self.lang = "fi"
        self.table = QTableWidget(0, len(RECIPIENT_COLUMNS))
        self.table.setObjectName("recipientsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(len(RECIPIENT_COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in (0, 2, 3)
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("addRecipient")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName("removeRecipient")
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label("recipients")
        # A flow: the section list is narrow beside the checklist, and long texts wrap there
        # rather than making it scroll sideways.
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def _key(self, column: str, lang: str) -> str:
        return column if column not in PER_LANGUAGE or lang == "fi" else f"{column}.{lang}"

    def store(self) -> None:
        """The table's cells into `rows`, for the language shown. A function or safeguard typed
        in Swedish or English translates the Finnish ones as they are now."""
        for row_index, row in enumerate(self.rows):
            for column_index, column in enumerate(RECIPIENT_COLUMNS):
                item = self.table.item(row_index, column_index)
                key = self._key(column, self.lang)
                text = item.text().strip() if item else ""
                if key != column and text != row.get(key, ""):
                    finnish = row.get("function", "").strip() + "\n"
                    row[f"source.{self.lang}"] = source_mark(finnish + row.get("safeguard", ""))
                row[key] = text

    def show_language(self, lang: str) -> None:
        self.lang = lang
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row_index, row in enumerate(self.rows):
            for column_index, column in enumerate(RECIPIENT_COLUMNS):
                item = QTableWidgetItem(row.get(self._key(column, lang), ""))
                if column not in PER_LANGUAGE and lang != "fi":
                    item.setToolTip(self.tr("The same in every language: change it in Finnish."))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row_index, column_index, item)
        self.table.blockSignals(False)

    def set_rows(self, rows: list[dict[str, str]], lang: str) -> None:
        self.rows = [dict(row) for row in rows]
        self.show_language(lang)

    def add_row(self) -> None:
        self.store()
        self.rows.append({})
        self.show_language(self.lang)
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self.table.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        self.store()
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self.show_language(self.lang)
            self.changed.emit()

    def show_errors(
        self, problems: dict[str, str], describe: Callable[[int, str, str], str]
    ) -> None:
        """`problems` maps "recipients.N.column" to its text; each becomes a line below."""
        lines = []
        for key, text in problems.items():
            _, index, column = key.split(".")
            lines.append(describe(int(index), column, text))
            item = self.table.item(int(index), RECIPIENT_COLUMNS.index(column))
            if item is not None:
                item.setToolTip(text)
        show_error(self.error, "\n".join(lines))

    def set_read_only(self, read_only: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


class MoveBar(QWidget):
    """Move a section up or down, insert a section of one's own below it, merge it with the next
    one or split it in two."""

    up = Signal()
    down = Signal()
    insert = Signal()
    merge = Signal()
    split = Signal()

    def __init__(self, labels: tuple[str, ...], name: str) -> None:
        super().__init__()
        self.setObjectName(f"move_{name}")
        # The five buttons wrap onto a second row where the editor is narrow (1280×720 @125 %)
        # rather than making the section list scroll sideways.
        row = FlowLayout(self)
        self.buttons: list[QPushButton] = []
        signals = (self.up, self.down, self.insert, self.merge, self.split)
        keys = ("up", "down", "insert", "merge", "split")
        for label, signal, key in zip(labels, signals, keys, strict=True):
            button = QPushButton(label)
            button.setObjectName(f"{key}_{name}")
            button.setFlat(True)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
            self.buttons.append(button)
        self.split_button = self.buttons[4]


class ExtraBox(QGroupBox):
    """A section of the business's own: its heading and text in the language shown, and the
    topic it is about."""

    removed = Signal(object)

    def __init__(
        self,
        labels: tuple[str, str, str, str],
        index: int,
        topics: list[tuple[str, str]],
        extra: ExtraSection | None = None,
    ) -> None:
        super().__init__(labels[0])
        self.setObjectName(f"extra_{index}")
        self.heading = QLineEdit()
        self.heading.setObjectName(f"extraHeading_{index}")
        self.text = TextEdit(f"extra_{index}")
        self.topic = QComboBox()
        self.topic.setObjectName(f"extraTopic_{index}")
        for key, label in topics:
            self.topic.addItem(label, key)
        self.remove = QPushButton(labels[2])
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.heading_error = error_label(f"extra.{index}.heading")
        self.text_error = error_label(f"extra.{index}.text")
        self.stale = StaleDiff(f"extra_{index}")
        self.also = also_label(f"extraAlso_{index}")
        row = QHBoxLayout()
        row.addWidget(QLabel(labels[1]))
        row.addWidget(self.heading, 1)
        row.addWidget(QLabel(labels[3]))
        row.addWidget(self.topic)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale)
        layout.addLayout(row)
        layout.addWidget(self.heading_error)
        layout.addWidget(self.also)
        layout.addWidget(self.text)
        layout.addWidget(self.text_error)
        self.extra = extra or ExtraSection()
        self.topic.setCurrentIndex(max(0, self.topic.findData(self.extra.topic)))

    def has_text(self) -> bool:
        """Any heading or text in any language as last stored (an empty section is not kept)."""
        return any(t.strip() for t in (*self.extra.heading.values(), *self.extra.text.values()))

    @property
    def values(self) -> dict[str, tuple[str, str]]:
        langs = set(self.extra.heading) | set(self.extra.text)
        return {
            lang: (self.extra.heading.get(lang, ""), self.extra.text.get(lang, ""))
            for lang in langs
        }

    def store(self, lang: str) -> None:
        heading, text = self.heading.text().strip(), self.text.toPlainText().strip()
        headings = {k: v for k, v in self.extra.heading.items() if k != lang}
        texts = {k: v for k, v in self.extra.text.items() if k != lang}
        if heading:
            headings[lang] = heading
        if text:
            texts[lang] = text
        marks = dict(self.extra.translated_from)
        sources = dict(self.extra.source_text)
        old = (self.extra.heading.get(lang, ""), self.extra.text.get(lang, ""))
        if lang != PRIMARY and (heading, text) != old and (heading or text):
            marks[lang] = source_mark(self.extra.finnish())  # typed as a translation of it now
            sources[lang] = self.extra.finnish()
        self.extra = ExtraSection(
            heading=headings,
            text=texts,
            topic=str(self.topic.currentData() or ""),
            translated_from=marks,
            source_text=sources,
            also=self.extra.also,  # topics merged in stay (the combo shows the first)
        )

    def show_language(self, lang: str) -> None:
        self.heading.setText(self.extra.heading.get(lang, ""))
        self.text.setPlainText(self.extra.text.get(lang, ""))
        if lang != PRIMARY:
            self.heading.setPlaceholderText(self.extra.heading.get(PRIMARY, ""))
            self.text.setPlaceholderText(self.extra.text.get(PRIMARY, ""))
        else:
            self.heading.setPlaceholderText("")
            self.text.setPlaceholderText("")

    def set_read_only(self, read_only: bool) -> None:
        self.heading.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        self.topic.setEnabled(not read_only)
        self.remove.setVisible(not read_only)
