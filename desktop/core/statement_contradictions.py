"""Statement texts that contradict each other or the law, found before publishing: analytics or
tracking named in one place and denied in another; order or invoice data kept for less than the
Accounting Act's periods (KPL 2:10: vouchers 6 years, the books 10 years); a recipient outside
the EEA while the transfers section says nothing goes there. Finnish, Swedish and English
phrasings. Pure, and a heuristic: these are warnings for a person to read, never refusals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.consistency import NO_TRANSFER
from desktop.core.description_validation import outside_eea
from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    RegisterDescription,
    section_fields,
    section_order,
)


@dataclass(frozen=True)
class SectionText:
    """One section's text in one language; `name` is a standard key or the own heading."""

    name: str
    topics: tuple[str, ...]  # a merged section covers several
    text: str


def section_texts(description: RegisterDescription, lang: str) -> list[SectionText]:
    """Every section with text in `lang` (Finnish where that language has no current text: it is
    what would be printed), the introduction first."""
    local = description.in_language(lang)
    found = [SectionText("introduction", (), local.introduction)]
    for key in section_order(description):
        if key.startswith("extra."):
            extra = description.extra_sections[int(key.split(".")[1])]
            heading, text = extra.in_language(lang)
            found.append(SectionText(heading.strip() or key, extra.topics(), text))
        else:
            text = "\n".join(str(getattr(local, name)) for name in section_fields(key))
            found.append(SectionText(key, description.topics_of(key), text))
    return [section for section in found if section.text.strip()]


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n", text) if part.strip()]


# --- analytics named, tracking denied -------------------------------------------------------
TRACKING_NAMED = re.compile(
    r"google analytics|matomo|piwik|hotjar|tag manager|pixel|pikseli|analytiik|kävijäseurant"
    r"|seurantaeväst|seurantatekniik|seurantapalvelu|verkkoanalyy|webanalyy|besöksspårning"
    r"|spårningskak|spårningsteknik|webbanalys|analysverktyg|webbstatistik|\banalytics\b"
    r"|\btracking\b|\btracked\b|\btrack\s+(?:visitors|users|you)\b",
    re.IGNORECASE,
)
_NEGATION = r"\b(?:ei|emme|eikä|emmekä|inte|ingen|inga|varken|aldrig|no|not|never|neither)\b|n't\b"
_TRACKING_WORD = (
    r"\b(?:\w*?seurant\w*|\w*?analytiik\w*|\w*?spårning\w*|spåra\w*|track\w*|analytics)"
)
TRACKING_DENIED = re.compile(
    rf"(?:{_NEGATION})(?:\W+\w+){{0,4}}?\W+{_TRACKING_WORD}"
    rf"|{_TRACKING_WORD}(?:\W+\w+){{0,2}}?\W+(?:{_NEGATION})",
    re.IGNORECASE,
)
# Every sentence either pattern can match contains one of these (TRACKING_NAMED's names too).
TRACKING_STEMS = (
    "seurant",
    "analytiik",
    "analyy",
    "analys",
    "spårning",
    "spåra",
    "track",
    "analytics",
    "matomo",
    "piwik",
    "hotjar",
    "tag manager",
    "pixel",
    "pikseli",
    "webbstatistik",
)
# "Not without your consent" is a condition, not a denial.
CONDITIONAL = re.compile(
    r"ilman\s+(?:\w+\s+)?(?:suostumu|lupa)|without\s+(?:\w+\s+)?consent|utan\s+(?:\w+\s+)?samtycke"
    r"|\bellei\b|\bunless\b|\bom inte\b|\bpaitsi\b|\bexcept\b|\butom\b",
    re.IGNORECASE,
)


def tracking_contradiction(texts: list[SectionText]) -> tuple[str, str] | None:
    """(a section naming analytics or tracking, a section saying there is none), or None."""
    named = denied = ""
    for section in texts:
        for sentence in sentences(section.text):
            lowered = sentence.lower()
            if not any(stem in lowered for stem in TRACKING_STEMS):
                continue  # most sentences: the regular expressions below are slow on long text
            if TRACKING_DENIED.search(sentence):
                if not CONDITIONAL.search(sentence):
                    denied = denied or section.name
            elif TRACKING_NAMED.search(sentence):
                named = named or section.name
    return (named, denied) if named and denied else None


# --- retention shorter than the Accounting Act's ---------------------------------------------
NUMBERS = {
    **dict.fromkeys(("yksi", "yhden", "yhdeksi", "ett", "en", "one", "a"), 1),
    **dict.fromkeys(("kaksi", "kahden", "kahdeksi", "två", "two"), 2),
    **dict.fromkeys(("kolme", "kolmen", "kolmeksi", "tre", "three"), 3),
    **dict.fromkeys(("neljä", "neljän", "neljäksi", "fyra", "four"), 4),
    **dict.fromkeys(("viisi", "viiden", "viideksi", "fem", "five"), 5),
    **dict.fromkeys(("kuusi", "kuuden", "kuudeksi", "sex", "six"), 6),
    **dict.fromkeys(("seitsemän", "sju", "seven"), 7),
    **dict.fromkeys(("kahdeksan", "åtta", "eight"), 8),
    **dict.fromkeys(("yhdeksän", "nio", "nine"), 9),
    **dict.fromkeys(("kymmenen", "tio", "ten"), 10),
    **dict.fromkeys(("kaksitoista", "kahdentoista", "tolv", "twelve"), 12),
    **dict.fromkeys(("kaksikymmentäneljä", "tjugofyra", "twenty-four"), 24),
}
UNITS = (  # (pattern, months)
    (r"vuo(?:si|tta|den|deksi|tena|siksi)|v\.|år(?:en|et)?|years?", 12),
    (r"kuukau(?:si|tta|den|deksi|tena)|kk|månad(?:er|en)?|months?", 1),
    (r"viik(?:ko|koa|on|oksi)|veck(?:a|or|an)|weeks?", 0),
    (r"päivä(?:ä|n|ksi)?|vrk|dag(?:ar|en)?|days?", 0),
)
_COUNT = r"(\d{1,3}|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True)) + r")"
_RANGE = rf"{_COUNT}(?:\s*\(\d{{1,3}}\))?(?:\s*[-–]\s*{_COUNT})?"
DURATION = re.compile(
    rf"(?<![\w.]){_RANGE}\s+(?P<unit>" + "|".join(f"(?:{p})" for p, _ in UNITS) + r")(?!\w)",
    re.IGNORECASE,
)
# Vouchers and order data: 6 years from the end of the year the financial period ended.
VOUCHER_WORDS = re.compile(
    r"tilau|lasku|tosit|kuitti|kuitit|kirjanpi|ostotapahtu|ostohistori|maksutie"
    r"|beställning|faktur|kvitto|kvitton|verifikat|bokföring|köphistorik"
    r"|\borders?\b|invoice|receipt|voucher|accounting|bookkeeping|purchase",
    re.IGNORECASE,
)
# The books and the financial statements: 10 years from the end of the financial period.
BOOK_WORDS = re.compile(
    r"kirjanpitokirj|tilinpäätö|pääkirja|päiväkirja|tase-erittel"
    r"|räkenskapsböcker|bokslut|huvudbok|grundbok|balansspecifikation"
    r"|financial statements|ledger|books of account|accounting books|\bthe books\b",
    re.IGNORECASE,
)
# "After the last order" dates a period; it is not order data being kept.
SINCE_ORDER = re.compile(
    r"(?:viimei\w*|edelli\w*|senaste|last|latest|most recent)\s+(?:\w+\s+)?"
    r"(?:tilau\w*|osto\w*|beställning\w*|köp\w*|orders?|purchases?)"
    r"|in order to|\border to\b",
    re.IGNORECASE,
)
VOUCHER_MONTHS = 6 * 12
BOOK_MONTHS = 10 * 12


def _count(word: str | None) -> int:
    if word is None:
        return 0
    return int(word) if word.isdigit() else NUMBERS.get(word.lower(), 0)


def _months(match: re.Match[str]) -> int:
    """The longer end of "2–6 vuotta"; weeks and days count as under a month."""
    count = max(_count(match.group(1)), _count(match.group(2)))
    unit = match.group("unit")
    for pattern, months in UNITS:
        if re.fullmatch(pattern, unit, re.IGNORECASE):
            return count * months
    return 0


def short_retention(texts: list[SectionText]) -> tuple[str, str] | None:
    """(the section, the period as written) where order, invoice or accounting data is kept for
    less than the Accounting Act's period, or None. Each period is read with the words before it
    in its sentence, back to the previous period ("Asiakastiedot 2 vuotta, laskut 6 vuotta")."""
    for section in texts:
        if "retention" not in section.topics:
            continue
        for sentence in sentences(section.text):
            start = 0
            for match in DURATION.finditer(sentence):
                subject = SINCE_ORDER.sub(" ", sentence[start : match.start()])
                start = match.end()
                months = _months(match)
                needed = (
                    BOOK_MONTHS
                    if BOOK_WORDS.search(subject)
                    else VOUCHER_MONTHS
                    if VOUCHER_WORDS.search(subject)
                    else 0
                )
                if months < needed:
                    return section.name, match.group(0).strip()
    return None


# --- a recipient abroad, and a transfers section saying none --------------------------------
def transfers_denied(description: RegisterDescription) -> list[str]:
    """The countries outside the EEA of recipients the transfers sections (in any language) say
    nothing goes to: a section saying "ei siirretä" / "överförs inte" / "not transferred" that
    names neither the recipient nor its country."""
    abroad = [r for r in description.recipients if r.country.strip() and outside_eea(r.country)]
    if not abroad:
        return []
    denials = [
        section.text.casefold()
        for lang in LANGUAGES
        for section in section_texts(description, lang)
        if "transfers_outside_eea" in section.topics and NO_TRANSFER.search(section.text)
    ]
    return sorted(
        {
            r.country.strip().upper()
            for r in abroad
            for text in denials
            if r.name.strip().casefold() not in text
            and not re.search(rf"\b{re.escape(r.country.strip().casefold())}\b", text)
        }
    )


def contradictions(
    description: RegisterDescription,
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(tracking named/denied, short retention), the first found in Finnish, then Swedish and
    English (a translation can say what its Finnish does not)."""
    tracking = retention = None
    checked: set[tuple[SectionText, ...]] = set()
    for lang in (PRIMARY, *[other for other in LANGUAGES if other != PRIMARY]):
        texts = section_texts(description, lang)
        if tuple(texts) in checked:  # untranslated: the Finnish again (the checklist is live)
            continue
        checked.add(tuple(texts))
        tracking = tracking or tracking_contradiction(texts)
        retention = retention or short_retention(texts)
    return tracking, retention
