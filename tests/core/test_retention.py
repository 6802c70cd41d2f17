"""Accounting holds (Kirjanpitolaki 2:10) and the register description's templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.description_json import changed_fields, from_json, to_json
from desktop.core.register_description import Recipient, default_description, format_recipients
from desktop.core.retention import accounting_hold, voucher_hold


@pytest.mark.parametrize(
    ("period_end", "books", "vouchers"),
    [
        (date(2020, 12, 31), date(2030, 12, 31), date(2026, 12, 31)),
        # A financial period ending mid-year: books 10 years from its end, vouchers from the end
        # of the calendar year in which it ended.
        (date(2021, 6, 30), date(2031, 6, 30), date(2027, 12, 31)),
        (date(2015, 12, 31), date(2025, 12, 31), date(2021, 12, 31)),
        # A period ending on a leap day: ten years later there is none; 28 February.
        (date(2024, 2, 29), date(2034, 2, 28), date(2030, 12, 31)),
    ],
)
def test_holds(period_end: date, books: date, vouchers: date) -> None:
    assert accounting_hold(period_end) == books
    assert voucher_hold(period_end) == vouchers
    assert voucher_hold(period_end) <= accounting_hold(period_end)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_default_description_in_each_language(lang: str) -> None:
    description = default_description("Kahvila Meikäläinen", lang)
    assert "Kahvila Meikäläinen" in description.register_name
    assert description.dpo == "" and description.recipients == ()
    for name in ("purposes", "legal_bases", "retention", "rights", "automated_decisions"):
        assert getattr(description, name).strip(), name
    assert "10" in description.retention and "6" in description.retention
    assert "tietosuoja.fi" in description.rights
    assert format_recipients(description, lang)  # "no regular disclosures"


def test_unknown_language_falls_back_to_finnish() -> None:
    assert default_description("X", "de") == default_description("X", "fi")


def test_json_round_trip_and_changed_fields() -> None:
    base = default_description("Kahvila", "fi")
    changed = replace(
        base,
        recipients=(Recipient("Tilitoimisto Oy", "FI", "Kirjanpito", updated="1.1.2026"),),
        dpo="tietosuoja@example.fi",
    )
    assert from_json(to_json(changed)) == changed
    assert set(changed_fields(base, changed)) == {"recipients", "dpo"}
    assert "Tilitoimisto Oy (FI): Kirjanpito" in format_recipients(changed)
    assert from_json('{"purposes": "x", "newer_field": 1}').purposes == "x"
