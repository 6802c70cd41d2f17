"""Connecting this workstation to the office server, once (issue 18): the server's address, its
certificate's fingerprint as read here compared with the one the main user or the server's
administrator gives, and only then the profile is remembered (store/server_profile.py). The
user name and password are asked by the login window that follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.access.workstation import (
    DEFAULT_PORT,
    ServerProfile,
    connect_first_time,
    server_fingerprint,
)
from desktop.ui.i18n import error_text
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import ERROR_STYLE
from desktop.ui.widgets.message import ReservedLabel, grow_to_fit


class ServerConnectDialog(QDialog):
    """`profile` holds the remembered connection once accepted."""

    def __init__(
        self, folder: Path, current: ServerProfile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.profile: ServerProfile | None = None
        self.setWindowTitle(self.tr("Connect to the office server"))
        intro = QLabel(
            self.tr(
                "The register is on the office's server. Give its address as the main user or "
                "the server's administrator tells it. Kirjuri then shows the fingerprint of the "
                "server's certificate: compare it with the one they give you, character by "
                "character, before you connect. It makes sure this workstation talks to your "
                "own server and no other."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(current.host if current else "")
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("for example palvelin.toimisto.local"))
        self.port = QLineEdit(str(current.port if current else DEFAULT_PORT))
        self.port.setObjectName("serverPort")
        self.port.setMaximumWidth(90)
        self.database = QLineEdit(current.database if current else "kirjuri")
        self.database.setObjectName("serverDatabase")
        self.show_button = QPushButton(self.tr("Show the fingerprint"))
        self.show_button.setObjectName("showFingerprint")
        self.show_button.setAutoDefault(False)
        self.shown = QLabel()
        self.shown.setObjectName("serverFingerprint")
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.confirmed = QLineEdit()
        self.confirmed.setObjectName("confirmedFingerprint")
        self.confirmed.setPlaceholderText(self.tr("AB:CD:… (64 characters)"))
        self.message = ReservedLabel(2)
        self.message.setObjectName("serverMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        address = QHBoxLayout()
        address.addWidget(self.host, 1)
        address.addWidget(QLabel(self.tr("Port")))
        address.addWidget(self.port)
        form = QFormLayout()
        form.addRow(self.tr("Server"), address)
        form.addRow(self.tr("Database"), self.database)
        form.addRow("", self.show_button)
        form.addRow(self.tr("Fingerprint of the server's certificate (SHA-256)"), self.shown)
        form.addRow(self.tr("Fingerprint the main user gave you"), self.confirmed)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectServer")
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.show_button.clicked.connect(self.show_fingerprint)
        self.setMinimumWidth(620)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        grow_to_fit(self)  # the wrapped introduction at the dialog's real width

    def show_fingerprint(self) -> None:
        def work() -> str:
            return server_fingerprint(self.host.text(), self.port.text(), self.database.text())

        self.shown.clear()
        self.message.hide()
        run_op(parent=self, work=work, on_success=self._shown, on_user_error=self._failed)

    def _shown(self, fingerprint: str) -> None:
        self.shown.setText(fingerprint)
        grow_to_fit(self)

    def attempt(self) -> None:
        """Connect only when the fingerprint given is the server's: the typed values stay."""
        confirmed = self.confirmed.text().strip()
        if not confirmed:
            self._show(self.tr("Type or paste the fingerprint the main user gave you."))
            self.confirmed.setFocus()
            return

        def work() -> ServerProfile:
            return connect_first_time(
                self.folder, self.host.text(), self.port.text(), self.database.text(), confirmed
            )

        self.message.hide()
        run_op(parent=self, work=work, on_success=self._connected, on_user_error=self._failed)

    def _connected(self, profile: ServerProfile) -> None:
        self.profile = profile
        self.accept()

    def _failed(self, error: UserError) -> None:
        self._show(error_text(error))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)
