"""Pure domain rules: throttle, roles, validation, settings, recovery keys, password policy."""

from __future__ import annotations

import re

import pytest

from desktop import errors
from desktop.core import passwords, validation
from desktop.core.roles import (
    PERMISSION_LABELS,
    ROLE_DESCRIPTIONS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    can,
)
from desktop.core.settings import ALL_SETTINGS, ALLOW_REMEMBER_ME, AUTO_LOCK_MINUTES, BY_KEY
from desktop.core.throttle import MAX_DELAY_SECONDS, LoginThrottle, delay_after
from desktop.store import crypto


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- throttle -------------------------------------------------------------------------------------
def test_first_three_failures_are_free_then_delays_double_up_to_the_cap() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 0, 0, 5, 10, 20, 40, 80]
    assert delay_after(20) == MAX_DELAY_SECONDS
    assert delay_after(1000) == MAX_DELAY_SECONDS


def test_throttle_counts_down_with_the_injected_clock() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(3):
        assert throttle.seconds_to_wait("Maija") == 0
        throttle.failed("Maija")
    assert throttle.seconds_to_wait("maija") == 5  # user names are case-insensitive
    clock.now += 3.5
    assert throttle.seconds_to_wait("MAIJA") == 2
    clock.now += 1.5
    assert throttle.seconds_to_wait("maija") == 0
    throttle.failed("maija")
    assert throttle.seconds_to_wait("maija") == 10
    assert throttle.seconds_to_wait("ville") == 0  # per user
    throttle.succeeded("maija")
    assert throttle.failures("maija") == 0
    assert throttle.seconds_to_wait("maija") == 0


# --- roles ----------------------------------------------------------------------------------------
def test_role_permission_table() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert ROLE_PERMISSIONS[Role.CLERK] == {
        Permission.VIEW,
        Permission.EDIT_CUSTOMERS,
        Permission.HANDLE_REQUESTS,
        Permission.PRINT_LETTERS,
        Permission.BACKUP,
    }
    assert ROLE_PERMISSIONS[Role.READER] == {Permission.VIEW}
    for permission in (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.EXPORT):
        assert can(Role.ADMIN, permission)
        assert not can(Role.CLERK, permission)
        assert not can(Role.READER, permission)


def test_every_role_and_permission_has_a_label() -> None:
    assert set(ROLE_LABELS) == set(ROLE_DESCRIPTIONS) == set(Role)
    assert set(PERMISSION_LABELS) == set(Permission)


# --- validation -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1572860-0", " 1572860-0 ", "15728600"])
def test_business_id_with_a_right_check_digit(text: str) -> None:
    assert validation.business_id(text) == validation.Checked("1572860-0")


@pytest.mark.parametrize("text", ["1572860-1", "1572860", "abcdefg-h", "12345678-9"])
def test_business_id_with_a_wrong_check_digit_or_form(text: str) -> None:
    assert not validation.business_id(text).ok


def test_business_id_empty_is_required_unless_optional() -> None:
    assert not validation.business_id("").ok
    assert validation.business_id("  ", optional=True) == validation.Checked("")


def test_email() -> None:
    assert validation.email(" maija@example.fi ").value == "maija@example.fi"
    assert not validation.email("maija@").ok
    assert not validation.email("no at sign").ok
    assert validation.email("").ok
    assert not validation.email("", optional=False).ok


@pytest.mark.parametrize("typed", ["040 123 4567", "0401234567", "+358 40 123 4567", "040-1234567"])
def test_phone_is_stored_as_e164_and_shown_nationally(typed: str) -> None:
    checked = validation.phone(typed)
    assert checked == validation.Checked("+358401234567")
    shown = validation.phone_for_display(checked.value)
    assert shown.startswith("040")
    assert validation.phone(shown).value == "+358401234567"


def test_foreign_phone_is_shown_internationally_and_bad_numbers_refused() -> None:
    swedish = validation.phone("+46 8 123 456 78").value
    assert swedish.startswith("+46")
    assert validation.phone_for_display(swedish).startswith("+46 ")
    assert not validation.phone("123").ok
    assert not validation.phone("not a number").ok
    assert validation.phone_for_display("") == ""


def test_finnish_postal_code() -> None:
    assert validation.postal_code("00100") == validation.Checked("00100")
    assert validation.postal_code("00 100").value == "00100"
    assert not validation.postal_code("0010").ok
    assert not validation.postal_code("001000").ok
    assert not validation.postal_code("ABCDE").ok
    assert validation.postal_code("SE-123 45", country="SE").ok
    assert not validation.postal_code("", optional=False).ok


def test_username_and_required() -> None:
    assert validation.username(" Maija.M ").value == "maija.m"
    assert not validation.username("m").ok
    assert not validation.username("maija meikäläinen").ok
    assert not validation.required("   ").ok


# --- settings -------------------------------------------------------------------------------------
def test_settings_coercion() -> None:
    assert AUTO_LOCK_MINUTES.coerce("15") == 15
    assert AUTO_LOCK_MINUTES.coerce(0) == 1
    assert AUTO_LOCK_MINUTES.coerce(10_000) == 240
    assert AUTO_LOCK_MINUTES.coerce("soon") == AUTO_LOCK_MINUTES.default
    assert AUTO_LOCK_MINUTES.coerce(None) == AUTO_LOCK_MINUTES.default
    assert ALLOW_REMEMBER_ME.coerce(False) is False
    assert ALLOW_REMEMBER_ME.coerce("yes") is True
    assert ALLOW_REMEMBER_ME.coerce("0") is False
    assert set(BY_KEY) == {spec.key for spec in ALL_SETTINGS}
    for spec in ALL_SETTINGS:
        assert spec.coerce(spec.default) == spec.default


# --- recovery keys and passwords ------------------------------------------------------------------
def test_recovery_key_format() -> None:
    key = crypto.new_recovery_key()
    alphabet = re.escape(crypto.RECOVERY_ALPHABET)
    assert re.fullmatch(rf"[{alphabet}]{{5}}(-[{alphabet}]{{5}}){{5}}", key)
    assert not set("01IOL") & set(crypto.RECOVERY_ALPHABET)
    assert crypto.new_recovery_key() != key


def test_recovery_key_normalising_accepts_what_people_type() -> None:
    key = "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678"
    typed = " abcde fghjk-mnpqr  stuvw xyz23 45678\n"
    assert crypto.normalise_recovery_key(typed) == key.replace("-", "")
    assert crypto.format_recovery_key(typed) == key


def test_password_length_policy() -> None:
    assert passwords.MIN_LENGTH == 10
    assert not passwords.is_long_enough("x" * 9)
    assert passwords.is_long_enough("x" * 10)
    assert passwords.is_long_enough("pitkä salasana on hyvä")


# --- errors ---------------------------------------------------------------------------------------
def test_user_errors_fill_in_parameters_and_have_exit_codes() -> None:
    err = errors.TooManyAttempts(seconds=20)
    assert err.text() == "Too many wrong attempts. Wait 20 seconds before trying again."
    assert err.text(lambda context, text: text.upper().replace("{SECONDS}", "{seconds}")) == (
        "TOO MANY WRONG ATTEMPTS. WAIT 20 SECONDS BEFORE TRYING AGAIN."
    )
    assert errors.WrongPassword.exit_code == 3
    assert errors.RegisterInUse.exit_code == 8
    for cls in errors.UserError.__subclasses__():
        assert cls.exit_code != 0
