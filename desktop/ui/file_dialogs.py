"""Every file dialog starts in the user's Documents folder, or in the folder last used for the
same kind of file (letters, backups, imports, exports): never in the program's working directory.

The last folders are kept in this computer's preferences (paths of folders only, no file names).
KirjuriApp hands the preferences over once with `remember_in()`; without them (widget tests) the
dialogs still start in Documents and remember nothing.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


class FolderKind(StrEnum):
    LETTERS = "letters"  # letters, extracts, statements, labels, recovery sheets: PDFs out
    BACKUPS = "backups"
    IMPORTS = "imports"  # files read in: customer lists, attachments, certificates, scans
    EXPORTS = "exports"  # customer and audit-log exports, portable copies


class FolderMemory(Protocol):
    def last_folder(self, kind: str) -> str | None: ...

    def set_last_folder(self, kind: str, folder: str) -> None: ...


_memory: list[FolderMemory] = []


def remember_in(memory: FolderMemory | None) -> None:
    """Where the last folders are kept (the preferences); None forgets the place."""
    _memory.clear()
    if memory is not None:
        _memory.append(memory)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(kind: FolderKind) -> Path:
    """The folder last used for this kind, while it still exists; else Documents."""
    if _memory:
        last = _memory[0].last_folder(kind.value)
        if last and Path(last).is_dir():
            return Path(last)
    return documents_folder()


def _remember(kind: FolderKind, folder: Path) -> None:
    if _memory and folder.is_dir():
        _memory[0].set_last_folder(kind.value, str(folder))


def _start(kind: FolderKind, suggested: str) -> str:
    """A suggested name goes into the start folder; a full path is kept as it is."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = start_folder(kind)
    return str(folder / suggested) if suggested else str(folder)


def save_file_name(
    parent: QWidget | None, kind: FolderKind, title: str, suggested: str, filters: str = ""
) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, _start(kind, suggested), filters)
    if not name:
        return None
    path = Path(name)
    _remember(kind, path.parent)
    return path


def open_file_name(
    parent: QWidget | None, kind: FolderKind, title: str, filters: str = ""
) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, _start(kind, ""), filters)
    if not name:
        return None
    path = Path(name)
    _remember(kind, path.parent)
    return path


def existing_folder(parent: QWidget | None, kind: FolderKind, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, _start(kind, ""))
    if not name:
        return None
    folder = Path(name)
    _remember(kind, folder)
    return folder
