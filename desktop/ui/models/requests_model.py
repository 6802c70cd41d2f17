"""The request log as a Qt table model that reads the register a page at a time, by due date.

The view asks for more rows as it scrolls (canFetchMore/fetchMore over RequestService.list with
offset and limit). A kind filter is applied to each page as it arrives; a page with no match
fetches the next one, so the view never stalls on an empty page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestKind, RequestStatus
from desktop.services.requests.log import RequestRow, RequestService
from desktop.ui.customers.labels import shown_name
from desktop.ui.i18n import format_date
from desktop.ui.models.paged import PagedTableModel
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


@dataclass(frozen=True)
class RequestFilter:
    statuses: frozenset[RequestStatus] | None = None  # None: all
    kind: RequestKind | None = None


class RequestsModel(PagedTableModel[RequestRow]):
    context = CONTEXT
    headers = tuple(title for _key, title in COLUMNS)

    def __init__(self, requests: RequestService, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.requests = requests
        self.filter = RequestFilter()
        self.today = date.today()
        self._offset = 0  # rows read from the register so far (before the kind filter)

    # --- loading -------------------------------------------------------------------------------
    def set_filter(self, chosen: RequestFilter, today: date | None = None) -> None:
        with self._starting_over():
            self.filter = chosen
            self.today = today or date.today()
            self._offset = 0
            self._more = True

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _next_page(self, loaded: Sequence[RequestRow]) -> list[RequestRow]:
        """The next page that has rows to show (or nothing, at the end)."""
        kind = self.filter.kind
        while self._more:
            page = super()._next_page(loaded)
            self._offset += len(page)
            shown = [row for row in page if kind is None or kind in row.kinds]
            if shown:
                return shown
        return []

    def _read_page(self, loaded: Sequence[RequestRow]) -> list[RequestRow]:
        # By offset: the kind filter leaves out rows that were read, so `loaded` cannot say where.
        return self.requests.list(
            statuses=set(self.filter.statuses) if self.filter.statuses else None,
            limit=self.page_size,
            offset=self._offset,
        )

    def row_of(self, request_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.id == request_id:
                return index
        return -1

    # --- what a cell shows ---------------------------------------------------------------------
    def row_data(self, row: RequestRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return request_cell(row, COLUMNS[column][0], self.today)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS_COLUMN:
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
        return shown_name(row.requester)
    if key == "kinds":
        return kinds_text(row.kinds)
    if key == "status":
        return status_text(row.status)
    if key == "due":
        return format_date(row.due_on)
    if key == "days":
        return row_days_text(row, today)
    return ""
