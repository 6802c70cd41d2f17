"""Signed letters as a Qt table model that reads the register a page at a time, newest first
(canFetchMore/fetchMore over LetterService.signed_page)."""

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

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind, short_hash
from desktop.services.letters.service import LetterRow, LetterService
from desktop.ui.documents.labels import kind_text, sent_text
from desktop.ui.i18n import format_datetime

CONTEXT = "LettersModel"
PAGE_SIZE = 200
COLUMNS = (
    ("signed", QT_TRANSLATE_NOOP("LettersModel", "Signed")),
    ("diary", QT_TRANSLATE_NOOP("LettersModel", "Diary no.")),
    ("kind", QT_TRANSLATE_NOOP("LettersModel", "Letter")),
    ("recipient", QT_TRANSLATE_NOOP("LettersModel", "Recipient")),
    ("signer", QT_TRANSLATE_NOOP("LettersModel", "Signed by")),
    ("sent", QT_TRANSLATE_NOOP("LettersModel", "Sent")),
    ("sha", QT_TRANSLATE_NOOP("LettersModel", "SHA-256")),
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LetterFilter:
    text: str = ""
    kind: LetterKind | None = None
    signed_from: date | None = None
    signed_to: date | None = None


class LettersModel(QAbstractTableModel):
    def __init__(self, letters: LetterService, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.letters = letters
        self.page_size = page_size
        self.filter = LetterFilter()
        self.rows: list[LetterRow] = []
        self._more = False

    def set_filter(self, chosen: LetterFilter) -> None:
        self.beginResetModel()
        self.filter = chosen
        self.rows = self._page(0)
        self._more = len(self.rows) == self.page_size
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _page(self, offset: int) -> list[LetterRow]:
        return self.letters.signed_page(
            offset=offset,
            limit=self.page_size,
            text=self.filter.text,
            kind=self.filter.kind,
            signed_from=self.filter.signed_from,
            signed_to=self.filter.signed_to,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self.rows))
        self._more = len(page) == self.page_size
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> LetterRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

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
            return letter_cell(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()][0] == "sha":
            return row.sha256
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


def letter_cell(row: LetterRow, key: str) -> str:
    if key == "signed":
        return format_datetime(row.signed_at)
    if key == "diary":
        return row.diary_number
    if key == "kind":
        return kind_text(row.kind)
    if key == "recipient":
        return row.recipient_name
    if key == "signer":
        return row.signed_by_name
    if key == "sent":
        return sent_text(row)
    if key == "sha":
        return short_hash(row.sha256)[:17]
    return ""
