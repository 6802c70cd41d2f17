"""A workstation's login to the register on the office server (store/server_profile.py,
store/server_login.py, the Gate): the profile remembered without any password, each user
through their own server login, key slots from the server. The session's real TLS cluster."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.errors import WrongPassword
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store import server_profile
from desktop.store.server_connection import ServerCertificateMismatch, ServerUnreachable
from desktop.store.server_login import ServerBackupNotAvailable
from tests.office_server import OfficeServer, office_server  # noqa: F401 - the fixture
from tests.registers import PASSWORDS

pytestmark = pytest.mark.pg


def _first_time(folder: Path, office: OfficeServer) -> server_profile.ServerProfile:
    return server_profile.connect_first_time(folder, office.address, office.fingerprint)


def test_the_profile_is_remembered_privately_and_without_a_password(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    folder = tmp_path / "settings"
    profile = _first_time(folder, office_server)
    gate = Gate(profile.files(), server=profile)
    try:
        assert gate.usernames() == []  # a new workstation knows no names yet
        result = gate.login("ville", PASSWORDS["ville"])
        services = Services.for_user(gate, result.user)
        assert services.user.username == "ville"
    finally:
        gate.close()
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        data = path.read_bytes()
        for password in PASSWORDS.values():
            assert password.encode() not in data, path.name
        assert result.server_secret.encode() not in data, path.name
    # The next start: the profile as it was, the names from the key slots fetched last time.
    again = server_profile.load(folder)
    assert again == profile
    second = Gate(again.files(), server=again)
    try:
        assert "ville" in second.usernames()
        assert second.login("maija", PASSWORDS["maija"]).user.username == "maija"
    finally:
        second.close()


def test_a_wrong_password_or_fingerprint_is_refused(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    wrong = "AA:" * 31 + "AA"
    with pytest.raises(ServerCertificateMismatch):
        server_profile.connect_first_time(tmp_path, office_server.address, wrong)
    assert server_profile.load(tmp_path) is None
    profile = _first_time(tmp_path, office_server)
    gate = Gate(profile.files(), server=profile)
    try:
        with pytest.raises(WrongPassword):
            gate.login("ville", "not villen salasana")
        with pytest.raises(WrongPassword):
            gate.login("nobody", "whatever it is")
        assert gate.register is None
    finally:
        gate.close()


def test_an_unreachable_server_is_said_plainly(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    address = server_profile.parse_address("127.0.0.1", "1", office_server.address.database)
    with pytest.raises(ServerUnreachable):
        server_profile.connect_first_time(tmp_path, address, office_server.fingerprint)


def test_another_user_taking_over_uses_their_own_server_login(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    from sqlalchemy import text

    profile = _first_time(tmp_path, office_server)
    gate = Gate(profile.files(), server=profile)
    try:
        gate.login("maija", PASSWORDS["maija"])
        assert gate.register is not None
        with gate.register.read() as session:
            assert str(session.scalar(text("SELECT current_user"))).endswith(".maija")
        gate.login("ville", PASSWORDS["ville"])
        with gate.register.read() as session:
            assert str(session.scalar(text("SELECT current_user"))).endswith(".ville")
        with pytest.raises(ServerBackupNotAvailable):
            gate.register.open_raw()
    finally:
        gate.close()


def test_a_remembered_login_needs_no_password_and_an_old_one_is_refused(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """What "remember me" keeps (LoginResult.remembered, in the keyring) opens the register on
    the server: the KEK for the key slot and the server login's secret."""
    profile = _first_time(tmp_path, office_server)
    gate = Gate(profile.files(), server=profile)
    try:
        result = gate.login("lukija", PASSWORDS["lukija"])
    finally:
        gate.close()
    assert result.remembered.startswith(result.kek) and len(result.remembered) > len(result.kek)
    again = Gate(profile.files(), server=profile)
    try:
        assert again.login_with_kek("lukija", result.remembered).user.username == "lukija"
    finally:
        again.close()
    # Remembered on a file register before (the KEK alone): the password is asked once.
    old = Gate(profile.files(), server=profile)
    try:
        with pytest.raises(WrongPassword):
            old.login_with_kek("lukija", result.kek)
        assert old.register is None
    finally:
        old.close()


def test_a_user_the_main_user_adds_logs_in_on_another_workstation(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The main user's session puts the changed key slots on the server: a new workstation
    finds the new user's slot there (and their login role)."""
    from desktop.core.roles import Role
    from desktop.services.access.users import NewUser, UserService

    here = _first_time(tmp_path / "a", office_server)
    gate = Gate(here.files(), server=here)
    try:
        maija = gate.login("maija", PASSWORDS["maija"]).user
        assert gate.register is not None
        users = UserService(gate.register, maija)
        added = users.add_user(NewUser("uusi", "Uusi Käyttäjä", Role.CLERK), "uuden salasana 1")
    finally:
        gate.close()
    there = _first_time(tmp_path / "b", office_server)
    other = Gate(there.files(), server=there)
    try:
        assert other.login("uusi", "uuden salasana 1").user.username == "uusi"
    finally:
        other.close()
    gate = Gate(here.files(), server=here)
    try:
        maija = gate.login("maija", PASSWORDS["maija"]).user
        assert gate.register is not None
        UserService(gate.register, maija).remove_user(added.id)
    finally:
        gate.close()
