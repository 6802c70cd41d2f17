"""Issue 15 item 11: cases that crashed (exit 70 or a LayoutError) where a plain result belongs:
a very tall recipients entry in the statement PDF, a register stamped with an older schema
version than its tables, and passwords or arguments that are not UTF-8. (The three kinds of
edited key-slot file are in test_hostile_key_slots.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.core.register_description import Recipient, default_description
from desktop.documents.statement import build_statement
from desktop.documents.statement_pdf import statement_pdf
from desktop.errors import SchemaStampMismatch
from desktop.services.access.gate import Gate
from desktop.store import schema
from desktop.store.engine import make_engine
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

ROOT = Path(__file__).resolve().parents[2]
TALL = "\n".join(f"rivi {i}: kirjanpito, palkanlaskenta ja arkistointi" for i in range(400))
RECIPIENTS = {
    "tall function": Recipient("Tilitoimisto", "FI", TALL, "", "1.3.2026"),
    "tall name": Recipient(TALL, "FI", "Kirjanpito", "", "1.3.2026"),
    "one long word": Recipient("Tilitoimisto", "FI", "x" * 20000, "y" * 5000, "1.3.2026"),
}


@pytest.mark.parametrize("case", list(RECIPIENTS))
def test_a_very_tall_recipient_entry_makes_a_statement(case: str, tmp_path: Path) -> None:
    description = replace(default_description("Kahvila"), recipients=(RECIPIENTS[case],))
    pdf = statement_pdf(build_statement(description, "fi", date(2026, 3, 5), 1))
    assert pdf.startswith(b"%PDF")
    if case != "one long word":
        path = tmp_path / "s.pdf"
        path.write_bytes(pdf)
        shown = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
        ).stdout
        assert "rivi 0:" in shown and "rivi 399:" in shown  # nothing cut away


def test_a_register_stamped_older_than_its_tables(files: RegisterFiles) -> None:
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    with gate.register.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    gate.close()
    for _attempt in range(2):  # and again: the first refusal changed nothing
        with pytest.raises(SchemaStampMismatch) as refused:
            Gate(files).login("maija", PASSWORDS["maija"])
        assert refused.value.exit_code == 5
    assert not list(files.db.parent.glob("*before-upgrade*"))
    key = KeySlotFile.load(files.keys).unwrap_with_password("maija", PASSWORDS["maija"])
    engine = make_engine(files.db, key)
    try:
        assert schema.current_revision(engine) == "0005"
        with engine.connect() as connection:
            assert connection.execute(select(AuditEntry.id).limit(1)).first() is not None
    finally:
        engine.dispose()


def _kirjuri(args: list[bytes], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"desktop", b"--lang", b"en", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        timeout=120,
    )
    assert b"Traceback" not in done.stdout + done.stderr
    assert done.returncode != 70, done.stderr
    return done


def test_a_password_that_is_not_utf8(tmp_path: Path) -> None:
    db = os.fsencode(tmp_path / "register.kirjuri")
    args = [b"init", b"--db", db, b"--business", b"Kahvila", b"--admin", b"maija"]
    done = _kirjuri([*args, b"--password-stdin"], b"salasana\xff\xfe123456\n")
    assert done.returncode == 2 and b"UTF-8" in done.stderr
    assert not (tmp_path / "register.kirjuri").exists()


def test_arguments_that_are_not_utf8(files: RegisterFiles, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/kansio\xff"
    db = folder + b"/register.kirjuri"
    args = [b"init", b"--db", db, b"--business", b"Kahvila", b"--admin", b"maija"]
    made = _kirjuri([*args, b"--password-stdin"], PASSWORDS["maija"].encode() + b"\n")
    assert made.returncode == 0 and b"kansio" in made.stdout
    bad_business = [b"init", b"--db", db + b"2", b"--business", b"Kahvila\xff", b"--admin", b"m"]
    refused = _kirjuri([*bad_business, b"--password-stdin"], b"salasana123456\n")
    assert refused.returncode == 2
    wrong_user = [b"check", b"--db", db, b"--user", b"ma\xffija", b"--password-stdin"]
    assert _kirjuri(wrong_user, PASSWORDS["maija"].encode() + b"\n").returncode == 3
    stick = os.fsencode(tmp_path) + b"/tikku\xfe"
    os.mkdir(stick)
    backup = [b"backup", b"--db", db, b"--to", stick, b"--user", b"maija", b"--password-stdin"]
    assert _kirjuri(backup, PASSWORDS["maija"].encode() + b"\n").returncode == 0
