"""A clerk's or reader's own password change on a register on the office server (issue 18):
their own key slot goes onto the server through kirjuri_set_own_key_slot() (server_functions),
in the transaction that changes their login's secret; the function writes only the caller's
own slot. The session's real TLS cluster; one office server for this module."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import create_engine, text

from desktop.core.roles import Role
from desktop.errors import WrongPassword
from desktop.services.access.gate import Gate
from desktop.services.access.users import NewUser, UserService
from desktop.store import server_profile
from desktop.store.server_login import KEY_SLOTS
from tests.office_server import OfficeServer, office_server  # noqa: F401 - the fixture
from tests.registers import PASSWORDS

pytestmark = pytest.mark.pg
NEW = {"ville": "villen uusi salasana 7", "lukija": "lukijan uusi salasana 7"}


def _gate(folder: Path, office: OfficeServer) -> Gate:
    profile = server_profile.connect_first_time(folder, office.address, office.fingerprint)
    return Gate(profile.files(), server=profile)


def _server_slots(office: OfficeServer) -> dict[str, dict[str, Any]]:
    engine = create_engine(office.cluster.url(office.address.database))
    try:
        with engine.connect() as connection:
            value = connection.execute(
                text("SELECT value #>> '{}' FROM settings WHERE key = :key"), {"key": KEY_SLOTS}
            ).scalar()
    finally:
        engine.dispose()
    return {slot["owner"]: slot for slot in json.loads(str(value))["slots"]}


def _change_own(folder: Path, office: OfficeServer, username: str, old: str, new: str) -> None:
    gate = _gate(folder, office)
    try:
        user = gate.login(username, old).user
        assert gate.register is not None
        UserService(gate.register, user).change_own_password(old, new)
    finally:
        gate.close()


def _logs_in(folder: Path, office: OfficeServer, username: str, password: str) -> bool:
    gate = _gate(folder, office)
    try:
        return gate.login(username, password).user.username == username
    except WrongPassword:
        return False
    finally:
        gate.close()


@pytest.mark.parametrize("username", ["ville", "lukija"])
def test_a_clerk_or_reader_changes_their_own_password_on_the_server(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    username: str,
) -> None:
    before = _server_slots(office_server)
    _change_own(tmp_path / "here", office_server, username, PASSWORDS[username], NEW[username])
    after = _server_slots(office_server)
    assert after[username] != before[username]
    assert {k: v for k, v in after.items() if k != username} == {
        k: v for k, v in before.items() if k != username
    }
    # Another workstation, which never saw the change: the new password, not the old one.
    assert _logs_in(tmp_path / "there", office_server, username, NEW[username])
    assert not _logs_in(tmp_path / "third", office_server, username, PASSWORDS[username])
    _change_own(tmp_path / "back", office_server, username, NEW[username], PASSWORDS[username])
    assert _logs_in(tmp_path / "again", office_server, username, PASSWORDS[username])


def _call(connection: Any, slot: dict[str, Any], **changes: Any) -> Any:
    parts = {name: slot["kdf"][name] for name in ("salt", "memory_kib", "iterations", "lanes")}
    parts |= {"nonce": slot["nonce"], "wrapped": slot["wrapped"]} | changes
    return connection.execute(
        text(
            "SELECT kirjuri_set_own_key_slot(:salt, :memory_kib, :iterations, :lanes, "
            ":nonce, :wrapped)"
        ),
        parts,
    ).scalar()


def _refused(gate: Gate, slot: dict[str, Any], **changes: Any) -> type[BaseException]:
    from sqlalchemy.exc import DBAPIError

    assert gate.register is not None
    with pytest.raises(DBAPIError) as caught, gate.register.engine.begin() as connection:
        _call(connection, slot, **changes)
    assert isinstance(caught.value.orig, psycopg.Error)
    return type(caught.value.orig)


def test_the_server_function_replaces_only_the_callers_own_slot(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A clerk with the clerk's own login (as psql would): the function has no owner to name,
    so even the main user's slot handed to it lands in the clerk's own; values that no
    workstation could read are refused, and a main user's login may not use it."""
    before = _server_slots(office_server)
    gate = _gate(tmp_path / "clerk", office_server)
    try:
        gate.login("ville", PASSWORDS["ville"])
        assert gate.register is not None
        with gate.register.engine.begin() as connection:
            assert _call(connection, before["maija"]) is True
        after = _server_slots(office_server)
        assert after["maija"] == before["maija"] and after["lukija"] == before["lukija"]
        assert after["ville"]["wrapped"] == before["maija"]["wrapped"]
        assert after["ville"]["owner"] == "ville" and "signing_wrapped" not in after["ville"]
        short_nonce = "AAAA" * 3  # 9 bytes, not 12
        assert _refused(gate, before["ville"], nonce=short_nonce) is errors.InvalidParameterValue
        assert _refused(gate, before["ville"], memory_kib=10**7) is errors.InvalidParameterValue
        assert _refused(gate, before["ville"], wrapped="not base64!") is (
            errors.InvalidParameterValue
        )
        with gate.register.engine.begin() as connection:  # ville's own slot back
            assert _call(connection, before["ville"]) is True
        assert _server_slots(office_server) == before
        gate.login("maija", PASSWORDS["maija"])  # the workstation's next user: a main user
        assert _refused(gate, before["maija"]) is errors.InsufficientPrivilege
    finally:
        gate.close()
    assert _server_slots(office_server) == before
    assert _logs_in(tmp_path / "maija", office_server, "maija", PASSWORDS["maija"])
    assert _logs_in(tmp_path / "ville", office_server, "ville", PASSWORDS["ville"])


def test_a_main_users_later_change_keeps_the_clerks_new_slot(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The main user's workstation, open since before the clerk's change, publishes only the
    slots it changed: the clerk's new slot on the server stays."""
    main = _gate(tmp_path / "main", office_server)
    try:
        maija = main.login("maija", PASSWORDS["maija"]).user
        assert main.register is not None
        _change_own(tmp_path / "clerk", office_server, "ville", PASSWORDS["ville"], NEW["ville"])
        users = UserService(main.register, maija)
        added = users.add_user(NewUser("uusi", "Uusi Käyttäjä", Role.CLERK), "uuden salasana 1")
        assert _logs_in(tmp_path / "new", office_server, "uusi", "uuden salasana 1")
        assert _logs_in(tmp_path / "ville", office_server, "ville", NEW["ville"])
        users.remove_user(added.id)
    finally:
        main.close()
    _change_own(tmp_path / "back", office_server, "ville", NEW["ville"], PASSWORDS["ville"])
    assert "uusi" not in _server_slots(office_server)


def test_a_clerks_change_waits_for_the_main_user_when_the_server_has_no_key_slots(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Before the main user's first login after a move, the server has no key slots: the
    clerk's change is refused before anything changes, here or on the server."""
    from desktop.store.server_login import OwnPasswordOnServer

    gate = _gate(tmp_path / "here", office_server)
    engine = create_engine(office_server.cluster.url(office_server.address.database))
    try:
        ville = gate.login("ville", PASSWORDS["ville"]).user
        assert gate.register is not None
        with engine.begin() as connection:
            kept = connection.execute(
                text("DELETE FROM settings WHERE key = :key RETURNING value #>> '{}'"),
                {"key": KEY_SLOTS},
            ).scalar()
        slots_here = gate.register.files.keys.read_bytes()
        with pytest.raises(OwnPasswordOnServer):
            UserService(gate.register, ville).change_own_password(PASSWORDS["ville"], NEW["ville"])
        assert gate.register.files.keys.read_bytes() == slots_here
    finally:
        gate.close()
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO settings (key, value) VALUES (:key, to_json(CAST(:v AS text)))"),
                {"key": KEY_SLOTS, "v": kept},
            )
        engine.dispose()
    assert _logs_in(tmp_path / "again", office_server, "ville", PASSWORDS["ville"])
