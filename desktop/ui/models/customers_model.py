"""The customer list as a Qt table model that reads the register a page at a time.

The view asks for more rows as it scrolls (canFetchMore/fetchMore); each page continues after the
last row shown (keyset paging), so the whole table is never read. A header click sorts in the
register, not in memory.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.customer_fields import STATUS_LABELS
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.validation import phone_for_display
from desktop.services.customers.search import PAGE_SIZE, CustomerQueries, CustomerQuery, CustomerRow
from desktop.ui.customers.labels import label

CONTEXT = "CustomersModel"
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("CustomersModel", "Number")),
    ("name", QT_TRANSLATE_NOOP("CustomersModel", "Name")),
    ("organisation", QT_TRANSLATE_NOOP("CustomersModel", "Organisation")),
    ("email", QT_TRANSLATE_NOOP("CustomersModel", "Email")),
    ("phone", QT_TRANSLATE_NOOP("CustomersModel", "Phone")),
    ("municipality", QT_TRANSLATE_NOOP("CustomersModel", "Municipality")),
    ("status", QT_TRANSLATE_NOOP("CustomersModel", "Status")),
)
SORT_KEYS = tuple(key for key, _title in COLUMNS)
RESTRICTED = QT_TRANSLATE_NOOP("CustomersModel", "Restricted")
RESTRICTED_TIP = QT_TRANSLATE_NOOP(
    "CustomersModel", "Processing restricted: not used for marketing or exports."
)

Index = QModelIndex | QPersistentModelIndex


class CustomersModel(QAbstractTableModel):
    def __init__(self, queries: CustomerQueries, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.queries = queries
        self.page_size = page_size
        self.query = CustomerQuery()
        self.rows: list[CustomerRow] = []
        self._more = False

    # --- loading -------------------------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        """Start over with this search: the first page only."""
        self.beginResetModel()
        self.query = query
        self.rows = self.queries.page(query, limit=self.page_size)
        self._more = len(self.rows) == self.page_size
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or not self.rows:
            return
        last = self.rows[-1]
        page = self.queries.page(self.query, after=(last.sort_key, last.id), limit=self.page_size)
        self._more = len(page) == self.page_size
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            key = SORT_KEYS[column]
            if (key, descending) != (self.query.sort, self.query.descending):
                self.set_query(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return SORT_KEYS.index(self.query.sort) if self.query.sort in SORT_KEYS else -1

    def row_at(self, row: int) -> CustomerRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, customer_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.id == customer_id:
                return index
        return -1

    # --- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if not row.restricted:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CONTEXT, RESTRICTED_TIP)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    @staticmethod
    def _text(row: CustomerRow, key: str) -> str:
        if key == "number":
            return str(row.number)
        if key == "phone":
            return phone_for_display(row.phone)
        if key == "status":
            status = label(STATUS_LABELS, row.status)
            if row.restricted:
                restricted = QCoreApplication.translate(CONTEXT, RESTRICTED)
                return f"{status} · {restricted}"
            return status
        return str(getattr(row, key))
