"""The encrypted register and its key slots, on real SQLCipher files."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.errors import (
    CorruptRegister,
    KeySlotsDamaged,
    MissingKeySlots,
    NotARegister,
    RegisterExists,
    WrongPassword,
    WrongRecoveryKey,
)
from desktop.store import crypto
from desktop.store.engine import PLAIN_SQLITE_HEADER, make_engine, translated_errors
from desktop.store.keyslots import KeySlotFile
from desktop.store.register import Register, RegisterFiles, create_register, open_register

PASSWORDS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _known_passwords(passwords: dict[str, str]) -> None:
    PASSWORDS.update(passwords)


def open_as(files: RegisterFiles, username: str, password: str | None = None) -> Register:
    secret = password if password is not None else PASSWORDS[username]
    return open_register(files, lambda slots: slots.unwrap_with_password(username, secret))


def test_create_then_reopen_with_the_right_password(files: RegisterFiles) -> None:
    register = open_as(files, "maija")
    try:
        assert register.keyslots.usernames() == ["lukija", "maija", "ville"]
        assert not register.is_demo()
    finally:
        register.close()


def test_wrong_password_is_refused(files: RegisterFiles) -> None:
    with pytest.raises(WrongPassword):
        open_as(files, "maija", "väärä salasana")
    with pytest.raises(WrongPassword):
        open_as(files, "nobody", "whatever password")


def test_a_wrong_raw_key_cannot_read_the_file(files: RegisterFiles) -> None:
    engine = make_engine(files.db, crypto.new_data_key())
    try:
        with pytest.raises(CorruptRegister), translated_errors(files.db), engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    finally:
        engine.dispose()


def test_sqlcipher_4_defaults_and_no_plain_header(files: RegisterFiles) -> None:
    register = open_as(files, "maija")
    try:
        with register.engine.connect() as conn:
            settings = {row[0] for row in conn.execute(text("PRAGMA cipher_settings"))}
            version = conn.execute(text("PRAGMA cipher_version")).scalar()
    finally:
        register.close()
    assert {
        "PRAGMA kdf_iter = 256000;",
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_use_hmac = 1;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
    } <= settings
    assert str(version).startswith("4.")
    assert files.db.read_bytes()[:16] != PLAIN_SQLITE_HEADER


def test_a_plain_sqlite_file_is_not_a_register(files: RegisterFiles) -> None:
    files.db.unlink()
    with sqlite3.connect(files.db) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotARegister):
        open_as(files, "maija")


def test_missing_key_slots(files: RegisterFiles) -> None:
    files.keys.unlink()
    with pytest.raises(MissingKeySlots):
        open_as(files, "maija")


@pytest.mark.parametrize("garbage", [b"[]", b'{"format": "other"}'])
def test_garbage_key_slots_are_not_a_register(files: RegisterFiles, garbage: bytes) -> None:
    files.keys.write_bytes(garbage)
    with pytest.raises(NotARegister):
        open_as(files, "maija")


@pytest.mark.parametrize("garbage", [b"\x00\xff garbage", b'{"format": "kirjuri-keyslots"}'])
def test_a_damaged_key_slot_file_says_so(files: RegisterFiles, garbage: bytes) -> None:
    files.keys.write_bytes(garbage)
    with pytest.raises(KeySlotsDamaged):
        open_as(files, "maija")


def test_key_slot_file_holds_no_personal_data(files: RegisterFiles) -> None:
    raw = files.keys.read_bytes()
    for name in ("Meikäläinen", "Meik", "Virtanen", "Kahvila", "Lukija"):
        assert name.encode() not in raw
        assert name.encode("unicode_escape") not in raw
    document = json.loads(raw)
    required = {"format", "version", "register_id", "slots", "db_salt", "public_key"}
    assert required <= set(document) <= {*required, "anchor", "signed_anchor"}
    for slot in document["slots"]:
        basic = {"kind", "owner", "kdf", "nonce", "wrapped"}
        assert set(slot) in (basic, {*basic, "signing_nonce", "signing_wrapped"})
        assert set(slot["kdf"]) == {"salt", "memory_kib", "iterations", "lanes", "name"}
    assert sorted(s["owner"] for s in document["slots"]) == ["lukija", "maija", "recovery", "ville"]


def test_argon2_parameters_are_stored_per_slot(files: RegisterFiles) -> None:
    slots = KeySlotFile.load(files.keys).slots
    salts = {slot.kdf.salt for slot in slots}
    assert len(salts) == len(slots)
    for slot in slots:
        assert slot.kdf.name == "argon2id"
        assert slot.kdf.memory_kib >= 64 * 1024
        assert slot.kdf.iterations >= 3
        assert len(crypto.unb64(slot.kdf.salt)) == crypto.SALT_BYTES


def test_changing_a_password_rewraps_only_that_slot(files: RegisterFiles) -> None:
    before = {(s.kind, s.owner): s.to_json() for s in KeySlotFile.load(files.keys).slots}
    register = open_as(files, "maija")
    try:
        register.set_password("ville", "uusi salasana 123")
    finally:
        register.close()
    after = {(s.kind, s.owner): s.to_json() for s in KeySlotFile.load(files.keys).slots}
    assert set(after) == set(before)
    for key, slot in before.items():
        if key == ("password", "ville"):
            for part in ("nonce", "wrapped"):
                assert after[key][part] != slot[part]
            assert after[key]["kdf"]["salt"] != slot["kdf"]["salt"]  # type: ignore[index]
        else:
            assert after[key] == slot
    with pytest.raises(WrongPassword):
        open_as(files, "ville")
    open_as(files, "ville", "uusi salasana 123").close()
    open_as(files, "maija").close()


def test_removing_a_user_removes_the_slot(files: RegisterFiles) -> None:
    register = open_as(files, "maija")
    try:
        register.remove_slot("lukija")
    finally:
        register.close()
    assert KeySlotFile.load(files.keys).usernames() == ["maija", "ville"]
    with pytest.raises(WrongPassword):
        open_as(files, "lukija")


def test_recovery_key_opens(files: RegisterFiles, register_template) -> None:
    typed = register_template.recovery_key.lower().replace("-", " ")
    open_register(files, lambda slots: slots.unwrap_with_recovery(typed)).close()
    with pytest.raises(WrongRecoveryKey):
        open_register(files, lambda slots: slots.unwrap_with_recovery(crypto.new_recovery_key()))


def test_a_slot_copied_under_another_user_name_does_not_open(files: RegisterFiles) -> None:
    document = json.loads(files.keys.read_bytes())
    maija = next(s for s in document["slots"] if s["owner"] == "maija")
    ville = next(s for s in document["slots"] if s["owner"] == "ville")
    ville.update({k: maija[k] for k in ("kdf", "nonce", "wrapped")})
    files.keys.write_text(json.dumps(document))
    with pytest.raises(WrongPassword):
        open_as(files, "ville", PASSWORDS["maija"])
    open_as(files, "maija").close()


def test_a_slot_file_from_another_register_does_not_open(files: RegisterFiles) -> None:
    document = json.loads(files.keys.read_bytes())
    document["register_id"] = "00000000-0000-0000-0000-000000000000"
    files.keys.write_text(json.dumps(document))
    with pytest.raises(WrongPassword):
        open_as(files, "maija")


def test_atomic_write_leaves_no_temporary_files(files: RegisterFiles) -> None:
    register = open_as(files, "maija")
    try:
        for n in range(3):
            register.set_password("lukija", f"salasana numero {n}")
    finally:
        register.close()
    names = sorted(p.name for p in files.db.parent.iterdir())
    assert not [n for n in names if n.endswith(".tmp") or n.startswith(".")]


def test_a_failing_slot_save_keeps_the_old_file_whole(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = files.keys.read_bytes()
    register = open_as(files, "maija")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    try:
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", refuse)
            with pytest.raises(OSError):
                register.set_password("ville", "uusi salasana 123")
        assert files.keys.read_bytes() == original
        # Memory is back in step with the disk: the old password still checks out.
        register.check_password("ville", PASSWORDS["ville"])
    finally:
        register.close()
    assert [
        p.name for p in files.db.parent.iterdir() if p.name.endswith((".tmp", ".partial"))
    ] == []
    open_as(files, "ville").close()


def test_creating_over_an_existing_register_is_refused(files: RegisterFiles) -> None:
    before = files.db.read_bytes()
    with pytest.raises(RegisterExists):
        create_register(files)
    assert files.db.read_bytes() == before


def test_a_new_register_has_only_the_recovery_slot(tmp_path: Path) -> None:
    files = RegisterFiles(tmp_path / "deep" / "new.kirjuri")
    register, recovery_key = create_register(files)
    try:
        assert [s.kind for s in register.keyslots.slots] == ["recovery"]
        register.check_recovery_key(recovery_key)
    finally:
        register.close()
    assert files.db.exists() and files.keys.exists()
