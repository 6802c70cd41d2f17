"""File dialogs start in Documents, then in the folder last used for the same kind of file, kept
in this computer's preferences (folders only, never file names); never the working directory."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.ui import file_dialogs
from desktop.ui.file_dialogs import FolderKind
from desktop.ui.preferences import Preferences


@pytest.fixture
def preferences(tmp_path: Path, qapp) -> Iterator[Preferences]:  # type: ignore[no-untyped-def]
    prefs = Preferences(tmp_path / "config" / "kirjuri.ini")
    file_dialogs.remember_in(prefs)
    yield prefs
    file_dialogs.remember_in(None)


class Chooser:
    """Stands in for the user: records where each dialog opened, answers with `answer`."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.answer = ""

    def save(self, _parent, _title, start, _filters="", *a, **k):  # type: ignore[no-untyped-def]
        self.started.append(start)
        return self.answer, ""

    def folder(self, _parent, _title, start, *a, **k):  # type: ignore[no-untyped-def]
        self.started.append(start)
        return self.answer


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    who = Chooser()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", who.save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", who.save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", who.folder)
    return who


def test_the_first_dialog_starts_in_documents_not_the_working_directory(
    preferences: Preferences, chooser: Chooser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "program"
    work.mkdir()
    monkeypatch.chdir(work)
    file_dialogs.save_file_name(None, FolderKind.LETTERS, "Save", "2026-001 kirje.pdf")
    documents = file_dialogs.documents_folder()
    assert chooser.started == [str(documents / "2026-001 kirje.pdf")]
    assert not chooser.started[0].startswith(str(work))


def test_each_kind_remembers_its_own_last_folder(
    preferences: Preferences, chooser: Chooser, tmp_path: Path
) -> None:
    letters, stick = tmp_path / "Kirjeet", tmp_path / "usb"
    letters.mkdir()
    stick.mkdir()
    chooser.answer = str(letters / "a.pdf")
    assert (
        file_dialogs.save_file_name(None, FolderKind.LETTERS, "Save", "a.pdf") == letters / "a.pdf"
    )
    chooser.answer = str(stick)
    assert file_dialogs.existing_folder(None, FolderKind.BACKUPS, "Backup") == stick
    chooser.answer = ""
    file_dialogs.save_file_name(None, FolderKind.LETTERS, "Save", "b.pdf")
    file_dialogs.existing_folder(None, FolderKind.BACKUPS, "Backup")
    file_dialogs.open_file_name(None, FolderKind.IMPORTS, "Import")
    assert chooser.started[-3:] == [
        str(letters / "b.pdf"),
        str(stick),
        str(file_dialogs.documents_folder()),  # imports: nothing chosen yet
    ]
    # Kept in the preferences for the next start: folders only, no file names; a private file.
    again = Preferences(tmp_path / "config" / "kirjuri.ini")
    assert again.last_folder("letters") == str(letters)
    text = (tmp_path / "config" / "kirjuri.ini").read_text("utf-8")
    assert "a.pdf" not in text
    if os.name == "posix":
        mode = stat.S_IMODE((tmp_path / "config" / "kirjuri.ini").stat().st_mode)
        assert mode == 0o600


def test_a_folder_that_is_gone_falls_back_to_documents(
    preferences: Preferences, chooser: Chooser, tmp_path: Path
) -> None:
    preferences.set_last_folder("backups", str(tmp_path / "pulled-out-stick"))
    file_dialogs.existing_folder(None, FolderKind.BACKUPS, "Backup")
    assert chooser.started == [str(file_dialogs.documents_folder())]


def test_a_cancelled_dialog_changes_nothing(preferences: Preferences, chooser: Chooser) -> None:
    assert file_dialogs.open_file_name(None, FolderKind.IMPORTS, "Import") is None
    assert preferences.last_folder("imports") is None
