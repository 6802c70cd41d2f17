"""Forgotten password: the recovery key from the safe opens the register and sets a new one."""

from __future__ import annotations

from PySide6.QtGui import QFont
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
from desktop.errors import UserError
from desktop.services.access.gate import Gate, LoginResult
from desktop.services.access.recovery import recover_access
from desktop.ui.i18n import error_text, translate
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm


class RecoveryDialog(QDialog):
    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.result_: LoginResult | None = None
        self.setWindowTitle(self.tr("Recover access"))
        intro = QLabel(
            self.tr(
                "Type the recovery key from the recovery sheet kept in your safe. Then choose a "
                "main user and give them a new password."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setFont(QFont("monospace"))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QComboBox()
        self.username.setObjectName("recoveryUser")
        self.username.addItems(gate.usernames())
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = CheckedForm(reserve=True)
        self.form.add_field("key", self.tr("Recovery key"), self.key)
        self.form.add_field("username", self.tr("Main user"), self.username)
        self.form.add_field("password", self.tr("New password"), self.password)
        self.form.add_field("repeat", self.tr("New password again"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Recover"))
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def attempt(self) -> None:
        problems = {}
        if not self.key.text().strip():
            problems["key"] = self.tr("Type the recovery key.")
        if not is_long_enough(self.password.text()):
            problems["password"] = translate("Validation", TOO_SHORT).format(minimum=MIN_LENGTH)
        elif self.password.text() != self.repeat.text():
            problems["repeat"] = self.tr("The passwords do not match.")
        self.form.show_errors(problems)
        if problems:
            return
        run_op(
            parent=self,
            work=lambda: recover_access(
                self.gate, self.key.text(), self.username.currentText(), self.password.text()
            ),
            on_success=self._done,
            on_user_error=self._failed,
        )

    def _done(self, result: LoginResult) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.form.show_errors({"key": error_text(error)})
