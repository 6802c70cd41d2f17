"""Back up now: choose a drive or a folder, then the backup is made off the GUI thread with a
progress bar. It is reported done only after it has been reopened and checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.container import Services
from desktop.services.register.backups import BackupDone
from desktop.ui.backup.drives import removable_drives
from desktop.ui.file_dialogs import FolderKind, existing_folder
from desktop.ui.i18n import error_text
from desktop.ui.ops import run_op
from desktop.ui.preferences import Preferences
from desktop.ui.widgets.form import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


class _Progress(QObject):
    """Emitted from the worker thread; Qt queues it to the GUI thread."""

    moved = Signal(str, int, int)


class BackupDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "backups")  # F1: the guide's page on backups
        self.services = services
        self.preferences = preferences  # remembers the folder, for the restore to look in
        self.target: Path | None = None
        self.result_: BackupDone | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the register"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "The backup is encrypted like the register: it opens only with a user's password "
                "or the recovery key. Keep the drive somewhere else than the computer."
            )
        )
        intro.setWordWrap(True)
        self.drives = QListWidget()
        self.drives.setObjectName("drives")
        self.drives.setMaximumHeight(120)
        self.no_drives = QLabel(
            self.tr("No USB stick or other removable drive found. Plug one in or choose a folder.")
        )
        self.no_drives.setObjectName("noDrives")
        self.no_drives.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.refresh_button.clicked.connect(self.list_drives)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.clicked.connect(self._browse)
        self.target_label = QLabel()
        self.target_label.setObjectName("backupTarget")
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startBackup")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        choose = QHBoxLayout()
        choose.addWidget(self.refresh_button)
        choose.addStretch(1)
        choose.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Drives")))
        layout.addWidget(self.drives)
        layout.addWidget(self.no_drives)
        layout.addLayout(choose)
        layout.addWidget(self.target_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._signals = _Progress(self)
        self._signals.moved.connect(self._moved)
        self.drives.currentItemChanged.connect(self._drive_chosen)
        self.list_drives()
        self._update()

    # --- choosing ------------------------------------------------------------------------------
    def list_drives(self) -> None:
        self.drives.clear()
        for drive in removable_drives():
            item = QListWidgetItem(drive.label())
            item.setData(Qt.ItemDataRole.UserRole, str(drive.root))
            self.drives.addItem(item)
        self.drives.setVisible(self.drives.count() > 0)
        self.no_drives.setVisible(self.drives.count() == 0)

    def _drive_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose_folder(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _browse(self) -> None:
        folder = existing_folder(
            self, FolderKind.BACKUPS, self.tr("Choose the folder for the backup")
        )
        if folder is not None:
            self.drives.clearSelection()
            self.choose_folder(folder)

    def choose_folder(self, folder: Path) -> None:
        self.target = folder
        self.status.hide()
        self._update()

    def _update(self) -> None:
        if self.target is None:
            self.target_label.setText(self.tr("Choose a drive or a folder."))
        else:
            self.target_label.setText(
                self.tr("The backup goes to: {folder}").format(folder=str(self.target))
            )
        self.start_button.setEnabled(self.target is not None)

    # --- backing up ----------------------------------------------------------------------------
    def start(self) -> None:
        if self.target is None:
            return
        target = self.target
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.drives.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._show(self.tr("Copying the register…"), "")
        signals = self._signals
        run_op(
            parent=self,
            work=lambda: self.services.backups.back_up(
                target, progress=lambda step, done, total: signals.moved.emit(step, done, total)
            ),
            on_success=self._done,
            on_user_error=self._failed,
            on_done=self._finished,
            background=True,
        )

    def _moved(self, step: str, done: int, total: int) -> None:
        if step == "copy" and total:
            self.progress.setValue(int(90 * done / total))
        elif step == "verify":
            self.progress.setValue(95 if done < total else 100)
            self._show(self.tr("Checking the backup by reading it back…"), "")

    def _done(self, result: BackupDone) -> None:
        self.result_ = result
        if self.preferences is not None:
            self.preferences.set_last_backup_folder(result.path.parent)
        self.progress.setValue(100)
        # The folder is shown above; here the backup's own name, which shows its time.
        text = self.tr("Done. The backup was made and checked: {path}").format(
            path=result.path.name
        )
        if result.removed:
            text += "\n" + self.tr(
                "{count} older backup(s) were removed from the drive; the newest {keep} are kept."
            ).format(count=len(result.removed), keep=result.keep)
        self._show(text, OK_STYLE)
        self.start_button.setEnabled(False)
        self.close_button.setDefault(True)

    def _failed(self, error: UserError) -> None:
        self.progress.hide()
        self._show(error_text(error), ERROR_STYLE)

    def _finished(self) -> None:
        self.close_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.drives.setEnabled(True)
        self.start_button.setEnabled(self.target is not None and self.result_ is None)

    def _show(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.show()
        self.adjustSize()
