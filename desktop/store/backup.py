"""Making a backup, keeping the last N on a medium, and restoring one over the register.

See backup_format.py for what a backup holds. Making one: the database's encrypted pages are
copied inside one read transaction (a consistent snapshot while Kirjuri is in use; see
backup_copy.py), the row counts are taken in the same snapshot, everything is fsynced once,
checked by reading it back (cipher_integrity_check, integrity_check, counts), and only then
renamed to its final name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import Translate, UserError
from desktop.private_files import (
    copy_file,
    create_file,
    make_folder,
    make_private,
)
from desktop.store import trust
from desktop.store.atomic import fsync_directory
from desktop.store.backup_copy import Progress as Progress
from desktop.store.backup_copy import take_snapshot
from desktop.store.backup_format import (
    DB_NAME,
    FORMAT,
    FORMAT_VERSION,
    KEYS_NAME,
    MANIFEST_NAME,
    PARTIAL_MARK,
    Finding,
    Manifest,
    VerifyResult,
    backup_name,
    backups_in,
    check_database,
    iter_partials,
    open_backup_db,
    read_manifest,
    sha256_of,
    verify_backup,
)
from desktop.store.keyslots import database_salt
from desktop.store.register import Register, RegisterFiles
from desktop.store.restore_journal import commit_restore

STEP_PAGES = 8192  # 32 MiB per step: progress, and other connections can keep writing between
STALE_PARTIAL_SECONDS = 3600
DEFAULT_KEEP = 10


class BackupDiskFull(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup did not fit on {path}: the disk is full. The backup was not made and the "
        "earlier backups are untouched. Free some space or choose another drive.",
    )
    exit_code = 7


class BackupMediumFailed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup could not be written to {path}: the drive was removed or cannot be written "
        "to. The backup was not made and the earlier backups are untouched.",
    )
    exit_code = 7


class BackupNotWhole(UserError):
    """`findings` are rendered in the language of the message that holds them (issue 15 item
    14: no English reasons inside a Finnish sentence); `reasons` is for file names only."""

    message = QT_TRANSLATE_NOOP("Errors", "The backup {path} is not whole: {reasons}")
    exit_code = 5

    def __init__(self, *, path: str, findings: Sequence[Finding] = (), reasons: str = "") -> None:
        super().__init__(None, path=path, reasons=reasons)
        self.findings = list(findings)

    def text(self, translate: Translate | None = None) -> str:
        if self.findings:
            rendered = " ".join(finding.render(translate) for finding in self.findings)
            self.params = {**self.params, "reasons": rendered}
        return super().text(translate) if translate else super().text()


class NotABackup(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "{path} is not a Kirjuri backup.")
    exit_code = 4


@dataclass(frozen=True)
class BackupDone:
    path: Path
    made_at: datetime
    manifest: Manifest
    removed: tuple[Path, ...]  # older backups removed to keep the last N
    seconds: float
    keep: int = DEFAULT_KEEP


def _medium_error(exc: BaseException, folder: Path) -> UserError | None:
    """A full or vanished medium, said plainly; None for anything else (a bug)."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return BackupDiskFull(path=str(folder))
        return BackupMediumFailed(path=str(folder))
    if isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError):
        text = str(exc).lower()
        if "full" in text:
            return BackupDiskFull(path=str(folder))
        if any(s in text for s in ("i/o", "unable to open", "readonly", "read-only")):
            return BackupMediumFailed(path=str(folder))
    return None


def _fsync_file(path: Path, *, drop_cache: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        if drop_cache and hasattr(os, "posix_fadvise"):
            # The check that follows then reads what is on the medium, not what is in memory.
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with create_file(path) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def create_backup(
    register: Register,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    progress: Progress | None = None,
    step_pages: int = STEP_PAGES,
    origin: str | None = None,
) -> BackupDone:
    """Back the register up into `folder`, verify it, then keep only the newest `keep`.
    `origin` "server": the file backed up is a snapshot of a register on a server (the manifest
    says so, for the choice of where to restore it)."""
    began = time.perf_counter()
    made_at = (now or datetime.now()).replace(microsecond=0)
    name = backup_name(made_at.strftime("%Y%m%d-%H%M%S"))
    final = folder / name
    while final.exists():  # two backups in the same second: the second waits its turn
        made_at += timedelta(seconds=1)
        final = folder / backup_name(made_at.strftime("%Y%m%d-%H%M%S"))
    partial = folder / f".{final.name}{PARTIAL_MARK}{secrets.token_hex(4)}"
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
        _remove_stale_partials(folder)
        partial.mkdir(mode=0o700)
        make_private(partial)  # the key slots inside must not be readable by other users
        counts, revision = take_snapshot(register, partial / DB_NAME, progress, step_pages)
        _fsync_file(partial / DB_NAME, drop_cache=True)  # the one fsync of the database
        if progress is not None:
            progress("verify", 0, 1)
        # The database is read back from the medium three ways at once: its SHA-256 for the
        # manifest, SQLCipher's page check, and SQLite's check followed by the row counts
        # (compared with those taken in the snapshot). The key slots are written meanwhile.
        with ThreadPoolExecutor(max_workers=2) as pool:
            db_hash = pool.submit(sha256_of, partial / DB_NAME)
            checked = pool.submit(check_database, partial / DB_NAME, register.backup_key(), counts)
            # The key slots as they are, with the salt of the copy they now sit beside and the
            # audit chain's head as the copy holds it (store/trust.py).
            anchor = _anchor_of_copy(register, partial / DB_NAME)
            _write_synced(partial / KEYS_NAME, _backup_keys(register, partial / DB_NAME, anchor))
            hashes = {DB_NAME: db_hash.result(), KEYS_NAME: sha256_of(partial / KEYS_NAME)}
            findings = checked.result()
        if findings:
            raise BackupNotWhole(path=str(final), findings=findings)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kirjuri_version": __version__,
            "schema_revision": revision,
            "created_at": made_at.astimezone().isoformat(),
            "register_id": register.register_id,
            "tables": counts,
            "audit_anchor": anchor.to_json() if anchor is not None else None,
            **({"origin": origin} if origin else {}),
            "files": {
                file: {"size": (partial / file).stat().st_size, "sha256": hashes[file]}
                for file in (DB_NAME, KEYS_NAME)
            },
        }
        _write_synced(partial / MANIFEST_NAME, json.dumps(manifest, indent=2).encode("utf-8"))
        fsync_directory(partial)
        # The manifest read back as verify reads it (the files were checked just above).
        result = VerifyResult(partial, read_manifest(partial)[0])
        if result.manifest is None:
            raise BackupNotWhole(path=str(final), reasons=MANIFEST_NAME)
        os.rename(partial, final)
        fsync_directory(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(partial)
        if isinstance(exc, UserError):
            raise
        known = _medium_error(exc, folder)
        if known is None:
            raise
        raise known from exc
    if progress is not None:
        progress("verify", 1, 1)
    removed = prune(folder, keep)
    assert result.manifest is not None
    seconds = time.perf_counter() - began
    return BackupDone(final, made_at, result.manifest, removed, seconds, keep)


def _remove_stale_partials(folder: Path) -> None:
    """What a killed backup left behind; recent ones may belong to a backup still running."""
    for partial in iter_partials(folder):
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                shutil.rmtree(partial)


def prune(folder: Path, keep: int) -> tuple[Path, ...]:
    """Remove the oldest of Kirjuri's own backups beyond `keep`. Nothing else is touched."""
    backups = backups_in(folder)
    extra = backups[: max(0, len(backups) - max(1, keep))]
    removed = []
    for old in extra:
        try:
            for file in (DB_NAME, KEYS_NAME, MANIFEST_NAME):
                (old / file).unlink(missing_ok=True)
            old.rmdir()  # refuses if someone put their own files inside: then it stays
        except OSError:
            continue
        removed.append(old)
    if removed:
        with contextlib.suppress(OSError):
            fsync_directory(folder)
    return tuple(removed)


def check_backup(path: Path, data_key: bytes | None = None) -> VerifyResult:
    """verify_backup, refusing a folder that is not a backup at all."""
    if not path.is_dir():
        raise NotABackup(path=str(path))
    return verify_backup(path, data_key)


# --- restoring ----------------------------------------------------------------------------------
def restore_backup(
    backup: Path, files: RegisterFiles, data_key: bytes, *, now: datetime | None = None
) -> Path | None:
    """Replace the register at `files` with a verified backup. The register must be closed and
    locked by the caller. Returns where the register as it was is kept (None if there was none).

    The backup is first copied beside the register under temporary names and checked against
    its manifest, so the final step is renames within one folder, journalled (restore_journal.py)
    so that a crash between them is finished on the next opening. The register as it was is
    copied first, with its side files.
    """
    result = verify_backup(backup, data_key)
    if not result.ok:
        raise BackupNotWhole(path=str(backup), findings=result.findings)
    assert result.manifest is not None
    expected = {
        name: str(result.manifest.files[name].get("sha256")) for name in (DB_NAME, KEYS_NAME)
    }
    folder = files.db.parent
    make_folder(folder, own=False)
    token = secrets.token_hex(4)
    staged_db = folder / f".{files.db.name}.restore-{token}"
    staged_keys = folder / f".{files.keys.name}.restore-{token}"
    kept: Path | None = None
    try:
        for name, target in ((DB_NAME, staged_db), (KEYS_NAME, staged_keys)):
            copy_file(backup / name, target)
            _fsync_file(target, drop_cache=True)
            # The copy read back from the disk: the journal vouches for it by this hash.
            if sha256_of(target) != expected[name]:
                raise BackupNotWhole(path=str(backup), reasons=name)
        if files.db.exists():
            kept = _keep_current(files, now or datetime.now())
    except BaseException:
        for staged in (staged_db, staged_keys):
            with contextlib.suppress(OSError):
                staged.unlink()
        raise
    # From here a crash is finished (or undone) by restore_journal.settle on the next opening.
    sums = {"db": expected[DB_NAME], "keys": expected[KEYS_NAME]}
    commit_restore(files.db, staged_db, staged_keys, kept, sums)
    return kept


def _keep_current(files: RegisterFiles, now: datetime) -> Path:
    """The register as it was, still encrypted, like the copy kept before a schema upgrade."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    copy = files.db.with_name(f"{files.db.stem}.before-restore-{stamp}{files.db.suffix}")
    _copy_private(files.db, copy)
    if files.keys.exists():
        _copy_private(files.keys, copy.with_name(copy.name + ".keys"))
    for side in files.companions():
        if side.exists():
            _copy_private(side, copy.with_name(copy.name + side.name[len(files.db.name) :]))
    for path in copy.parent.glob(copy.name + "*"):
        _fsync_file(path)
    fsync_directory(copy.parent)
    return copy


def _anchor_of_copy(register: Register, db: Path) -> trust.Anchor | None:
    connection = open_backup_db(db, register.backup_key())
    try:
        anchor = trust.head_of_connection(connection)
    finally:
        connection.close()
    if anchor is not None and register.signing_key is not None:
        anchor = anchor.signed(register.signing_key, register.register_id)
    return anchor


def _backup_keys(register: Register, db: Path, anchor: trust.Anchor | None) -> bytes:
    slots = dataclasses.replace(register.keyslots)
    slots.anchor = anchor
    signed = slots.signed_anchor
    if anchor is not None and anchor.signature:
        slots.signed_anchor = anchor
    elif signed is not None and (anchor is None or signed.last_id > anchor.last_id):
        slots.signed_anchor = None  # signed after the copy was taken: not the copy's
    return slots.to_bytes(db_salt=database_salt(db))


def _copy_private(source: Path, target: Path) -> None:
    """Like shutil.copy2 (a copy of the same second is replaced, times kept), but private."""
    target.unlink(missing_ok=True)
    copy_file(source, target, keep_times=True)
