"""Pure rules: euro amounts, order forms, consent status, identity codes, custom-field settings."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.consents import Decision, current_statuses, is_allowed, is_marketing_ban
from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.core.customer_form import CustomerForm, check_customer
from desktop.core.identity_code import BAD_IDENTITY_CODE, check_identity_code, mask
from desktop.core.money import MAX_CENTS, NBSP, format_euros, parse_euros
from desktop.core.order_form import OrderForm, check_order
from desktop.core.settings import (
    CUSTOM_FIELDS,
    IDENTITY_CODE_ENABLED,
    custom_field_key,
    custom_fields_from_labels,
)
from desktop.errors import ValidationError

# --- euros ----------------------------------------------------------------------------------------
cents = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)


@given(cents)
def test_formatted_amount_parses_back(amount: int) -> None:
    assert parse_euros(format_euros(amount)) == amount


@given(st.integers(min_value=0, max_value=MAX_CENTS // 100), st.integers(0, 99))
def test_the_ways_finns_type_an_amount(euros: int, rest: int) -> None:
    expected = euros * 100 + rest
    grouped = f"{euros:,}".replace(",", " ")
    for typed in (
        f"{euros},{rest:02d}",
        f"{euros}.{rest:02d}",
        f"{grouped},{rest:02d}",
        f"€ {grouped},{rest:02d}",
        f"{grouped},{rest:02d} €",
        f"{euros},{rest:02d}e",
        f" {euros},{rest:02d} EUR ",
    ):
        assert parse_euros(typed) == expected, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 234,50", 123450),
        ("12,50", 1250),
        ("12.5", 1250),
        ("€ 12,50", 1250),
        ("12,-", 1200),
        ("0,05", 5),
        ("-3,40", -340),
        (f"1{NBSP}234{NBSP}567,89{NBSP}€", 123456789),
        ("7", 700),
    ],
)
def test_examples(typed: str, expected: int) -> None:
    assert parse_euros(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["", "abc", "1.234", "12,345", "1 23", "12,5,0", "--1", "€", "12e5", "1,2.3", "1 000 000 000"],
)
def test_garbage_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_euros(typed)


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=12))
def test_text_without_digits_is_never_an_amount(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_euros(typed)


def test_format_uses_no_break_spaces() -> None:
    assert format_euros(123450) == f"1{NBSP}234,50{NBSP}€"
    assert format_euros(5) == f"0,05{NBSP}€"
    assert format_euros(-100000) == f"-1{NBSP}000,00{NBSP}€"


# --- orders ---------------------------------------------------------------------------------------
def test_order_defaults_its_period_to_the_calendar_year() -> None:
    checked = check_order(OrderForm("15.6.2026", " Kakku ", "1 234,50", " L-1 ", True))
    assert checked.ordered_on == date(2026, 6, 15)
    assert checked.period_end == date(2026, 12, 31)
    assert checked.amount_cents == 123450
    assert (checked.description, checked.invoice_number, checked.paid) == ("Kakku", "L-1", True)
    own_year = check_order(OrderForm("15.6.2026", "", "1", period_end="30.6.2026"))
    assert own_year.period_end == date(2026, 6, 30)


def test_every_bad_order_field_is_named() -> None:
    with pytest.raises(ValidationError) as error:
        check_order(OrderForm("31.2.2026", "", "kymppi", "x" * 41, period_end="huomenna"))
    assert set(error.value.fields) == {"ordered_on", "amount", "invoice_number", "period_end"}
    with pytest.raises(ValidationError) as error:
        check_order(OrderForm("", "", ""))
    assert set(error.value.fields) == {"ordered_on", "amount"}
    with pytest.raises(ValidationError) as error:
        check_order(OrderForm("1.7.2026", "", "5", period_end="30.6.2026"))
    assert set(error.value.fields) == {"period_end"}


# --- consents -------------------------------------------------------------------------------------
G, R, W = ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.WITHDRAWN


def test_marketing_channels_post_and_phone_opt_out_email_and_sms_opt_in() -> None:
    assert is_allowed(ConsentKind.MARKETING_POST, None)
    assert is_allowed(ConsentKind.MARKETING_PHONE, None)
    assert not is_allowed(ConsentKind.MARKETING_POST, R)
    assert not is_allowed(ConsentKind.MARKETING_PHONE, W)
    assert not is_allowed(ConsentKind.MARKETING_EMAIL, None)
    assert not is_allowed(ConsentKind.MARKETING_SMS, None)
    assert is_allowed(ConsentKind.MARKETING_EMAIL, G)
    assert not is_allowed(ConsentKind.MARKETING_SMS, W)
    for kind in (ConsentKind.NEWSLETTER, ConsentKind.REMINDERS, ConsentKind.PROFILING):
        assert not is_allowed(kind, None)
        assert is_allowed(kind, G)


def test_latest_entry_by_id_wins_whatever_its_date() -> None:
    day = date(2026, 1, 1)
    statuses = current_statuses(
        [
            Decision(3, ConsentKind.MARKETING_EMAIL, W, date(2025, 1, 1)),
            Decision(1, ConsentKind.MARKETING_EMAIL, G, day),
            Decision(2, ConsentKind.NEWSLETTER, G, day),
        ]
    )
    assert [s.kind for s in statuses] == list(ConsentKind)
    by_kind = {s.kind: s for s in statuses}
    assert by_kind[ConsentKind.MARKETING_EMAIL].state is W
    assert not by_kind[ConsentKind.MARKETING_EMAIL].allowed
    assert by_kind[ConsentKind.NEWSLETTER].allowed
    assert by_kind[ConsentKind.MARKETING_POST].state is None
    assert by_kind[ConsentKind.MARKETING_POST].allowed


def test_which_decisions_are_marketing_bans() -> None:
    assert is_marketing_ban(ConsentKind.MARKETING_POST, R)
    assert is_marketing_ban(ConsentKind.NEWSLETTER, W)
    assert is_marketing_ban(ConsentKind.PROFILING, R)
    assert is_marketing_ban(ConsentKind.PARTNER_DISCLOSURE, W)
    assert not is_marketing_ban(ConsentKind.MARKETING_EMAIL, G)
    assert not is_marketing_ban(ConsentKind.REMINDERS, R)
    assert not is_marketing_ban(ConsentKind.MAILING_LIST_PUBLICATION, W)


# --- identity codes -------------------------------------------------------------------------------
def test_identity_code_checks_and_masks() -> None:
    assert check_identity_code("131052-308t").value == "131052-308T"
    assert check_identity_code(" ").value == ""
    assert check_identity_code("131052Y308T").ok  # the separators in use since 2023
    assert check_identity_code("131052-308U").problem == BAD_IDENTITY_CODE  # check character
    assert not check_identity_code("310252-308Y").ok  # no 31 February
    assert not check_identity_code("131052-308").ok
    assert mask("131052-308T") == "131052-****"
    assert mask("") == ""


def test_customer_form_checks_the_identity_code_only_when_given() -> None:
    assert check_customer(CustomerForm(last_name="A")).form.identity_code == ""
    assert check_customer(
        CustomerForm(last_name="A", identity_code="131052-308t")
    ).form.identity_code == ("131052-308T")
    with pytest.raises(ValidationError) as error:
        check_customer(CustomerForm(last_name="A", identity_code="131052-308U"))
    assert error.value.fields == {"identity_code": BAD_IDENTITY_CODE}


# --- settings -------------------------------------------------------------------------------------
def test_custom_fields_setting_keeps_only_usable_items() -> None:
    assert CUSTOM_FIELDS.coerce(None) == []
    assert CUSTOM_FIELDS.coerce('[{"key": "k", "label": "L"}]') == [{"key": "k", "label": "L"}]
    stored = [{"key": "a", "label": "A"}, {"key": "a", "label": "dup"}, "x", {"key": 1}]
    assert CUSTOM_FIELDS.coerce(stored) == [{"key": "a", "label": "A"}]
    first = CUSTOM_FIELDS.initial()
    assert isinstance(first, list)
    first.append("changed")
    assert CUSTOM_FIELDS.initial() == [] and CUSTOM_FIELDS.default == []
    assert IDENTITY_CODE_ENABLED.coerce("true") is True
    assert IDENTITY_CODE_ENABLED.default is False


def test_custom_field_keys_come_from_labels_and_survive_edits() -> None:
    assert custom_field_key("Syntymävuosi / ikä") == "syntymavuosi_ika"
    fields = custom_fields_from_labels(["Harrastus", "", " Lemmikki ", "harrastus!"])
    assert fields == [
        {"key": "harrastus", "label": "Harrastus"},
        {"key": "lemmikki", "label": "Lemmikki"},
        {"key": "harrastus_2", "label": "harrastus!"},
    ]
    kept = custom_fields_from_labels(
        ["Lemmikki", "Uusi"], existing=[{"key": "pet", "label": "Lemmikki"}]
    )
    assert kept == [{"key": "pet", "label": "Lemmikki"}, {"key": "uusi", "label": "Uusi"}]
    assert custom_fields_from_labels(["???"]) == [{"key": "field", "label": "???"}]
