"""The table view under a long list (customers, requests, the audit log, records due for erasure)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SelectionMode = QAbstractItemView.SelectionMode


def list_table(
    name: str,
    model: QAbstractItemModel,
    stretched: Iterable[int],
    selection: SelectionMode | None = None,
    *,
    highlight_header: bool = True,
) -> QTableView:
    """Whole rows are selected (in `selection` mode if given), in alternating colours, one line a
    row and without row numbers. The columns fit their contents; the `stretched` ones share the
    spare width."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection is not None:
        table.setSelectionMode(selection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if not highlight_header:
        header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableView, row: int) -> None:
    """Select the whole row and scroll to it; nothing happens for -1 (a row not shown)."""
    if row >= 0:
        index = table.model().index(row, 0)
        table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
