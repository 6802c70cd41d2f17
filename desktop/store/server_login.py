"""Logging in to a register on the office server from a workstation (issue 18).

Each Kirjuri user connects as their own PostgreSQL login (`<prefix>.<username>`, server_roles)
with the login secret derived from their Kirjuri password, over TLS verified against the pinned
certificate (server_connection). The server checks the password first; then the register's key
slots, which the server keeps in the settings row `key_slots` (readable by every Kirjuri login,
written as a whole by the main user's; a clerk or reader replaces only their own slot through
kirjuri_set_own_key_slot(), server_functions), are copied into this workstation's key-slot file, whose audit
anchors stay this workstation's own: a record, outside the database, of the chain it saw.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import MissingKeySlots, UserError, WrongPassword
from desktop.store import server_roles
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import Setting
from desktop.store.server_connection import ServerUnreachable, make_engine
from desktop.store.server_profile import ServerProfile

log = logging.getLogger(__name__)
KEY_SLOTS = "key_slots"  # the settings row holding the key-slot document (without anchors)


class NoKeySlotsOnServer(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register on the server {server} cannot be opened from this workstation yet: its "
        "key slots are not on the server. The main user logs in once on the workstation the "
        "register was moved from; after that every workstation can log in.",
    )


class ServerBackupNotAvailable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A backup file of a register on the office server cannot be made from a workstation "
        "yet. The server's own backups keep the register safe: ask its administrator.",
    )


class ServerRestoreElsewhere(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A backup is not restored over the register on the office server from a workstation. "
        "The server's administrator restores it into a new, empty database on the server "
        "(kirjuri restore --url). To use a backup as a register file on this computer, choose "
        '"Register file on this computer" in the login window and restore it there.',
    )


class OwnPasswordOnServer(UserError):
    """The server has no key slots yet (the main user has not logged in since the move)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "On the office server, the main user gives you a new password (Administration → Users). "
        "Your password was not changed.",
    )


def secret_for(profile: ServerProfile, username: str, password: str) -> str:
    """The login secret of this user on this server (server_roles.login_secret)."""
    prefix = server_roles.role_prefix(profile.database)
    return server_roles.login_secret(server_roles.login(prefix, username), password)


def open_engine(profile: ServerProfile, username: str, secret: str) -> Engine:
    """The user's engine on the server, after one connection proved the login: a wrong password
    is WrongPassword; TLS or certificate problems are server_connection's own errors."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    login = server_roles.login(server_roles.role_prefix(profile.database), username)
    engine = make_engine(profile.address, login, secret, profile.pinned)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).lower()
        if "password authentication failed" in reason or "role" in reason:
            raise WrongPassword() from None
        raise ServerUnreachable(server=str(profile.address)) from None
    except (UserError, psycopg.Error):
        engine.dispose()
        raise
    return engine


def take_key_slots(engine: Engine, profile: ServerProfile, local: Path) -> None:
    """The server's key slots into this workstation's file (anchors kept); or the local file as
    it is when the server has none yet (the workstation the register was moved from)."""
    with Session(engine) as session:
        document = session.scalar(select(Setting.value).where(Setting.key == KEY_SLOTS))
    if not isinstance(document, str):
        if not local.exists():
            raise NoKeySlotsOnServer(server=str(profile.address))
        return
    incoming = KeySlotFile.from_bytes(document.encode("utf-8"), local)
    try:
        mine = KeySlotFile.load(local)
    except MissingKeySlots:
        mine = None
    except UserError:
        mine = None  # damaged here: the server's copy replaces it
    if mine is not None and mine.register_id == incoming.register_id:
        incoming.anchor, incoming.signed_anchor = mine.anchor, mine.signed_anchor
    incoming.save(local)


def publish_key_slots(
    session: Session, keyslots: KeySlotFile, changed: set[tuple[str, str]] | None = None
) -> None:
    """The key slots as every workstation should find them; anchors stay local. `changed`:
    only these (kind, owner) slots are taken from here, the others stay as the server has them
    (a clerk's own new slot, server_functions); None: the whole document (the first time)."""
    document = json.loads(keyslots.to_bytes())
    for name in ("anchor", "signed_anchor", "db_salt"):
        document.pop(name, None)
    row = session.get(Setting, KEY_SLOTS, with_for_update=True)
    if changed is not None and row is not None and isinstance(row.value, str):
        mine = {(slot["kind"], slot["owner"]): slot for slot in document["slots"]}
        kept = [
            slot
            for slot in json.loads(row.value).get("slots", [])
            if (slot.get("kind"), slot.get("owner")) not in changed
        ]
        document["slots"] = kept + [mine[key] for key in sorted(changed) if key in mine]
    encoded = json.dumps(document, indent=2)
    if row is None:
        session.add(Setting(key=KEY_SLOTS, value=encoded))
    elif row.value != encoded:
        row.value = encoded


def publish_own_slot(session: Session, keyslots: KeySlotFile, username: str) -> None:
    """A clerk's or reader's new slot onto the server, in the transaction that changes their
    login's password: both or neither. Raises OwnPasswordOnServer when the server has no
    key slots yet (the caller's transaction then rolls back)."""
    slot = keyslots.find("password", username)
    assert slot is not None
    replaced = session.execute(
        text(
            "SELECT kirjuri_set_own_key_slot(:salt, :memory_kib, :iterations, :lanes, "
            ":nonce, :wrapped)"
        ),
        {
            "salt": slot.kdf.salt,
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
            "nonce": slot.nonce,
            "wrapped": slot.wrapped,
        },
    ).scalar()
    if not replaced:
        raise OwnPasswordOnServer()


def has_key_slots(session: Session) -> bool:
    return session.get(Setting, KEY_SLOTS) is not None
