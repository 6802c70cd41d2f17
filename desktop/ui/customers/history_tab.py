"""Editor → History: who created, opened and changed the record, and which fields (no values)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.ui.customers.labels import action_label
from desktop.ui.customers.tables import RecordTab, fill_table, make_table
from desktop.ui.i18n import format_datetime
from desktop.ui.models.audit_names import field_text
from desktop.ui.ops import run_op


class HistoryEntry(Protocol):
    """What the table shows of one audit row (the UI reads it through the services only)."""

    @property
    def at(self) -> datetime: ...
    @property
    def username(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def fields(self) -> Sequence[str]: ...


class HistoryTab(RecordTab):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.table = make_table(
            "customerHistory",
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields")],
        )
        note = QLabel(
            self.tr("The register keeps who did what and which fields changed, never the values.")
        )
        note.setWordWrap(True)
        # The full log of who opened the record (with filters and export): the main user only.
        self.viewers_button = QPushButton(self.tr("Who has viewed this customer…"))
        self.viewers_button.setObjectName("whoViewed")
        self.viewers_button.clicked.connect(self.show_viewers)
        self.viewers_button.setVisible(services.user.can(Permission.VIEW_AUDIT))
        self.viewers_dialog: QWidget | None = None  # while open, for tests and screenshots
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.viewers_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def show_viewers(self) -> None:
        from desktop.ui.admin.audit_tab import AuditDialog

        dialog = AuditDialog(self.services, self.customer_id, self)
        self.viewers_dialog = dialog
        dialog.exec()
        self.viewers_dialog = None

    def load(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.customers.history(self.customer_id),
            on_success=self._show,
        )

    def _show(self, entries: Sequence[HistoryEntry]) -> None:
        fill_table(
            self.table,
            [
                [
                    format_datetime(entry.at),
                    entry.username,
                    action_label(entry.action),
                    ", ".join(field_text(name) for name in entry.fields),
                ]
                for entry in entries
            ],
        )
