"""Records due for erasure, as a checkable Qt table model read a page at a time (fetchMore).

Rows held by a legal hold, a restriction or an open request are shown, greyed, with the reason,
and cannot be ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.customer_fields import CHANNEL_LABELS
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention_rules import CATEGORY_LABELS
from desktop.services.retention.due import DueItem, DueKind
from desktop.ui.customers.labels import label, shown_name
from desktop.ui.i18n import format_date
from desktop.ui.models.paged import Index, PagedTableModel

CONTEXT = "DueModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("DueModel", "Customer"),
    QT_TRANSLATE_NOOP("DueModel", "Record"),
    QT_TRANSLATE_NOOP("DueModel", "Rule"),
    QT_TRANSLATE_NOOP("DueModel", "Due since"),
    QT_TRANSLATE_NOOP("DueModel", "Kept because / note"),
)
CUSTOMER_UNTIL = QT_TRANSLATE_NOOP("DueModel", "Customer until {date}")
PageReader = Callable[[DueKind, tuple[Any, int] | None, int], list[DueItem]]


class DueModel(PagedTableModel[DueItem]):
    context = CONTEXT
    headers = COLUMNS

    def __init__(self, read_page: PageReader, page_size: int = 200) -> None:
        super().__init__(page_size)
        self.read_page = read_page
        self.kind = DueKind.CUSTOMERS
        self.checked: set[int] = set()

    @property
    def items(self) -> list[DueItem]:
        return self.rows

    def set_kind(self, kind: DueKind) -> None:
        with self._starting_over():
            self.kind = kind
            self.checked.clear()

    def reload(self) -> None:
        self.set_kind(self.kind)

    def _read_page(self, loaded: Sequence[DueItem]) -> list[DueItem]:
        after = (loaded[-1].sort_key, loaded[-1].record_id) if loaded else None
        return self.read_page(self.kind, after, self.page_size)

    def check_all(self, on: bool) -> None:
        """Tick (or untick) every row shown that may be erased."""
        self.checked = {i.record_id for i in self.rows if i.selectable} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def checked_ids(self) -> list[int]:
        return sorted(self.checked)

    # --- Qt's model interface ------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            item = self.rows[index.row()]
            if item.selectable:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base & ~Qt.ItemFlag.ItemIsEnabled
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        item = self.rows[index.row()]
        if not item.selectable:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self.checked.add if on else self.checked.discard)(item.record_id)
        self.dataChanged.emit(index, index)
        return True

    def row_data(self, item: DueItem, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (
                Qt.CheckState.Checked if item.record_id in self.checked else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.ForegroundRole and not item.selectable:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self._text(item, 4)
        return None

    @staticmethod
    def _text(item: DueItem, column: int) -> str:
        if column == 0:
            return f"{shown_name(item.customer_name)} ({item.customer_number})"
        if column == 1:
            return _record_text(item)
        if column == 2:
            return QCoreApplication.translate("Retention", CATEGORY_LABELS[item.category])
        if column == 3:
            return format_date(item.due_on)
        reason = item.hold or item.note
        return QCoreApplication.translate("Retention", reason) if reason else ""


def _record_text(item: DueItem) -> str:
    if item.kind is DueKind.CUSTOMERS:
        ended = QCoreApplication.translate(CONTEXT, CUSTOMER_UNTIL)
        return ended.format(date=format_date(item.start))
    if item.kind is DueKind.CONTACTS:
        channel = label(CHANNEL_LABELS, item.what)
        return f"{channel} {format_date(item.start)}"
    if item.kind is DueKind.ATTACHMENTS:
        return f"{item.what} ({format_date(item.start)})"
    return item.what
