"""Restoring a backup: unlock it with a main user's password or the recovery key, verify it,
and put it in place of the register, keeping the register as it was.

No one needs to be logged in: on a new computer there is no register yet. Restoring replaces
everything, so a password opens the way only when it belongs to an active main user of the
backup; a clerk's or reader's password is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role
from desktop.core.settings import LAST_BACKUP_AT
from desktop.errors import NewerRegister, UserError
from desktop.services.register.backups import parse_time
from desktop.store import audit, schema
from desktop.store.backup import BackupNotWhole, NotABackup, restore_backup
from desktop.store.backup_format import (
    DB_NAME,
    KEYS_NAME,
    VerifyResult,
    backups_in,
    is_backup_name,
    open_backup_db,
    read_manifest,
    verify_structure,
)
from desktop.store.backup_format import Manifest as Manifest  # what backups_found lists
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import Setting
from desktop.store.register import RegisterFiles as RegisterFiles  # where restore() puts it
from desktop.store.register import open_register


class RestoreNeedsMainUser(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Only a main user of the backup, or the recovery key, can restore it. Log in as a main "
        "user or use the recovery key.",
    )
    exit_code = 9


@dataclass(frozen=True)
class UnlockedBackup:
    path: Path
    manifest: Manifest
    data_key: bytes
    unlocked_by: str  # the user name, or "recovery-key"


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    kept_copy: Path | None  # the register as it was before, if there was one


def backups_found(folder: Path) -> list[tuple[Path, Manifest]]:
    """`folder` itself when it is a backup, else the backups in it: newest first, each with its
    manifest; one whose manifest cannot be read is left out."""
    found = [folder] if is_backup_name(folder.name) else backups_in(folder)
    listed = []
    for path in reversed(found):
        manifest, _problem = read_manifest(path)
        if manifest is not None:
            listed.append((path, manifest))
    return listed


def check_structure(backup: Path) -> VerifyResult:
    """The checksums and the manifest, before anyone is asked for a password."""
    return verify_structure(backup)


def backup_usernames(backup: Path) -> list[str]:
    """From the backup's key file, so the wizard can list them before anything is unlocked."""
    try:
        return KeySlotFile.load(backup / KEYS_NAME).usernames()
    except UserError:
        return []


def _structure(backup: Path) -> Manifest:
    if not backup.is_dir():
        raise NotABackup(path=str(backup))
    result = check_structure(backup)
    if not result.ok:
        raise BackupNotWhole(path=str(backup), findings=result.findings)
    assert result.manifest is not None
    # Checked before anything is replaced: this version could not open it afterwards.
    if result.manifest.schema_revision not in schema.known_revisions():
        raise NewerRegister()
    return result.manifest


def unlock_with_password(backup: Path, username: str, password: str) -> UnlockedBackup:
    manifest = _structure(backup)
    name = username.strip().lower()
    key = KeySlotFile.load(backup / KEYS_NAME).unwrap_with_password(name, password)
    connection = open_backup_db(backup / DB_NAME, key)
    try:
        row = connection.execute(
            "SELECT role, active FROM users WHERE username = ?", (name,)
        ).fetchone()
    finally:
        connection.close()
    if row is None or row[0] != Role.ADMIN.value or not row[1]:
        raise RestoreNeedsMainUser()
    return UnlockedBackup(backup, manifest, key, name)


def unlock_with_recovery_key(backup: Path, recovery_key: str) -> UnlockedBackup:
    manifest = _structure(backup)
    key = KeySlotFile.load(backup / KEYS_NAME).unwrap_with_recovery(recovery_key)
    return UnlockedBackup(backup, manifest, key, "recovery-key")


def restore(unlocked: UnlockedBackup, files: RegisterFiles) -> RestoreResult:
    """The register at `files` must be closed and locked (RegisterLock) by the caller."""
    kept = restore_backup(unlocked.path, files, unlocked.data_key)
    # Open it once: an older schema is upgraded here (keeping its own copy), and the restore is
    # written to the restored register's audit log.
    register = open_register(files, lambda _slots: unlocked.data_key)
    try:
        with register.write() as session:
            audit.append(
                session,
                audit.Actor(None, unlocked.unlocked_by),
                "register_restored",
                entity="backup",
                entity_id=unlocked.path.name,
                at=datetime.now(),
            )
            _remember_backup_time(session, unlocked.manifest)
    finally:
        register.close()
    return RestoreResult(unlocked.manifest, kept)


def _remember_backup_time(session: Session, manifest: Manifest) -> None:
    """The backup was taken before its own time was written into the register: without this
    the restored register would say "no backup yet" although the backup it came from is whole
    and verified."""
    made = parse_time(manifest.created_at)
    if made is None:
        return
    if made.tzinfo is not None:
        made = made.astimezone().replace(tzinfo=None)  # stored like BackupService stores it
    row = session.get(Setting, LAST_BACKUP_AT.key)
    known = parse_time(str(row.value)) if row is not None and row.value else None
    if known is not None and known.tzinfo is not None:
        known = known.astimezone().replace(tzinfo=None)
    if known is not None and known >= made:
        return
    if row is None:
        session.add(Setting(key=LAST_BACKUP_AT.key, value=made.isoformat()))
    else:
        row.value = made.isoformat()
