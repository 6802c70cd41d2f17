"""Use cases: roles enforced by the services themselves, users, settings, business, the gate."""

from __future__ import annotations

from datetime import datetime

import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from desktop.core.roles import Role
from desktop.core.settings import ALLOW_REMEMBER_ME, AUTO_LOCK_MINUTES
from desktop.core.throttle import LoginThrottle
from desktop.errors import (
    PasswordTooShort,
    PermissionDenied,
    TooManyAttempts,
    UserDisabled,
    ValidationError,
    WrongPassword,
)
from desktop.services.access.current_user import CurrentUser, RoleRefused
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.access.users import LastMainUser, NewUser, UsernameTaken, UserService
from desktop.services.register.business import BusinessDetails, BusinessService
from desktop.services.register.settings import SettingsService
from desktop.store.models import AuditEntry, User
from desktop.store.register import RegisterFiles


def login(gate: Gate, passwords: dict[str, str], username: str) -> CurrentUser:
    return gate.login(username, passwords[username]).user


def actions(gate: Gate) -> list[str]:
    assert gate.register is not None
    with gate.register.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- roles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("username", ["ville", "lukija"])
def test_non_main_users_are_refused_by_the_services(
    gate: Gate, passwords: dict[str, str], username: str
) -> None:
    user = login(gate, passwords, username)
    register = gate.register
    assert register is not None
    with pytest.raises(RoleRefused) as refused:
        UserService(register, user).add_user(
            NewUser("uusi", "Uusi Käyttäjä", Role.CLERK), "pitkä salasana"
        )
    assert isinstance(refused.value, PermissionDenied)
    assert refused.value.text() == "Your role does not allow this: managing users."
    with pytest.raises(RoleRefused):
        SettingsService(register, user).update({AUTO_LOCK_MINUTES.key: 5})
    with pytest.raises(RoleRefused):
        BusinessService(register, user).update(BusinessDetails("Toinen Oy", "1572860-0"))
    with pytest.raises(RoleRefused):
        UserService(register, user).remove_user(1)
    # Reading is allowed and nothing changed.
    assert SettingsService(register, user).get(AUTO_LOCK_MINUTES) == AUTO_LOCK_MINUTES.default
    assert BusinessService(register, user).get().name == "Kahvila Meikäläinen"
    assert "settings_changed" not in actions(gate)


def test_the_main_user_may_change_things(gate: Gate, passwords: dict[str, str]) -> None:
    admin = login(gate, passwords, "maija")
    register = gate.register
    assert register is not None
    SettingsService(register, admin).update(
        {AUTO_LOCK_MINUTES.key: "30", ALLOW_REMEMBER_ME.key: False}
    )
    assert SettingsService(register, admin).get(AUTO_LOCK_MINUTES) == 30
    assert SettingsService(register, admin).get(ALLOW_REMEMBER_ME) is False
    saved = BusinessService(register, admin).update(
        BusinessDetails("Kahvila Meikäläinen", "15728600", phone="09 123 4567", postal_code="00100")
    )
    assert saved.business_id == "1572860-0"
    assert saved.phone == "+35891234567"
    row = UserService(register, admin).add_user(
        NewUser("Uusi", "Uusi Käyttäjä", Role.READER), "pitkä salasana"
    )
    assert row.username == "uusi"
    assert actions(gate)[-3:] == ["settings_changed", "business_updated", "user_created"]


def test_last_main_user_cannot_be_removed_or_demoted(gate: Gate, passwords: dict[str, str]) -> None:
    admin = login(gate, passwords, "maija")
    assert gate.register is not None
    users = UserService(gate.register, admin)
    with pytest.raises(LastMainUser):
        users.remove_user(admin.id)
    with pytest.raises(LastMainUser):
        users.update_user(admin.id, full_name="Maija Meikäläinen", title="", role=Role.CLERK)
    ville = next(u for u in users.list_users() if u.username == "ville")
    users.update_user(ville.id, full_name="Ville Virtanen", title="", role=Role.ADMIN)
    users.update_user(admin.id, full_name="Maija Meikäläinen", title="", role=Role.CLERK)
    assert {u.username: u.role for u in users.list_users()}["maija"] == Role.CLERK


def test_user_name_taken_and_every_bad_field_listed(gate: Gate, passwords: dict[str, str]) -> None:
    admin = login(gate, passwords, "maija")
    assert gate.register is not None
    users = UserService(gate.register, admin)
    with pytest.raises(UsernameTaken) as taken:
        users.add_user(NewUser("Ville", "Toinen Ville", Role.CLERK), "pitkä salasana")
    assert "ville" in taken.value.text()
    with pytest.raises(ValidationError) as invalid:
        users.add_user(NewUser("x", "  ", Role.CLERK), "lyhyt")
    assert set(invalid.value.fields) == {"username", "full_name", "password"}
    assert invalid.value.params == {"minimum": 10}
    with pytest.raises(ValidationError) as bad_business:
        BusinessService(gate.register, admin).update(
            BusinessDetails("", "1572860-1", postal_code="123", phone="12", email="x@")
        )
    assert set(bad_business.value.fields) == {
        "name",
        "business_id",
        "postal_code",
        "phone",
        "email",
    }
    with pytest.raises(PasswordTooShort):
        users.reset_password(admin.id, "lyhyt")


def test_changing_own_password(gate: Gate, passwords: dict[str, str], files: RegisterFiles) -> None:
    ville = login(gate, passwords, "ville")
    assert gate.register is not None
    with pytest.raises(WrongPassword):
        UserService(gate.register, ville).change_own_password("väärä salasana", "uusi salasana")
    UserService(gate.register, ville).change_own_password(passwords["ville"], "uusi salasana")
    gate.close()
    with pytest.raises(WrongPassword):
        Gate(files).login("ville", passwords["ville"])
    second = Gate(files)
    try:
        assert second.login("ville", "uusi salasana").user.username == "ville"
    finally:
        second.close()


# --- the gate -------------------------------------------------------------------------------------
def test_throttle_after_three_wrong_passwords(
    files: RegisterFiles, passwords: dict[str, str]
) -> None:
    now = [100.0]
    gate = Gate(files, throttle=LoginThrottle(clock=lambda: now[0]))
    try:
        for _ in range(3):
            with pytest.raises(WrongPassword):
                gate.login("maija", "väärä salasana")
        with pytest.raises(TooManyAttempts) as wait:
            gate.login("maija", passwords["maija"])  # even the right one is not tried yet
        assert wait.value.params == {"seconds": 5}
        now[0] += 5
        with pytest.raises(WrongPassword):
            gate.login("Maija", "väärä salasana")
        with pytest.raises(TooManyAttempts) as longer:
            gate.login("maija", passwords["maija"])
        assert longer.value.params == {"seconds": 10}
        now[0] += 10
        assert gate.login("maija", passwords["maija"]).user.role == Role.ADMIN
        assert gate.throttle.failures("maija") == 0
    finally:
        gate.close()


def test_failures_before_opening_are_audited_by_the_first_login(
    files: RegisterFiles, passwords: dict[str, str]
) -> None:
    stamps = iter([datetime(2026, 1, 1, 9, 0), datetime(2026, 1, 1, 9, 1)])
    gate = Gate(files, clock=lambda: next(stamps))
    try:
        for name in ("maija", "tuntematon"):
            with pytest.raises(WrongPassword):
                gate.login(name, "väärä salasana")
        assert gate.register is None
        user = login(gate, passwords, "maija")
        assert gate.register is not None
        with gate.register.read() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(3)).all()
        failed_maija, failed_unknown, logged_in = reversed(rows)
        assert [r.action for r in (failed_maija, failed_unknown, logged_in)] == [
            "login_failed",
            "login_failed",
            "login",
        ]
        assert (failed_maija.user_id, failed_maija.username) == (user.id, "maija")
        assert failed_maija.at == datetime(2026, 1, 1, 9, 0)
        assert (failed_unknown.user_id, failed_unknown.username) == (None, "tuntematon")
        assert logged_in.user_id == user.id
        # Once open, a wrong password is audited at once.
        with pytest.raises(WrongPassword):
            gate.login("ville", "väärä salasana")
        assert actions(gate)[-1] == "login_failed"
    finally:
        gate.close()


def test_a_removed_user_cannot_log_in(
    gate: Gate, passwords: dict[str, str], files: RegisterFiles
) -> None:
    admin = login(gate, passwords, "maija")
    assert gate.register is not None
    users = UserService(gate.register, admin)
    ville = next(u for u in users.list_users() if u.username == "ville")
    users.remove_user(ville.id)
    assert "ville" not in gate.usernames()
    assert "ville" not in [u.username for u in users.list_users()]
    with pytest.raises(WrongPassword):
        gate.login("ville", passwords["ville"])  # register open: the slot is gone
    gate.close()
    with pytest.raises(WrongPassword):
        Gate(files).login("ville", passwords["ville"])


def test_a_deactivated_user_with_a_slot_is_refused(gate: Gate, passwords: dict[str, str]) -> None:
    login(gate, passwords, "maija")
    assert gate.register is not None
    with gate.register.write() as session:
        user = session.scalars(select(User).where(User.username == "lukija")).one()
        user.active = False
        gate.register.sign_user(user)  # as Kirjuri does; unsigned, it is refused as forged
    with pytest.raises(UserDisabled):
        gate.login("lukija", passwords["lukija"])
    assert actions(gate)[-1] == "login_refused"


# --- remember me ----------------------------------------------------------------------------------
class MemoryKeyring(KeyringBackend):
    """A stand-in for a safe OS store (the real ones are not on a CI machine)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def _remember_and_reopen(
    files: RegisterFiles, passwords: dict[str, str], backend: KeyringBackend | None
) -> None:
    gate = Gate(files)
    result = gate.login("ville", passwords["ville"])
    remembered = RememberedLogins(gate.register_id(), backend)
    assert remembered.available()
    assert remembered.remember("ville", result.kek)
    gate.close()

    second = Gate(files)
    try:
        kek = RememberedLogins(second.register_id(), backend).recall("ville")
        assert kek == result.kek
        assert second.login_with_kek("ville", kek).user.username == "ville"
        assert actions(second)[-1] == "login_remembered"
        with pytest.raises(WrongPassword):
            second.login_with_kek("maija", kek)  # ville's key does not open maija's slot
    finally:
        second.close()
    RememberedLogins(second.register_id(), backend).forget("ville")
    assert RememberedLogins(Gate(files).register_id(), backend).recall("ville") is None


def test_remember_me_with_a_safe_backend(files: RegisterFiles, passwords: dict[str, str]) -> None:
    _remember_and_reopen(files, passwords, MemoryKeyring())


def test_remember_me_with_the_file_keyring(
    files: RegisterFiles, passwords: dict[str, str], file_keyring: object
) -> None:
    backend = file_keyring if isinstance(file_keyring, KeyringBackend) else None
    _remember_and_reopen(files, passwords, backend)


@pytest.mark.parametrize("backend_type", [keyring.backends.fail.Keyring, PlaintextKeyring])
def test_unsafe_backends_are_refused(
    backend_type: type[KeyringBackend], tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    backend = backend_type()
    remembered = RememberedLogins("register-id", backend)
    assert not remembered.available()
    assert remembered.remember("maija", b"\x01" * 32) is False
    assert remembered.recall("maija") is None
    if isinstance(backend, PlaintextKeyring):
        assert backend.get_password(remembered.service, "maija") is None
