"""Schema versions (Alembic) and the append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import DBAPIError

from desktop.errors import NewerRegister
from desktop.services.register.integrity import check_register
from desktop.store import audit, schema
from desktop.store.engine import make_engine
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import AuditEntry
from desktop.store.register import Register, RegisterFiles, open_register

NEXT_MIGRATION = '''"""Test only: a nickname for users, one step after this program's newest schema.

Revision ID: 9001
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("nickname", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    raise NotImplementedError
'''


def open_as_maija(files: RegisterFiles, passwords: dict[str, str]) -> Register:
    return open_register(
        files, lambda slots: slots.unwrap_with_password("maija", passwords["maija"])
    )


def raw_engine(files: RegisterFiles, passwords: dict[str, str]) -> Engine:
    """The database keyed directly, bypassing Register: what someone with the key could do."""
    key = KeySlotFile.load(files.keys).unwrap_with_password("maija", passwords["maija"])
    return make_engine(files.db, key)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- schema ---------------------------------------------------------------------------------------
def test_a_fresh_register_is_at_head(files: RegisterFiles, passwords: dict[str, str]) -> None:
    register = open_as_maija(files, passwords)
    try:
        status = schema.status(register.engine)
        assert status.up_to_date
        assert status.current == schema.head_revision()
        assert register.upgraded_from_copy is None
    finally:
        register.close()


def test_a_newer_register_is_refused_and_left_alone(
    files: RegisterFiles, passwords: dict[str, str]
) -> None:
    engine = raw_engine(files, passwords)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = digest(files.db), digest(files.keys)
    with pytest.raises(NewerRegister):
        open_as_maija(files, passwords)
    assert (digest(files.db), digest(files.keys)) == before
    assert not list(files.db.parent.glob("*before-upgrade*"))


def test_an_older_register_is_upgraded_after_keeping_a_copy(
    files: RegisterFiles,
    passwords: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = schema.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(schema.SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_nickname.py").write_text(NEXT_MIGRATION.replace("{head}", head))
    monkeypatch.setattr(schema, "SCRIPT_LOCATION", str(scripts))
    assert schema.head_revision() == "9001"

    register = open_as_maija(files, passwords)
    try:
        assert schema.current_revision(register.engine) == "9001"
        columns = {c["name"] for c in inspect(register.engine).get_columns("users")}
        assert "nickname" in columns
        copy = register.upgraded_from_copy
    finally:
        register.close()

    assert copy is not None and copy.exists()
    copy_files = RegisterFiles(copy)
    assert copy_files.keys.exists()
    monkeypatch.undo()  # this program again knows only its own head: the copy opens unchanged
    old = open_as_maija(copy_files, passwords)
    try:
        assert schema.current_revision(old.engine) == head
        columns = {c["name"] for c in inspect(old.engine).get_columns("users")}
        assert "nickname" not in columns
    finally:
        old.close()


# --- audit ----------------------------------------------------------------------------------------
def test_the_audit_log_is_append_only(files: RegisterFiles, passwords: dict[str, str]) -> None:
    register = open_as_maija(files, passwords)
    try:
        for statement in (
            "UPDATE audit_log SET action = 'nothing' WHERE id = 1",
            "DELETE FROM audit_log WHERE id = 1",
        ):
            with pytest.raises(DBAPIError, match="append-only"), register.write() as session:
                session.execute(text(statement))
        with register.read() as session:
            assert session.scalar(select(AuditEntry.action).where(AuditEntry.id == 1)) == (
                "register_created"
            )
    finally:
        register.close()


def test_a_fresh_chain_verifies(files: RegisterFiles, passwords: dict[str, str]) -> None:
    register = open_as_maija(files, passwords)
    try:
        with register.write() as session:
            audit.append(session, audit.Actor(1, "maija"), "test", entity="x", fields=["b", "a"])
        with register.read() as session:
            result = audit.verify(session)
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert result.ok and result.entries >= 5
        assert last is not None and last.fields == "a,b"
        report = check_register(register)
        assert report.ok, report.problems
        assert report.audit_entries == result.entries
        assert report.schema_revision == schema.head_revision()
    finally:
        register.close()


@pytest.mark.parametrize(
    ("statement", "broken", "reason"),
    [
        ("UPDATE audit_log SET fields = 'full_name' WHERE id = 2", 2, "content"),
        ("UPDATE audit_log SET username = 'ville' WHERE id = 3", 3, "content"),
        ("DELETE FROM audit_log WHERE id = 2", 3, "previous hash"),
    ],
)
def test_tampering_with_an_entry_breaks_the_chain_there(
    files: RegisterFiles, passwords: dict[str, str], statement: str, broken: int, reason: str
) -> None:
    engine = raw_engine(files, passwords)
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text(statement))
    engine.dispose()

    register = open_as_maija(files, passwords)
    try:
        with register.read() as session:
            result = audit.verify(session)
        assert result.first_broken_id == broken
        assert reason in result.reason
        report = check_register(register)
        assert not report.ok
        assert any(f"audit chain broken at entry {broken}" in p for p in report.problems)
    finally:
        register.close()
