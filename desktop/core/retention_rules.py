"""Retention rules per data category: how long each kind of record is kept, and from when.

A rule says "keep N months/years from the start date"; the record becomes due for erasure the
day after that period ends. Orders and invoices follow the Accounting Act (desktop.core
.retention): an order or invoice in the customer register is a voucher or other accounting
material (KPL 2:10), kept 6 years from the end of the year in which the financial period ended,
never the books (10 years, kept in the accounting system). Their rules can be made longer but
never shorter than that.

The defaults are read from the register description's retention text where it names a period
("asiakaspalvelun chat-keskustelujen tallenteet: 3 kuukautta"), otherwise the built-in ones.
Pure rules: no Qt, no SQL.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import VOUCHER_YEARS


class Category(StrEnum):
    CUSTOMERS = "customers"
    PROSPECTS = "prospects"  # potential customers: no relationship began, so none can end
    CONTACT_EVENTS = "contact_events"  # visits, letters, emails
    CALLS = "calls"  # contact events on the phone channel
    CHATS = "chats"  # contact events on the chat channel
    ATTACHMENTS = "attachments"
    ORDERS = "orders"  # other accounting material (muu kirjanpitoaineisto)
    INVOICES = "invoices"  # the vouchers (tositteet)


# Counted from the end of the year in which the financial period ended (KPL 2:10).
FROM_YEAR_END = frozenset({"orders", "invoices"})


class Unit(StrEnum):
    MONTHS = "months"
    YEARS = "years"


CATEGORY_LABELS = {
    Category.CUSTOMERS: QT_TRANSLATE_NOOP("Retention", "Customer data"),
    Category.PROSPECTS: QT_TRANSLATE_NOOP("Retention", "Prospects (potential customers)"),
    Category.CONTACT_EVENTS: QT_TRANSLATE_NOOP(
        "Retention", "Contact events (visits, letters, email)"
    ),
    Category.CALLS: QT_TRANSLATE_NOOP("Retention", "Phone calls"),
    Category.CHATS: QT_TRANSLATE_NOOP("Retention", "Chats"),
    Category.ATTACHMENTS: QT_TRANSLATE_NOOP("Retention", "Attachments"),
    Category.ORDERS: QT_TRANSLATE_NOOP("Retention", "Orders (accounting material)"),
    Category.INVOICES: QT_TRANSLATE_NOOP("Retention", "Invoices (accounting vouchers)"),
}
# From when the period is counted.
START_LABELS = {
    Category.CUSTOMERS: QT_TRANSLATE_NOOP("Retention", "after the customer relationship ended"),
    Category.PROSPECTS: QT_TRANSLATE_NOOP("Retention", "after the last contact or being added"),
    Category.CONTACT_EVENTS: QT_TRANSLATE_NOOP("Retention", "after the contact"),
    Category.CALLS: QT_TRANSLATE_NOOP("Retention", "after the call"),
    Category.CHATS: QT_TRANSLATE_NOOP("Retention", "after the chat"),
    Category.ATTACHMENTS: QT_TRANSLATE_NOOP("Retention", "after it was added"),
    Category.ORDERS: QT_TRANSLATE_NOOP(
        "Retention", "after the end of the year in which the financial period ended"
    ),
    Category.INVOICES: QT_TRANSLATE_NOOP(
        "Retention", "after the end of the year in which the financial period ended"
    ),
}
UNIT_LABELS = {
    Unit.MONTHS: QT_TRANSLATE_NOOP("Retention", "months"),
    Unit.YEARS: QT_TRANSLATE_NOOP("Retention", "years"),
}

# The Accounting Act's minimums (KPL 2:10), in years.
LEGAL_MINIMUM_YEARS = {Category.ORDERS: VOUCHER_YEARS, Category.INVOICES: VOUCHER_YEARS}
MAX_AMOUNT = {Unit.MONTHS: 600, Unit.YEARS: 50}


@dataclass(frozen=True)
class RetentionRule:
    category: Category
    amount: int
    unit: Unit
    enabled: bool = True  # off: records of this category are never listed as due

    def keep_until(self, start: date) -> date:
        """The last day the record is kept."""
        if self.category.value in FROM_YEAR_END:
            return date(start.year + self.amount, 12, 31)
        months = self.amount * (12 if self.unit is Unit.YEARS else 1)
        return add_months(start, months)

    def due_on(self, start: date) -> date:
        return self.keep_until(start) + timedelta(days=1)

    def is_due(self, start: date, today: date) -> bool:
        return self.enabled and self.keep_until(start) < today

    def last_due_start(self, today: date) -> date:
        """The latest start date whose record is due today: `start <= this` in a query gives
        exactly the records is_due() accepts (keep_until grows with the start date)."""
        if self.category.value in FROM_YEAR_END:
            return date(today.year - self.amount - 1, 12, 31)
        months = self.amount * (12 if self.unit is Unit.YEARS else 1)
        guess = add_months(today, -months)
        while add_months(guess, months) >= today:
            guess -= timedelta(days=1)
        while add_months(guess + timedelta(days=1), months) < today:
            guess += timedelta(days=1)
        return guess


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


# Built-in defaults. Customer data: the general limitation period of claims is 3 years
# (Laki velan vanhentumisesta 4 §), so the data of an ended customer is kept that long. A
# prospect owes nothing and is owed nothing: a year without contact is long enough to tell
# that no customer relationship is coming (data minimisation, GDPR Art. 5(1)(e)).
BUILT_IN = {
    Category.CUSTOMERS: RetentionRule(Category.CUSTOMERS, 3, Unit.YEARS),
    Category.PROSPECTS: RetentionRule(Category.PROSPECTS, 1, Unit.YEARS),
    Category.CONTACT_EVENTS: RetentionRule(Category.CONTACT_EVENTS, 3, Unit.YEARS),
    Category.CALLS: RetentionRule(Category.CALLS, 7, Unit.MONTHS),
    Category.CHATS: RetentionRule(Category.CHATS, 3, Unit.MONTHS),
    Category.ATTACHMENTS: RetentionRule(Category.ATTACHMENTS, 3, Unit.YEARS),
    Category.ORDERS: RetentionRule(Category.ORDERS, VOUCHER_YEARS, Unit.YEARS),
    Category.INVOICES: RetentionRule(Category.INVOICES, VOUCHER_YEARS, Unit.YEARS),
}

# Words that name a category in the register description, fi / sv / en (folded to lower case).
# The nearest one before a period ("... chat-keskustelujen tallenteet: 3 kuukautta") decides.
KEYWORDS: tuple[tuple[str, Category | None], ...] = (
    ("chat", Category.CHATS),
    ("potentiaali", Category.PROSPECTS),
    ("potentiell", Category.PROSPECTS),
    ("potential", Category.PROSPECTS),
    ("prospekt", Category.PROSPECTS),
    ("prospect", Category.PROSPECTS),
    ("puhelu", Category.CALLS),
    ("puhelin", Category.CALLS),
    ("samtal", Category.CALLS),
    ("call", Category.CALLS),
    ("yhteydeno", Category.CONTACT_EVENTS),
    ("yhteydenpi", Category.CONTACT_EVENTS),
    ("kontakter", Category.CONTACT_EVENTS),
    ("contact event", Category.CONTACT_EVENTS),
    ("contacts", Category.CONTACT_EVENTS),
    ("liite", Category.ATTACHMENTS),
    ("liitte", Category.ATTACHMENTS),
    ("asiakirj", Category.ATTACHMENTS),
    ("bilag", Category.ATTACHMENTS),
    ("handling", Category.ATTACHMENTS),
    ("attachment", Category.ATTACHMENTS),
    ("document", Category.ATTACHMENTS),
    # "kirjanpitokirjat 10 vuotta" names the books, kept in the accounting system: no category
    # of this register, so it must not lengthen the orders' rule.
    ("kirjanpitokirj", None),
    ("bokföringsböck", None),
    ("books", None),
    ("tilaus", Category.ORDERS),
    ("tilauks", Category.ORDERS),
    ("beställning", Category.ORDERS),
    ("order", Category.ORDERS),
    ("tosit", Category.INVOICES),
    ("verifikation", Category.INVOICES),
    ("voucher", Category.INVOICES),
    ("asiakassuh", Category.CUSTOMERS),
    ("asiakkaan tiedot", Category.CUSTOMERS),
    ("kundrelation", Category.CUSTOMERS),
    ("kundens uppgifter", Category.CUSTOMERS),
    ("customer relationship", Category.CUSTOMERS),
    ("customer's data", Category.CUSTOMERS),
)
NUMBER_WORDS = {
    **dict.fromkeys(("yksi", "yhden", "en", "ett", "one"), 1),
    **dict.fromkeys(("kaksi", "kahden", "två", "two"), 2),
    **dict.fromkeys(("kolme", "kolmen", "tre", "three"), 3),
    **dict.fromkeys(("neljä", "neljän", "fyra", "four"), 4),
    **dict.fromkeys(("viisi", "viiden", "fem", "five"), 5),
    **dict.fromkeys(("kuusi", "kuuden", "sex", "six"), 6),
    **dict.fromkeys(("seitsemän", "sju", "seven"), 7),
    **dict.fromkeys(("kahdeksan", "åtta", "eight"), 8),
    **dict.fromkeys(("yhdeksän", "nio", "nine"), 9),
    **dict.fromkeys(("kymmenen", "tio", "ten"), 10),
    **dict.fromkeys(("kaksitoista", "tolv", "twelve"), 12),
}
_NUMBER = r"(?<![\w§])(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
PERIOD = re.compile(
    _NUMBER + r"\s*(?:-\s*)?(kuukau\w*|kk\b|månad\w*|mån\b|months?\b|vuo(?!rok)\w*|år\w*|years?\b)",
    re.IGNORECASE,
)


def _unit(word: str) -> Unit:
    return Unit.MONTHS if word.lower().startswith(("kuuk", "kk", "mån", "month")) else Unit.YEARS


def periods_in_description(text: str) -> dict[Category, RetentionRule]:
    """The periods the description's retention text names, per category it can tell."""
    found: dict[Category, RetentionRule] = {}
    for line in text.splitlines():
        lowered = line.lower()
        start = 0
        for match in PERIOD.finditer(lowered):
            before = lowered[start : match.start()]
            start = match.end()
            number = match.group(1)
            amount = int(number) if number.isdigit() else NUMBER_WORDS[number]
            category = _nearest_category(before)
            if category is None or amount <= 0 or category in found:
                continue
            found[category] = clamp(RetentionRule(category, amount, _unit(match.group(2))))
    return found


def _nearest_category(text: str) -> Category | None:
    best: tuple[int, Category | None] | None = None
    for word, category in KEYWORDS:
        position = text.rfind(word)
        if position >= 0 and (best is None or position > best[0]):
            best = (position, category)
    return best[1] if best else None


def default_rules(description_retention: str = "") -> dict[Category, RetentionRule]:
    """Built-in defaults, overridden by the periods the register description names."""
    rules = dict(BUILT_IN)
    rules.update(periods_in_description(description_retention))
    return rules


def clamp(rule: RetentionRule) -> RetentionRule:
    """Within 1..MAX, and never below the Accounting Act's minimum (always in years)."""
    minimum_years = LEGAL_MINIMUM_YEARS.get(rule.category)
    if minimum_years is not None:
        years = rule.amount if rule.unit is Unit.YEARS else -(-rule.amount // 12)
        return replace(
            rule, amount=min(max(years, minimum_years), MAX_AMOUNT[Unit.YEARS]), unit=Unit.YEARS
        )
    return replace(rule, amount=min(max(rule.amount, 1), MAX_AMOUNT[rule.unit]))


def rules_from_stored(
    stored: object, defaults: Mapping[Category, RetentionRule]
) -> dict[Category, RetentionRule]:
    """The stored setting ({"calls": {"amount": 7, "unit": "months", "enabled": true}, ...})
    over the defaults; anything unusable falls back to the default of that category."""
    rules = dict(defaults)
    if not isinstance(stored, dict):
        return rules
    for key, value in stored.items():
        try:
            category = Category(key)
            rule = RetentionRule(
                category,
                int(value["amount"]),
                Unit(value["unit"]),
                bool(value.get("enabled", True)),
            )
        except (ValueError, KeyError, TypeError):
            continue
        rules[category] = clamp(rule)
    return rules


def rules_to_stored(rules: Mapping[Category, RetentionRule]) -> dict[str, dict[str, object]]:
    return {
        category.value: {"amount": rule.amount, "unit": rule.unit.value, "enabled": rule.enabled}
        for category, rule in rules.items()
    }
