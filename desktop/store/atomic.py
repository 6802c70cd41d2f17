"""Writing a file so that a crash leaves either the old or the new content, never half of each."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop.store.partial_files import TEMP_PREFIX, TEMP_SUFFIX, PartialFiles


def fsync_directory(directory: Path) -> None:
    """Make a rename durable. Windows cannot open directories; there the rename is enough."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, partial: PartialFiles | None = None) -> None:
    """Temp file in the same folder, fsync, rename over the target, fsync the folder.

    The temp file's name holds nothing of the target's (which may name a person). With `partial`
    the temp file is listed in the register's journal while it exists, so that if the process is
    killed before the rename, the next opening removes it (an export's data must not stay)."""
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    tmp = Path(tmp_name)
    listed = partial.writing(tmp) if partial is not None else contextlib.nullcontext()
    try:
        with listed:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)
