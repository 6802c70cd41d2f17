"""Issue 15 item 14: an interrupted init leaves nothing that blocks a new one; a killed restore's
staged copies go at the next start; `verify` says when a backup is too new; restore's reasons are
in the user's language; validation errors do not exit 1; the business name is one clean line."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.errors import ValidationError
from desktop.services.access.gate import Gate
from desktop.services.register.business import BusinessDetails, check_business
from desktop.store.backup import create_backup
from desktop.store.backup_format import DB_NAME, MANIFEST_NAME
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS


def _dead_pid() -> int:
    done = subprocess.run(["true"], check=True)
    assert done.returncode == 0
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def _cli(
    args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _init(db: Path) -> list[str]:
    return ["--lang", "en", "init", "--db", str(db), "--business", "Kahvila", "--admin", "maija"]


def test_a_killed_init_before_its_renames_blocks_nothing(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """What a run killed while building leaves: a folder of a dead process beside the place,
    holding a register with only its recovery slot. A new init goes ahead and removes it."""
    place = RegisterFiles(tmp_path / "office" / "register.kirjuri")
    aside = place.db.parent / f"kirjuri-init-{_dead_pid()}-abcdefgh"
    aside.mkdir(parents=True)
    shutil.copy2(files.db, aside / place.db.name)
    shutil.copy2(files.keys, aside / place.keys.name)
    code, out, err = _cli(
        [*_init(place.db), "--password-stdin"], PASSWORDS["maija"] + "\n", monkeypatch, capfd
    )
    assert code == 0, err
    assert not aside.exists()
    assert place.db.exists() and place.keys.exists()
    assert not [p for p in place.db.parent.iterdir() if p.name.startswith("kirjuri-init-")]


def test_a_killed_init_between_its_renames_is_finished(
    files: RegisterFiles, tmp_path: Path
) -> None:
    """Killed after the key slots were put in place, before the database: the register was
    whole, so the next opening finishes the move and the main user logs in."""
    place = RegisterFiles(tmp_path / "office" / "register.kirjuri")
    aside = place.db.parent / f"kirjuri-init-{_dead_pid()}-abcdefgh"
    aside.mkdir(parents=True)
    shutil.copy2(files.db, aside / place.db.name)
    shutil.copy2(files.keys, place.keys)
    gate = Gate(place)
    try:
        assert gate.usernames() == ["lukija", "maija", "ville"]
        gate.login("maija", PASSWORDS["maija"])
    finally:
        gate.close()
    assert not aside.exists()


def test_a_failed_init_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office" / "register.kirjuri"
    code, _, err = _cli([*_init(db), "--password-stdin"], "short\n", monkeypatch, capfd)
    assert code == 2 and "10 characters" in err  # a validation error: not check's 1
    assert not db.parent.exists() or list(db.parent.iterdir()) in (
        [],
        [db.with_suffix(".kirjuri.lock")],
    )


@pytest.mark.parametrize("name", ["Kahvila\nSalakari", "Kahvila\x1b[31m", "Kahvila\x07"])
def test_the_business_name_is_one_clean_line(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_business(BusinessDetails(name, ""), require_business_id=False)
    assert "name" in refused.value.fields
    db = tmp_path / "register.kirjuri"
    args = ["--lang", "en", "init", "--db", str(db), "--business", name, "--admin", "maija"]
    code, _, err = _cli([*args, "--password-stdin"], PASSWORDS["maija"] + "\n", monkeypatch, capfd)
    assert code == 2 and "business.name" in err
    assert not db.exists()


@pytest.fixture
def backup(files: RegisterFiles, tmp_path: Path) -> Path:
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    (tmp_path / "stick").mkdir()
    path = create_backup(gate.register, tmp_path / "stick").path
    gate.close()
    return path


def test_staged_copies_of_a_killed_restore_are_removed(files: RegisterFiles) -> None:
    """Killed while copying, before its journal: the staged copies are never used."""
    staged = [
        files.db.parent / f".{files.db.name}.restore-0badc0de",
        files.db.parent / f".{files.keys.name}.restore-0badc0de",
    ]
    for path in staged:
        path.write_bytes(b"\x8a" * 4096)
    gate = Gate(files)
    try:
        gate.login("maija", PASSWORDS["maija"])
    finally:
        gate.close()
    assert not any(path.exists() for path in staged)


def test_verify_says_when_a_backup_is_too_new(
    backup: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    manifest = json.loads((backup / MANIFEST_NAME).read_text())
    manifest["schema_revision"] = "9999_from_the_future"
    (backup / MANIFEST_NAME).write_text(json.dumps(manifest))
    code, out, err = _cli(["--lang", "en", "verify", str(backup)], "", monkeypatch, capfd)
    assert code == 6 and "newer version" in err
    args = ["--lang", "en", "verify", str(backup), "--password-stdin", "--user", "maija"]
    code, out, err = _cli(args, PASSWORDS["maija"] + "\n", monkeypatch, capfd)
    assert code == 6 and "newer version" in err


def test_restore_reasons_are_in_the_users_language(
    backup: Path,
    files: RegisterFiles,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with (backup / DB_NAME).open("r+b") as handle:
        handle.seek(5000)
        handle.write(b"\x00" * 16)
    args = ["--lang", "fi", "restore", str(backup), "--db", str(files.db), "--user", "maija"]
    code, _, err = _cli([*args, "--password-stdin"], PASSWORDS["maija"] + "\n", monkeypatch, capfd)
    assert code == 5
    assert "damaged" not in err and "checksum" not in err and "The file" not in err
    assert "varmuuskopio" in err.lower()
