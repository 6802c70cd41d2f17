"""On every start (the window and each command), Kirjuri removes what an earlier run of its own
left behind when it died, and says so in the log: how many of each kind, never a name.

What is Kirjuri's own is told by its name (desktop/private_files.py: temporary names carry the
process id, never personal data) and, on POSIX, by its owner:

- in Kirjuri's temp folder (Paths.temp_dir): the folder of each run, `kirjuri-run-<pid>-...`,
  whose process is gone, with the attachment copies and library temp files inside;
- in the system temp folder: attachment copies made outside a run, `kirjuri-view-<pid>-...`,
  whose process is gone, and those of earlier versions (`kirjuri-attachment-...`) once older
  than the ten minutes a copy was kept;
- in the data folder and the register's folder: the hidden partial files of atomic writes
  (`.kirjuri-xxxxxxxx.partial`, and as earlier versions named them after the register's files,
  `.register.kirjuri.keys.xxxxxxxx.tmp`) once older than an hour: such a write takes
  milliseconds, so an hour leaves alone any write still going.

A process still running keeps its files. Nothing else is touched.

Kirjuri's own folders (data, settings, logs) are made private if an earlier version left them
open. For the life of a run, `private_run` also sets the umask to 077 (every writer makes its files
private anyway, desktop/private_files.py; this catches what a library writes) and points Python's
temporary files (openpyxl's among them) into the run's own folder, removed when the run ends.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import Paths
from desktop.private_files import (
    make_folder,
    make_private,
    process_alive,
    temp_folder,
    temp_owner,
)

log = logging.getLogger(__name__)

RUN_KIND = "run"
VIEW_PREFIX = "kirjuri-view-"
OLD_VIEW = re.compile(r"^kirjuri-attachment-[a-z0-9_]{8}$")
PARTIAL = re.compile(
    r"^\.kirjuri-[a-z0-9_]{8}\.partial$"
    r"|^\..+\.kirjuri(?:\.keys|\.restore-journal)?\.[a-z0-9_]{8}\.tmp$"
)
OLD_VIEW_AGE = 10 * 60
PARTIAL_AGE = 3600
PRIVATE_UMASK = 0o077


@dataclass
class Swept:
    """How many of each kind were removed."""

    partial_files: int = 0  # hidden temporary files of interrupted saves
    run_folders: int = 0  # temp folders of runs that died
    attachment_copies: int = 0  # plaintext copies made for the system viewer
    temp_files: int = 0  # other temporary files inside those folders

    @property
    def total(self) -> int:
        return self.partial_files + self.run_folders + self.attachment_copies + self.temp_files


def _ours(entry: os.DirEntry[str]) -> bool:
    """Made by this user (another user's same-named file in /tmp is not ours to remove)."""
    if sys.platform == "win32":
        return True
    with contextlib.suppress(OSError):
        return entry.stat(follow_symlinks=False).st_uid == os.getuid()
    return False


def _dead(name: str) -> bool:
    pid = temp_owner(name)
    return pid is not None and not process_alive(pid)


def _older_than(entry: os.DirEntry[str], seconds: float) -> bool:
    with contextlib.suppress(OSError):
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > seconds
    return False


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return list(found)
    except OSError:  # not there (yet), or not ours to read
        return []


def _remove_folder(path: Path, swept: Swept) -> None:
    """Count what is inside by kind, then remove it all."""
    for root, _dirs, names in os.walk(path):
        if Path(root).name.startswith(VIEW_PREFIX) or OLD_VIEW.match(Path(root).name):
            swept.attachment_copies += len(names)
        else:
            swept.temp_files += len(names)
    shutil.rmtree(path, ignore_errors=True)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    with contextlib.suppress(OSError):
        return stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode)
    return False


def sweep(paths: Paths, folders: Iterable[Path] = ()) -> Swept:
    """Remove Kirjuri's leftovers (see the module's docstring). `folders`: the register's folder
    when it is not the data folder."""
    swept = Swept()
    for entry in _entries(paths.temp_dir):
        if _is_folder(entry) and _ours(entry) and _dead(entry.name):
            _remove_folder(Path(entry.path), swept)
            swept.run_folders += 1
    for entry in _entries(Path(tempfile.gettempdir())):
        if not (_is_folder(entry) and _ours(entry)):
            continue
        if (entry.name.startswith(VIEW_PREFIX) and _dead(entry.name)) or (
            OLD_VIEW.match(entry.name) and _older_than(entry, OLD_VIEW_AGE)
        ):
            _remove_folder(Path(entry.path), swept)
    for folder in {paths.data_dir, *folders}:
        for entry in _entries(folder):
            if not entry.is_file(follow_symlinks=False) or not _ours(entry):
                continue
            if PARTIAL.match(entry.name) and _older_than(entry, PARTIAL_AGE):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    swept.partial_files += 1
    return swept


def report(swept: Swept) -> None:
    log.info(
        "leftovers of earlier runs removed: %d partial files, %d run folders, "
        "%d attachment copies, %d other temporary files",
        swept.partial_files,
        swept.run_folders,
        swept.attachment_copies,
        swept.temp_files,
    )


def tighten(paths: Paths) -> None:
    """Kirjuri's own folders, as an earlier version may have left them (0755): private now."""
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        if folder.is_dir():
            make_private(folder)


@contextlib.contextmanager
def private_run(paths: Paths, folders: Iterable[Path] = ()) -> Iterator[Path]:
    """One run of Kirjuri: leftovers swept, umask 077, temp files in a folder of this run.
    Everything is put back when it ends (the `kirjuri` command can be called in-process)."""
    previous_umask = os.umask(PRIVATE_UMASK)
    previous_tempdir = tempfile.tempdir
    run_folder: Path | None = None
    try:
        try:
            tighten(paths)
            report(sweep(paths, folders))
            run_folder = temp_folder(make_folder(paths.temp_dir), kind=RUN_KIND)
        except OSError as exc:  # a read-only home: Kirjuri still runs, with the system's temp
            log.warning("temp folder not available (errno=%s)", exc.errno)
        else:
            tempfile.tempdir = str(run_folder)
        yield run_folder or Path(tempfile.gettempdir())
    finally:
        tempfile.tempdir = previous_tempdir
        if run_folder is not None:
            shutil.rmtree(run_folder, ignore_errors=True)
        os.umask(previous_umask)
