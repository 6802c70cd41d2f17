"""Euro amounts as Finns type them, kept as integer cents.

"12,50", "12.5", "1 234,50", "€ 12,50", "12,50 €", "12 e" and "12,-" are all understood. Spaces
(also no-break and thin ones) are the only thousands separators: "1.234" could mean either, so
it is refused rather than guessed.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
MAX_CENTS = 100_000_000_000 - 1  # 999 999 999,99 €: far beyond any order, still exact

_SPACES = "[ \u00a0\u2007\u2009\u202f]"
_CURRENCY = re.compile(r"^(?:€|eur)\s*|\s*(?:€|eur|euroa|e)$", re.IGNORECASE)
_AMOUNT = re.compile(
    rf"^(?P<sign>[-\u2212]?)\s*"
    rf"(?P<whole>\d{{1,3}}(?:{_SPACES}\d{{3}})+|\d+)"
    rf"(?:[.,](?P<cents>\d{{1,2}}|-))?$"
)


def parse_euros(text: str) -> int:
    """The amount in cents. Raises ValueError for anything that is not clearly an amount."""
    value = text.strip()
    for _ in range(2):  # a currency sign may stand before or after the number
        value = _CURRENCY.sub("", value).strip()
    match = _AMOUNT.match(value)
    if not match:
        raise ValueError(text)
    whole = int(re.sub(_SPACES, "", match["whole"]))
    cents_text = match["cents"] or ""
    cents = 0 if cents_text in ("", "-") else int(cents_text.ljust(2, "0"))
    total = whole * 100 + cents
    if total > MAX_CENTS:
        raise ValueError(text)
    return -total if match["sign"] and total else total


def format_euros(cents: int) -> str:
    """12345 → "123,45 €"; 123450 → "1 234,50 €" with no-break spaces, as Finnish is printed."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", NBSP)
    return f"{sign}{grouped},{rest:02d}{NBSP}€"
