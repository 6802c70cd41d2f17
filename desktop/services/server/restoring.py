"""Restoring a backup into an empty database on the office's PostgreSQL server (issue 18).

A backup is unlocked as for a file restore (register/restore.py: a main user's password or the
recovery key; a clerk's or reader's password is refused), verified and restored into a private
temporary file register, which is then copied into the empty server database with every row,
stored file hash and the audit chain checked (the move's path). The server register's key slots
are written to `server_place`.keys, where workstations open it from. A failure leaves the
server database empty; the temporary file is removed in any case.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.services.register.restore import UnlockedBackup, restore
from desktop.store import audit
from desktop.store.register import RegisterFiles
from desktop.store.register_copy import CopyReport, Progress
from desktop.store.server_admin import AdminAddress
from desktop.store.server_backup import restore_into_server

RESTORED_TO_SERVER = "register_restored_to_server"


@dataclass(frozen=True)
class ServerRestoreResult:
    files: RegisterFiles  # the register on the server and its key file
    report: CopyReport
    seconds: float


def restore_to_server(
    unlocked: UnlockedBackup,
    address: AdminAddress,
    server_place: Path,
    *,
    progress: Progress | None = None,
    temp_parent: Path | None = None,
) -> ServerRestoreResult:
    began = time.perf_counter()

    def restore_file(files: RegisterFiles) -> None:
        restore(unlocked, files)  # verified; "register_restored" in the restored chain

    def after(session: Session) -> None:
        audit.append(
            session,
            audit.Actor(None, unlocked.unlocked_by),
            RESTORED_TO_SERVER,
            entity="backup",
            entity_id=unlocked.path.name,
            at=datetime.now(),
        )

    copied = restore_into_server(
        restore_file,
        unlocked.data_key,
        address,
        server_place,
        after=after,
        progress=progress,
        temp_parent=temp_parent,
    )
    return ServerRestoreResult(copied.files, copied.report, time.perf_counter() - began)
