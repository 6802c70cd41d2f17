"""A list of small forms that repeat (addresses, phone numbers...), with add and remove buttons.

Each row's fields have their own error label beneath them, found by the key the validation gives
("emails.1.address"), so a problem shows right at the field it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.form import ERROR_STYLE

PLACEHOLDER_MARGIN = 16  # px: the line edit's frame and text margins


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    make: Callable[[], QWidget]
    stretch: int = 1


def value_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_value(widget: QWidget, value: str) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:  # a stored code this version does not know: keep it as it is
            widget.addItem(value, value)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        raise TypeError(type(widget).__name__)


class RepeatingRow(QWidget):
    removed = Signal(object)

    def __init__(self, columns: list[Column], remove_text: str) -> None:
        super().__init__()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        for position, column in enumerate(columns):
            widget = column.make()
            widget.setObjectName(column.name)
            widget.setAccessibleName(column.label)
            widget.setToolTip(column.label)
            if isinstance(widget, QLineEdit) and not widget.placeholderText():
                widget.setPlaceholderText(column.label)
            if isinstance(widget, QLineEdit) and widget.maxLength() > 2:
                # Wide enough for its own name: "Postinumero", not "Posti…".
                room = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
                widget.setMinimumWidth(room + PLACEHOLDER_MARGIN)
            error = QLabel()
            error.setObjectName(f"error_{column.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(widget, 0, position)
            grid.addWidget(error, 1, position)
            grid.setColumnStretch(position, column.stretch)
            self.fields[column.name] = widget
            self.errors[column.name] = error
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, name=column.name: self._clear(name))
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName("removeRow")
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        grid.addWidget(self.remove_button, 0, len(columns))

    def values(self) -> dict[str, str]:
        return {name: value_of(widget) for name, widget in self.fields.items()}

    def set_values(self, values: Mapping[str, str]) -> None:
        for name, value in values.items():
            if name in self.fields:
                set_value(self.fields[name], value)

    def show_error(self, name: str, text: str) -> QWidget | None:
        label = self.errors.get(name)
        if label is None:
            return None
        label.setText(text)
        label.setVisible(bool(text))
        return self.fields[name]

    def _clear(self, name: str) -> None:
        self.errors[name].hide()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.remove_button.setVisible(not read_only)


class RepeatingRows(QWidget):
    """Rows of the same small form. `key` names them in validation errors: "{key}.{i}.{field}"."""

    changed = Signal()
    row_added = Signal(object, bool)  # the row, and whether it starts empty (added by the user)

    def __init__(
        self,
        key: str,
        columns: list[Column],
        *,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.columns = columns
        self.remove_text = remove_text
        self.rows: list[RepeatingRow] = []
        self.read_only = False
        self.row_box = QVBoxLayout()
        self.row_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"add_{key}")
        self.add_button.clicked.connect(lambda: self.add_row().fields[columns[0].name].setFocus())
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row_box)
        layout.addLayout(footer)

    def add_row(self, values: Mapping[str, str] | None = None) -> RepeatingRow:
        row = RepeatingRow(self.columns, self.remove_text)
        if values:
            row.set_values(values)
        row.set_read_only(self.read_only)
        row.removed.connect(self.remove_row)
        self.rows.append(row)
        self.row_box.addWidget(row)
        self.row_added.emit(row, not values)
        self.changed.emit()
        return row

    def remove_row(self, row: RepeatingRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.row_box.removeWidget(row)
            row.deleteLater()
            self.changed.emit()

    def set_rows(self, rows: list[Mapping[str, str]]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for values in rows:
            self.add_row(values)

    def values(self) -> list[dict[str, str]]:
        return [row.values() for row in self.rows]

    def show_errors(self, problems: Mapping[str, str]) -> QWidget | None:
        """Show the problems whose key starts with this list's key; returns the first field."""
        first = None
        for index, row in enumerate(self.rows):
            for name in row.fields:
                widget = row.show_error(name, problems.get(f"{self.key}.{index}.{name}", ""))
                if widget is not None and first is None and row.errors[name].text():
                    first = widget
        return first

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)
