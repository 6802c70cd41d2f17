"""Every file and folder Kirjuri creates is its user's alone, whatever the process umask says:
0600 for files and 0700 for folders on POSIX, an access list granting only the current user on
Windows. Every writer in Kirjuri goes through here.

Temporary folders are named `kirjuri-<kind>-<pid>-<random>`, never after what they hold, so that
the sweep on the next start (desktop/leftovers.py) can tell Kirjuri's own leftovers from anything
else, and those of a process still running from those of one that died.

The Windows branch cannot be tested on this machine; it is kept small on purpose: `icacls`
removes the inherited entries and grants the current user's SID full control, nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_MARK = "kirjuri-"
# mkdtemp adds 8 characters from [a-z0-9_].
TEMP_NAME = re.compile(r"^kirjuri-(?:[a-z]+-)?(?P<pid>\d+)-[a-z0-9_]{8}$")
# chmod on a FAT or network drive that has no permissions, or on a read-only medium (a register
# opened only to be checked): nothing can be tightened there, and nothing is written either.
_NO_PERMISSIONS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EROFS}


def make_private(path: Path) -> None:
    """Take away everyone else's access to one file or folder Kirjuri made or owns."""
    if sys.platform == "win32":
        _owner_only_acl(path)
        return
    try:
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)
    except OSError as exc:
        if exc.errno not in _NO_PERMISSIONS:
            raise


def make_folder(path: Path, *, own: bool = True) -> Path:
    """Create `path` and any missing parents as private folders. `own`: the folder is Kirjuri's
    (data, settings, logs, temp, a backup) and an existing one is tightened too; a folder the
    user chose (the register's folder given with --db, a USB stick) is left as it is."""
    missing = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(new, FOLDER_MODE)
            make_private(new)
    if own:
        make_private(path)
    return path


def create_file(path: Path) -> BinaryIO:
    """A new file (it must not exist yet), private from its first byte, open for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    if sys.platform == "win32":
        _owner_only_acl(path)
    return os.fdopen(fd, "wb")


def prepare_file(path: Path) -> None:
    """Before SQLite or Qt creates `path` with the umask's mode: make it now, empty and private
    (SQLite takes an empty file as a new database and gives its -wal and -shm the same mode),
    or tighten it if it is there already (a register made by an earlier version)."""
    try:
        create_file(path).close()
    except FileExistsError:
        make_private(path)


def temp_folder(parent: Path | None = None, kind: str = "") -> Path:
    """A new private folder for temporary files, in `parent` or the temp folder."""
    path = Path(tempfile.mkdtemp(prefix=temp_stem(kind), dir=parent))
    make_private(path)
    return path


def temp_stem(kind: str = "") -> str:
    """The start of a temporary name: Kirjuri's mark, what it is for, and who made it."""
    return f"{TEMP_MARK}{kind + '-' if kind else ''}{os.getpid()}-"


def copy_file(source: Path, target: Path, *, keep_times: bool = False) -> None:
    """Copy into a new private file (shutil.copy would take the source's or the umask's mode)."""
    with source.open("rb") as reading, create_file(target) as writing:
        shutil.copyfileobj(reading, writing, 1 << 20)
    if keep_times:
        stat = source.stat()
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def temp_owner(name: str) -> int | None:
    """The process id in one of Kirjuri's temporary names; None for any other name."""
    match = TEMP_NAME.match(name)
    return int(match["pid"]) if match else None


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


if sys.platform == "win32":
    import ctypes

    def _windows_process_alive(pid: int) -> bool:
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

    @functools.cache
    def _user_sid() -> str:
        done = subprocess.run(
            ["whoami", "/user", "/fo", "csv", "/nh"],
            capture_output=True,
            text=True,
            check=True,
            creationflags=subprocess.CREATE_NO_WINDOW,
        )
        return done.stdout.strip().rsplit(",", 1)[-1].strip('"')

    def _owner_only_acl(path: Path) -> None:
        """Inherited entries removed; the current user (by SID) alone has full control."""
        rights = "(OI)(CI)F" if path.is_dir() else "F"
        with contextlib.suppress(subprocess.CalledProcessError, OSError):  # FAT: no ACLs
            subprocess.run(
                ["icacls", str(path), "/inheritance:r", "/grant:r", f"*{_user_sid()}:{rights}"],
                capture_output=True,
                check=True,
                creationflags=subprocess.CREATE_NO_WINDOW,
            )
