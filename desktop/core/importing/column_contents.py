"""What an unmapped column holds, told from a sample of its values: a column of email addresses or
phone numbers left out of the mapping is pointed out in the preview before anything is imported
("column X looks like email addresses and is not imported"), with the field it would fill."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import validation
from desktop.core.i18n import QT_TRANSLATE_NOOP

SAMPLE = 20  # values of a column looked at
SHARE = 0.8  # of the sample that must read as the kind

# Field key → the preview's sentence (context "Import"; {column} is the column's header).
LOOKS_LIKE = {
    "email": QT_TRANSLATE_NOOP(
        "Import", "Column {column} looks like email addresses and is not imported."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Import", "Column {column} looks like phone numbers and is not imported."
    ),
}


def _is_email(value: str) -> bool:
    return "@" in value and validation.email(value).ok


def _is_phone(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 6 and validation.phone(value).ok


def looks_like(values: Iterable[str]) -> str | None:
    """ "email" or "phone" when most of the sample reads as such; None otherwise."""
    sample = [v.strip() for v in values if v.strip()][:SAMPLE]
    if not sample:
        return None
    for key, test in (("email", _is_email), ("phone", _is_phone)):
        if sum(1 for v in sample if test(v)) >= SHARE * len(sample):
            return key
    return None
