"""The SQLCipher engine: every connection is keyed with the raw 256-bit data key.

Transactions are begun by us (the pysqlite driver's own BEGIN handling is switched off) so that a
write session can start with BEGIN IMMEDIATE: the audit chain reads its last hash and appends in
one transaction that no other writer can interleave.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from desktop.errors import (
    CorruptRegister,
    DiskFull,
    NotARegister,
    ReadOnlyLocation,
    ServerUnreachable,
    UserError,
)
from desktop.private_files import make_private, prepare_file
from desktop.store.dialect import lost_connection

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
NEARLY_FULL_BYTES = 1 << 20  # less free space than this beside the register: the disk is full


def _pragmas(connection: Any, data_key: bytes) -> None:
    # SQLCipher's own log writes lines such as "ERROR CORE ... hmac check failed" straight to
    # standard error, where a command's user takes them for a crash: Kirjuri says it itself.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    # Temporary tables and sort spills stay in memory: nothing lands in a temp file.
    connection.execute("PRAGMA temp_store = MEMORY")
    # WAL pages are encrypted like the main file; readers do not block the writer.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 10000")
    connection.execute("PRAGMA synchronous = NORMAL")
    # Every page read from disk is decrypted again; a 64 MiB cache keeps broad searches (a
    # common surname, "040") within the 50 ms budget (benchmarks/ measured 144 → ~45 ms p95).
    connection.execute("PRAGMA cache_size = -65536")
    # Erased data must not linger in free pages (they are encrypted, but erasure means gone).
    connection.execute("PRAGMA secure_delete = ON")


def open_connection(db_path: Path, data_key: bytes) -> Any:
    """A raw DB-API connection, keyed. Used by the engine and by the integrity check."""
    connection = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    _pragmas(connection, data_key)
    return connection


def refuse_plain_sqlite(db_path: Path) -> None:
    """An unencrypted SQLite file starts with a readable header; a Kirjuri register never does."""
    with contextlib.suppress(FileNotFoundError), db_path.open("rb") as handle:
        if handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
            raise NotARegister(path=str(db_path))


def make_private_database(db_path: Path) -> None:
    """The database file exists and is private before SQLite opens it: SQLite would create it
    with the umask's mode, and gives its -wal and -shm the mode of the database file."""
    try:
        prepare_file(db_path)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(path=str(db_path.parent)) from exc
        raise
    for suffix in ("-wal", "-shm", "-journal"):  # left by an earlier version with 0644
        with contextlib.suppress(FileNotFoundError):
            make_private(db_path.with_name(db_path.name + suffix))


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    make_private_database(db_path)
    engine = create_engine(
        "sqlite://",
        # The dialect must know its DB-API is sqlcipher3, or SQLAlchemy cannot recognise (and
        # wrap as sqlalchemy.exc.DBAPIError) the errors the connections raise.
        module=sqlcipher3,
        creator=lambda: open_connection(db_path, data_key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def classify(exc: BaseException, db_path: Path) -> UserError | None:
    """Turn what SQLite says about the environment into a message the user can act on."""
    if lost_connection(exc):  # a register on the server
        return ServerUnreachable()
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlcipher3.DatabaseError | sqlite3.DatabaseError | OSError):
        return None
    text = str(original).lower()
    if "disk is full" in text or "no space" in text:
        return DiskFull()
    if "disk i/o" in text and _nearly_full(db_path.parent):
        # SQLite reports a write it could not make beside the database (the -shm or -wal file
        # on opening) as an I/O error: on a full disk that is no damage (issue 15 item 8).
        return DiskFull()
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return ReadOnlyLocation(path=str(db_path.parent))
    if any(
        sign in text for sign in ("not a database", "malformed", "disk i/o", "vtable constructor")
    ):
        return CorruptRegister()
    return None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextlib.contextmanager
def translated_errors(db_path: Path) -> Iterator[None]:
    """Re-raise environment failures as UserError; let bugs through untouched."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        known = classify(exc, db_path)
        if known is None:
            raise
        raise known from exc
