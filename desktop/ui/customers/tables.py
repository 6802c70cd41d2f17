"""The editor's record tabs and their small read-only tables (consents, orders, history...)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RecordTab(QWidget):
    """An editor tab of a saved customer: it reads the register when first shown."""

    load_at_opening = False

    def load(self) -> None:
        raise NotImplementedError


def make_table(name: str, headers: Sequence[str], stretch: int = -1) -> QTableWidget:
    """`stretch` is the column that takes the spare width (the last one if -1)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        stretch if stretch >= 0 else len(headers) - 1, QHeaderView.ResizeMode.Stretch
    )
    return table


def buttons_above_table(
    tab: QWidget, buttons: Sequence[QWidget], table: QWidget, right: Sequence[QWidget] = ()
) -> QVBoxLayout:
    """The tab's layout: a row of buttons (`right` at its far end), the table below them taking
    the height."""
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    layout = QVBoxLayout(tab)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    return layout


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[int] = ()
) -> None:
    """Replace the rows; `keys` (record ids) are kept in the first cell's UserRole."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 0 and r < len(keys):
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget) -> int | None:
    """The record id of the selected row."""
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return int(key) if key is not None else None
