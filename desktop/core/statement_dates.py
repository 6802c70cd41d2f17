"""The date a privacy statement says it was written or updated ("Laadittu 3.4.2019, päivitetty
25.5.2020", "Uppdaterad 3 april 2019", "Updated: April 3, 2019"): an imported statement's first
version keeps it as its date instead of the day it was imported. Pure."""

from __future__ import annotations

import re
from datetime import date

# Words that introduce a statement's date; a line with one of them and a date is a date line.
DATE_WORDS = (
    "laadittu",
    "päivitetty",
    "päivitys",
    "voimassa",
    "alkaen",
    "julkaistu",
    "upprättad",
    "uppdaterad",
    "gäller från",
    "updated",
    "last updated",
    "effective",
    "written",
    "published",
)
MONTHS = {
    # Finnish in the partitive ("3. huhtikuuta 2019") and the nominative, Swedish, English
    **{
        name: number
        for number, names in enumerate(
            (
                ("tammikuu", "januari", "january", "jan"),
                ("helmikuu", "februari", "february", "feb"),
                ("maaliskuu", "mars", "march", "mar"),
                ("huhtikuu", "april", "apr"),
                ("toukokuu", "maj", "may"),
                ("kesäkuu", "juni", "june", "jun"),
                ("heinäkuu", "juli", "july", "jul"),
                ("elokuu", "augusti", "august", "aug"),
                ("syyskuu", "september", "sep", "sept"),
                ("lokakuu", "oktober", "october", "oct", "okt"),
                ("marraskuu", "november", "nov"),
                ("joulukuu", "december", "dec"),
            ),
            start=1,
        )
        for name in names
    }
}
NUMERIC = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")  # 3.4.2019, 03.04.2019
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH = r"([a-zåäö]{3,12}?)(?:kuuta|kuun)?\.?"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word.removesuffix("kuuta")) or MONTHS.get(word + "kuu")


def _valid(year: int, month: int | None, day: int) -> date | None:
    if month is None or not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str) -> list[date]:
    """Every date written in `text`, in the ways Finnish, Swedish and English statements write
    them; impossible ones (31.2.2019) are not dates."""
    found: list[date | None] = []
    found += [_valid(int(y), int(m), int(d)) for d, m, y in NUMERIC.findall(text)]
    found += [_valid(int(y), int(m), int(d)) for y, m, d in ISO.findall(text)]
    found += [_valid(int(y), _month(m), int(d)) for d, m, y in DAY_MONTH_YEAR.findall(text)]
    found += [_valid(int(y), _month(m), int(d)) for m, d, y in MONTH_DAY_YEAR.findall(text)]
    return [day for day in found if day is not None]


def is_date_line(text: str) -> bool:
    """A short line that dates the statement: "Päivitetty 18.11.2019", "Updated 3 April 2019",
    "6.11.2017 alkaen"; a bare numeric date counts too (the importer's old rule)."""
    if len(text) > 80 or not dates_in(text):
        return False
    lowered = text.lower()
    return bool(NUMERIC.search(text)) or any(word in lowered for word in DATE_WORDS)


def written_date(lines: list[str], today: date) -> date | None:
    """The statement's date from its date lines: the latest date in them ("laadittu 6.11.2017,
    päivitetty 25.5.2018" was last updated on 25.5.2018), never one after `today`."""
    days = [day for line in lines for day in dates_in(line) if day <= today]
    return max(days) if days else None
