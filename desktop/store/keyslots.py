"""The key-slot file beside the register.

It holds the register's data key wrapped once per user (under their password) and once under the
recovery key. In the clear it holds only what unwrapping needs: salts, KDF parameters, nonces and
user names. Each slot's additional data binds it to the register id and its owner, so a slot copied
to another user or another register does not open.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import (
    KeySlotsDamaged,
    MissingKeySlots,
    NewerKeySlots,
    NotARegister,
    WrongPassword,
    WrongRecoveryKey,
)
from desktop.store import crypto
from desktop.store.atomic import atomic_write_bytes
from desktop.store.crypto import SALT_BYTES
from desktop.store.trust import PUBLIC_KEY_BYTES, Anchor, unb64

log = logging.getLogger(__name__)
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
    # The main users' signing key, wrapped under the same KEK (main users' and the recovery
    # slot only; store/trust.py). Empty in a clerk's or reader's slot.
    signing_nonce: str = ""
    signing_wrapped: str = ""

    def to_json(self) -> dict[str, object]:
        document: dict[str, object] = {
            "kind": self.kind,
            "owner": self.owner,
            "kdf": self.kdf.to_json(),
            "nonce": self.nonce,
            "wrapped": self.wrapped,
        }
        if self.signing_wrapped:
            document["signing_nonce"] = self.signing_nonce
            document["signing_wrapped"] = self.signing_wrapped
        return document

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> Slot:
        """Raises SlotProblem naming what does not fit: every value comes from a file anyone
        with access to the folder may have edited."""
        kdf_raw = raw["kdf"]
        if not isinstance(kdf_raw, dict) or set(kdf_raw) - KDF_FIELDS:
            raise SlotProblem("kdf")
        slot = cls(
            kind=_text(raw, "kind"),
            owner=_text(raw, "owner"),
            kdf=crypto.KdfParams(**kdf_raw),
            nonce=_text(raw, "nonce"),
            wrapped=_text(raw, "wrapped"),
            signing_nonce=_text(raw, "signing_nonce") if "signing_nonce" in raw else "",
            signing_wrapped=_text(raw, "signing_wrapped") if "signing_wrapped" in raw else "",
        )
        if slot.kind not in ("password", "recovery") or not slot.owner:
            raise SlotProblem("kind")
        problem = slot.kdf.problem()
        if problem:
            raise SlotProblem(problem)
        for name, value, size in (
            ("nonce", slot.nonce, crypto.NONCE_BYTES),
            ("wrapped", slot.wrapped, crypto.WRAPPED_KEY_BYTES),
            *(
                [
                    ("signing_nonce", slot.signing_nonce, crypto.NONCE_BYTES),
                    ("signing_wrapped", slot.signing_wrapped, crypto.WRAPPED_KEY_BYTES),
                ]
                if slot.signing_wrapped or slot.signing_nonce
                else []
            ),
        ):
            try:
                if len(crypto.unb64(value)) != size:
                    raise SlotProblem(name)
            except ValueError:
                raise SlotProblem(name) from None
        return slot


KDF_FIELDS = {"salt", "memory_kib", "iterations", "lanes", "name"}


class SlotProblem(Exception):
    """One value of a key-slot file is out of bounds or of the wrong kind."""


def _text(raw: dict[str, object], name: str) -> str:
    value = raw[name]
    if not isinstance(value, str):
        raise SlotProblem(name)
    return value


def database_salt(db: Path) -> str | None:
    """The first 16 bytes of a SQLCipher file: its random salt, in the clear. The key-slot file
    records it, so a key file put beside another register's database is told apart from damage
    (issue 15 item 8). None when the file is too short to have one."""
    try:
        with db.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return head.hex() if len(head) == SALT_BYTES else None


@dataclass
class KeySlotFile:
    register_id: str
    slots: list[Slot] = field(default_factory=list)
    path: Path | None = None
    # The salt of the database these slots were last saved beside (hex), or None when unknown
    # (files from before it was recorded). A hint for the message, never a reason to refuse.
    db_salt: str | None = None
    # The main users' public signing key (base64) and the audit chain's anchors (trust.py).
    public_key: str | None = None
    anchor: Anchor | None = None  # the newest head, written after each audited transaction
    signed_anchor: Anchor | None = None  # the newest head a main user's session signed

    # --- reading and writing -------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise MissingKeySlots(path=str(path)) from None
        return cls.from_bytes(data, path)

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> KeySlotFile:
        """The document as `load` reads it (also from the server: server_login)."""
        try:
            raw = json.loads(data)
        except (ValueError, UnicodeDecodeError):  # cut short or overwritten: not JSON any more
            raise KeySlotsDamaged(path=str(path)) from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise NotARegister(path=str(path))
        version = raw.get("version")
        if type(version) is int and version > FORMAT_VERSION:
            raise NewerKeySlots(path=str(path))
        try:
            if version != FORMAT_VERSION:
                raise SlotProblem("version")
            register_id = raw["register_id"]
            if not isinstance(register_id, str) or not register_id:
                raise SlotProblem("register_id")
            if not isinstance(raw["slots"], list):
                raise SlotProblem("slots")
            slots = [Slot.from_json(item) for item in raw["slots"]]
            db_salt = raw.get("db_salt")
            if db_salt is not None and not (
                isinstance(db_salt, str) and len(db_salt) == 2 * SALT_BYTES
            ):
                raise SlotProblem("db_salt")
            public_key = raw.get("public_key")
            if public_key is not None and (
                not isinstance(public_key, str) or unb64(public_key, PUBLIC_KEY_BYTES) is None
            ):
                raise SlotProblem("public_key")
            anchors = []
            for name in ("anchor", "signed_anchor"):
                anchor = Anchor.from_json(raw[name]) if name in raw else None
                if name in raw and anchor is None:
                    raise SlotProblem(name)
                anchors.append(anchor)
            return cls(
                register_id=register_id,
                slots=slots,
                path=path,
                db_salt=db_salt,
                public_key=public_key,
                anchor=anchors[0],
                signed_anchor=anchors[1],
            )
        except (SlotProblem, KeyError, TypeError, AttributeError) as exc:
            what = str(exc) if isinstance(exc, SlotProblem) else type(exc).__name__
            log.warning("key-slot file refused: %s", what)  # a field name, never a value
            raise KeySlotsDamaged(path=str(path)) from None

    def to_bytes(self, db_salt: str | None = None) -> bytes:
        """The file as written; `db_salt` for a copy beside another database (a backup)."""
        document: dict[str, object] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "register_id": self.register_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        salt = db_salt or self.db_salt
        if salt is not None:
            document["db_salt"] = salt
        if self.public_key is not None:
            document["public_key"] = self.public_key
        for name, anchor in (("anchor", self.anchor), ("signed_anchor", self.signed_anchor)):
            if anchor is not None:
                document[name] = anchor.to_json()
        return json.dumps(document, indent=2).encode("utf-8")

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        assert target is not None
        atomic_write_bytes(target, self.to_bytes())
        self.path = target

    def belongs_elsewhere(self, db: Path) -> bool:
        """True only when these slots were saved beside a database with another salt."""
        actual = database_salt(db)
        return self.db_salt is not None and actual is not None and self.db_salt != actual

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

    def wrap_signing(self, kind: str, owner: str, kek: bytes, private_key: bytes) -> None:
        """Put the signing key into one slot (a main user's or the recovery slot)."""
        slot = self.find(kind, owner)
        assert slot is not None
        nonce, wrapped = crypto.wrap(private_key, kek, self._signing_aad(kind, owner))
        slot.signing_nonce, slot.signing_wrapped = nonce, wrapped

    def unwrap_signing(self, kind: str, owner: str, kek: bytes) -> bytes | None:
        """The signing key from one slot; None when the slot has none or it does not open
        (then the public key was replaced, or the slot copied from elsewhere)."""
        slot = self.find(kind, owner)
        if slot is None or not slot.signing_wrapped or self.public_key is None:
            return None
        try:
            aad = self._signing_aad(kind, owner)
            return crypto.unwrap(slot.signing_nonce, slot.signing_wrapped, kek, aad)
        except crypto.UnwrapFailed:
            return None

    def drop_signing(self, kind: str, owner: str) -> None:
        slot = self.find(kind, owner)
        if slot is not None:
            slot.signing_nonce = slot.signing_wrapped = ""

    def _signing_aad(self, kind: str, owner: str) -> bytes:
        return f"{FORMAT}|{self.register_id}|signing|{kind}|{owner}|{self.public_key}".encode()

    def kek_for_recovery(self, recovery_key: str) -> bytes:
        slot = self.find("recovery", RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKey()
        return crypto.derive_kek(crypto.normalise_recovery_key(recovery_key), slot.kdf)

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
        return self.unwrap_recovery_with_kek(self.kek_for_recovery(recovery_key))

    def unwrap_recovery_with_kek(self, kek: bytes) -> bytes:
        slot = self.find("recovery", RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKey()
        try:
            return crypto.unwrap(
                slot.nonce, slot.wrapped, kek, self._aad("recovery", RECOVERY_SLOT)
            )
        except crypto.UnwrapFailed:
            raise WrongRecoveryKey() from None
