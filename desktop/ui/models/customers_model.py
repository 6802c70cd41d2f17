"""The customer list as a Qt table model that reads the register a page at a time.

The view asks for more rows as it scrolls (canFetchMore/fetchMore); each page continues after the
last row shown (keyset paging), so the whole table is never read. A header click sorts in the
register, not in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.customer_fields import STATUS_LABELS
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.validation import phone_for_display
from desktop.services.customers.search import PAGE_SIZE, CustomerQueries, CustomerQuery, CustomerRow
from desktop.ui.customers.labels import label, shown_name
from desktop.ui.models.paged import PagedTableModel

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


class CustomersModel(PagedTableModel[CustomerRow]):
    context = CONTEXT
    headers = tuple(title for _key, title in COLUMNS)

    def __init__(self, queries: CustomerQueries, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.queries = queries
        self.query = CustomerQuery()

    # --- loading -------------------------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        """Start over with this search: the first page only."""
        with self._starting_over():
            self.query = query

    def reload(self) -> None:
        self.set_query(self.query)

    def _read_page(self, loaded: Sequence[CustomerRow]) -> list[CustomerRow]:
        after = (loaded[-1].sort_key, loaded[-1].id) if loaded else None
        return self.queries.page(self.query, after=after, limit=self.page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            key = SORT_KEYS[column]
            if (key, descending) != (self.query.sort, self.query.descending):
                self.set_query(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return SORT_KEYS.index(self.query.sort) if self.query.sort in SORT_KEYS else -1

    def row_of(self, customer_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.id == customer_id:
                return index
        return -1

    # --- what a cell shows ---------------------------------------------------------------------
    def row_data(self, row: CustomerRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[column][0])
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
        if key == "name":
            return shown_name(row.name)
        return str(getattr(row, key))
