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


# The example the forms show: a real, valid check digit (1234567-8 and 0000000-0 are not valid
# or not real). tests/core/test_validation_example.py checks it.
EXAMPLE_BUSINESS_ID = "1572860-0"


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
                "This is not a valid business ID. It has the form 1572860-0 and its check "
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


def phone_is_landline(text: str, region: str = "FI") -> bool | None:
    """True for a fixed line (09 123 4567), False for a mobile (040 …); None while the number
    cannot be told (unfinished, or a kind such as a service number)."""
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    kind = phonenumbers.number_type(number)
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        return True
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return False
    return None


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
    if has_control_characters(value):
        return Checked(value, CONTROL_IN_LINE)
    if len(value) > 10:  # addresses.postal_code
        return Checked(value, TOO_LONG[10])
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


# --- free text -------------------------------------------------------------------------------
# Control characters (NUL, ESC, BEL, DEL, the C1 range), lone surrogates, the two XML
# non-characters and the Unicode line and paragraph separators. None of them belongs in a name;
# they break XLSX exports (XML 1.0 cannot hold them), letters and the terminal of whoever reads
# a log. Tab and line feed are allowed only where a field holds lines (notes, feedback).
_REFUSED_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
_REFUSED_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
_LINE_ENDS_RE = re.compile(r"\r\n?|[\u2028\u2029\x85]")

CONTROL_IN_LINE = QT_TRANSLATE_NOOP(
    "Validation",
    "Remove the control characters (a line break, tab, NUL, ESC or the like) from this field.",
)
CONTROL_IN_TEXT = QT_TRANSLATE_NOOP(
    "Validation",
    "Remove the control characters (NUL, ESC or the like) from this text. Line breaks and tabs "
    "are allowed.",
)
# One text per limit: the limits differ field by field and a message takes no parameters here.
TOO_LONG = {
    10: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 10 characters."),
    60: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 60 characters."),
    100: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 100 characters."),
    200: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 200 characters."),
    300: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 300 characters."),
    30000: QT_TRANSLATE_NOOP("Validation", "This is too long: at most 30 000 characters."),
}
LONG_TEXT = 30000  # fits one spreadsheet cell (Excel holds 32 767 characters)


def has_control_characters(text: str, *, lines: bool = False) -> bool:
    """True when `text` holds a character `plain_text` refuses."""
    pattern = _REFUSED_IN_TEXT if lines else _REFUSED_IN_LINE
    return pattern.search(normal_line_ends(text) if lines else text) is not None


def normal_line_ends(text: str) -> str:
    """CR LF, CR, NEL and the Unicode separators as one line feed, as the register keeps them."""
    return _LINE_ENDS_RE.sub("\n", text)


def plain_text(text: str, *, limit: int, lines: bool = False) -> Checked:
    """Text a person typed or a file brought: stripped, line ends made one kind, and refused when
    it holds control characters or is longer than `limit` (a key of TOO_LONG)."""
    value = normal_line_ends(text).strip() if lines else text.strip()
    if has_control_characters(value, lines=lines):
        return Checked(value, CONTROL_IN_TEXT if lines else CONTROL_IN_LINE)
    if len(value) > limit:
        return Checked(value, TOO_LONG[limit])
    return Checked(value)


def printable(text: str, *, lines: bool = False) -> str:
    """For writing out what an older version let in: the refused characters become spaces (tab
    and line feed kept where `lines`), so an export or a letter never fails on them."""
    pattern = _REFUSED_IN_TEXT if lines else _REFUSED_IN_LINE
    return pattern.sub(" ", normal_line_ends(text) if lines else text)
