"""File → Change my password: rewraps only this user's key slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import UserError, WrongPassword
from desktop.services.access.users import UserService
from desktop.ui.admin.user_dialog import password_edit, password_problems
from desktop.ui.i18n import error_text
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog


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
        self.form = CheckedForm(reserve=True)
        self.old = self.form.add_field(
            "old", self.tr("Current password"), password_edit("oldPassword")
        )
        self.password = self.form.add_field(
            "password", self.tr("New password"), password_edit("password")
        )
        self.repeat = self.form.add_field(
            "repeat", self.tr("New password again"), password_edit("repeatPassword")
        )
        lay_out_form_dialog(self, self.form, self.save)

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
