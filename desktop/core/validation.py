"""Field checks shared by every form and import.

Each check takes what the user typed and returns a `Checked`: the value in its stored form, or the
problem as an untranslated text (context "Validation") that the UI shows beside the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus

from desktop.core.i18n import QT_TRANSLATE_NOOP

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
FINNISH_POSTAL_CODE_RE = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class Checked:
    value: str
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def required(text: str) -> Checked:
    value = text.strip()
    if not value:
        return Checked(value, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    return Checked(value)


def business_id(text: str, *, optional: bool = False) -> Checked:
    """Y-tunnus: 1234567-8 with a valid check digit."""
    value = text.strip()
    if not value:
        if optional:
            return Checked("")
        return Checked(value, QT_TRANSLATE_NOOP("Validation", "Enter the business ID (Y-tunnus)."))
    try:
        return Checked(ytunnus.format(ytunnus.validate(value)))  # stored as 1234567-8
    except StdnumError:
        return Checked(
            value,
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is not a valid business ID. It has the form 1234567-8 and its check "
                "digit must match.",
            ),
        )


def email(text: str, *, optional: bool = True) -> Checked:
    """Syntax only: Kirjuri never asks the network whether an address exists."""
    value = text.strip()
    if not value:
        if optional:
            return Checked("")
        return Checked(value, QT_TRANSLATE_NOOP("Validation", "Enter an email address."))
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return Checked(
            value,
            QT_TRANSLATE_NOOP(
                "Validation", "This is not a valid email address (for example name@example.fi)."
            ),
        )
    return Checked(result.normalized)


def phone(text: str, *, optional: bool = True, region: str = "FI") -> Checked:
    """Any way people write a number; stored as E.164 (+358401234567)."""
    value = text.strip()
    if not value:
        if optional:
            return Checked("")
        return Checked(value, QT_TRANSLATE_NOOP("Validation", "Enter a phone number."))
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return Checked(
            value,
            QT_TRANSLATE_NOOP(
                "Validation", "This is not a valid phone number (for example 040 123 4567)."
            ),
        )
    return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def phone_for_display(e164: str, region: str = "FI") -> str:
    """National format for Finnish numbers, international for the rest."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def postal_code(text: str, *, country: str = "FI", optional: bool = True) -> Checked:
    # A Finnish code is five digits; abroad the space is part of the code ("111 22" in Sweden,
    # "SW1A 1AA" in Britain) and Posti wants it written as the country writes it.
    domestic = country.upper() in ("FI", "AX", "")
    value = re.sub(r"\s+", "" if domestic else " ", text).strip()
    if not value:
        if optional:
            return Checked("")
        return Checked(value, QT_TRANSLATE_NOOP("Validation", "Enter the postal code."))
    if country.upper() == "FI" and not FINNISH_POSTAL_CODE_RE.match(value):
        return Checked(
            value, QT_TRANSLATE_NOOP("Validation", "A Finnish postal code has five digits.")
        )
    return Checked(value)


def username(text: str) -> Checked:
    value = text.strip().lower()
    if not USERNAME_RE.match(value):
        return Checked(
            value,
            QT_TRANSLATE_NOOP(
                "Validation",
                "A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore.",
            ),
        )
    return Checked(value)
