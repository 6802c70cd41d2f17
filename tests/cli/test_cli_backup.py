"""`kirjuri backup`, `verify` and `restore` as a scheduled task would run them: real processes,
real files, a second computer simulated by a fresh data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.store.backup_format import DB_NAME, backups_in
from desktop.store.register import RegisterFiles
from tests.cli.test_cli_main import run_process
from tests.registers import Template

PW = "maijan salasana"


@pytest.mark.slow
def test_backup_verify_restore_on_a_new_computer(files: RegisterFiles, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_process(
        [
            "backup",
            "--db",
            str(files.db),
            "--to",
            str(stick),
            "--user",
            "maija",
            "--password-stdin",
        ],
        PW + "\n",
    )
    assert done.returncode == 0, done.stderr
    [backup] = backups_in(stick)
    assert f"Backup made and verified: {backup}" in done.stdout

    shallow = run_process(["verify", str(backup)], "")
    assert shallow.returncode == 0 and "without a password" in shallow.stdout
    full = run_process(
        ["verify", str(backup), "--user", "ville", "--password-stdin"], "villen salasana\n"
    )
    assert full.returncode == 0 and "database checks passed" in full.stdout, full.stderr

    # Another computer: its own empty data folder, no register yet.
    home = tmp_path / "new-computer"
    env = {"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    refused = run_process(
        ["--lang", "en", "restore", str(backup), "--user", "ville", "--password-stdin"],
        "villen salasana\n",
        env=env,
    )
    assert refused.returncode == 9 and "main user" in refused.stderr
    wrong = run_process(
        ["--lang", "en", "restore", str(backup), "--user", "maija", "--password-stdin"],
        "wrong password\n",
        env=env,
    )
    assert wrong.returncode == 3
    restored = run_process(
        ["--lang", "en", "restore", str(backup), "--user", "maija", "--password-stdin"],
        PW + "\n",
        env=env,
    )
    assert restored.returncode == 0, restored.stderr
    new_register = home / "data" / "Kirjuri" / "register.kirjuri"
    assert new_register.exists() and "kept" not in restored.stdout
    check = run_process(
        ["--lang", "en", "check", "--user", "maija", "--password-stdin"], PW + "\n", env=env
    )
    assert check.returncode == 0, check.stderr


def test_verify_reports_damage_with_exit_code_5(files: RegisterFiles, tmp_path: Path) -> None:
    done = run_process(
        [
            "backup",
            "--db",
            str(files.db),
            "--to",
            str(tmp_path),
            "--user",
            "maija",
            "--password-stdin",
        ],
        PW + "\n",
    )
    assert done.returncode == 0, done.stderr
    [backup] = backups_in(tmp_path)
    with (backup / DB_NAME).open("r+b") as handle:
        handle.truncate(8192)
    damaged = run_process(["verify", str(backup)], "")
    assert damaged.returncode == 5
    assert "is cut short" in damaged.stderr
    missing = run_process(["verify", str(tmp_path / "nothing")], "")
    assert missing.returncode == 4 and "not a Kirjuri backup" in missing.stderr
    full_stick = run_process(
        [
            "backup",
            "--db",
            str(files.db),
            "--to",
            str(tmp_path / "gone"),
            "--password-stdin",
            "--user",
            "maija",
        ],
        PW + "\n",
    )
    assert full_stick.returncode == 7 and "earlier backups are untouched" in full_stick.stderr
    assert os.listdir(tmp_path).count("gone") == 0


def test_help_lists_exit_codes() -> None:
    done = run_process(["restore", "--help"], "")
    assert done.returncode == 0 and "exit codes:" in done.stdout and "130" in done.stdout


def test_restore_with_recovery_key_keeps_the_register_as_it_was(
    files: RegisterFiles, register_template: Template, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_process(
        [
            "backup",
            "--db",
            str(files.db),
            "--to",
            str(stick),
            "--user",
            "maija",
            "--password-stdin",
        ],
        PW + "\n",
    )
    assert done.returncode == 0, done.stderr
    [backup] = backups_in(stick)
    before = files.db.read_bytes()

    wrong = run_process(
        ["restore", str(backup), "--db", str(files.db), "--recovery-key-stdin"], "AAAAA-BBBBB\n"
    )
    assert wrong.returncode == 3 and "recovery key is wrong" in wrong.stderr
    assert files.db.read_bytes() == before  # refused: the register is untouched
    assert not list(files.db.parent.glob("*before-restore*"))

    restored = run_process(
        ["restore", str(backup), "--db", str(files.db), "--recovery-key-stdin"],
        register_template.recovery_key + "\n",
    )
    assert restored.returncode == 0, restored.stderr
    [kept] = files.db.parent.glob("register.before-restore-*.kirjuri")
    assert f"kept at {kept}" in restored.stdout
    assert kept.read_bytes() == before and kept.with_name(kept.name + ".keys").exists()
    check = run_process(
        ["check", "--db", str(files.db), "--user", "maija", "--password-stdin"], PW + "\n"
    )
    assert check.returncode == 0, check.stderr
