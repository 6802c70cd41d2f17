"""One Qt table model that reads its rows from a service a page at a time.

The view asks for more rows as it scrolls (canFetchMore/fetchMore); each page continues after the
rows already shown, so a long list is never read whole. The customers, requests, letters, audit
and due-for-erasure lists build on it: each says how to read a page and what a cell shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows read page by page; `page_size` rows a page, fewer at the end of the list."""

    context: ClassVar[str]  # the translation context of the column titles
    headers: ClassVar[Sequence[str]]  # the column titles, untranslated

    def __init__(self, page_size: int) -> None:
        super().__init__()
        self.page_size = page_size
        self.rows: list[Row] = []
        self._more = False

    # --- what a list says ----------------------------------------------------------------------
    def _read_page(self, loaded: Sequence[Row]) -> list[Row]:
        """The page after `loaded` (the first page when nothing is loaded yet)."""
        raise NotImplementedError

    def row_data(self, row: Row, column: int, role: int) -> object:
        """What one cell shows in `role` (None: nothing)."""
        raise NotImplementedError

    # --- loading -------------------------------------------------------------------------------
    @contextmanager
    def _starting_over(self) -> Iterator[None]:
        """Change what the list shows inside the block; afterwards it holds the first page."""
        self.beginResetModel()
        yield
        self.rows = self._next_page([])
        self.endResetModel()

    def _next_page(self, loaded: Sequence[Row]) -> list[Row]:
        """The rows to show after `loaded`; a short page means the list has ended."""
        page = self._read_page(loaded)
        self._more = len(page) == self.page_size
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or not self.rows:
            return
        page = self._next_page(self.rows)
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(self.context, self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.row_data(self.rows[index.row()], index.column(), role)
