"""Adding or editing a user, and giving someone a new password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.passwords import MIN_LENGTH, TOO_SHORT, is_long_enough
from desktop.core.roles import ROLE_DESCRIPTIONS, ROLE_LABELS, Role
from desktop.errors import UserError, ValidationError
from desktop.services.access.users import NewUser, UserRow, UserService
from desktop.ui.i18n import field_texts, translate
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm


def role_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("role")
    for role in Role:
        combo.addItem(QCoreApplication.translate("Roles", ROLE_LABELS[role]), role)
        combo.setItemData(
            combo.count() - 1,
            QCoreApplication.translate("Roles", ROLE_DESCRIPTIONS[role]),
            3,  # Qt.ToolTipRole
        )
    return combo


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def password_problems(password: str, repeat: str) -> dict[str, str]:
    if not is_long_enough(password):
        return {"password": translate("Validation", TOO_SHORT).format(minimum=MIN_LENGTH)}
    if password != repeat:
        return {"repeat": QCoreApplication.translate("UserDialog", "The passwords do not match.")}
    return {}


class UserDialog(QDialog):
    """New user (with a first password) when `existing` is None, otherwise edit name/title/role."""

    def __init__(
        self, service: UserService, existing: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.existing = existing
        self.setWindowTitle(self.tr("New user") if existing is None else self.tr("Edit user"))
        self.form = CheckedForm()
        self.full_name = self.form.add_field("full_name", self.tr("Name"), QLineEdit())
        self.full_name.setObjectName("fullName")
        self.title_edit = self.form.add_field("title", self.tr("Title"), QLineEdit())
        self.username = self.form.add_field("username", self.tr("User name"), QLineEdit())
        self.username.setObjectName("username")
        self.role = self.form.add_field("role", self.tr("Role"), role_combo())
        if existing is None:
            self.password = self.form.add_field(
                "password", self.tr("First password"), _password_edit("password")
            )
            self.repeat = self.form.add_field(
                "repeat", self.tr("Password again"), _password_edit("repeatPassword")
            )
            note = QLabel(self.tr("Tell the person their first password; they can change it."))
            note.setWordWrap(True)
            self.form.addRow(note)
        else:
            self.full_name.setText(existing.full_name)
            self.title_edit.setText(existing.title)
            self.username.setText(existing.username)
            self.username.setReadOnly(True)
            self.role.setCurrentIndex(self.role.findData(existing.role))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def save(self) -> None:
        role = Role(self.role.currentData())
        if self.existing is None:
            problems = password_problems(self.password.text(), self.repeat.text())
            if problems:
                self.form.show_errors(problems)
                return
            form = NewUser(
                self.username.text(), self.full_name.text(), role, self.title_edit.text()
            )
            password = self.password.text()

            def work() -> object:
                return self.service.add_user(form, password)
        else:
            user_id = self.existing.id

            def work() -> object:
                return self.service.update_user(
                    user_id,
                    full_name=self.full_name.text(),
                    title=self.title_edit.text(),
                    role=role,
                )

        run_op(
            parent=self, work=work, on_success=lambda _r: self.accept(), on_user_error=self._problem
        )

    def _problem(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(field_texts(error))
        else:
            from desktop.ui.i18n import error_text
            from desktop.ui.messages import show_error

            show_error(self, error_text(error))


class NewPasswordDialog(QDialog):
    """The main user sets a new password for someone who forgot theirs."""

    def __init__(self, service: UserService, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.user = user
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.full_name))
        self.form = CheckedForm()
        self.password = self.form.add_field(
            "password", self.tr("New password"), _password_edit("password")
        )
        self.repeat = self.form.add_field(
            "repeat", self.tr("Password again"), _password_edit("repeatPassword")
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
        run_op(
            parent=self,
            work=lambda: self.service.reset_password(self.user.id, self.password.text()),
            on_success=lambda _r: self.accept(),
        )
