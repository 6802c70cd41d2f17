"""'Remember me on this computer': the user's key-encryption key in the OS keyring.

Fails closed. Only a backend that keeps secrets encrypted or in the OS's own store counts; with no
such backend the option is not offered, and nothing is ever written anywhere in the clear.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

# Backends that would not protect the secret: refused even if someone configured them.
_UNSAFE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
}


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _is_safe(backend: KeyringBackend) -> bool:
    if _name(backend) in _UNSAFE_BACKENDS:
        return False
    backends = getattr(backend, "backends", None)  # the chainer: safe only if all parts are
    if backends is not None:
        return bool(backends) and all(_is_safe(part) for part in backends)
    return True


class RememberedLogins:
    def __init__(self, register_id: str, backend: KeyringBackend | None = None) -> None:
        self.service = f"Kirjuri register {register_id}"
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        try:
            return _is_safe(self.backend)
        except Exception:  # a broken backend must not stop the login
            log.warning("keyring backend could not be queried", exc_info=True)
            return False

    def remember(self, username: str, kek: bytes) -> bool:
        if not self.available():
            return False
        try:
            self.backend.set_password(self.service, username, kek.hex())
        except keyring.errors.KeyringError:
            log.warning("keyring refused to store a secret")
            return False
        return True

    def recall(self, username: str) -> bytes | None:
        if not self.available():
            return None
        try:
            stored = self.backend.get_password(self.service, username)
        except keyring.errors.KeyringError:
            return None
        if not stored:
            return None
        try:
            return bytes.fromhex(stored)
        except ValueError:
            self.forget(username)
            return None

    def forget(self, username: str) -> None:
        with contextlib.suppress(Exception):
            self.backend.delete_password(self.service, username)


def keyring_is_safe(backend: KeyringBackend | None = None) -> bool:
    """Whether secrets may go to this keyring backend (the default one when None)."""
    try:
        return _is_safe(backend or keyring.get_keyring())
    except Exception:
        log.warning("keyring backend could not be queried", exc_info=True)
        return False
