"""Saving a file the user chose (a PDF, labels, a web page): written atomically, so a crash or a
full disk leaves the old file whole, and private to the user (the temporary file is made 0600
and renamed over the target)."""

from __future__ import annotations

from pathlib import Path

from desktop.store.atomic import atomic_write_bytes


def save_file(path: Path, data: bytes) -> None:
    """An OSError says why it could not be written; the caller tells the user."""
    atomic_write_bytes(path, data)
