"""The restore journal: what makes the last step of a restore crash-safe.

A restore ends with two renames in the register's folder: the staged database over
`<db>`, then the staged key slots over `<db>.keys`. A crash between them would leave a database
and key slots that do not belong together. So before the renames a small journal,
`<db>.restore-journal`, is written atomically (fsynced) beside the register:

    {"format": "kirjuri-restore-journal", "version": 1,
     "staged_db": ".register.kirjuri.restore-1a2b3c4d",      # file names in the same folder
     "staged_keys": ".register.kirjuri.keys.restore-1a2b3c4d",
     "kept": "register.before-restore-20261124-151500.kirjuri",  # or null: no earlier register
     "db_sha256": "...", "keys_sha256": "..."}                  # of the backup's two files

It holds no personal data. After both renames it is removed and the folder fsynced.

Whenever a register is opened (`settle`, called by open_register and, before the key slots are
read, by the Gate), a journal left behind is resolved before anything else is read:

- every file is in place already (its SHA-256 matches) or still staged and whole: the pending
  renames are done ("completed", rolled forward);
- the restore reached the register only in part and cannot be finished: the register as it was
  comes back from the kept copy ("rolled_back"); what was there is first copied aside as
  `<stem>.interrupted-restore-<token><suffix>`, so going back destroys nothing;
- nothing of the restore reached the register (a stale journal, its files gone): the register is
  left exactly as it is ("abandoned"); an unreadable journal is renamed `*.unreadable`.

The journal is removed afterwards, except when a half restore has no kept copy to go back to
("unresolved": the files and journal are left for support). The Gate writes the audit entry
"restore_completed_after_interruption" at the next login.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.private_files import copy_file
from desktop.store.atomic import atomic_write_bytes, fsync_directory
from desktop.store.backup_format import sha256_of

log = logging.getLogger(__name__)

JOURNAL_FORMAT = "kirjuri-restore-journal"
JOURNAL_VERSION = 1
Outcome = Literal["completed", "rolled_back", "abandoned", "unresolved"]


@dataclass(frozen=True)
class Journal:
    staged_db: str
    staged_keys: str
    kept: str | None
    db_sha256: str
    keys_sha256: str

    def to_bytes(self) -> bytes:
        raw = {"format": JOURNAL_FORMAT, "version": JOURNAL_VERSION, **self.__dict__}
        return json.dumps(raw, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Journal:
        raw = json.loads(data.decode("utf-8"))
        if raw.get("format") != JOURNAL_FORMAT or raw.get("version") != JOURNAL_VERSION:
            raise ValueError("not a restore journal")
        names = [raw["staged_db"], raw["staged_keys"]] + ([raw["kept"]] if raw["kept"] else [])
        if any(not isinstance(n, str) or Path(n).name != n for n in names):
            raise ValueError("journal names a file outside the register's folder")
        return cls(
            raw["staged_db"], raw["staged_keys"], raw["kept"], raw["db_sha256"], raw["keys_sha256"]
        )


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + ".restore-journal")


def _keys(db: Path) -> Path:
    return db.with_name(db.name + ".keys")


def _companions(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _rename(source: Path, target: Path) -> None:
    """One of the two final renames (tests replace it to make it fail)."""
    os.replace(source, target)


def _crash_point(done: int) -> None:
    """KIRJURI_TEST_CRASH_AFTER_RENAMES=N kills the process with SIGKILL once N renames are done
    (0: right after the journal was written), so tests can cut the power at each point."""
    wanted = os.environ.get("KIRJURI_TEST_CRASH_AFTER_RENAMES")
    if wanted is not None and wanted.strip() == str(done):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def commit_restore(
    db: Path, staged_db: Path, staged_keys: Path, kept: Path | None, sha256: dict[str, str]
) -> None:
    """Journal, the two renames, journal removed. The staged files are whole, fsynced and their
    SHA-256 (`sha256["db"]`, `sha256["keys"]`) checked by the caller.

    Once the journal is written the staged files belong to it: if a rename fails, they are left
    for `settle` to finish the restore the next time the register is opened."""
    folder = db.parent
    journal = Journal(
        staged_db.name,
        staged_keys.name,
        kept.name if kept else None,
        sha256["db"],
        sha256["keys"],
    )
    atomic_write_bytes(journal_path(db), journal.to_bytes())
    _crash_point(0)
    for side in _companions(db):  # an old -wal must never be replayed into the new file
        side.unlink(missing_ok=True)
    _rename(staged_db, db)
    _crash_point(1)
    _rename(staged_keys, _keys(db))
    _crash_point(2)
    fsync_directory(folder)
    journal_path(db).unlink()
    fsync_directory(folder)


def _matches(path: Path, sha256: str) -> bool:
    return path.is_file() and sha256_of(path) == sha256


def _remove_unjournalled_copies(db: Path) -> None:
    """Staged copies of a restore killed before its journal was written: the register never saw
    them and nothing will (issue 15 item 14). They are removed; the lock the caller holds means
    no restore of this register is running."""
    names = re.compile(rf"^\.{re.escape(db.name)}(?:\.keys)?\.restore-[0-9a-f]{{8}}$")
    try:
        found = [p for p in db.parent.iterdir() if names.match(p.name)]
    except OSError:
        return
    for staged in found:
        with contextlib.suppress(OSError):
            staged.unlink()
    if found:
        log.info("staged copies of an interrupted restore removed: %d", len(found))


def settle(db: Path) -> Outcome | None:
    """Resolve a journal left by an interrupted restore. None when there was none.

    The caller holds the register's lock and has not read its files yet.
    """
    path = journal_path(db)
    if not path.exists():
        _remove_unjournalled_copies(db)
        return None
    folder, keys = db.parent, _keys(db)
    try:
        journal = Journal.from_bytes(path.read_bytes())
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        log.warning("unreadable restore journal set aside; the register was not touched")
        _set_aside(path)
        return "abandoned"
    staged_db, staged_keys = folder / journal.staged_db, folder / journal.staged_keys
    db_done, keys_done = _matches(db, journal.db_sha256), _matches(keys, journal.keys_sha256)
    db_ready = db_done or _matches(staged_db, journal.db_sha256)
    keys_ready = keys_done or _matches(staged_keys, journal.keys_sha256)
    if db_ready and keys_ready:
        if not db_done:
            for side in _companions(db):
                side.unlink(missing_ok=True)
            os.replace(staged_db, db)
        if not keys_done:
            os.replace(staged_keys, keys)
        outcome: Outcome = "completed"
    elif db_done or keys_done:
        kept = folder / journal.kept if journal.kept else None
        if kept is None or not kept.is_file() or not _keys(kept).is_file():
            # Nothing whole to go back to: leave the files and the journal for support.
            log.error("interrupted restore cannot be finished or undone")
            return "unresolved"
        _roll_back(db, kept)
        outcome = "rolled_back"
    else:
        outcome = "abandoned"  # nothing of the restore reached the register
    for staged in (staged_db, staged_keys):
        with contextlib.suppress(OSError):
            staged.unlink()
    fsync_directory(folder)
    path.unlink()
    fsync_directory(folder)
    log.warning("interrupted restore found on opening the register: %s", outcome)
    return outcome


def _roll_back(db: Path, kept: Path) -> None:
    """Copy the kept register (database, key slots, SQLite side files) back into place. What is
    there now is first copied aside: going back never destroys anything. Each step can be
    repeated, so a crash here is rolled back again on the next opening."""
    aside = db.with_name(f"{db.stem}.interrupted-restore-{secrets.token_hex(4)}{db.suffix}")
    for source, target in ((db, aside), (_keys(db), _keys(aside))):
        if source.is_file():
            _copy_synced(source, target)
    pairs = [(kept, db), (_keys(kept), _keys(db))]
    pairs += [
        (kept.with_name(kept.name + side.name[len(db.name) :]), side) for side in _companions(db)
    ]
    for source, target in pairs:
        if not source.exists():
            target.unlink(missing_ok=True)
            continue
        tmp = target.with_name(f".{target.name}.rollback")
        _copy_synced(source, tmp)
        os.replace(tmp, target)
    fsync_directory(db.parent)


def _copy_synced(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)  # a copy a crash cut short is made again
    copy_file(source, target)  # private: shutil.copyfile would take the umask's mode
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".unreadable"))
        fsync_directory(path.parent)
