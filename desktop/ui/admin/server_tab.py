"""Administration → Office server: move the register to the office's PostgreSQL server (or, on
a server, export it back into a file). The main user only; the copy runs off the GUI thread with
its progress shown, and the service checks every row, file hash and the audit chain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.server.moving import AdminAddress, MoveResult
from desktop.ui.file_dialogs import FolderKind, save_file_name
from desktop.ui.i18n import error_text
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op

PLACEHOLDER_URL = "postgresql://palvelin/kirjuri"  # noqa: S105 - an example address


class _Progress(QObject):
    """Carries the worker thread's progress to the GUI thread (a queued signal)."""

    step = Signal(str, int, int)


class ServerTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(PLACEHOLDER_URL)
        self.admin = QLineEdit()
        self.admin.setObjectName("serverAdmin")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Server administrator"), self.admin)
        form.addRow(self.tr("Administrator's password"), self.password)
        self.move_button = QPushButton(self.tr("Move to the server…"))
        self.move_button.setObjectName("moveToServer")
        self.move_button.clicked.connect(self.move_to_server)
        self.export_button = QPushButton(self.tr("Export into a file…"))
        self.export_button.setObjectName("exportFromServer")
        self.export_button.clicked.connect(self.export_to_file)
        self.progress = QProgressBar()
        self.progress.setObjectName("serverProgress")
        self.progress.hide()
        self.result = QLabel()
        self.result.setObjectName("serverResult")
        self.result.setWordWrap(True)
        self._progress = _Progress(self)
        self._progress.step.connect(self._show_step)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        server = self.services.server_move
        notice = server.moved_notice()
        if notice is not None:
            self.status.setText(error_text(notice))
        elif server.on_server():
            self.status.setText(
                self.tr(
                    "This register is on the office server. You can export it into a new "
                    "register file, so the office is never tied to the server."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "This register is a file on this computer. Moving it to the office's "
                    "PostgreSQL server copies everything into an empty database there, checks "
                    "the copy and keeps this file read-only."
                )
            )
        movable = notice is None and not server.on_server()
        self.move_button.setVisible(movable)
        self.export_button.setVisible(server.on_server())
        for edit in (self.url, self.admin, self.password):
            edit.setEnabled(movable)

    def _show_step(self, table: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%p % — {table}").format(table=table))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.move_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)
            self.result.clear()

    def _figures(self, result: MoveResult) -> dict[str, object]:
        report = result.report
        return {
            "rows": report.rows,
            "files": report.files_checked,
            "entries": report.audit_entries,
            "seconds": f"{result.seconds:.1f}",
        }

    def move_to_server(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.result.setText(self.tr("Give the server's address first."))
            return
        question = self.tr(
            "Move the whole register to {url}? The database there must be empty. This file is "
            "kept, but only for reading."
        ).format(url=url)
        if not confirm(self, question, self.tr("Move")):
            return
        address = AdminAddress(url, self.admin.text().strip() or None, self.password.text())
        self.password.clear()
        progress = self._progress.step.emit

        def moved(result: MoveResult) -> None:
            self.result.setText(
                self.tr(
                    "Moved: {rows} rows, {files} archived PDFs and attachments, {entries} audit "
                    "entries in {seconds} s. Every count, every SHA-256 and the audit chain "
                    "matched. The register on the server opens with the key file {keys}."
                ).format(keys=result.files.keys, **self._figures(result))
            )
            self.refresh()

        self._busy(True)
        run_op(
            parent=self,
            work=lambda: self.services.server_move.move(address, progress=progress),
            on_success=moved,
            on_done=lambda: self._busy(False),
            background=True,
        )

    def export_to_file(self) -> None:
        title = self.tr("Export the register into a file")
        out = save_file_name(self, FolderKind.EXPORTS, title, "kirjuri.kirjuri", "*.kirjuri")
        if out is None:
            return
        progress = self._progress.step.emit

        def exported(result: MoveResult) -> None:
            self.result.setText(
                self.tr(
                    "Exported into {path}: {rows} rows, {files} archived PDFs and attachments, "
                    "{entries} audit entries in {seconds} s. Every count, every SHA-256 and the "
                    "audit chain matched."
                ).format(path=result.files.db, **self._figures(result))
            )

        self._busy(True)
        target = Path(out)
        run_op(
            parent=self,
            work=lambda: self.services.server_move.export(target, progress=progress),
            on_success=exported,
            on_done=lambda: self._busy(False),
            background=True,
        )
