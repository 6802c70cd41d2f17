"""A postal address in the order Posti asks for (and the Finnish letter standard SFS 2487).

Organisation first, then the person; the street; the postal code and the post office on one
line, the post office in capitals; abroad, the country in capitals (in English) on the last line.
"""

from __future__ import annotations

from dataclasses import dataclass

HOME_COUNTRY = "FI"
# Country names Posti accepts (English), for the countries Finnish customers most often live in;
# any other country is written by its ISO code, which the user can correct in the record.
COUNTRY_NAMES = {
    "SE": "SWEDEN",
    "NO": "NORWAY",
    "DK": "DENMARK",
    "IS": "ICELAND",
    "EE": "ESTONIA",
    "DE": "GERMANY",
    "FR": "FRANCE",
    "ES": "SPAIN",
    "IT": "ITALY",
    "NL": "NETHERLANDS",
    "BE": "BELGIUM",
    "AT": "AUSTRIA",
    "CH": "SWITZERLAND",
    "PL": "POLAND",
    "GB": "UNITED KINGDOM",
    "IE": "IRELAND",
    "US": "USA",
    "CA": "CANADA",
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
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


def address_lines(address: PostalAddress) -> list[str]:
    lines = [address.organisation.strip(), address.name.strip()]
    lines.extend(line.strip() for line in address.street.splitlines())
    place = " ".join(
        part for part in (address.postal_code.strip(), address.post_office.strip().upper()) if part
    )
    lines.append(place)
    country = (address.country or HOME_COUNTRY).upper()
    # Åland (AX) has its own code but mail there from Finland is domestic: no country line.
    if country not in (HOME_COUNTRY, "AX"):
        lines.append(COUNTRY_NAMES.get(country, country))
    return [line for line in lines if line]


def is_mailable(address: PostalAddress) -> bool:
    """Enough to deliver: somebody to deliver to, a street (or PL box) and a postal code."""
    return bool(
        (address.name.strip() or address.organisation.strip())
        and address.street.strip()
        and address.postal_code.strip()
    )
