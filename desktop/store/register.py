"""Opening, creating and holding an encrypted register: the database file plus its key slots."""

from __future__ import annotations

import contextlib
import errno
import hmac
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import filelock
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import (
    NotARegister,
    ReadOnlyLocation,
    RegisterExists,
    RegisterInUse,
    RegisterMissing,
    WrongPassword,
)
from desktop.private_files import FILE_MODE, make_folder
from desktop.store import crypto, restore_journal, schema
from desktop.store.engine import (
    make_engine,
    open_connection,
    refuse_plain_sqlite,
    translated_errors,
)
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import RegisterInfo
from desktop.store.partial_files import PartialFiles, journal_for

REGISTER_SUFFIX = ".kirjuri"
_Result = TypeVar("_Result")  # what a key-slot change returns (a new KEK, or None)


@dataclass(frozen=True)
class RegisterFiles:
    """Where one register lives. The key slots and the lock sit beside the database."""

    db: Path

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
        return self.db.exists() or self.keys.exists()


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


class Register:
    """An unlocked register. Holds the data key in memory for as long as it is open."""

    def __init__(
        self, files: RegisterFiles, keyslots: KeySlotFile, data_key: bytes, engine: Engine
    ) -> None:
        self.files = files
        self.keyslots = keyslots
        self._data_key = data_key
        self.engine = engine
        self._immediate = engine.execution_options(immediate=True)
        self.upgraded_from_copy: Path | None = None
        # Set when opening found an interrupted restore and settled it (see restore_journal).
        self.settled_restore: str | None = None

    @property
    def register_id(self) -> str:
        return self.keyslots.register_id

    # --- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with translated_errors(self.files.db), Session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction, all or nothing. Environment failures become UserErrors."""
        with translated_errors(self.files.db), Session(self._immediate) as session, session.begin():
            yield session

    @property
    def partial_files(self) -> PartialFiles:
        """The journal of files being written outside the register (see partial_files)."""
        return PartialFiles(journal_for(self.files.db))

    def open_raw(self) -> Any:
        """A new keyed DB-API connection outside the pool: the backup reads through it."""
        return open_connection(self.files.db, self._data_key)

    def backup_key(self) -> bytes:
        """A backup is keyed with the register's own data key, so its key slots open it."""
        return self._data_key

    def is_demo(self) -> bool:
        with self.read() as session:
            return bool(session.scalar(select(RegisterInfo.is_demo)))

    # --- key slots -----------------------------------------------------------------------------
    def check_password(self, username: str, password: str) -> bytes:
        """Returns the user's key-encryption key when the password opens their slot."""
        kek = self.keyslots.kek_for_password(username, password)
        self.check_kek(username, kek)
        return kek

    def check_kek(self, username: str, kek: bytes) -> None:
        key = self.keyslots.unwrap_with_kek(username, kek)
        if not hmac.compare_digest(key, self._data_key):
            raise WrongPassword()

    def check_recovery_key(self, recovery_key: str) -> None:
        key = self.keyslots.unwrap_with_recovery(recovery_key)
        if not hmac.compare_digest(key, self._data_key):
            raise WrongPassword()

    def set_password(self, username: str, password: str) -> bytes:
        """Rewrap only this user's slot. The file is replaced atomically."""
        return self._change_slots(
            lambda slots: slots.set_password(username, password, self._data_key)
        )

    def set_recovery_key(self, recovery_key: str) -> None:
        self._change_slots(lambda slots: slots.set_recovery(recovery_key, self._data_key))

    def remove_slot(self, username: str) -> None:
        self._change_slots(lambda slots: slots.remove(username))

    def _change_slots(self, change: Callable[[KeySlotFile], _Result]) -> _Result:
        result = change(self.keyslots)
        try:
            self.keyslots.save()
        except OSError:
            # Keep memory in step with the disk: the old file is still whole.
            self.keyslots = KeySlotFile.load(self.files.keys)
            raise
        return result

    def close(self) -> None:
        self.engine.dispose()
        self._data_key = b""


def open_register(files: RegisterFiles, unlock: Callable[[KeySlotFile], bytes]) -> Register:
    """Unlock the key slots with `unlock`, open the database and bring its schema up to date."""
    settled = restore_journal.settle(files.db)  # before anything is read from the files
    # What a killed export left half-written goes first (the caller holds the RegisterLock, so
    # no other Kirjuri is writing for this register now).
    PartialFiles(journal_for(files.db)).sweep()
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    refuse_plain_sqlite(files.db)
    keyslots = KeySlotFile.load(files.keys)
    data_key = unlock(keyslots)
    engine = make_engine(files.db, data_key)
    try:
        with translated_errors(files.db):
            with engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            copy = schema.ensure_current(engine, files.db, files.keys)
            with Session(engine) as session:
                stored_id = session.scalar(select(RegisterInfo.register_id))
        if stored_id != keyslots.register_id:
            raise NotARegister(path=str(files.db))
    except BaseException:
        engine.dispose()
        raise
    register = Register(files, keyslots, data_key, engine)
    register.upgraded_from_copy = copy
    register.settled_restore = settled
    return register


def create_register(files: RegisterFiles, *, is_demo: bool = False) -> tuple[Register, str]:
    """A new, empty register and its recovery key (shown to the user once, never stored)."""
    if files.exists():
        raise RegisterExists(path=str(files.db))
    make_folder(files.db.parent, own=False)
    data_key = crypto.new_data_key()
    keyslots = KeySlotFile(register_id=str(uuid.uuid4()))
    recovery_key = crypto.new_recovery_key()
    keyslots.set_recovery(recovery_key, data_key)
    engine = make_engine(files.db, data_key)
    try:
        with translated_errors(files.db):
            schema.upgrade(engine)
            with Session(engine) as session, session.begin():
                session.add(
                    RegisterInfo(
                        register_id=keyslots.register_id,
                        created_at=datetime.now(),
                        created_by_version=__version__,
                        is_demo=is_demo,
                        suppression_key=secrets.token_hex(32),
                    )
                )
            keyslots.save(files.keys)
    except BaseException:
        engine.dispose()
        remove_register_files(files)
        raise
    return Register(files, keyslots, data_key, engine), recovery_key


def remove_register_files(files: RegisterFiles) -> None:
    for path in (files.db, files.keys, *files.companions()):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
