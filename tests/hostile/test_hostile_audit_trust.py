"""Issue 15 item 6: the audit log and the user rows against someone who holds the data key (every
user does) and edits the database with direct SQL. The chain's head is anchored outside the
database (key-slot file, backup manifest, audit export) and the user rows are signed with the
main users' key, which a clerk's password does not unlock."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from desktop.cli.main import main
from desktop.core.roles import Role
from desktop.errors import UserRecordForged
from desktop.services.access.gate import Gate
from desktop.services.access.users import UserService
from desktop.services.register.audit_view import AuditFilter, AuditViewer
from desktop.services.register.integrity import check_register
from desktop.store import audit
from desktop.store.backup import create_backup
from desktop.store.backup_format import DB_NAME, KEYS_NAME, MANIFEST_NAME
from desktop.store.engine import make_engine
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import AuditEntry, User
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS


def _busy_day(files: RegisterFiles) -> None:
    """A main user's session that audits a few things (and so anchors them, signed)."""
    gate = Gate(files)
    current = gate.login("maija", PASSWORDS["maija"]).user
    assert gate.register is not None and gate.register.signing_key is not None
    for _ in range(5):
        gate.record(current, "lock")
    gate.close()


def _sql(
    files: RegisterFiles, change: Callable[[Connection], None], keys: Path | None = None
) -> None:
    """What a clerk with the data key can do: any SQL, triggers dropped first."""
    slots = KeySlotFile.load(keys or files.keys)
    key = slots.unwrap_with_password("ville", PASSWORDS["ville"])
    engine = make_engine(files.db, key)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
            connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
            change(connection)
    finally:
        engine.dispose()


def _check(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["maija"] + "\n"))
    args = ["--lang", "en", "check", "--db", str(files.db), "--user", "maija", "--password-stdin"]
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def _rehash_from(connection: Connection, first_id: int) -> None:
    """Recompute every hash from `first_id` on, as someone who read audit.py would."""
    rows = connection.execute(
        text("SELECT id FROM audit_log WHERE id >= :first ORDER BY id"), {"first": first_id}
    ).all()
    with Session(bind=connection) as session:
        previous = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == first_id - 1))
        for (entry_id,) in rows:
            entry = session.get_one(AuditEntry, entry_id)
            entry.prev_hash = previous or audit.GENESIS
            entry.hash = audit._digest(entry.prev_hash, entry)  # noqa: SLF001 - the attacker's view
            previous = entry.hash
        session.flush()


def test_deleting_the_newest_entries_is_detected(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_day(files)
    _sql(
        files,
        lambda c: c.execute(
            text("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")
        ),
    )
    code, out = _check(files, monkeypatch, capsys)
    assert code == 1
    assert "anchor: audit entry" in out and "missing" in out


def test_editing_an_entry_and_rehashing_is_detected(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _busy_day(files)

    def forge(connection: Connection) -> None:
        connection.execute(text("UPDATE audit_log SET username = 'ville' WHERE id = 2"))
        _rehash_from(connection, 2)

    _sql(files, forge)
    code, out = _check(files, monkeypatch, capsys)
    assert code == 1
    assert "differs from the anchored hash" in out
    assert "audit chain broken" not in out  # the chain itself fits: only the anchor tells


def test_rewriting_the_unsigned_anchor_too_is_detected(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The clerk also moves the plain anchor to the forged head; the one a main user signed
    still holds the old hash."""
    _busy_day(files)

    def forge(connection: Connection) -> None:
        connection.execute(text("UPDATE audit_log SET action = 'nothing' WHERE id = 3"))
        _rehash_from(connection, 3)

    _sql(files, forge)
    document = json.loads(files.keys.read_bytes())
    key = KeySlotFile.load(files.keys).unwrap_with_password("ville", PASSWORDS["ville"])
    engine = make_engine(files.db, key)
    with engine.connect() as connection:
        last_id, digest = connection.execute(
            text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    engine.dispose()
    document["anchor"]["hash"] = digest
    assert document["anchor"]["last_id"] == last_id
    files.keys.write_text(json.dumps(document))
    code, out = _check(files, monkeypatch, capsys)
    assert code == 1 and "signed anchor" in out


def test_a_clerk_promoted_by_sql_is_refused_and_reported(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        files, lambda c: c.execute(text("UPDATE users SET role = 'admin' WHERE username = 'ville'"))
    )
    gate = Gate(files)
    with pytest.raises(UserRecordForged) as refused:
        gate.login("ville", PASSWORDS["ville"])
    assert refused.value.exit_code == 9
    gate.close()
    code, out = _check(files, monkeypatch, capsys)
    assert code == 1 and "(ville): role or status not signed" in out
    # and the refusal is in the audit log
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    with gate.register.read() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    gate.close()
    assert "login_refused_forged" in actions


def test_a_clerk_cannot_sign(files: RegisterFiles) -> None:
    """A clerk's slot holds no signing key, and a clerk's session cannot change users."""
    gate = Gate(files)
    gate.login("ville", PASSWORDS["ville"])
    assert gate.register is not None and gate.register.signing_key is None
    gate.close()
    document = json.loads(files.keys.read_bytes())
    owners = {slot["owner"] for slot in document["slots"] if "signing_wrapped" in slot}
    assert owners == {"maija", "recovery"}


def test_users_changed_through_kirjuri_stay_signed(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gate = Gate(files)
    maija = gate.login("maija", PASSWORDS["maija"]).user
    assert gate.register is not None
    users = UserService(gate.register, maija)
    ville = next(u for u in users.list_users() if u.username == "ville")
    users.update_user(ville.id, full_name=ville.full_name, title="", role=Role.ADMIN)
    users.reset_password(ville.id, "villen uusi salasana")
    gate.close()
    gate = Gate(files)
    assert gate.login("ville", "villen uusi salasana").user.role == Role.ADMIN
    assert gate.register is not None and gate.register.signing_key is not None
    report = check_register(gate.register)
    gate.close()
    assert report.ok, report.problems


def test_backup_manifest_and_audit_export_carry_the_anchor(
    files: RegisterFiles, tmp_path: Path
) -> None:
    gate = Gate(files)
    maija = gate.login("maija", PASSWORDS["maija"]).user
    assert gate.register is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    made = create_backup(gate.register, stick).path
    export = tmp_path / "loki.csv"
    AuditViewer(gate.register, maija).export_csv(AuditFilter(), export, ["a"])
    gate.close()
    manifest = json.loads((made / MANIFEST_NAME).read_text())
    keys = json.loads((made / KEYS_NAME).read_text())
    assert manifest["audit_anchor"]["entries"] > 0
    assert keys["anchor"]["hash"] == manifest["audit_anchor"]["hash"]
    assert manifest["audit_anchor"]["signature"]  # a main user's backup
    rows = list(csv.reader(export.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[-1][0] == "kirjuri-audit-anchor" and len(rows[-1][3]) == 64 and rows[-1][4]
    export.unlink()


def test_a_register_from_before_signing_keys_gets_one(files: RegisterFiles) -> None:
    """Made by an earlier version: no public key, no signatures. The first main user's login
    makes the key pair and signs every row; the clerk logs in as before."""
    document = json.loads(files.keys.read_bytes())
    for name in ("public_key", "anchor", "signed_anchor"):
        document.pop(name, None)
    for slot in document["slots"]:
        slot.pop("signing_nonce", None)
        slot.pop("signing_wrapped", None)
    files.keys.write_text(json.dumps(document))
    _sql(files, lambda c: c.execute(text("UPDATE users SET signature = NULL")))
    gate = Gate(files)
    assert gate.login("ville", PASSWORDS["ville"]).user.role == Role.CLERK
    gate.close()
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None and gate.register.signing_key is not None
    with gate.register.read() as session:
        assert all(user.signature for user in session.scalars(select(User)))
    assert check_register(gate.register).ok
    gate.close()
    assert hashlib.sha256(files.keys.read_bytes()).hexdigest()
    assert "public_key" in json.loads(files.keys.read_bytes())


def test_a_backup_whose_audit_log_was_cut_fails_verify(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Entries removed from a backup's copy and the manifest's checksum made to fit: the
    manifest's anchor still tells."""
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    made = create_backup(gate.register, stick).path
    gate.close()
    _sql(
        RegisterFiles(made / DB_NAME),
        lambda c: c.execute(
            text("DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)")
        ),
        keys=made / KEYS_NAME,
    )
    manifest = json.loads((made / MANIFEST_NAME).read_text())
    manifest["tables"]["audit_log"] -= 2
    manifest["files"][DB_NAME] = {
        "size": (made / DB_NAME).stat().st_size,
        "sha256": hashlib.sha256((made / DB_NAME).read_bytes()).hexdigest(),
    }
    (made / MANIFEST_NAME).write_text(json.dumps(manifest))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["maija"] + "\n"))
    code = main(["--lang", "en", "verify", str(made), "--password-stdin", "--user", "maija"])
    _, err = capsys.readouterr()
    assert code == 5 and "does not end where the manifest says" in err
