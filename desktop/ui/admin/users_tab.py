"""Administration → Users: who may use the register, with which role."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services.access.users import UserRow
from desktop.services.container import Services
from desktop.ui.admin.recovery_key_dialog import NewRecoveryKeyDialog
from desktop.ui.admin.user_dialog import NewPasswordDialog, UserDialog
from desktop.ui.messages import confirm
from desktop.ui.models.users_model import UsersModel
from desktop.ui.ops import run_op


class UsersTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editUser")
        self.password_button = QPushButton(self.tr("New password…"))
        self.password_button.setObjectName("resetPassword")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeUser")
        self.recovery_button = QPushButton(self.tr("New recovery key…"))
        self.recovery_button.setObjectName("newRecoveryKey")
        self.recovery_button.setToolTip(
            self.tr("When the recovery sheet in the safe is lost or someone may have seen it.")
        )
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.remove_user)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        manage = services.user.can(Permission.MANAGE_USERS)
        for button in (
            self.add_button,
            self.edit_button,
            self.password_button,
            self.remove_button,
            self.recovery_button,
        ):
            button.setVisible(manage)

    def refresh(self) -> None:
        self.model.set_rows(self.services.users.list_users())

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def add_user(self) -> None:
        if UserDialog(self.services.users, parent=self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if (
            user is not None
            and self.services.user.can(Permission.MANAGE_USERS)
            and UserDialog(self.services.users, user, parent=self).exec()
        ):
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            NewPasswordDialog(self.services.users, user, parent=self).exec()
            self.refresh()

    def new_recovery_key(self) -> None:
        NewRecoveryKeyDialog(self.services, parent=self).exec()

    def remove_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        text = self.tr(
            "Remove {name} from the register? They can no longer log in. Their name stays in the "
            "audit log."
        ).format(name=user.full_name)
        if confirm(self, text, self.tr("Remove user")):
            run_op(
                parent=self,
                work=lambda: self.services.users.remove_user(user.id),
                on_success=lambda _r: self.refresh(),
            )
