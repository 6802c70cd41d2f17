"""File → Change my password: rewraps only this user's key slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from desktop.errors import UserError, WrongPassword
from desktop.services.access.users import UserService
from desktop.ui.admin.user_dialog import password_problems
from desktop.ui.i18n import error_text
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        service: UserService,
        on_changed: Callable[[bytes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.on_changed = on_changed
        self.setWindowTitle(self.tr("Change my password"))
        self.form = CheckedForm()
        self.old = self.form.add_field("old", self.tr("Current password"), _password("oldPassword"))
        self.password = self.form.add_field(
            "password", self.tr("New password"), _password("password")
        )
        self.repeat = self.form.add_field(
            "repeat", self.tr("New password again"), _password("repeatPassword")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        problems = password_problems(self.password.text(), self.repeat.text())
        self.form.show_errors(problems)
        if problems:
            return

        def failed(error: UserError) -> None:
            key = "old" if isinstance(error, WrongPassword) else "password"
            self.form.show_errors({key: error_text(error)})

        def done(kek: bytes) -> None:
            self.on_changed(kek)
            self.accept()

        run_op(
            parent=self,
            work=lambda: self.service.change_own_password(self.old.text(), self.password.text()),
            on_success=done,
            on_user_error=failed,
        )
