"""The request log as a Qt table model that reads the register a page at a time, by due date.

The view asks for more rows as it scrolls (canFetchMore/fetchMore over RequestService.list with
offset and limit). A kind filter is applied to each page as it arrives; a page with no match
fetches the next one, so the view never stalls on an empty page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestKind, RequestStatus
from desktop.services.requests.log import RequestRow, RequestService
from desktop.ui.i18n import format_date
from desktop.ui.requests.labels import (
    kinds_text,
    received_text,
    row_colour,
    row_days_text,
    status_text,
)

CONTEXT = "RequestsModel"
PAGE_SIZE = 200
COLUMNS = (
    ("diary", QT_TRANSLATE_NOOP("RequestsModel", "Diary no.")),
    ("received", QT_TRANSLATE_NOOP("RequestsModel", "Received")),
    ("requester", QT_TRANSLATE_NOOP("RequestsModel", "Requester")),
    ("kinds", QT_TRANSLATE_NOOP("RequestsModel", "Kinds")),
    ("status", QT_TRANSLATE_NOOP("RequestsModel", "Status")),
    ("due", QT_TRANSLATE_NOOP("RequestsModel", "Due")),
    ("days", QT_TRANSLATE_NOOP("RequestsModel", "Deadline")),
)
DAYS_COLUMN = 6

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RequestFilter:
    statuses: frozenset[RequestStatus] | None = None  # None: all
    kind: RequestKind | None = None


class RequestsModel(QAbstractTableModel):
    def __init__(self, requests: RequestService, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.requests = requests
        self.page_size = page_size
        self.filter = RequestFilter()
        self.rows: list[RequestRow] = []
        self.today = date.today()
        self._offset = 0  # rows read from the register so far (before the kind filter)
        self._more = False

    # --- loading -------------------------------------------------------------------------------
    def set_filter(self, chosen: RequestFilter, today: date | None = None) -> None:
        self.beginResetModel()
        self.filter = chosen
        self.today = today or date.today()
        self.rows = []
        self._offset = 0
        self._more = True
        self.rows = self._next_rows()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _next_rows(self) -> list[RequestRow]:
        """The next page that has rows to show (or nothing, at the end)."""
        kind = self.filter.kind
        while self._more:
            page = self.requests.list(
                statuses=set(self.filter.statuses) if self.filter.statuses else None,
                limit=self.page_size,
                offset=self._offset,
            )
            self._offset += len(page)
            self._more = len(page) == self.page_size
            shown = [row for row in page if kind is None or kind in row.kinds]
            if shown:
                return shown
        return []

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        page = self._next_rows()
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> RequestRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, request_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.id == request_id:
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
            return request_cell(row, COLUMNS[index.column()][0], self.today)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DAYS_COLUMN:
            colour = row_colour(row, self.today)
            return QBrush(colour) if colour is not None else None
        return None


def request_cell(row: RequestRow, key: str, today: date) -> str:
    """The text of one cell; the dashboard's lists use the same."""
    if key == "diary":
        return row.diary_number
    if key == "received":
        return received_text(row.received_at)
    if key == "requester":
        return row.requester
    if key == "kinds":
        return kinds_text(row.kinds)
    if key == "status":
        return status_text(row.status)
    if key == "due":
        return format_date(row.due_on)
    if key == "days":
        return row_days_text(row, today)
    return ""
