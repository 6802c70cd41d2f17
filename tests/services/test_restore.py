"""Restoring through the service: only a main user's password or the recovery key opens the way,
and a backup this version cannot open is refused before anything is replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import NewerRegister, WrongPassword
from desktop.services import restore
from desktop.services.gate import Gate
from desktop.store.backup import create_backup
from desktop.store.backup_format import MANIFEST_NAME
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS, Template


@pytest.fixture
def backup(files: RegisterFiles, tmp_path: Path) -> Path:
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    path = create_backup(gate.register, tmp_path).path
    gate.close()
    return path


def test_unlock_rules(backup: Path, register_template: Template) -> None:
    with pytest.raises(restore.RestoreNeedsMainUser):
        restore.unlock_with_password(backup, "lukija", PASSWORDS["lukija"])
    with pytest.raises(WrongPassword):
        restore.unlock_with_password(backup, "maija", "not her password")
    assert (
        restore.unlock_with_password(backup, " Maija ", PASSWORDS["maija"]).unlocked_by == "maija"
    )
    by_key = restore.unlock_with_recovery_key(backup, register_template.recovery_key)
    assert by_key.manifest.tables["users"] == 3
    assert restore.backup_usernames(backup) == ["lukija", "maija", "ville"]


def test_newer_backup_is_refused_before_anything_changes(
    backup: Path, files: RegisterFiles
) -> None:
    manifest = json.loads((backup / MANIFEST_NAME).read_text())
    manifest["schema_revision"] = "9999"
    (backup / MANIFEST_NAME).write_text(json.dumps(manifest))
    before = files.db.read_bytes()
    with pytest.raises(NewerRegister):
        restore.unlock_with_password(backup, "maija", PASSWORDS["maija"])
    assert files.db.read_bytes() == before


def test_restore_writes_its_audit_entry(backup: Path, files: RegisterFiles) -> None:
    unlocked = restore.unlock_with_password(backup, "maija", PASSWORDS["maija"])
    result = restore.restore(unlocked, files)
    assert result.kept_copy is not None and result.kept_copy.exists()
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    from sqlalchemy import select

    from desktop.store.models import AuditEntry

    with gate.register.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "register_restored" in actions
    gate.close()
