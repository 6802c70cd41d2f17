"""Administration → Digital signature: the business's certificate (PKCS#12) for signing letters
sent by email. Offered only where the OS keyring can keep the passphrase safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.register.signing import SigningStatus
from desktop.ui.file_dialogs import FolderKind, open_file_name
from desktop.ui.i18n import error_text, format_date
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import ERROR_STYLE

MAX_CERTIFICATE_BYTES = 1_000_000  # a PKCS#12 file is a few kilobytes


class SignatureTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editable = services.user.can(Permission.MANAGE_SETTINGS)
        self.explanation = QLabel(
            self.tr(
                "Letters sent by email can carry the business's digital signature (PAdES). Choose "
                "the business's certificate file (.p12 or .pfx) and type its passphrase. The file "
                "is kept encrypted in the register; the passphrase is kept only in this "
                "computer's keyring."
            )
        )
        self.explanation.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("signatureState")
        self.state.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setObjectName("certificateFile")
        self.file.setReadOnly(True)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.setObjectName("chooseCertificate")
        self.choose.clicked.connect(self.choose_file)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("certificatePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("signatureError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Use this certificate"))
        self.save_button.setObjectName("saveCertificate")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove the certificate"))
        self.remove_button.setObjectName("removeCertificate")
        self.remove_button.clicked.connect(self.remove)

        self.form_box = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Certificate file"), row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.state)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self) -> None:
        run_op(parent=self, work=self.services.signing.status, on_success=self._show)

    def _show(self, status: SigningStatus) -> None:
        self.status = status
        if not status.available:
            # Fail closed: without a safe keyring the option is not offered at all.
            self.state.setText(
                self.tr(
                    "Digital signatures are not offered on this computer: it has no secure "
                    "keyring (the system's password store) to keep the certificate's passphrase, "
                    "and Kirjuri never stores it anywhere else."
                )
            )
        elif status.configured:
            text = self.tr("Certificate in use: {subject}, issued by {issuer}, valid until {date}.")
            text = text.format(
                subject=status.subject,
                issuer=status.issuer,
                date=format_date(status.valid_until) if status.valid_until else "-",
            )
            if not status.passphrase_here:
                text += " " + self.tr(
                    "Its passphrase is not on this computer: choose the file again to sign here."
                )
            self.state.setText(text)
        else:
            self.state.setText(self.tr("No certificate has been chosen."))
        can_change = status.available and self.editable
        self.form_box.setVisible(can_change)
        self.save_button.setVisible(can_change)
        self.remove_button.setVisible(can_change and status.configured)

    def choose_file(self) -> None:
        path = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("Choose the certificate"),
            self.tr("Certificates (*.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self.file.setText(str(path))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        self.error.hide()
        path = Path(self.file.text())
        if not self.file.text():
            self._fail(self.tr("Choose the certificate file first."))
            return
        try:
            if path.stat().st_size > MAX_CERTIFICATE_BYTES:
                self._fail(self.tr("That file is too large to be a certificate."))
                return
            data = path.read_bytes()
        except OSError:
            self._fail(self.tr("The file could not be read."))
            return
        passphrase = self.passphrase.text().encode()

        def done(_info: object) -> None:
            self.passphrase.clear()
            self.file.clear()
            self.refresh()

        run_op(
            parent=self,
            work=lambda: self.services.signing.configure(data, passphrase),
            on_success=done,
            on_user_error=lambda error: self._fail(error_text(error)),
        )

    def remove(self) -> None:
        if not confirm(
            self,
            self.tr("Remove the certificate? Letters can no longer be signed digitally."),
            self.tr("Remove"),
        ):
            return
        run_op(parent=self, work=self.services.signing.remove, on_success=lambda _r: self.refresh())
