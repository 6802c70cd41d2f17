"""Address rows (Posti's order, five rows at most, the country in the letter's language) and
the place of signing by the bilingual municipalities' official names."""

from __future__ import annotations

import pytest

from desktop.core.place_names import BILINGUAL, place_name
from desktop.core.postal import MAX_ROWS, PostalAddress, address_lines, country_name, fit_rows


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("SE", "fi", "RUOTSI"),
        ("SE", "sv", "SVERIGE"),
        ("SE", "en", "SWEDEN"),
        ("DE", "fi", "SAKSA"),
        ("EE", "sv", "ESTLAND"),
        ("HK", "fi", "HONGKONG"),
        ("XX", "fi", "XX"),  # unknown: the code, for the user to correct
        ("ZZ", "fi", "ZZ"),
    ],
)
def test_country_in_the_letters_language(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_aland_and_finland_have_no_country_row() -> None:
    for country in ("FI", "AX", ""):
        rows = address_lines(
            PostalAddress("Anna", "", "Torggatan 2", "22100", "Mariehamn", country)
        )
        assert rows == ["Anna", "Torggatan 2", "22100 MARIEHAMN"]


def test_never_more_than_five_rows_and_the_postal_code_row_stays() -> None:
    address = PostalAddress(
        "Sven Svensson",
        "Byggfirma AB",
        "c/o Berg\nStorgatan 1\nLgh 1102",
        "111 22",
        "Stockholm",
        "SE",
    )
    rows = address_lines(address, "fi", person_first=True)
    assert len(rows) <= MAX_ROWS
    assert rows[0] == "Sven Svensson" and rows[-2:] == ["111 22 STOCKHOLM", "RUOTSI"]
    assert "Byggfirma AB" not in rows  # the supplement gives way first
    assert rows[1:3] == ["c/o Berg", "Storgatan 1, Lgh 1102"]
    five_streets = fit_rows("A", "B", ["1", "2", "3", "4", "5"], ["00100 HELSINKI"])
    assert five_streets == ["A", "1", "2", "3, 4, 5", "00100 HELSINKI"]


def test_a_company_label_puts_the_organisation_first() -> None:
    address = PostalAddress("Matti Meikäläinen", "Rakennus Oy", "PL 123", "00101", "Helsinki")
    assert address_lines(address)[:2] == ["Rakennus Oy", "Matti Meikäläinen"]
    assert address_lines(address, person_first=True)[:2] == ["Matti Meikäläinen", "Rakennus Oy"]


@pytest.mark.parametrize(
    ("typed", "lang", "printed"),
    [
        ("Helsinki", "sv", "Helsingfors"),
        ("HELSINKI", "fi", "Helsinki"),
        ("Helsingfors", "fi", "Helsinki"),
        ("Helsinki", "en", "Helsinki"),
        ("Pietarsaari", "en", "Jakobstad"),  # Swedish majority: English uses the Swedish name
        ("Jakobstad", "fi", "Pietarsaari"),
        ("Turku", "sv", "Åbo"),
        ("Raasepori", "sv", "Raseborg"),
        ("Tampere", "sv", "Tampere"),  # unilingual: as typed
    ],
)
def test_place_of_signing(typed: str, lang: str, printed: str) -> None:
    assert place_name(typed, lang) == printed


def test_the_decree_lists_33_bilingual_municipalities() -> None:
    assert len(BILINGUAL) == 33
    assert sum(1 for *_names, majority in BILINGUAL if majority == "sv") == 15
