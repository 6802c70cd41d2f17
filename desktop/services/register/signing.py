"""The business's digital signature for PDFs sent by email (PAdES B-B, pyHanko).

Where things are kept, and why:
- The PKCS#12 file itself is stored in the register (Setting "signing.certificate"), not as a
  path. The register is SQLCipher-encrypted and the PKCS#12 is encrypted under its own
  passphrase; it goes into every backup with the letters it signed, and no path to a USB stick
  or a moved folder can break. A path would also leave the file in the clear on disk.
- The passphrase is kept in the OS keyring only, per register. Fails closed: with no safe keyring
  backend the option is not offered (as "remember me"), and nothing is written anywhere else.
So someone with a copy of the register and a user's password still cannot sign without the
passphrase from this computer's keyring.
"""

from __future__ import annotations

import base64
import contextlib
from dataclasses import dataclass
from datetime import datetime

import keyring
import keyring.errors

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.documents.pades import CertificateInfo, certificate_info, sign_pdf
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.remember import keyring_is_safe
from desktop.store import audit
from desktop.store.models import Setting
from desktop.store.register import Register

SETTING_KEY = "signing.certificate"
KEYRING_USER = "pkcs12-passphrase"


class NoSafeKeyring(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no secure keyring (password store) for the certificate's passphrase, "
        "so digital signatures cannot be used here.",
    )
    exit_code = 2


class NotConfigured(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No certificate for digital signatures has been chosen, or its passphrase is not on this "
        "computer. The main user can set it in Administration → Digital signature.",
    )
    exit_code = 2


@dataclass(frozen=True)
class SigningStatus:
    available: bool  # a safe keyring exists on this computer
    configured: bool  # a certificate is stored in the register
    passphrase_here: bool  # its passphrase is in this computer's keyring
    subject: str = ""
    issuer: str = ""
    valid_until: datetime | None = None

    @property
    def ready(self) -> bool:
        return self.available and self.configured and self.passphrase_here


class SigningService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current

    @property
    def _keyring_service(self) -> str:
        return f"Kirjuri register {self.register.register_id} signing"

    def _passphrase(self) -> bytes | None:
        if not keyring_is_safe():
            return None
        try:
            stored = keyring.get_password(self._keyring_service, KEYRING_USER)
        except keyring.errors.KeyringError:
            return None
        return None if stored is None else stored.encode()

    def _stored(self) -> dict[str, str] | None:
        with self.register.read() as session:
            row = session.get(Setting, SETTING_KEY)
            return dict(row.value) if row is not None and isinstance(row.value, dict) else None

    def status(self) -> SigningStatus:
        self.user.require(Permission.VIEW)
        stored = self._stored()
        available = keyring_is_safe()
        if stored is None:
            return SigningStatus(available, False, False)
        until = stored.get("valid_until")
        return SigningStatus(
            available,
            True,
            available and self._passphrase() is not None,
            stored.get("subject", ""),
            stored.get("issuer", ""),
            datetime.fromisoformat(until) if until else None,
        )

    def configure(self, pkcs12_data: bytes, passphrase: bytes) -> CertificateInfo:
        """Check the file opens with the passphrase, then keep both (the passphrase in the
        keyring first: if the keyring refuses, the register is not changed)."""
        self.user.require(Permission.MANAGE_SETTINGS)
        if not keyring_is_safe():
            raise NoSafeKeyring()
        info = certificate_info(pkcs12_data, passphrase)
        try:
            keyring.set_password(self._keyring_service, KEYRING_USER, passphrase.decode())
        except (keyring.errors.KeyringError, UnicodeDecodeError) as exc:
            raise NoSafeKeyring() from exc
        value = {
            "pkcs12": base64.b64encode(pkcs12_data).decode("ascii"),
            "subject": info.subject,
            "issuer": info.issuer,
            "valid_until": info.valid_until.isoformat(),
        }
        with self.register.write() as session:
            row = session.get(Setting, SETTING_KEY)
            if row is None:
                session.add(Setting(key=SETTING_KEY, value=value))
            else:
                row.value = value
            audit.append(
                session,
                self.user.actor,
                "signing_certificate_set",
                entity="settings",
                fields=[SETTING_KEY],
            )
        return info

    def remove(self) -> None:
        self.user.require(Permission.MANAGE_SETTINGS)
        with contextlib.suppress(Exception):
            keyring.delete_password(self._keyring_service, KEYRING_USER)
        with self.register.write() as session:
            row = session.get(Setting, SETTING_KEY)
            if row is not None:
                session.delete(row)
                audit.append(
                    session,
                    self.user.actor,
                    "signing_certificate_removed",
                    entity="settings",
                    fields=[SETTING_KEY],
                )

    def sign_pdf_for_email(
        self, pdf_bytes: bytes, *, reason: str = "", location: str = ""
    ) -> bytes:
        """The PDF signed with the business's certificate, in the logged-in user's name.
        NotConfigured when there is no certificate or no passphrase on this computer."""
        self.user.require(Permission.PRINT_LETTERS)
        stored = self._stored()
        passphrase = self._passphrase()
        if stored is None or passphrase is None:
            raise NotConfigured()
        signed = sign_pdf(
            pdf_bytes,
            base64.b64decode(stored["pkcs12"]),
            passphrase,
            reason=reason,
            location=location,
            signer_name=self.user.full_name,
        )
        with self.register.write() as session:
            audit.append(session, self.user.actor, "pdf_signed", entity="document")
        return signed
