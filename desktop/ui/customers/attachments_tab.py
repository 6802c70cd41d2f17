"""Editor → Attachments: files kept inside the encrypted register; add, open, delete.

Opening writes a private copy for the system viewer; copies older than ten minutes are removed
whenever another is opened (and all of them when Kirjuri closes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.attachments import AttachmentRow
from desktop.ui.customers.tables import (
    RecordTab,
    buttons_above_table,
    fill_table,
    make_table,
    selected_key,
)
from desktop.ui.file_dialogs import FolderKind, open_file_name
from desktop.ui.i18n import format_datetime
from desktop.ui.messages import confirm, show_error
from desktop.ui.ops import run_op

COPY_LIFETIME_S = 600


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentsTab(RecordTab):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.attachments: dict[int, AttachmentRow] = {}
        can_edit = services.user.can(Permission.EDIT_CUSTOMERS)
        self.table = make_table(
            "attachments",
            [self.tr("File"), self.tr("Description"), self.tr("Size"), self.tr("Added")],
            stretch=1,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteAttachment")
        self.delete_button.clicked.connect(self.delete)
        self.add_button.setVisible(can_edit)
        self.delete_button.setVisible(can_edit)
        buttons_above_table(
            self, [self.add_button, self.open_button, self.delete_button], self.table
        )

    def load(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.attachments.list(self.customer_id),
            on_success=self._show,
        )

    def _show(self, rows: list[AttachmentRow]) -> None:
        self.attachments = {row.id: row for row in rows}
        fill_table(
            self.table,
            [
                [
                    row.filename,
                    row.description,
                    size_text(row.size),
                    f"{format_datetime(row.added_at)} · {row.added_by}",
                ]
                for row in rows
            ],
            [row.id for row in rows],
        )

    def choose_file(self) -> None:
        chosen = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("Add an attachment"),
            self.tr(
                "Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)"
            ),
        )
        name = "" if chosen is None else str(chosen)
        if name:
            description, ok = QInputDialog.getText(
                self, self.tr("Add an attachment"), self.tr("Description (optional)")
            )
            if ok:
                self.add_file(Path(name), description)

    def add_file(self, path: Path, description: str = "") -> None:
        run_op(
            parent=self,
            work=lambda: self.services.attachments.add(self.customer_id, path, description),
            on_success=lambda _row: self.load(),
            background=True,  # up to 20 MB is read and encrypted
        )

    def open_selected(self) -> None:
        attachment_id = selected_key(self.table)
        if attachment_id is None:
            return
        attachments = self.services.attachments

        def copy() -> Path:
            attachments.temp_copies.cleanup(older_than=COPY_LIFETIME_S)
            return attachments.viewer_copy(attachment_id)

        run_op(parent=self, work=copy, on_success=self._show_copy)

    def _show_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, self.tr("No program was found to open {name}.").format(name=path.name))

    def delete(self) -> None:
        row = self.attachments.get(selected_key(self.table) or 0)
        if row is None:
            return
        text = self.tr("Delete the attachment {name}? It cannot be restored.").format(
            name=row.filename
        )
        if confirm(self, text, self.tr("Delete")):
            run_op(
                parent=self,
                work=lambda: self.services.attachments.delete(row.id),
                on_success=lambda _r: self.load(),
            )
