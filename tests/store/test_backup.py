"""Backups: made with the online backup API while the register is open, verified by reopening,
the newest N kept; verify finds flipped bytes, truncation and manifests that do not match."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.backup import create_backup, prune
from desktop.store.backup_format import (
    DB_NAME,
    KEYS_NAME,
    MANIFEST_NAME,
    backups_in,
    verify_backup,
    verify_structure,
)
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

T0 = datetime(2026, 11, 24, 9, 30, 0)


@pytest.fixture
def services(files: RegisterFiles) -> Services:
    gate = Gate(files)
    result = gate.login("maija", PASSWORDS["maija"])
    yield Services.for_user(gate, result.user)
    gate.close()


def test_backup_is_verified_whole_and_holds_nothing_readable(
    services: Services, tmp_path: Path
) -> None:
    medium = tmp_path / "stick"
    medium.mkdir()
    done = create_backup(services.gate.register, medium, now=T0)
    assert done.path == medium / "kirjuri-20261124-093000.kbak"
    assert sorted(p.name for p in done.path.iterdir()) == [MANIFEST_NAME, DB_NAME, KEYS_NAME]
    assert not [p for p in medium.iterdir() if p.name.startswith(".")]  # no temp left
    manifest = json.loads((done.path / MANIFEST_NAME).read_text())
    assert manifest["format"] == "kirjuri-backup"
    assert manifest["schema_revision"]
    assert manifest["tables"]["users"] == 3
    assert set(manifest["files"]) == {DB_NAME, KEYS_NAME}
    # Nothing personal on the medium in the clear: not the business, not a user's full name.
    for file in done.path.iterdir():
        data = file.read_bytes()
        for secret in ("Meikäläinen", "Virtanen", "Kahvila", "Lukija"):
            assert secret.encode() not in data, file.name
    assert not (done.path / DB_NAME).read_bytes().startswith(b"SQLite format 3")
    full = verify_backup(done.path, services.gate.register.backup_key())
    assert full.ok and full.full


def test_keeps_the_newest_n_and_nothing_else(services: Services, tmp_path: Path) -> None:
    medium = tmp_path / "stick"
    medium.mkdir()
    (medium / "holiday-photos").mkdir()
    (medium / "kirjuri-notes.txt").write_text("mine")
    for day in range(4):
        create_backup(services.gate.register, medium, keep=3, now=T0 + timedelta(days=day))
    names = [p.name for p in backups_in(medium)]
    assert names == [
        "kirjuri-20261125-093000.kbak",
        "kirjuri-20261126-093000.kbak",
        "kirjuri-20261127-093000.kbak",
    ]
    assert (medium / "holiday-photos").is_dir() and (medium / "kirjuri-notes.txt").exists()
    assert prune(medium, 1) and len(backups_in(medium)) == 1


def test_same_second_twice_gets_the_next_name(services: Services, tmp_path: Path) -> None:
    first = create_backup(services.gate.register, tmp_path, now=T0)
    second = create_backup(services.gate.register, tmp_path, now=T0)
    assert first.path != second.path and verify_structure(second.path).ok


@pytest.fixture
def backup(services: Services, tmp_path: Path) -> Path:
    return create_backup(services.gate.register, tmp_path, now=T0).path


def test_flipped_byte_is_found_without_password(backup: Path) -> None:
    db = backup / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    result = verify_structure(backup)
    assert not result.ok
    assert result.reasons() == [
        f"The file {DB_NAME} is damaged: its SHA-256 checksum differs from the manifest."
    ]


def test_flipped_byte_is_found_by_the_database_checks_too(backup: Path, services: Services) -> None:
    """Even with the checksum in the manifest made to match, SQLCipher's page HMAC says no."""
    from desktop.store.backup_format import sha256_of

    db = backup / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 + 100] ^= 0x01  # inside page 2
    db.write_bytes(bytes(data))
    manifest = json.loads((backup / MANIFEST_NAME).read_text())
    manifest["files"][DB_NAME]["sha256"] = sha256_of(db)
    (backup / MANIFEST_NAME).write_text(json.dumps(manifest))
    assert verify_structure(backup).ok
    result = verify_backup(backup, services.gate.register.backup_key())
    assert not result.ok
    assert any("cipher_integrity_check" in reason for reason in result.reasons())


def test_truncated_backup_is_rejected(backup: Path) -> None:
    db = backup / DB_NAME
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(size // 2)
    reasons = verify_structure(backup).reasons()
    assert reasons == [f"The file {DB_NAME} is cut short: {size // 2} of {size} bytes."]


def test_manifest_counts_must_match(backup: Path, services: Services) -> None:
    manifest = json.loads((backup / MANIFEST_NAME).read_text())
    manifest["tables"]["users"] = 4
    (backup / MANIFEST_NAME).write_text(json.dumps(manifest))
    result = verify_backup(backup, services.gate.register.backup_key())
    assert result.reasons() == ["The table users has 3 rows, the manifest says 4."]


def test_wrong_format_and_missing_files(backup: Path, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    assert verify_structure(tmp_path / "other").reasons() == [
        "This is not a Kirjuri backup (no manifest.json)."
    ]
    (backup / KEYS_NAME).unlink()
    assert verify_structure(backup).reasons() == [
        f"The file {KEYS_NAME} is missing from the backup."
    ]
    (backup / MANIFEST_NAME).write_text('{"format": "zip"}')
    assert verify_structure(backup).reasons() == [
        "The backup's manifest is damaged or of another format."
    ]
