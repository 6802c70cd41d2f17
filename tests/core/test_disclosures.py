"""A disclosure to record: checked fields, and the recipient's notice language."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.disclosures import (
    BAD_COUNTRY,
    IN_FUTURE,
    NO_RECIPIENT,
    NO_WHAT,
    Basis,
    NewDisclosure,
    check,
    default_language,
    same_recipient,
)

TODAY = date(2026, 12, 2)


def test_a_complete_disclosure_passes() -> None:
    new = NewDisclosure("Perintä Oy", TODAY, "Laskun tiedot", Basis.LEGITIMATE_INTEREST, "FI")
    assert check(new, TODAY) == {}


def test_problems_by_field() -> None:
    new = NewDisclosure(" ", date(2026, 12, 3), "", Basis.CONTRACT, "USA")
    assert check(new, TODAY) == {
        "recipient": NO_RECIPIENT,
        "what": NO_WHAT,
        "disclosed_on": IN_FUTURE,
        "country": BAD_COUNTRY,
    }


@pytest.mark.parametrize(
    ("country", "lang"), [("", "fi"), ("fi", "fi"), ("SE", "sv"), ("AX", "sv"), ("US", "en")]
)
def test_default_language(country: str, lang: str) -> None:
    assert default_language(country) == lang


def test_same_recipient_ignores_case_and_spaces() -> None:
    assert same_recipient("Perintä  Oy", "perintä oy")
    assert not same_recipient("Perintä Oy", "Perintä Ab")
