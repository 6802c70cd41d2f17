"""The backup's copy is one snapshot: customers added while it is being copied are not in it, and
the copy is the register's own encrypted pages when the WAL could be checkpointed wholly, or made
by SQLite's online backup API when another connection still reads an older snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.customer_form import CustomerForm
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.backup import create_backup
from desktop.store.backup_format import DB_NAME, verify_backup
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

SALT = 16  # SQLCipher's first 16 bytes: the file's salt, in the clear


@pytest.fixture
def services(files: RegisterFiles) -> Iterator[Services]:
    gate = Gate(files)
    yield Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)
    gate.close()


def _count(services: Services) -> int:
    connection = services.gate.register.open_raw()
    try:
        return int(connection.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        connection.close()


def _add(services: Services, n: int) -> None:
    services.customers.create(CustomerForm(first_name=f"Uusi{n}", last_name="Asiakas"))


def test_customers_added_during_the_copy_are_not_in_it(services: Services, tmp_path: Path) -> None:
    before = _count(services)
    added = []

    def progress(step: str, done: int, total: int) -> None:
        if step == "copy" and done and len(added) < 3:
            _add(services, len(added))  # a writer commits while the pages are copied
            added.append(done)

    done = create_backup(services.gate.register, tmp_path, progress=progress, step_pages=1)
    assert len(added) == 3
    assert done.manifest.tables["customers"] == before
    assert _count(services) == before + 3
    result = verify_backup(done.path, services.gate.register.backup_key())
    assert result.ok and result.full, result.reasons()
    # The register's own pages: the same salt as the register's file, and one file only.
    register_db = services.gate.register.files.db
    assert (done.path / DB_NAME).read_bytes()[:SALT] == register_db.read_bytes()[:SALT]
    assert not [p for p in done.path.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]


def test_an_older_reader_makes_it_use_the_backup_api(services: Services, tmp_path: Path) -> None:
    register = services.gate.register
    reader = register.open_raw()
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customers").fetchone()  # an older snapshot held
        _add(services, 1)  # in the WAL, where the reader keeps the checkpoint from it
        expected = _count(services)
        done = create_backup(register, tmp_path)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert done.manifest.tables["customers"] == expected
    result = verify_backup(done.path, register.backup_key())
    assert result.ok and result.full, result.reasons()
    # A database of its own, written page by page under the same key: a salt of its own.
    assert (done.path / DB_NAME).read_bytes()[:SALT] != register.files.db.read_bytes()[:SALT]


def test_the_portable_copy_where_there_is_no_sendfile(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS's sendfile writes to sockets only, Windows has none: there the pages are read and
    written, with the same result."""
    from desktop.store import backup_copy

    monkeypatch.setattr(backup_copy.sys, "platform", "darwin")
    done = create_backup(services.gate.register, tmp_path, step_pages=3)
    result = verify_backup(done.path, services.gate.register.backup_key())
    assert result.ok and result.full, result.reasons()
    assert done.manifest.tables["customers"] == _count(services)


def test_a_long_write_makes_it_use_the_backup_api(services: Services, tmp_path: Path) -> None:
    """An import holding the write lock: the backup does not wait for it (nor hold writers off)
    but copies the last committed snapshot through the online backup API."""
    register = services.gate.register
    expected = _count(services)
    writer = register.open_raw()
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM customer_search")  # uncommitted: never in the backup
        done = create_backup(register, tmp_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert done.manifest.tables["customers"] == expected
    result = verify_backup(done.path, register.backup_key())
    assert result.ok and result.full, result.reasons()
    assert (done.path / DB_NAME).read_bytes()[:SALT] != register.files.db.read_bytes()[:SALT]
