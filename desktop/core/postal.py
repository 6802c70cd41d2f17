"""A postal address in the order Posti asks for (and the Finnish letter standard SFS 2487).

The addressee first, then a supplement to the name (an organisation, c/o); the street or P.O. box;
the postal code and the post office on one line, the post office in capitals; abroad, the country
last, its name in capitals. Posti accepts the country's name in Finnish, Swedish or English (and
French, the UPU's language), so a letter names it in its own language: "RUOTSI", "SVERIGE",
"SWEDEN". The names come from the Unicode CLDR (babel), the same list every office program uses.

SFS 2487's address field has room for five rows below the optional row for postal notes, so an
address is never longer: the supplement goes first, then street rows are joined; the addressee,
the postal code row and the country are never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale

HOME_COUNTRY = "FI"
MAX_ROWS = 5
ADDRESS_LANGUAGES = ("fi", "sv", "en")
# CLDR's names that are longer than a country line needs (the rest are used as CLDR has them).
SHORT_NAMES = {
    ("HK", "fi"): "Hongkong",
    ("HK", "sv"): "Hongkong",
    ("HK", "en"): "Hong Kong",
    ("MO", "fi"): "Macao",
    ("MO", "sv"): "Macao",
    ("MO", "en"): "Macao",
}


@dataclass(frozen=True)
class PostalAddress:
    name: str  # "Anna Asiakas"
    organisation: str
    street: str
    postal_code: str
    post_office: str
    country: str = HOME_COUNTRY  # ISO 3166 two letters


def person_name(first_name: str, last_name: str) -> str:
    """First name first, as on an envelope: never the list's "Asiakas Anna"."""
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


@cache
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang if lang in ADDRESS_LANGUAGES else "en").territories)


def country_name(code: str, lang: str) -> str:
    """The country line: its name in capitals in `lang`, or the code itself if unknown."""
    code = code.strip().upper()
    if code == "ZZ":  # CLDR's "unknown region": no country to print, the code says so
        return code
    name = SHORT_NAMES.get((code, lang)) or _territories(lang).get(code, code)
    return name.upper()


def is_domestic(country: str) -> bool:
    # Åland (AX) has its own code but mail there from Finland is domestic: no country line.
    return (country or HOME_COUNTRY).strip().upper() in (HOME_COUNTRY, "AX", "")


def postal_line(postal_code: str, post_office: str) -> str:
    return " ".join(part for part in (postal_code.strip(), post_office.strip().upper()) if part)


def fit_rows(head: str, supplement: str, streets: list[str], tail: list[str]) -> list[str]:
    """At most MAX_ROWS rows. The addressee (`head`) and `tail` (postal code row, country) are
    kept whole; when there is no room, the supplement (c/o, organisation) goes first, then the
    street rows are joined with commas."""
    streets = [row.strip() for row in streets if row.strip()]
    tail = [row.strip() for row in tail if row.strip()]
    middle = [row for row in (supplement.strip(), *streets) if row]
    room = MAX_ROWS - len(tail) - (1 if head.strip() else 0)
    if len(middle) > room:
        middle = streets
    if len(middle) > room:
        middle = [*middle[: room - 1], ", ".join(middle[room - 1 :])]
    return [row for row in (head.strip(), *middle, *tail) if row]


def address_lines(
    address: PostalAddress, lang: str = "en", *, person_first: bool = False
) -> list[str]:
    """The rows in Posti's order. A label for a company puts the organisation first; a letter
    to a person (`person_first`) puts their name first and the organisation below it."""
    names = [address.organisation, address.name]
    if person_first:
        names.reverse()
    tail = [postal_line(address.postal_code, address.post_office)]
    if not is_domestic(address.country):
        tail.append(country_name(address.country, lang))
    present = [row for row in names if row.strip()] + [""]
    return fit_rows(present[0], present[1], address.street.splitlines(), tail)


def is_mailable(address: PostalAddress) -> bool:
    """Enough to deliver: somebody to deliver to, a street (or PL box) and a postal code."""
    return bool(
        (address.name.strip() or address.organisation.strip())
        and address.street.strip()
        and address.postal_code.strip()
    )


# What address books write instead of CLDR's name (Outlook, Google, Apple, old phones).
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "u s a": "US",
    "united states of america": "US",
    "yhdysvallat": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "englanti": "GB",
    "iso britannia": "GB",
    "storbritannien": "GB",
    "holland": "NL",
    "hollanti": "NL",
    "deutschland": "DE",
    "suomi finland": "FI",
    "venaja": "RU",
    "russia": "RU",
    "eesti": "EE",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "polska": "PL",
}
_NOT_COUNTRIES = {"UN", "EU", "EZ", "QO", "ZZ", "XA", "XB"}  # CLDR regions that are no country
_NAME_LANGUAGES = ("fi", "sv", "en", "de", "fr", "es", "et", "nb", "da", "pl", "ru", "it")


def _fold_name(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@cache
def _codes_by_name() -> dict[str, str]:
    found: dict[str, str] = {}
    for lang in reversed(_NAME_LANGUAGES):  # the first languages win a clash
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                found[_fold_name(name)] = code
    found.update(_COUNTRY_ALIASES)
    return found


def country_code(text: str) -> str | None:
    """ "Poland", "Puola", "Polen", "PL", "United States of America" → the ISO 3166 code; None
    when the text names no country Kirjuri knows (never the first two letters of it)."""
    value = text.strip()
    if len(value) == 2 and value.isalpha() and value.isascii():
        code = value.upper()
        if code == "UK":
            return "GB"
        return code if code in _territories("en") and code not in _NOT_COUNTRIES else None
    return _codes_by_name().get(_fold_name(value))


def country_english_name(code: str) -> str:
    """ "Finland" for FI, as address books write the country; the code itself if unknown."""
    return country_common_name(code, "en")


def country_common_name(code: str, lang: str) -> str:
    """ "Ruotsi" for SE in Finnish, as a spreadsheet writes it; the code itself if unknown."""
    code = code.strip().upper()
    return _territories(lang).get(code, code)
