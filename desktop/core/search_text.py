"""Normalising text for search: case-folded, diacritics dropped, phone numbers as digits.

Typing "Meikalainen" must find "Meikäläinen", and "040 123" must find +358401234567, so the
register keeps one normalised search text per customer and the query is normalised the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_DIGITS = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """ "Meikäläinen Åsa" → "meikalainen asa"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def phone_variants(e164: str) -> list[str]:
    """+358401234567 → ["358401234567", "0401234567"]: what people type, either way."""
    digits = _NON_DIGITS.sub("", e164)
    variants = [digits]
    if digits.startswith("358"):
        variants.append("0" + digits[3:])
    return variants


def build_search_text(
    *,
    customer_number: int,
    names: Iterable[str],
    emails: Iterable[str],
    phones: Iterable[str],
    addresses: Iterable[str],
) -> str:
    parts: list[str] = [str(customer_number)]
    parts += [fold(name) for name in names if name]
    parts += [email.casefold() for email in emails if email]
    for phone in phones:
        parts += phone_variants(phone)
    parts += [fold(address) for address in addresses if address]
    return " | ".join(part for part in parts if part)


def customer_search_fields(
    *,
    number: int,
    first_name: str,
    last_name: str,
    organisation: str,
    emails: Iterable[str],
    phones: Iterable[str],
    addresses: Iterable[tuple[str, str, str]],
) -> tuple[str, str]:
    """(sort_name, search_text) of one customer; `addresses` as (street, postal code, office).

    The one recipe for both columns, used when a customer is saved and by bulk inserts.
    """
    from desktop.core.customer_form import display_name

    sort_name = fold(display_name(first_name, last_name, organisation))
    search_text = build_search_text(
        customer_number=number,
        names=[first_name, last_name, organisation],
        emails=emails,
        phones=phones,
        addresses=[f"{street} {code} {office}" for street, code, office in addresses],
    )
    return sort_name, search_text


def normalise_query(text: str) -> str:
    """The user's query in the same form. A query of digits and separators is a phone number."""
    stripped = text.strip()
    if stripped and re.fullmatch(r"[\d\s()+\-/]+", stripped):
        digits = _NON_DIGITS.sub("", stripped)
        if stripped.startswith("+") and digits.startswith("358"):
            return "0" + digits[3:]
        return digits
    return fold(stripped)
