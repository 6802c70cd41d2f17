"""Taking the backup's copy of the database in one consistent snapshot, at the speed of the disk.

The register's file is already encrypted with the key a backup is made under
(Register.backup_key), so the backup can be the file's encrypted pages themselves: no page has to
be decrypted and encrypted again, and the copy costs what a plain file copy costs. Checking the
copy (backup_format.check_database) still reads every page back and proves each page's HMAC.

That copy is a consistent snapshot only while no byte of the file changes under it. In WAL mode
SQLite writes into the database file only when a checkpoint carries pages back from the WAL, and
a checkpoint never writes a page that a reader's snapshot may still need: with the WAL wholly
carried back, a reader reads the file alone, and no checkpoint writes into the file until that
reader ends (SQLite's wal.c: the reader holds read mark 0 or the newest mark, which is where
every later checkpoint must stop). So, with writers held off for that moment only, the WAL is
checkpointed; when the checkpoint got everything, the read transaction begun then is the backup's
snapshot, and the file is copied inside it while writers go on writing into the WAL.

When the checkpoint cannot carry everything back (a connection still reads an older snapshot),
the copy is taken as before, with SQLite's online backup API in the same kind of read snapshot.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.private_files import create_file, prepare_file
from desktop.store.backup_format import count_rows
from desktop.store.register import Register

Progress = Callable[[str, int, int], None]  # step ("copy", "verify"), done, total


def take_snapshot(
    register: Register, target: Path, progress: Progress | None, step_pages: int
) -> tuple[dict[str, int], str]:
    """Copy the database into `target` in one read snapshot; count its rows in the same one.
    Returns the counts and the schema revision of that snapshot."""
    source = register.open_raw()
    try:
        whole_file = _begin_on_the_file_alone(register, source)
        counts = count_rows(source)
        revision = str(source.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
        if whole_file:
            _copy_pages(register.files.db, target, page_size, progress, step_pages)
        else:
            _copy_with_backup_api(source, target, register.backup_key(), progress, step_pages)
        source.execute("COMMIT")
    finally:
        source.close()
    _one_file(target, register.backup_key())
    return counts, revision


def _begin_on_the_file_alone(register: Register, source: Any) -> bool:
    """Begin `source`'s read snapshot; True when it reads the database file alone (the WAL was
    wholly checkpointed first), so that the file does not change until the snapshot ends."""
    holder = register.open_raw()
    try:
        holder.execute("PRAGMA busy_timeout = 2000")
        try:
            # No writer may commit between the checkpoint and the start of the snapshot. Held
            # for the checkpoint only (SQLite checkpoints every 1000 pages), not for the copy.
            holder.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError:  # a long write going on: the backup API then
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return False
        try:
            busy, frames, carried = source.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
        finally:
            holder.execute("ROLLBACK")
    finally:
        holder.close()
    return bool(busy == 0 and frames >= 0 and frames == carried)


def _copy_pages(
    db: Path, target: Path, page_size: int, progress: Progress | None, step_pages: int
) -> None:
    """The file's bytes into a new private file, `step_pages` pages at a time."""
    chunk = max(1, step_pages) * page_size
    with db.open("rb") as reading, create_file(target) as writing:
        total = os.fstat(reading.fileno()).st_size
        pages = total // page_size
        if progress is not None:
            progress("copy", 0, pages)
        done = 0
        while done < total:
            wanted = min(chunk, total - done)
            copied = _copy_range(reading.fileno(), writing, done, wanted)
            if copied == 0:
                raise OSError(f"{db} ended at {done} bytes, expected {total}")
            done += copied
            if progress is not None:
                progress("copy", done // page_size, pages)


def _copy_range(source: int, writing: Any, offset: int, count: int) -> int:
    """Up to `count` bytes from `offset`; in the kernel on Linux (elsewhere sendfile writes to
    sockets only, or is missing)."""
    if sys.platform.startswith("linux"):
        writing.flush()
        return os.sendfile(writing.fileno(), source, offset, count)
    data = (
        os.pread(source, count, offset) if hasattr(os, "pread") else _read_at(source, offset, count)
    )
    writing.write(data)
    return len(data)


def _read_at(source: int, offset: int, count: int) -> bytes:
    os.lseek(source, offset, os.SEEK_SET)
    return os.read(source, count)


def _copy_with_backup_api(
    source: Any, target: Path, key: bytes, progress: Progress | None, step_pages: int
) -> None:
    """SQLite's online backup API in `source`'s open read snapshot, under the same key."""
    prepare_file(target)  # private before SQLite creates it (the key slots beside it are too)
    destination = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        destination.execute("PRAGMA cipher_log_level = NONE")  # no raw lines on stderr
        destination.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The copy sits in a partial folder renamed only once it is whole and checked, so it
        # needs no journal and no syncs of SQLite's: create_backup fsyncs the file once.
        destination.execute("PRAGMA synchronous = OFF")
        destination.execute("PRAGMA journal_mode = OFF")

        def report(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress("copy", total - remaining, total)

        source.backup(destination, pages=step_pages, progress=report)
    finally:
        destination.close()


def _one_file(target: Path, key: bytes) -> None:
    """One file on the medium, no -wal beside it, so that it opens read-only for checking and
    from a write-protected medium: the copy of a WAL register is switched to a rollback journal
    (page 1 rewritten). No syncs here: create_backup fsyncs the file once."""
    connection = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Exclusive before the first read: WAL then needs no -shm file on the medium.
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
