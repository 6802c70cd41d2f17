"""The key-slot file beside the register.

It holds the register's data key wrapped once per user (under their password) and once under the
recovery key. In the clear it holds only what unwrapping needs: salts, KDF parameters, nonces and
user names. Each slot's additional data binds it to the register id and its owner, so a slot copied
to another user or another register does not open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import MissingKeySlots, NotARegister, WrongPassword, WrongRecoveryKey
from desktop.store import crypto
from desktop.store.atomic import atomic_write_bytes

FORMAT = "kirjuri-keyslots"
FORMAT_VERSION = 1
RECOVERY_SLOT = "recovery"


@dataclass
class Slot:
    kind: str  # "password" or "recovery"
    owner: str  # user name, or RECOVERY_SLOT
    kdf: crypto.KdfParams
    nonce: str
    wrapped: str

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "owner": self.owner,
            "kdf": self.kdf.to_json(),
            "nonce": self.nonce,
            "wrapped": self.wrapped,
        }

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> Slot:
        kdf_raw = raw["kdf"]
        assert isinstance(kdf_raw, dict)
        return cls(
            kind=str(raw["kind"]),
            owner=str(raw["owner"]),
            kdf=crypto.KdfParams(**kdf_raw),
            nonce=str(raw["nonce"]),
            wrapped=str(raw["wrapped"]),
        )


@dataclass
class KeySlotFile:
    register_id: str
    slots: list[Slot] = field(default_factory=list)
    path: Path | None = None

    # --- reading and writing -------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise MissingKeySlots(path=str(path)) from None
        except (ValueError, UnicodeDecodeError):
            raise NotARegister(path=str(path)) from None
        try:
            if raw.get("format") != FORMAT:
                raise NotARegister(path=str(path))
            slots = [Slot.from_json(item) for item in raw["slots"]]
            return cls(register_id=str(raw["register_id"]), slots=slots, path=path)
        except (KeyError, TypeError, AssertionError, AttributeError):
            raise NotARegister(path=str(path)) from None

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        assert target is not None
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "register_id": self.register_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        atomic_write_bytes(target, json.dumps(document, indent=2).encode("utf-8"))
        self.path = target

    # --- slots ---------------------------------------------------------------------------------
    def _aad(self, kind: str, owner: str) -> bytes:
        return f"{FORMAT}|{self.register_id}|{kind}|{owner}".encode()

    def find(self, kind: str, owner: str) -> Slot | None:
        for slot in self.slots:
            if slot.kind == kind and slot.owner == owner:
                return slot
        return None

    def usernames(self) -> list[str]:
        return sorted(slot.owner for slot in self.slots if slot.kind == "password")

    def set_password(self, username: str, password: str, data_key: bytes) -> bytes:
        """Create or replace one user's slot; the others stay as they are. Returns the KEK."""
        params = crypto.KdfParams.fresh()
        kek = crypto.derive_kek(password, params)
        self.set_kek(username, kek, params, data_key)
        return kek

    def set_kek(self, username: str, kek: bytes, params: crypto.KdfParams, data_key: bytes) -> None:
        nonce, wrapped = crypto.wrap(data_key, kek, self._aad("password", username))
        self._replace(Slot("password", username, params, nonce, wrapped))

    def set_recovery(self, recovery_key: str, data_key: bytes) -> None:
        params = crypto.KdfParams.fresh()
        kek = crypto.derive_kek(crypto.normalise_recovery_key(recovery_key), params)
        nonce, wrapped = crypto.wrap(data_key, kek, self._aad("recovery", RECOVERY_SLOT))
        self._replace(Slot("recovery", RECOVERY_SLOT, params, nonce, wrapped))

    def remove(self, username: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "password" and s.owner == username)]

    def _replace(self, new: Slot) -> None:
        self.slots = [s for s in self.slots if not (s.kind == new.kind and s.owner == new.owner)]
        self.slots.append(new)

    # --- opening -------------------------------------------------------------------------------
    def kek_for_password(self, username: str, password: str) -> bytes:
        slot = self.find("password", username)
        if slot is None:
            # Spend the same work as a real attempt so user names cannot be probed by timing.
            crypto.derive_kek(password, crypto.KdfParams.fresh())
            raise WrongPassword()
        return crypto.derive_kek(password, slot.kdf)

    def unwrap_with_kek(self, username: str, kek: bytes) -> bytes:
        slot = self.find("password", username)
        if slot is None:
            raise WrongPassword()
        try:
            return crypto.unwrap(slot.nonce, slot.wrapped, kek, self._aad("password", username))
        except crypto.UnwrapFailed:
            raise WrongPassword() from None

    def unwrap_with_password(self, username: str, password: str) -> bytes:
        return self.unwrap_with_kek(username, self.kek_for_password(username, password))

    def unwrap_with_recovery(self, recovery_key: str) -> bytes:
        slot = self.find("recovery", RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKey()
        kek = crypto.derive_kek(crypto.normalise_recovery_key(recovery_key), slot.kdf)
        try:
            return crypto.unwrap(
                slot.nonce, slot.wrapped, kek, self._aad("recovery", RECOVERY_SLOT)
            )
        except crypto.UnwrapFailed:
            raise WrongRecoveryKey() from None
