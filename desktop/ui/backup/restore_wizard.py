"""Restore from a backup: choose it, unlock it with a main user's password or the recovery key,
confirm, and the register is replaced (the register as it was is kept beside it).

Used from the File menu (the open register is closed just before it is replaced) and from the
first-start wizard on a new computer (there is no register yet).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import UserError
from desktop.services.register import restore
from desktop.services.register.restore import (
    Manifest,
    RegisterFiles,
    RestoreResult,
    UnlockedBackup,
)
from desktop.ui.backup.drives import removable_drives
from desktop.ui.file_dialogs import FolderKind, existing_folder
from desktop.ui.i18n import error_text, format_datetime, translate
from desktop.ui.ops import run_op
from desktop.ui.preferences import Preferences
from desktop.ui.widgets.form import ERROR_STYLE


def backup_time(manifest: Manifest) -> str:
    try:
        return format_datetime(datetime.fromisoformat(manifest.created_at).replace(tzinfo=None))
    except ValueError:
        return manifest.created_at


T = TypeVar("T")  # what a step run by RestoreWizard.wait_for gives back


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ChooseBackupPage(QWizardPage):
    def __init__(self, preferences: Preferences | None = None) -> None:
        super().__init__()
        self.preferences = preferences
        self.setTitle(self.tr("Choose the backup"))
        self.setSubTitle(
            self.tr("Backups found on the drives are listed, newest first. Or choose a folder.")
        )
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.empty = QLabel(
            self.tr("No backups found on the drives. Plug in the drive or choose the folder.")
        )
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setObjectName("chooseBackupFolder")
        self.folder_button.clicked.connect(self._browse)
        self.problem = _error_label("backupProblem")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.list.clear()
        for drive in removable_drives():
            self.add_folder(drive.root)
        # The folder the last backup on this computer went to; its newest backup is chosen.
        last = self.preferences.last_backup_folder() if self.preferences is not None else None
        if last is not None and last.is_dir():
            self.add_folder(last)
        self._update_empty()

    def _browse(self) -> None:
        folder = existing_folder(
            self, FolderKind.BACKUPS, self.tr("Choose the folder of the backups")
        )
        if folder is not None:
            self.add_folder(folder)

    def add_folder(self, folder: Path) -> None:
        """A backup itself, or a folder holding backups: each found is listed and the newest
        of them chosen."""
        first: QListWidgetItem | None = None
        for path, manifest in restore.backups_found(folder):
            existing = [
                self.list.item(row)
                for row in range(self.list.count())
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == str(path)
            ]
            if existing:
                first = first or existing[0]
                continue
            # The drive or folder by name; the whole path in the tooltip.
            text = self.tr("{time} · {customers} customers · {path}").format(
                time=backup_time(manifest),
                customers=manifest.customers(),
                path=path.parent.name or str(path.parent),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
            first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.list.count() == 0)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.chosen() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The checksums and the manifest, before asking for any password."""
        path = self.chosen()
        assert path is not None
        result = restore.check_structure(path)
        if not result.ok:
            reasons = "\n".join(result.reasons(translate))
            self.problem.setText(self.tr("This backup cannot be used:") + "\n" + reasons)
            self.problem.show()
            return False
        self.problem.hide()
        return True


class UnlockPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Open the backup"))
        self.setSubTitle(
            self.tr(
                "Restoring replaces the whole register, so a main user's password from the time "
                "of the backup, or the recovery key, is needed."
            )
        )
        self.with_password = QRadioButton(self.tr("A main user's password"))
        self.with_password.setObjectName("withPassword")
        self.with_password.setChecked(True)
        self.with_recovery = QRadioButton(self.tr("The recovery key"))
        self.with_recovery.setObjectName("withRecoveryKey")
        self.username = QComboBox()
        self.username.setObjectName("backupUsername")
        self.username.setEditable(True)
        self.password = QLineEdit()
        self.password.setObjectName("backupPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("backupRecoveryKey")
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.message = _error_label("unlockMessage")
        form = QFormLayout()
        form.addRow(self.with_password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.with_recovery)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.with_password.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        by_password = self.with_password.isChecked()
        self.username.setEnabled(by_password)
        self.password.setEnabled(by_password)
        self.recovery_key.setEnabled(not by_password)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        backup = self._wizard.choose.chosen()
        self.username.clear()
        if backup is not None:
            self.username.addItems(restore.backup_usernames(backup))
        self.password.clear()
        self.message.hide()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        backup = self._wizard.choose.chosen()
        assert backup is not None
        by_password = self.with_password.isChecked()
        username, password = self.username.currentText(), self.password.text()
        recovery_key = self.recovery_key.text()
        if by_password and not password:
            return self._show(self.tr("Enter the password."))
        if not by_password and not recovery_key.strip():
            return self._show(self.tr("Enter the recovery key."))

        def work() -> UnlockedBackup:
            if by_password:
                return restore.unlock_with_password(backup, username, password)
            return restore.unlock_with_recovery_key(backup, recovery_key)

        unlocked = self._wizard.wait_for(work, self.message)
        self.password.clear()
        if unlocked is None:
            return False
        self._wizard.unlocked = unlocked
        self.message.hide()
        return True

    def _show(self, text: str) -> bool:
        self.message.setText(text)
        self.message.show()
        return False


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Restore the register"))
        self.setSubTitle(self.tr("Check what happens before you restore."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Restore"))
        self.text = QLabel()
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.message = _error_label("restoreMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        unlocked = self._wizard.unlocked
        assert unlocked is not None
        when = backup_time(unlocked.manifest)
        customers = unlocked.manifest.customers()
        if self._wizard.files.db.exists():
            text = self.tr(
                "The register on this computer will be replaced with the backup of {time} "
                "({customers} customers). Whatever was saved after that is not in the backup.\n\n"
                "The register as it is now is kept as a copy beside it, so nothing is lost."
            )
        else:
            text = self.tr(
                "The backup of {time} ({customers} customers) becomes the register on this "
                "computer. Afterwards everyone logs in with the passwords they had then."
            )
        self.text.setText(text.format(time=when, customers=customers))
        self.message.hide()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        unlocked = self._wizard.unlocked
        assert unlocked is not None
        files = self._wizard.files

        def work() -> RestoreResult:
            self._wizard.before_restore()
            return restore.restore(unlocked, files)

        result = self._wizard.wait_for(work, self.message)
        if result is None:
            return False
        self._wizard.result_ = result
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The register was restored"))
        self.setSubTitle(self.tr("The backup is in use. Nothing else needs to be done."))
        self.text = QLabel()
        self.text.setObjectName("doneText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        result = self._wizard.result_
        assert result is not None
        text = self.tr(
            "The backup of {time} was checked and is now the register ({customers} customers)."
        ).format(time=backup_time(result.manifest), customers=result.manifest.customers())
        if result.kept_copy is not None:
            text += "\n\n" + self.tr("The register as it was before is kept at {path}").format(
                path=str(result.kept_copy)
            )
        text += "\n\n" + self.tr("Log in with your password as it was at the time of the backup.")
        self.text.setText(text)


class RestoreWizard(QWizard):
    """`result_` holds the RestoreResult once the register has been replaced."""

    def __init__(
        self,
        files: RegisterFiles,
        before_restore: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.files = files
        self.before_restore = before_restore
        self.unlocked: UnlockedBackup | None = None
        self.result_: RestoreResult | None = None
        self.setObjectName("restoreWizard")
        self.setProperty("helpTopic", "backups")  # F1: the guide's page on restoring
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose = ChooseBackupPage(preferences)
        self.unlock = UnlockPage(self)
        self.confirm = ConfirmPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose, self.unlock, self.confirm, self.done_page):
            self.addPage(page)
        self.setMinimumSize(640, 460)

    def wait_for(self, work: Callable[[], T], message: QLabel) -> T | None:
        """Run `work` off the GUI thread, the window still painting; None if it failed (the
        reason is shown in `message`)."""
        loop = QEventLoop(self)
        outcome: dict[str, T] = {}

        def failed(error: UserError) -> None:
            message.setText(error_text(error))
            message.show()

        self.setEnabled(False)
        run_op(
            parent=self,
            work=work,
            on_success=lambda result: outcome.setdefault("result", result),
            on_user_error=failed,
            on_done=loop.quit,
            background=True,
        )
        loop.exec()
        self.setEnabled(True)
        return outcome.get("result")
