"""The backup of a register on the office's PostgreSQL server: the same verified, encrypted
.kbak a file register makes, so `kirjuri verify` and `kirjuri restore` take it unchanged.

The server has no file to copy page by page, so the register is first exported (register_move's
copy_to_file) in one REPEATABLE READ snapshot into a new SQLCipher file, keyed with the
register's data key, in a private temporary folder; every row count, stored file hash and the
audit chain are checked there. That file is then backed up as any file register is, and the
folder is removed afterwards, also when anything fails. Nothing is written to the disk in
plaintext: the temporary register is encrypted page by page like every register file.

Restoring into the server runs the other way: the backup is restored (verified) into a temporary
file register, and that file is moved into an empty server database (copy_to_server).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.private_files import temp_folder
from desktop.store.backup import DEFAULT_KEEP, BackupDone, Progress, create_backup
from desktop.store.register import Register, RegisterFiles, open_register
from desktop.store.register_move import Copied, copy_to_file, copy_to_server
from desktop.store.server_admin import AdminAddress, unreachable_as_user_error

ORIGIN_SERVER = "server"  # the manifest's "origin" of a backup taken from a server register
TEMP_KIND = "server-backup"
TEMP_NAME = "snapshot.kirjuri"
After = Callable[[Session], None]


def _nothing_added(_session: Session) -> None:
    """The snapshot stays the server register as it was: no entry of its own in the copy (the
    backup is audited on the server register itself)."""


def create_server_backup(
    register: Register,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    progress: Progress | None = None,
    temp_parent: Path | None = None,
) -> BackupDone:
    """Back the server register up into `folder` as a verified .kbak."""
    assert register.files.server is not None
    private = temp_folder(temp_parent, kind=TEMP_KIND)  # 0700, removed below whatever happens
    try:

        def copying(_table: str, done: int, total: int) -> None:
            if progress is not None:
                progress("copy", done, total)

        with unreachable_as_user_error(AdminAddress(register.files.server)):
            copied = copy_to_file(
                register.engine,
                register.files.keys,
                register.backup_key(),
                private / TEMP_NAME,
                after=_nothing_added,
                signing_key=register.signing_key,
                progress=copying,
            )
        key = register.backup_key()
        snapshot = open_register(copied.files, lambda _slots: key)
        try:
            snapshot.signing_key = register.signing_key
            return create_backup(
                snapshot, folder, keep=keep, now=now, progress=progress, origin=ORIGIN_SERVER
            )
        finally:
            snapshot.close()
    finally:
        shutil.rmtree(private, ignore_errors=True)


def restore_into_server(
    restore_file: Callable[[RegisterFiles], None],
    data_key: bytes,
    address: AdminAddress,
    server_place: Path,
    *,
    after: After,
    progress: Callable[[str, int, int], None] | None = None,
    temp_parent: Path | None = None,
) -> Copied:
    """`restore_file` restores the (verified) backup into the temporary file register it is
    given; that register is then copied into the empty database at `address`, checked, and its
    key slots written to `server_place`.keys. The temporary folder is removed afterwards."""
    private = temp_folder(temp_parent, kind=TEMP_KIND)
    try:
        files = RegisterFiles(private / TEMP_NAME)
        restore_file(files)
        register = open_register(files, lambda _slots: data_key)
        try:
            return copy_to_server(
                register.engine,
                files.keys,
                address,
                server_place,
                after=after,
                progress=progress,
            )
        finally:
            register.close()
    finally:
        shutil.rmtree(private, ignore_errors=True)
