"""Disclosures of a customer's data to a recipient: the legal bases a disclosure can rest on,
the language a recipient's notices are written in, and the checks on a disclosure to record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("fi", "sv", "en")
MAX_RECIPIENT = 200


class Basis(StrEnum):
    """Why the data could be given (GDPR Art. 6(1), or Art. 28 for a processor)."""

    PROCESSOR = "processor"  # a processor acting for the business (Art. 28)
    CONTRACT = "contract"  # Art. 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # Art. 6(1)(c): an authority, the tax office, ...
    CONSENT = "consent"  # Art. 6(1)(a)
    LEGITIMATE_INTEREST = "legitimate_interest"  # Art. 6(1)(f)


class Source(StrEnum):
    RECORDED = "recorded"  # recorded by hand on the customer page
    EXPORT = "export"  # written by an export that named its recipient


BASIS_LABELS = {
    Basis.PROCESSOR: QT_TRANSLATE_NOOP("Disclosures", "Processor acting for us (Art. 28)"),
    Basis.CONTRACT: QT_TRANSLATE_NOOP("Disclosures", "Contract (Art. 6(1)(b))"),
    Basis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Disclosures", "Legal obligation (Art. 6(1)(c))"),
    Basis.CONSENT: QT_TRANSLATE_NOOP("Disclosures", "Consent (Art. 6(1)(a))"),
    Basis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "Disclosures", "Legitimate interest (Art. 6(1)(f))"
    ),
}

NO_RECIPIENT = QT_TRANSLATE_NOOP("Validation", "Name the recipient.")
RECIPIENT_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The recipient's name is too long.")
NO_WHAT = QT_TRANSLATE_NOOP("Validation", "Say which data was disclosed.")
IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "A disclosure cannot be dated in the future.")
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "Give the country as its two-letter code, for example FI, SE or US."
)


@dataclass(frozen=True)
class NewDisclosure:
    recipient: str
    disclosed_on: date
    what: str
    basis: Basis
    country: str = ""
    language: str = ""  # "" → from the country (default_language)


def default_language(country: str) -> str:
    """The language a recipient's notices are written in when none was chosen: Finnish in
    Finland, Swedish in Sweden and on Åland, English elsewhere."""
    code = country.strip().upper()
    if code in ("", "FI"):
        return "fi"
    if code in ("SE", "AX"):
        return "sv"
    return "en"


def check(new: NewDisclosure, today: date) -> dict[str, str]:
    """Field name → an untranslated message (context "Validation"); empty when it can be kept."""
    problems = {}
    name = new.recipient.strip()
    if not name:
        problems["recipient"] = NO_RECIPIENT
    elif len(name) > MAX_RECIPIENT:
        problems["recipient"] = RECIPIENT_TOO_LONG
    if not new.what.strip():
        problems["what"] = NO_WHAT
    if new.disclosed_on > today:
        problems["disclosed_on"] = IN_FUTURE
    country = new.country.strip()
    if country and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        problems["country"] = BAD_COUNTRY
    return problems


def same_recipient(a: str, b: str) -> bool:
    """Names compared as a person reads them: case and runs of spaces do not matter."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
