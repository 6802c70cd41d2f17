"""Backup + verify of the demo register beside a plain file copy of the same database.

Both write into the same scratch folder and fsync what they wrote, so the copy is the least any
backup must cost. The backup is the real thing: the register's encrypted pages copied in one read
snapshot (desktop/store/backup_copy.py), fsynced once and read back for the manifest's SHA-256,
cipher_integrity_check, integrity_check and the row counts.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import build
from benchmarks.report import Result
from desktop.store.backup import create_backup

if TYPE_CHECKING:
    from benchmarks.__main__ import Bench


def plain_copy(source: Path, target: Path) -> float:
    began = time.perf_counter()
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    seconds = time.perf_counter() - began
    target.unlink()
    return seconds


def plain_backup_and_check(source: Path, target: Path) -> float:
    """The same steps on the plain SQLite copy, without encryption: online backup, fsync,
    integrity_check and row counts. Shows how much of the backup's cost is the checking the
    issue asks for rather than the encryption."""
    began = time.perf_counter()
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    with closing(sqlite3.connect(target)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            row[0]
            for row in check.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            check.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    seconds = time.perf_counter() - began
    target.unlink()
    return seconds


def measure(bench: Bench) -> list[Result]:
    """The "backup + verify" row of `python -m benchmarks`."""
    return [measure_backup(bench.files, bench.scratch, bench.plain_path)]


def measure_backup(
    files: build.RegisterFiles, scratch: Path, plain_db: Path | None = None, runs: int = 3
) -> Result:
    build.say("backup + verify, and a plain copy of the same file")
    gate, _user = build.login(files)
    register = gate.register
    assert register is not None
    with register.engine.connect() as connection:  # the file alone holds everything
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    medium = scratch / "backup-medium"
    medium.mkdir(exist_ok=True)
    size_mb = files.db.stat().st_size / 1e6
    plain_copy(files.db, medium / "warm-up")  # both start with the file in the page cache
    copies, backups, phases, plain_checked = [], [], [], []
    for _ in range(runs):
        copies.append(plain_copy(files.db, medium / "copy.db"))
        if plain_db is not None:
            plain_checked.append(plain_backup_and_check(plain_db, medium / "plain-backup.db"))
        marks: dict[str, float] = {}

        def progress(step: str, done: int, total: int, marks: dict[str, float] = marks) -> None:
            marks.setdefault(step, time.perf_counter())

        began = time.perf_counter()
        done = create_backup(register, medium, keep=1, progress=progress)
        backups.append(time.perf_counter() - began)
        phases.append(marks.get("verify", began) - began)
        shutil.rmtree(done.path)
    gate.close()
    copy_s, backup_s = statistics.median(copies), statistics.median(backups)
    verify_s = backup_s - statistics.median(phases)
    plain_note = (
        f"; the same steps on the plain SQLite copy (backup API, fsync, integrity_check, counts; "
        f"no encryption, no cipher check) take {statistics.median(plain_checked):.2f} s"
        if plain_checked
        else ""
    )
    return Result(
        "backup + verify",
        backup_s,
        copy_s,
        "s",
        3 * copy_s,
        f"{size_mb:.0f} MB; median of {runs}; plain: shutil.copyfile + fsync of the same file; "
        f"of the backup, {verify_s:.2f} s is the check (cipher_integrity_check, integrity_check, "
        f"counts){plain_note}; target 3× the copy",
        "plain file copy",
    )
