"""A backup of the register on the office server taken from a workstation with the user's own
server login (issue 18): a clerk's backup reads the audit log only through
kirjuri_audit_export() (server_functions) and verifies; a reader is refused by the service and,
with psql, by the server. The session's real TLS cluster."""

from __future__ import annotations

import tempfile
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.errors import PermissionDenied
from desktop.services.access.gate import Gate
from desktop.services.register.backups import BackupService
from desktop.store import server_profile
from desktop.store.backup import check_backup
from tests.office_server import OfficeServer, office_server  # noqa: F401 - the fixture
from tests.registers import PASSWORDS

pytestmark = pytest.mark.pg


def _gate(folder: Path, office: OfficeServer) -> Gate:
    profile = server_profile.connect_first_time(folder, office.address, office.fingerprint)
    return Gate(profile.files(), server=profile)


@pytest.mark.parametrize("username", ["ville", "maija"])
def test_a_clerk_or_main_user_backs_up_the_server_register_with_their_own_login(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    username: str,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    gate = _gate(tmp_path / "station", office_server)
    try:
        user = gate.login(username, PASSWORDS[username]).user
        assert gate.register is not None
        with gate.register.read() as session:
            own = session.scalar(text("SELECT has_table_privilege('public.audit_log', 'SELECT')"))
        assert own is (username == "maija")  # the clerk's login cannot read the table
        service = BackupService(gate.register, user)
        done = service.back_up(tmp_path / "usb")
        assert service.status().last == done.made_at
        key = gate.register.backup_key()
    finally:
        gate.close()
    assert done.manifest.from_server
    result = check_backup(done.path, key)
    assert result.ok and result.full, result.reasons()
    assert list(temp.iterdir()) == []  # the private snapshot is gone


def test_a_reader_cannot_back_up_the_server_register(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    gate = _gate(tmp_path / "station", office_server)
    try:
        lukija = gate.login("lukija", PASSWORDS["lukija"]).user
        assert gate.register is not None
        with pytest.raises(PermissionDenied):
            BackupService(gate.register, lukija).back_up(tmp_path / "usb")
        assert not (tmp_path / "usb").exists()
        # With psql, as the reader's own login: the server refuses both functions.
        for statement in (
            "SELECT count(*) FROM kirjuri_audit_export()",
            "SELECT kirjuri_backup_made('2026-12-02T10:00:00')",
        ):
            with pytest.raises(DBAPIError) as caught, gate.register.engine.connect() as c:
                c.execute(text(statement))
            assert isinstance(caught.value.orig, psycopg.Error)
            assert isinstance(caught.value.orig, errors.InsufficientPrivilege), statement
    finally:
        gate.close()


def test_a_server_installed_by_an_earlier_kirjuri_says_so_until_installed_again(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Without the newer functions the clerk's backup and own password change are refused
    plainly, before anything is made or changed; install (after an upgrade) brings them."""
    from sqlalchemy import create_engine

    from desktop.services.access.users import UserService
    from desktop.store import server_roles
    from desktop.store.server_login import OwnPasswordOnServer, ServerBackupNotAvailable

    admin = create_engine(office_server.cluster.url(office_server.address.database))
    (tmp_path / "usb").mkdir()
    try:
        with admin.begin() as connection:
            connection.execute(text("DROP FUNCTION kirjuri_audit_export()"))
            connection.execute(
                text(
                    "DROP FUNCTION kirjuri_set_own_key_slot(text, integer, integer, integer, "
                    "text, text)"
                )
            )
        gate = _gate(tmp_path / "station", office_server)
        try:
            ville = gate.login("ville", PASSWORDS["ville"]).user
            assert gate.register is not None
            with pytest.raises(ServerBackupNotAvailable):
                BackupService(gate.register, ville).back_up(tmp_path / "usb")
            assert list((tmp_path / "usb").iterdir()) == []
            slots = gate.register.files.keys.read_bytes()
            with pytest.raises(OwnPasswordOnServer):
                UserService(gate.register, ville).change_own_password(
                    PASSWORDS["ville"], "villen uusi salasana 8"
                )
            assert gate.register.files.keys.read_bytes() == slots
        finally:
            gate.close()
    finally:
        with admin.begin() as connection:
            server_roles.install(connection)
        admin.dispose()
    again = _gate(tmp_path / "again", office_server)
    try:
        assert again.login("ville", PASSWORDS["ville"]).user.username == "ville"
    finally:
        again.close()
