"""The date a statement says it was written or updated, as Finnish, Swedish and English
statements write it; the importer's first version keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.statement_dates import dates_in, is_date_line, written_date
from desktop.core.statement_import import blocks_from_text, source_date, split_statement

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Laadittu 3.4.2019", date(2019, 4, 3)),
        ("Päivitetty 03.04.2019", date(2019, 4, 3)),
        ("(Päivitetty 18.11.2019)", date(2019, 11, 18)),
        ("Laadittu 6.11.2017, päivitetty 25.5.2018", date(2018, 5, 25)),
        ("Päivitetty 3. huhtikuuta 2019", date(2019, 4, 3)),
        ("Uppdaterad 3 april 2019", date(2019, 4, 3)),
        ("Upprättad 2019-04-03", date(2019, 4, 3)),
        ("Updated: April 3, 2019", date(2019, 4, 3)),
        ("Last updated May 3rd, 2021", date(2021, 5, 3)),
        ("6.11.2017 alkaen", date(2017, 11, 6)),
    ],
)
def test_date_lines(line: str, day: date) -> None:
    assert is_date_line(line)
    assert written_date([line], TODAY) == day


def test_what_is_not_a_statement_date() -> None:
    assert dates_in("31.2.2019 ja 1.13.2019") == []
    assert not is_date_line("Henkilötietolaki (523/1999) 10 ja 24 §")
    assert not is_date_line("Updated whenever the law changes")
    assert written_date(["Päivitetty 1.1.2030"], TODAY) is None  # never in the future


def test_the_source_date_of_an_imported_statement() -> None:
    top = "Tietosuojaseloste\n\nPäivitetty 18.11.2019\n\n1. Rekisterinpitäjä\n\nKahvila Oy\n"
    assert source_date(split_statement(blocks_from_text(top)), TODAY) == date(2019, 11, 18)
    bottom = (
        "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nKahvila Oy\n\n2. Muutokset\n\n"
        "Tätä selostetta on viimeksi päivitetty 3.4.2019.\n"
    )
    assert source_date(split_statement(blocks_from_text(bottom)), TODAY) == date(2019, 4, 3)
    table = "1. Vastaanottajat\n\nGoogle Yhdysvallat Sähköposti 21.04.2018\n"
    assert source_date(split_statement(blocks_from_text(table)), TODAY) is None


def test_a_date_line_in_words_is_the_statement_s_date_line() -> None:
    text = "Privacy statement\n\nUpdated April 3, 2019\n\n1. Controller\n\nCafé Ltd\n"
    imported = split_statement(blocks_from_text(text))
    assert imported.date_line == "Updated April 3, 2019" and imported.introduction == []
    assert source_date(imported, TODAY) == date(2019, 4, 3)
