"""Customer form checks, search normalisation and marketing rules: pure, fast."""

from __future__ import annotations

from datetime import date

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import validation
from desktop.core.customer_fields import ConsentKind, ConsentState, marketing_allowed
from desktop.core.customer_form import (
    AddressForm,
    CustomerForm,
    EmailForm,
    PhoneForm,
    check_customer,
    display_name,
    format_date,
    parse_date,
)
from desktop.core.search_text import build_search_text, fold, normalise_query, phone_variants
from desktop.errors import ValidationError


def test_every_bad_field_is_named_at_once() -> None:
    form = CustomerForm(
        organisation_id="1234567-2",
        web_address="not an address",
        started_on="32.1.2026",
        addresses=(AddressForm("Katu 1", "123", "Helsinki"),),
        phones=(PhoneForm("12"),),
        emails=(EmailForm("ok@example.fi"), EmailForm("bad@")),
    )
    with pytest.raises(ValidationError) as caught:
        check_customer(form)
    assert set(caught.value.fields) == {
        "last_name",
        "organisation_id",
        "web_address",
        "started_on",
        "addresses.0.postal_code",
        "phones.0.number",
        "emails.1.address",
    }


def test_a_good_form_comes_back_in_stored_form() -> None:
    checked = check_customer(
        CustomerForm(
            first_name=" Maija ",
            last_name="Meikäläinen",
            started_on="1.2.2025",
            ended_on="",
            phones=(PhoneForm("040 123 4567"), PhoneForm("")),
            emails=(EmailForm("maija@EXAMPLE.fi"),),
            addresses=(AddressForm("Hämeenkatu 5", "33 100", "Tampere"), AddressForm()),
            tags=("VIP", " VIP ", ""),
        )
    )
    assert checked.form.first_name == "Maija"
    assert checked.form.phones == (PhoneForm("+358401234567"),)
    assert checked.form.emails[0].address == "maija@example.fi"
    assert checked.form.addresses == (AddressForm("Hämeenkatu 5", "33100", "Tampere"),)
    assert checked.form.tags == ("VIP",)
    assert checked.started_on == date(2025, 2, 1)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_customer(CustomerForm(last_name="X", started_on="2.2.2026", ended_on="1.2.2026"))
    assert list(caught.value.fields) == ["ended_on"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24.11.2026", date(2026, 11, 24)),
        ("1.2.2026", date(2026, 2, 1)),
        ("2026-02-01", date(2026, 2, 1)),
        ("1.2.26", date(2026, 2, 1)),
        ("", None),
    ],
)
def test_dates_as_finns_type_them(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_date_round_trip(value: date) -> None:
    assert parse_date(format_date(value)) == value


def test_names_sort_surname_first() -> None:
    assert display_name("Maija", "Meikäläinen") == "Meikäläinen Maija"
    assert display_name("", "", "Virtasen Paja Oy") == "Virtasen Paja Oy"


# --- phone and postal-code normalisation (properties) ---------------------------------------------
finnish_mobiles = st.builds(
    lambda prefix, rest: f"{prefix}{rest:07d}",
    st.sampled_from(["040", "041", "044", "045", "046", "050"]),
    st.integers(min_value=0, max_value=9_999_999),
)


def _spaced(number: str, style: int) -> str:
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style == 2:
        return f"{number[:3]}-{number[3:]}"
    return "+358 " + number[1:3] + " " + number[3:]


@given(finnish_mobiles, st.integers(min_value=0, max_value=3))
def test_any_way_of_writing_a_mobile_number_gives_one_e164(number: str, style: int) -> None:
    checked = validation.phone(_spaced(number, style))
    assert checked.ok
    assert checked.value == "+358" + number[1:]
    assert validation.phone(checked.value).value == checked.value  # idempotent
    assert phonenumbers.is_valid_number(phonenumbers.parse(checked.value))
    # The national display form parses back to the same stored number.
    assert validation.phone(validation.phone_for_display(checked.value)).value == checked.value


@given(finnish_mobiles, st.integers(min_value=0, max_value=3))
def test_search_finds_a_number_however_it_is_typed(number: str, style: int) -> None:
    stored = validation.phone(number).value
    text = build_search_text(customer_number=1, names=[], emails=[], phones=[stored], addresses=[])
    assert normalise_query(_spaced(number, style)) in text


@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["", " ", "  "]))
def test_finnish_postal_codes(code: int, gap: str) -> None:
    digits = f"{code:05d}"
    checked = validation.postal_code(digits[:2] + gap + digits[2:])
    assert checked.ok and checked.value == digits


@given(st.text(alphabet="0123456789", min_size=1, max_size=8).filter(lambda s: len(s) != 5))
def test_postal_codes_of_other_lengths_are_refused(code: str) -> None:
    assert not validation.postal_code(code).ok
    assert validation.postal_code(code, country="SE").ok


# --- search text ------------------------------------------------------------------------------------
def test_diacritics_and_case_are_folded() -> None:
    assert fold("Meikäläinen ÅSA  Öberg") == "meikalainen asa oberg"
    assert normalise_query("MEIKÄL") == "meikal"
    assert normalise_query("+358 40 123") == "040123"
    assert phone_variants("+358401234567") == ["358401234567", "0401234567"]


# --- marketing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "state", "allowed"),
    [
        (ConsentKind.MARKETING_POST, None, True),
        (ConsentKind.MARKETING_POST, ConsentState.REFUSED, False),
        (ConsentKind.MARKETING_PHONE, ConsentState.WITHDRAWN, False),
        (ConsentKind.MARKETING_EMAIL, None, False),
        (ConsentKind.MARKETING_EMAIL, ConsentState.GRANTED, True),
        (ConsentKind.MARKETING_SMS, ConsentState.WITHDRAWN, False),
    ],
)
def test_opt_in_and_opt_out_channels(
    kind: ConsentKind, state: ConsentState | None, allowed: bool
) -> None:
    assert marketing_allowed(kind, state) is allowed
