"""The backup's integrity_check covers the whole file on Kirjuri's own schema.

SQLite checks the free-list and that every page of the file is used only when the first root
page of its list is not 0 (btree.c: a 0 first means a partial check). A table without a root
page of its own (the FTS5 table customer_search) lands first when the schema's hash order puts
it there, and the check then quietly skips both: a migration can change that order. This guard
reads the root list SQLite builds (EXPLAIN shows it) on a register made by the migrations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.services.access.gate import Gate
from desktop.store.backup_format import open_backup_db
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS


def _first_root(connection: Any) -> int:
    connection.text_factory = bytes
    for row in connection.execute("EXPLAIN PRAGMA integrity_check"):
        if row[1] == b"IntegrityCk":  # p4: "[root,root,...]"
            return int(row[5].strip(b"[]").split(b",")[0])
    raise AssertionError("no IntegrityCk in integrity_check's program")


def test_the_register_is_checked_as_a_whole_file(files: RegisterFiles, tmp_path: Path) -> None:
    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    key = gate.register.backup_key()
    gate.close()
    connection = open_backup_db(files.db, key)
    try:
        assert _first_root(connection) != 0
        # The other side, so that the guard is seen to fail: the same schema exported into a
        # plain file (SQLCipher's sqlcipher_export) loads in another order and is checked
        # only in part. (Why the benchmark's plain baseline is no guide here.)
        plain = tmp_path / "plain.db"
        connection.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        connection.execute("SELECT sqlcipher_export('plaintext')")
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()
    exported = sqlcipher3.connect(str(plain))
    try:
        assert _first_root(exported) == 0
    finally:
        exported.close()
        # The export holds the customers' names in the clear; the session's temp folder is
        # searched for such leaks (tests/ui/test_no_plaintext_on_disk.py).
        plain.unlink()
