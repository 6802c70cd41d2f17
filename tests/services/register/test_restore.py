"""Restoring through the service: only a main user's password or the recovery key opens the way,
and a backup this version cannot open is refused before anything is replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import NewerRegister, WrongPassword
from desktop.services.access.gate import Gate
from desktop.services.register import restore
from desktop.store.backup import create_backup
from desktop.store.backup_format import MANIFEST_NAME
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS, Template

# The backup and restore of a register file; a server register's backup (a snapshot exported
# into a temporary file, then the same .kbak) is tested in tests/services/server/test_server_backup.py.
pytestmark = pytest.mark.sqlcipher_only("the backup and restore of a register file")


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


def test_backup_from_an_older_schema_is_upgraded_when_restored(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later Kirjuri (one more migration) restores today's backup on a new computer: the
    normal upgrade path runs, with its own copy kept first."""
    import shutil

    from sqlalchemy import inspect

    from desktop.store import schema
    from tests.store.test_schema_audit import NEXT_MIGRATION

    scripts = tmp_path / "migrations"
    shutil.copytree(schema.SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    (scripts / "versions" / "9001_nickname.py").write_text(NEXT_MIGRATION.replace("{head}", head))
    monkeypatch.setattr(schema, "SCRIPT_LOCATION", str(scripts))

    new_computer = RegisterFiles(tmp_path / "new" / "register.kirjuri")
    unlocked = restore.unlock_with_password(backup, "maija", PASSWORDS["maija"])
    assert unlocked.manifest.schema_revision == head
    result = restore.restore(unlocked, new_computer)
    assert result.kept_copy is None
    assert list(new_computer.db.parent.glob(f"*before-upgrade-{head}-*.kirjuri"))
    gate = Gate(new_computer)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    assert schema.current_revision(gate.register.engine) == "9001"
    assert "nickname" in {c["name"] for c in inspect(gate.register.engine).get_columns("users")}
    gate.close()
