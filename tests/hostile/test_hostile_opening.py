"""Issue 15 item 8: opening a register tells a full disk, another register's key file, a wrong
password and real damage apart: each its own message and exit code, and nothing of SQLCipher's own
on standard error (which the command's user would take for a crash)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.roles import Role
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser
from desktop.services.register.business import BusinessDetails
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS, Template

PAGE = 4096


def check(
    files: RegisterFiles,
    password: str,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    args = ["--lang", "en", "check", "--db", str(files.db), "--user", "maija", "--password-stdin"]
    code = main(args)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    # One line of Kirjuri's own; nothing SQLCipher printed on the way.
    assert err.startswith("kirjuri: ") and err.count("\n") == 1, err
    assert "sqlcipher" not in err.lower() and "ERROR" not in err
    return code, err


def test_wrong_password(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, err = check(files, "not the password", monkeypatch, capfd)
    assert code == 3 and "password is wrong" in err


def test_real_damage(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    with files.db.open("r+b") as handle:
        handle.seek(1000)
        handle.write(b"\xa5" * 32)
    code, err = check(files, PASSWORDS["maija"], monkeypatch, capfd)
    assert code == 5 and "damaged" in err


@pytest.fixture
def other_register(tmp_path: Path) -> RegisterFiles:
    """Another business's register, with a main user of the same name and password."""
    files = RegisterFiles(tmp_path / "other" / "register.kirjuri")
    made = create_new_register(
        files,
        BusinessDetails("Toinen Oy", ""),
        NewUser("maija", "Maija Toinen", Role.ADMIN),
        PASSWORDS["maija"],
        require_business_id=False,
    )
    made.register.close()
    return files


@pytest.mark.parametrize("password", [PASSWORDS["maija"], "the other register's password"])
def test_another_registers_key_file(
    files: RegisterFiles,
    other_register: RegisterFiles,
    password: str,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    shutil.copy2(other_register.keys, files.keys)
    before = files.db.read_bytes()
    code, err = check(files, password, monkeypatch, capfd)
    assert code == 10 and "belongs to another register" in err
    assert files.db.read_bytes() == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def test_a_full_disk_is_not_damage(
    small_disk: Path,
    register_template: Template,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    files = RegisterFiles(small_disk / "register.kirjuri")
    shutil.copy2(register_template.files.db, files.db)
    shutil.copy2(register_template.files.keys, files.keys)
    before = files.db.read_bytes()
    _fill(small_disk)
    code, err = check(files, PASSWORDS["maija"], monkeypatch, capfd)
    assert code == 7 and "disk is full" in err
    assert "damaged" not in err
    (small_disk / "filler").unlink()
    assert files.db.read_bytes() == before
