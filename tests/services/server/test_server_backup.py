"""Backups of a register on the session's real PostgreSQL server (issue 18): the same verified,
encrypted .kbak, taken in one REPEATABLE READ snapshot through a private temporary SQLCipher
file; verified, restored as a file register on a laptop and into another empty server
database with every row, archived PDF and the audit chain as they were."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from desktop.core.customer_form import CustomerForm
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.records import CustomerService
from desktop.services.demo.fill import DEMO_PASSWORD
from desktop.services.register.backups import BackupService
from desktop.services.register.restore import restore, unlock_with_password
from desktop.services.server.moving import ServerMove
from desktop.services.server.restoring import RESTORED_TO_SERVER, restore_to_server
from desktop.store.audit import verify
from desktop.store.backup import BackupMediumFailed, check_backup
from desktop.store.backup_format import DB_NAME, KEYS_NAME, MANIFEST_NAME
from desktop.store.customer_models import Customer
from desktop.store.register import Register, RegisterFiles
from desktop.store.register_copy import TargetNotEmpty
from desktop.store.server_admin import AdminAddress
from tests.services.server.test_server_move import (  # noqa: F401 - fixtures by name
    Moving,
    _actions,
    chain,
    checks,
    demo_template,
    moving,
    pdf_hashes,
    server_tables,
)

pytestmark = pytest.mark.pg
LEFT_OUT = ("audit_log", "settings")  # the restore's own entry and the last backup's time


@dataclass
class OnServer:
    gate: Gate
    register: Register
    admin: CurrentUser
    temp: Path  # the temp folder the backup's snapshot is made in


@pytest.fixture
def on_server(
    moving: Moving,  # noqa: F811 - the imported fixture
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[OnServer]:
    moved = ServerMove(moving.register, moving.demo).move(moving.address)
    moving.gate.close()
    temp = tmp_path / "temp"
    temp.mkdir()
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    gate = Gate(moved.files)
    admin = gate.login("demo", DEMO_PASSWORD).user
    assert gate.register is not None
    yield OnServer(gate, gate.register, admin, temp)
    gate.close()


def _names(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = connection.execute(select(Customer.last_name).where(Customer.last_name != ""))
        return sorted({name for (name,) in rows if len(name) >= 5})


def _files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _without(found: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {name: value for name, value in found.items() if name not in LEFT_OUT}


def test_server_backup_verifies_and_restores_as_a_file_and_into_another_server(
    on_server: OnServer,
    moving: Moving,  # noqa: F811 - the imported fixture
    tmp_path: Path,
) -> None:
    engine = on_server.register.engine
    before, before_chain, before_pdfs = checks(engine), chain(engine), pdf_hashes(engine)
    names = _names(engine)
    assert len(names) > 20

    done = BackupService(on_server.register, on_server.admin).back_up(tmp_path / "usb")
    assert done.manifest.from_server and done.manifest.customers() == before["customers"][0]
    assert _actions(engine)[-1] == ("backup_made",)  # audited on the server register
    for name in (DB_NAME, KEYS_NAME, MANIFEST_NAME):
        assert (done.path / name).stat().st_mode & 0o777 == 0o600
    result = check_backup(done.path, on_server.register.backup_key())
    assert result.ok and result.full, result.reasons()

    # No temporary file is left, and no customer's name is readable in what is on the disk.
    assert list(on_server.temp.iterdir()) == []
    for path in _files_under(tmp_path / "usb"):
        data = path.read_bytes()
        assert not [name for name in names if name.encode("utf-8") in data], path

    # As a file register on a laptop: the existing restore, unchanged.
    unlocked = unlock_with_password(done.path, "demo", DEMO_PASSWORD)
    laptop = RegisterFiles(tmp_path / "laptop" / "register.kirjuri")
    restore(unlocked, laptop)
    gate = Gate(laptop)
    try:
        gate.login("demo", DEMO_PASSWORD)
        assert gate.register is not None and not gate.register.files.on_server
        restored = gate.register.engine
        assert _without(checks(restored)) == _without(before)
        assert pdf_hashes(restored) == before_pdfs
        assert chain(restored)[: len(before_chain)] == before_chain
        assert _actions(restored)[len(before_chain)] == ("register_restored",)
        with gate.register.read() as session:
            assert verify(session).ok
    finally:
        gate.close()

    # Into another, empty server database.
    database = moving.cluster.new_database()
    try:
        place = tmp_path / "office2" / "register-server.kirjuri"
        back = restore_to_server(unlocked, AdminAddress(moving.cluster.url(database)), place)
        assert back.report.files_checked == len(before_pdfs) * 2
        assert back.files.keys.exists() and back.files.keys.stat().st_mode & 0o777 == 0o600
        assert list(on_server.temp.iterdir()) == []
        server = Gate(back.files)
        try:
            server.login("demo", DEMO_PASSWORD)
            assert server.register is not None and server.register.files.on_server
            second = server.register.engine
            assert _without(checks(second)) == _without(before)
            assert pdf_hashes(second) == before_pdfs
            assert chain(second)[: len(before_chain)] == before_chain
            restored_here = _actions(second)[len(before_chain) : len(before_chain) + 2]
            assert restored_here == [("register_restored",), (RESTORED_TO_SERVER,)]
            with server.register.read() as session:
                assert verify(session).ok
        finally:
            server.close()
        # Only into an empty database: the same one again is refused, left as it is.
        tables = server_tables(moving.cluster, database)
        with pytest.raises(TargetNotEmpty):
            restore_to_server(
                unlocked, AdminAddress(moving.cluster.url(database)), tmp_path / "o3" / "r.kirjuri"
            )
        assert server_tables(moving.cluster, database) == tables
        assert list(on_server.temp.iterdir()) == []
    finally:
        moving.cluster.drop_database(database)


def test_a_backup_while_another_connection_writes_is_one_snapshot(
    on_server: OnServer, tmp_path: Path
) -> None:
    engine = on_server.register.engine
    before = checks(engine)
    customers = CustomerService(on_server.register, on_server.admin)
    written: list[int] = []

    def write_meanwhile(step: str, done: int, total: int) -> None:
        if step == "copy" and len(written) < 3:  # while the snapshot is being copied
            written.append(customers.create(CustomerForm(first_name="Kesken", last_name="X")).id)

    done = BackupService(on_server.register, on_server.admin).back_up(
        tmp_path / "usb", progress=write_meanwhile
    )
    assert len(written) == 3
    assert checks(engine)["customers"][0] == before["customers"][0] + 3  # committed meanwhile
    # The backup holds the register as it was when the snapshot began: none of the three, and
    # its audit chain ends before their entries (verified inside the backup).
    assert done.manifest.customers() == before["customers"][0]
    assert done.manifest.tables["audit_log"] == before["audit_log"][0]
    assert check_backup(done.path, on_server.register.backup_key()).full
    assert list(on_server.temp.iterdir()) == []


def test_a_failed_server_backup_leaves_no_temporary_file(
    on_server: OnServer, tmp_path: Path
) -> None:
    before = _actions(on_server.register.engine)
    with pytest.raises(BackupMediumFailed):
        BackupService(on_server.register, on_server.admin).back_up(tmp_path / "no" / "drive")
    assert list(on_server.temp.iterdir()) == []
    assert _actions(on_server.register.engine) == before  # nothing audited: nothing was made


def test_a_reader_may_not_back_the_server_register_up(on_server: OnServer, tmp_path: Path) -> None:
    from desktop.core.roles import Role
    from desktop.errors import PermissionDenied
    from desktop.services.access.users import NewUser, UserService
    from tests.services.customers.conftest import user

    UserService(on_server.register, on_server.admin).add_user(
        NewUser("lukija", "Liisa Lukija", Role.READER), "liisan salasana"
    )
    with pytest.raises(PermissionDenied):
        BackupService(on_server.register, user(on_server.register, "lukija")).back_up(
            tmp_path / "usb"
        )
    assert list((tmp_path / "usb").iterdir()) == [] and list(on_server.temp.iterdir()) == []
