"""Signed letters as a Qt table model that reads the register a page at a time, newest first
(canFetchMore/fetchMore over LetterService.signed_page)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind, short_hash
from desktop.services.letters.service import LetterRow, LetterService
from desktop.ui.documents.labels import kind_text, sent_text
from desktop.ui.i18n import format_datetime
from desktop.ui.models.paged import PagedTableModel

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


@dataclass(frozen=True)
class LetterFilter:
    text: str = ""
    kind: LetterKind | None = None
    signed_from: date | None = None
    signed_to: date | None = None


class LettersModel(PagedTableModel[LetterRow]):
    context = CONTEXT
    headers = tuple(title for _key, title in COLUMNS)

    def __init__(self, letters: LetterService, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.letters = letters
        self.filter = LetterFilter()

    def set_filter(self, chosen: LetterFilter) -> None:
        with self._starting_over():
            self.filter = chosen

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _read_page(self, loaded: Sequence[LetterRow]) -> list[LetterRow]:
        return self.letters.signed_page(
            offset=len(loaded),
            limit=self.page_size,
            text=self.filter.text,
            kind=self.filter.kind,
            signed_from=self.filter.signed_from,
            signed_to=self.filter.signed_to,
        )

    def row_data(self, row: LetterRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return letter_cell(row, COLUMNS[column][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column][0] == "sha":
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
