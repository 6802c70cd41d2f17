"""Where a register lives, its lock, and the cleanup of inits that died: what the program needs
before the login window, so none of it imports SQLAlchemy (issue 19: a light cold start).
store/register.py holds the register itself and re-exports these names."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import filelock

from desktop.errors import ReadOnlyLocation, RegisterInUse, UserError
from desktop.private_files import FILE_MODE, process_alive, temp_owner
from desktop.store.atomic import fsync_directory
from desktop.store.keyslots import KeySlotFile, database_salt

INIT_KIND = "init"  # the temporary folder a new register is built in (register.build_aside)


@dataclass(frozen=True)
class RegisterFiles:
    """Where one register lives. The key slots and the lock sit beside the database.

    `server` is the PostgreSQL address (postgresql://...) when the data lives on a server; `db`
    then names no file, only where the key slots and the lock are kept."""

    db: Path
    server: str | None = None

    @property
    def on_server(self) -> bool:
        return self.server is not None

    @property
    def keys(self) -> Path:
        return self.db.with_name(self.db.name + ".keys")

    @property
    def lock(self) -> Path:
        return self.db.with_name(self.db.name + ".lock")

    def companions(self) -> list[Path]:
        """SQLite's own side files; they are encrypted too, but go with the register."""
        return [self.db.with_name(self.db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]

    def exists(self) -> bool:
        return self.keys.exists() if self.on_server else self.db.exists() or self.keys.exists()


class RegisterLock:
    """One running Kirjuri per register. The OS drops the lock if the process dies."""

    def __init__(self, files: RegisterFiles) -> None:
        self._lock = filelock.FileLock(str(files.lock), timeout=0, mode=FILE_MODE)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise RegisterInUse() from None
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ReadOnlyLocation(path=str(Path(self._lock.lock_file).parent)) from None
            raise

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> RegisterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def settle_interrupted_init(files: RegisterFiles) -> None:
    """Folders of inits whose process died: removed, except that a kill between the two final
    renames (key slots in place, database still aside) is finished, the register being whole."""
    prefix = f"kirjuri-{INIT_KIND}-"
    try:
        folders = [p for p in files.db.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for folder in folders:
        pid = temp_owner(folder.name)
        if pid is None or process_alive(pid) or not folder.is_dir():
            continue
        built = RegisterFiles(folder / files.db.name)
        if not files.db.exists() and files.keys.exists() and built.db.exists():
            with contextlib.suppress(UserError):
                salt = KeySlotFile.load(files.keys).db_salt
                if salt is not None and salt == database_salt(built.db):
                    os.replace(built.db, files.db)
                    fsync_directory(files.db.parent)
        shutil.rmtree(folder, ignore_errors=True)
