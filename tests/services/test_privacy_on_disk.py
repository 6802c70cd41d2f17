"""No personal data in the clear anywhere on disk: not in the register, its side files, the key
slots, nor in temporary or per-user folders, while the register is open and after closing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from desktop.core.roles import Role
from desktop.core.settings import ALLOW_REMEMBER_ME, AUTO_LOCK_MINUTES
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser, UserService
from desktop.services.register.business import BusinessDetails, BusinessService
from desktop.services.register.settings import SettingsService
from desktop.store.register import RegisterFiles

SECRETS = ("Kahvila Meikäläinen", "Maija Meikäläinen", "Ville Virtanen", "Meikäläinen")
FOLDED = ("Meikalainen", "Virtanen", "Kahvila", "Kauppakatu")


def needles() -> list[bytes]:
    found = []
    for text in (*SECRETS, *FOLDED):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
        found.append(text.upper().encode("utf-8"))
    return found


def leaks(folders: list[Path]) -> list[str]:
    patterns = needles()
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits += [f"{path}: {p!r}" for p in patterns if p in data]
    return hits


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """This test's own temp and per-user folders, so only what it wrote is searched."""
    folders = []
    for variable in ("TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
        folders.append(folder)
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folders


def test_no_personal_data_in_the_clear(tmp_path: Path, private_dirs: list[Path]) -> None:
    files = RegisterFiles(tmp_path / "reg" / "register.kirjuri")
    made = create_new_register(
        files,
        BusinessDetails(
            "Kahvila Meikäläinen",
            "1572860-0",
            street="Kauppakatu 1",
            postal_code="00100",
            post_office="Helsinki",
            email="maija@kahvila.fi",
        ),
        NewUser("maija", "Maija Meikäläinen", Role.ADMIN),
        "maijan salasana",
    )
    register = made.register
    try:
        UserService(register, made.admin).add_user(
            NewUser("ville", "Ville Virtanen", Role.CLERK), "villen salasana"
        )
        SettingsService(register, made.admin).update(
            {AUTO_LOCK_MINUTES.key: 20, ALLOW_REMEMBER_ME.key: False}
        )
        BusinessService(register, made.admin).update(
            BusinessDetails("Kahvila Meikäläinen", "1572860-0", street="Kauppakatu 2")
        )
        assert BusinessService(register, made.admin).get().street == "Kauppakatu 2"
        # Pooled connections stay open, so the WAL is still there, with the latest pages.
        wal = files.db.with_name(files.db.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert leaks([files.db.parent, *private_dirs]) == []
    finally:
        register.close()
    assert leaks([files.db.parent, *private_dirs]) == []
    assert sorted(p.name for p in files.db.parent.iterdir()) == [
        "register.kirjuri",
        "register.kirjuri.keys",
    ]


def test_the_search_would_find_a_leak() -> None:
    # Checked in memory: a file with these bytes would trip every other test that searches
    # the session's temp folders.
    patterns = needles()
    for sample in (
        "Maija Meikäläinen".encode("utf-16-le"),
        b"meikalainen".upper(),
        b"x Ville Virtanen x",
    ):
        assert any(p in sample for p in patterns)
