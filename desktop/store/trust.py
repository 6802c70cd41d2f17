"""Tamper evidence against someone who holds the data key (issue 15 item 6).

Every user holds the data key, so anything inside the database can be rewritten by any of them
with direct SQL, the audit chain's hashes recomputed included. Two things reach outside it:

- **Anchors.** The chain's head (how many entries, the newest one's id and hash) is written to
  the key-slot file after each transaction that audits, to each backup's manifest and to the
  audit export. Removing the newest entries, or editing one and recomputing the hashes after it,
  no longer fits the anchor.
- **The main users' signing key.** An Ed25519 key pair: the public key in the key-slot file, the
  private key wrapped only in the main users' (and the recovery key's) slots, so a clerk's
  password never unlocks it. It signs every user row (name, role, active) and the anchors a main
  user's session writes. A role changed by SQL is refused at login and reported by `check`.

What this cannot stop, and `check` therefore cannot promise: someone who replaces the key-slot
file as a whole (their own key pair, rows signed anew) — the next main user's login then finds
that their slot's key no longer fits the public key and reports it; and entries removed after
the last anchor a main user signed, by someone who also rewrites the unsigned anchor.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

if TYPE_CHECKING:  # the key slots need this module before the login, SQLAlchemy after it
    from sqlalchemy.orm import Session

    from desktop.store.models import User

SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32
PRIVATE_KEY_BYTES = 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError, binascii.Error):
        return None
    return raw if len(raw) == size else None


# --- the key pair -------------------------------------------------------------------------------
def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def signing_key_from(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_text(key: Ed25519PrivateKey) -> str:
    return b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return b64(key.sign(payload))


def verify(public_key: str, payload: bytes, signature: str | None) -> bool:
    raw_key = unb64(public_key, PUBLIC_KEY_BYTES)
    raw_signature = unb64(signature or "", SIGNATURE_BYTES)
    if raw_key is None or raw_signature is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- user rows ----------------------------------------------------------------------------------
def user_payload(register_id: str, user: User) -> bytes:
    """What a user row's signature covers: who they are, their role, whether they may log in."""
    fields = ["kirjuri-user", register_id, str(user.id), user.username, user.role]
    return "|".join([*fields, "1" if user.active else "0"]).encode("utf-8")


def sign_user(key: Ed25519PrivateKey, register_id: str, user: User) -> None:
    user.signature = sign(key, user_payload(register_id, user))


def user_signed(public_key: str | None, register_id: str, user: User) -> bool:
    """True when the row carries a valid signature, or the register has no signing key yet
    (made by a version before it; the first main user's login gives it one)."""
    if public_key is None:
        return True
    return verify(public_key, user_payload(register_id, user), user.signature)


def unsigned_users(session: Session, public_key: str | None, register_id: str) -> list[str]:
    """`check`: each user row whose signature does not fit, by id and name (no personal data
    beyond the user name, which the audit log names anyway)."""
    from sqlalchemy import select

    from desktop.store.models import User

    return [
        f"user {user.id} ({user.username}): role or status not signed by a main user"
        for user in session.scalars(select(User).order_by(User.id))
        if not user_signed(public_key, register_id, user)
    ]


# --- anchors ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    """The chain's head at one moment: `entries` up to and including entry `last_id`, whose
    hash is `hash`. `signature` when a main user's session wrote it."""

    entries: int
    last_id: int
    hash: str
    signature: str | None = None

    def payload(self, register_id: str) -> bytes:
        return f"kirjuri-anchor|{register_id}|{self.entries}|{self.last_id}|{self.hash}".encode()

    def signed(self, key: Ed25519PrivateKey, register_id: str) -> Anchor:
        return Anchor(self.entries, self.last_id, self.hash, sign(key, self.payload(register_id)))

    def to_json(self) -> dict[str, object]:
        document: dict[str, object] = {
            "entries": self.entries,
            "last_id": self.last_id,
            "hash": self.hash,
        }
        if self.signature:
            document["signature"] = self.signature
        return document

    @classmethod
    def from_json(cls, raw: object) -> Anchor | None:
        """None when `raw` is not an anchor (the caller says the file was edited)."""
        if not isinstance(raw, dict):
            return None
        entries, last_id, digest = raw.get("entries"), raw.get("last_id"), raw.get("hash")
        signature = raw.get("signature")
        if type(entries) is not int or type(last_id) is not int or entries < 0 or last_id < 0:
            return None
        if not isinstance(digest, str) or len(digest) != 64:
            return None
        if signature is not None and not isinstance(signature, str):
            return None
        return cls(entries, last_id, digest, signature)


def head(session: Session) -> Anchor | None:
    """The chain's head as the database holds it now; None for an empty chain."""
    from sqlalchemy import func, select

    from desktop.store.models import AuditEntry

    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if last is None:
        return None
    entries = session.scalar(select(func.count(AuditEntry.id))) or 0
    return Anchor(int(entries), int(last[0]), str(last[1]))


def head_of_connection(connection: Any) -> Anchor | None:
    """The same, through a raw DB-API connection (a backup's copy)."""
    last = connection.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return None
    entries = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return Anchor(int(entries), int(last[0]), str(last[1]))


def anchor_problem(session: Session, anchor: Anchor, what: str) -> str | None:
    """Does the chain in the database still hold what the anchor saw? Checked cheaply (the
    anchored entry and the count up to it); `check` also walks the whole chain."""
    from sqlalchemy import func, select

    from desktop.store.models import AuditEntry

    row = session.execute(
        select(AuditEntry.hash).where(AuditEntry.id == anchor.last_id)
    ).scalar_one_or_none()
    if row is None:
        return f"{what}: audit entry {anchor.last_id} is missing (entries were removed)"
    if row != anchor.hash:
        return f"{what}: audit entry {anchor.last_id} differs from the anchored hash"
    counted = session.scalar(
        select(func.count(AuditEntry.id)).where(AuditEntry.id <= anchor.last_id)
    )
    if counted != anchor.entries:
        return f"{what}: {counted} audit entries up to {anchor.last_id}, anchored {anchor.entries}"
    return None


def signed_anchor_problem(anchor: Anchor, public_key: str | None, register_id: str) -> str | None:
    if public_key is None or anchor.signature is None:
        return None
    if not verify(public_key, anchor.payload(register_id), anchor.signature):
        return "signed anchor: the signature does not fit the main users' key"
    return None
