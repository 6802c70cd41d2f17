"""Backup + verify of the demo register beside a plain file copy of the same database.

Both write into the same scratch folder and fsync what they wrote, so the copy is the least any
backup must cost. The backup is the real thing: the online backup API under the register's key,
the manifest and SHA-256, cipher_integrity_check, integrity_check and the row counts.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
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


def measure(bench: Bench) -> list[Result]:
    """The "backup + verify" row of `python -m benchmarks`."""
    return [measure_backup(bench.files, bench.scratch)]


def measure_backup(files: build.RegisterFiles, scratch: Path, runs: int = 3) -> Result:
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
    copies, backups, phases = [], [], []
    for _ in range(runs):
        copies.append(plain_copy(files.db, medium / "copy.db"))
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
    return Result(
        "backup + verify",
        backup_s,
        copy_s,
        "s",
        3 * copy_s,
        f"{size_mb:.0f} MB; median of {runs}; plain: shutil.copyfile + fsync of the same file; "
        f"of the backup, {verify_s:.2f} s is the check (cipher_integrity_check, integrity_check, "
        f"counts); target 3× the copy",
        "plain file copy",
    )
