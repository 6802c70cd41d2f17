"""Files Kirjuri is writing outside the register (an export on a USB stick, a report), listed in a
journal beside the register for as long as they are half-written.

An export is written under a temporary name and renamed when whole; if the process is killed in
between, the temporary file (personal data in the clear) would stay. The journal names it, and the
next opening of the register removes it (`sweep`). The journal holds paths only, never contents.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)
JOURNAL_SUFFIX = ".partial"
TEMP_PREFIX = ".kirjuri-"  # no personal data in the name: the target's own name is not used
TEMP_SUFFIX = ".partial"
_lock = threading.Lock()


def journal_for(db: Path) -> Path:
    return db.with_name(db.name + JOURNAL_SUFFIX)


def _read(journal: Path) -> list[str]:
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        log.warning("unreadable partial-files journal ignored")
        return []
    return [e for e in entries if isinstance(e, str)] if isinstance(entries, list) else []


def _write(journal: Path, entries: list[str]) -> None:
    if not entries:
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
        return
    tmp = journal.with_name(journal.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(entries, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, journal)


class PartialFiles:
    """The journal of one register. `writing(path)` lists `path` while the block runs."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal

    @contextlib.contextmanager
    def writing(self, path: Path) -> Iterator[None]:
        entry = os.fsdecode(Path(path).absolute())
        with _lock:
            _write(self.journal, [*_read(self.journal), entry])
        try:
            yield
        finally:
            with _lock, contextlib.suppress(OSError):
                _write(self.journal, [e for e in _read(self.journal) if e != entry])

    def sweep(self) -> int:
        """Remove what a killed process left half-written; returns how many files went. Only
        names Kirjuri gives its own temporary files are touched."""
        removed = 0
        kept: list[str] = []  # on a stick that is not in place now: tried again next time
        with _lock:
            for entry in _read(self.journal):
                path = Path(entry)
                if not (path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX)):
                    continue
                if not path.parent.is_dir():
                    kept.append(entry)
                    continue
                try:
                    path.unlink()
                    removed += 1
                except FileNotFoundError:
                    continue
                except OSError:
                    kept.append(entry)
                    log.warning("a partial file left by an interrupted write could not be removed")
            with contextlib.suppress(OSError):
                _write(self.journal, kept)
        if removed:
            # The count only: the paths name the user's folders.
            log.warning("removed %d partial file(s) left by an interrupted write", removed)
        return removed
