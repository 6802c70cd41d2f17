"""Administration → Users → New recovery key: when the sheet in the safe is lost or may have been
seen. The main user confirms with their own password; the new key is shown once."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.recovery_sheet import RecoverySheet
from desktop.errors import UserError, WrongPassword
from desktop.services.container import Services
from desktop.ui.i18n import error_text, ui_language
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm
from desktop.ui.widgets.recovery_key_panel import RecoveryKeyPanel


class NewRecoveryKeyDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.panel = RecoveryKeyPanel()
        self.pages.addWidget(self.panel)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            self.tr("Make a new key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("makeRecoveryKey")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeRecoveryKey")
        self.close_button.hide()
        self.make_button.clicked.connect(self.make_key)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.panel.confirm.toggled.connect(self.close_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.make_button.setDefault(True)
        self.setMinimumWidth(620)

    def _ask_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(
            self.tr(
                "Make a new recovery key when the recovery sheet is lost or someone else may have "
                "seen it. The old key stops opening the register at once.\n\n"
                "Backups made before now still open with the old key (and with the passwords "
                "valid then): keep the old sheet until those backups have been replaced.\n\n"
                "Type your own password to confirm."
            )
        )
        text.setWordWrap(True)
        self.form = CheckedForm()
        self.password = QLineEdit()
        self.password.setObjectName("ownPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("password", self.tr("Your password"), self.password)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch(1)
        return page

    def make_key(self) -> None:
        if not self.password.text():
            self.form.show_errors({"password": self.tr("Type your password.")})
            return
        services = self.services

        def work() -> str:
            return services.recovery_key.replace(self.password.text())

        def wrong(exc: UserError) -> None:
            if isinstance(exc, WrongPassword):
                self.form.show_errors({"password": self.tr("The password is not right.")})
            else:
                self.form.show_errors({"password": error_text(exc)})

        run_op(parent=self, work=work, on_success=self._show_key, on_user_error=wrong)

    def _show_key(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self.password.clear()
        info = self.services.register_info
        sheet = RecoverySheet(
            business=self.services.business.get().name.strip(),
            register=info.location().name,
            register_id=info.register_id(),
            key=recovery_key,
            made_on=date.today(),
            lang=ui_language(),
        )
        self.panel.show_key(recovery_key, sheet)
        self.pages.setCurrentWidget(self.panel)
        self.make_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setEnabled(False)  # until the key is written down

    def reject(self) -> None:
        # Once the new key exists, the dialog closes only after the user says it is written
        # down: the old key no longer works, and this is the only time the new one is shown.
        if self.recovery_key is None or self.panel.confirm.isChecked():
            super().reject()
