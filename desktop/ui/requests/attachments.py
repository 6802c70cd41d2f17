"""Request → Attachments: the scanned original and, if one had to be taken, a copy of an ID
(marked, and deleted when the request closes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.ui.customers.attachments_tab import size_text
from desktop.ui.customers.tables import buttons_above_table, fill_table, make_table, selected_key
from desktop.ui.file_dialogs import FolderKind, open_file_name, save_file_name
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.requests.labels import received_text
from desktop.ui.widgets.buttons import dialog_button

FILE_TYPES = "(*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"


class AttachmentsTab(QWidget):
    def __init__(
        self,
        services: Services,
        request_id: int,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.request_id = request_id
        self.changed = changed  # the dialog reads the request (and its event log) again
        self.rows: dict[int, Any] = {}
        can_handle = services.user.can(Permission.HANDLE_REQUESTS)
        self.table = make_table(
            "requestAttachments",
            [self.tr("File"), self.tr("What"), self.tr("Size"), self.tr("Added")],
            stretch=0,
        )
        self.add_button = dialog_button(
            self.tr("Attach the scanned original…"), "attachScan", lambda: self.choose(False)
        )
        self.id_button = dialog_button(
            self.tr("Attach an ID copy…"), "attachIdCopy", lambda: self.choose(True)
        )
        self.id_button.setToolTip(
            self.tr("Only if a copy had to be taken. It is deleted when the request closes.")
        )
        self.save_button = dialog_button(self.tr("Save a copy…"), "saveAttachment", self.save_copy)
        self.delete_button = dialog_button(
            self.tr("Delete"), "deleteRequestAttachment", self.delete
        )
        for widget in (self.add_button, self.id_button, self.delete_button):
            widget.setVisible(can_handle)
        note = QLabel(
            self.tr(
                "Copies of identity documents are deleted when the request closes; the scanned "
                "original is kept with the request."
            )
        )
        note.setWordWrap(True)
        buttons = [self.add_button, self.id_button, self.save_button, self.delete_button]
        buttons_above_table(self, buttons, self.table).addWidget(note)

    def load(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.request_attachments.list(self.request_id),
            on_success=self._show,
        )

    def _show(self, rows: list[Any]) -> None:
        self.rows = {row.id: row for row in rows}
        fill_table(
            self.table,
            [
                [
                    row.filename,
                    self.tr("ID copy — will be deleted when the request closes")
                    if row.is_identity_document
                    else self.tr("Scanned original"),
                    size_text(row.size),
                    f"{received_text(row.added_at)} · {row.added_by}",
                ]
                for row in rows
            ],
            [row.id for row in rows],
        )

    def choose(self, identity_document: bool) -> None:
        chosen = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("Attach an ID copy") if identity_document else self.tr("Attach a file"),
            self.tr("Scans and documents") + f" {FILE_TYPES}",
        )
        if chosen is not None:
            self.add_file(chosen, identity_document=identity_document)

    def add_file(self, path: Path, *, identity_document: bool = False) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.request_attachments.add(
                self.request_id, path, identity_document=identity_document
            ),
            on_success=lambda _row: self.changed(),
        )

    def save_copy(self) -> None:
        row = self.rows.get(selected_key(self.table) or 0)
        if row is None:
            return
        chosen = save_file_name(self, FolderKind.LETTERS, self.tr("Save a copy"), row.filename)
        if chosen is not None:
            target = chosen
            run_op(
                parent=self,
                work=lambda: self.services.request_attachments.save_copy(row.id, target),
            )

    def delete(self) -> None:
        row = self.rows.get(selected_key(self.table) or 0)
        if row is None:
            return
        text = self.tr("Delete the attachment {name}? It cannot be restored.").format(
            name=row.filename
        )
        if confirm(self, text, self.tr("Delete")):
            run_op(
                parent=self,
                work=lambda: self.services.request_attachments.delete(row.id),
                on_success=lambda _r: self.changed(),
            )
