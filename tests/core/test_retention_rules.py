"""Retention rules: periods, due dates, query cut-offs, defaults from the register description."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.description_templates import TEMPLATES
from desktop.core.retention import accounting_hold, voucher_hold
from desktop.core.retention_rules import (
    BUILT_IN,
    Category,
    RetentionRule,
    Unit,
    add_months,
    clamp,
    default_rules,
    periods_in_description,
    rules_from_stored,
    rules_to_stored,
)

# Seed 002, section 7 (säilytysaika), as the business wrote it.
SEED_002 = (
    "Seuraaville tiedoille on määritellyt säilytysajat:\n"
    "- asiakaspalvelun chat-keskustelujen tallenteet: 3 kuukautta\n"
    "- asiakaspalvelun puhelinkeskustelujen tallenteet: 7 kuukautta\n"
    "- asiakassuhteen hoitoon liittyvät asiakkaan yhteyshenkilön tiedot: niin kauan kuin "
    "rekisteröity on kyseisen asiakkaan yhteyshenkilö"
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 24), 3, date(2027, 2, 24)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 5, 15), -7, date(2025, 10, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("rule", "start", "keep_until", "due_on"),
    [
        (
            RetentionRule(Category.CHATS, 3, Unit.MONTHS),
            date(2026, 8, 24),
            date(2026, 11, 24),
            date(2026, 11, 25),
        ),
        (
            RetentionRule(Category.CALLS, 7, Unit.MONTHS),
            date(2026, 4, 30),
            date(2026, 11, 30),
            date(2026, 12, 1),
        ),
        (
            RetentionRule(Category.CUSTOMERS, 3, Unit.YEARS),
            date(2020, 2, 29),
            date(2023, 2, 28),
            date(2023, 3, 1),
        ),
        (  # an order is a voucher or other accounting material: from the end of the year
            RetentionRule(Category.ORDERS, 6, Unit.YEARS),
            date(2019, 6, 30),
            date(2025, 12, 31),
            date(2026, 1, 1),
        ),
        (
            RetentionRule(Category.INVOICES, 6, Unit.YEARS),
            date(2019, 6, 30),
            date(2025, 12, 31),
            date(2026, 1, 1),
        ),
    ],
)
def test_keep_until_and_due_on(
    rule: RetentionRule, start: date, keep_until: date, due_on: date
) -> None:
    assert rule.keep_until(start) == keep_until
    assert rule.due_on(start) == due_on
    assert not rule.is_due(start, keep_until)
    assert rule.is_due(start, due_on)


def test_accounting_rules_agree_with_the_accounting_act_holds() -> None:
    for period_end in (date(2015, 12, 31), date(2016, 6, 30), date(2016, 2, 29)):
        # The customer register holds no books (10 years): its orders are accounting material.
        assert BUILT_IN[Category.ORDERS].keep_until(period_end) == voucher_hold(period_end)
        assert BUILT_IN[Category.ORDERS].keep_until(period_end) < accounting_hold(period_end)
        assert BUILT_IN[Category.INVOICES].keep_until(period_end) == voucher_hold(period_end)


@pytest.mark.parametrize("category", list(Category))
@pytest.mark.parametrize("today", [date(2026, 11, 24), date(2026, 3, 1), date(2028, 2, 29)])
def test_last_due_start_matches_is_due_exactly(category: Category, today: date) -> None:
    rule = BUILT_IN[category]
    cutoff = rule.last_due_start(today)
    assert rule.is_due(cutoff, today)
    assert not rule.is_due(date.fromordinal(cutoff.toordinal() + 1), today)


def test_a_disabled_rule_is_never_due() -> None:
    rule = RetentionRule(Category.CHATS, 3, Unit.MONTHS, enabled=False)
    assert not rule.is_due(date(2000, 1, 1), date(2026, 11, 24))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SEED_002, {Category.CHATS: (3, Unit.MONTHS), Category.CALLS: (7, Unit.MONTHS)}),
        (
            TEMPLATES["fi"]["retention"],
            {
                Category.PROSPECTS: (1, Unit.YEARS),
                Category.INVOICES: (6, Unit.YEARS),
            },
        ),
        (
            TEMPLATES["sv"]["retention"],
            {
                Category.PROSPECTS: (1, Unit.YEARS),
                Category.INVOICES: (6, Unit.YEARS),
            },
        ),
        (
            TEMPLATES["en"]["retention"],
            {
                Category.PROSPECTS: (1, Unit.YEARS),
                Category.INVOICES: (6, Unit.YEARS),
            },
        ),
        ("Liitteet säilytetään kaksi vuotta.", {Category.ATTACHMENTS: (2, Unit.YEARS)}),
        ("Samtalsinspelningar (samtal) sparas i 6 månader.", {Category.CALLS: (6, Unit.MONTHS)}),
        (
            "Customer relationship data: 5 years after it ends.",
            {Category.CUSTOMERS: (5, Unit.YEARS)},
        ),
        ("Yhteydenotot 24 kk.", {Category.CONTACT_EVENTS: (24, Unit.MONTHS)}),
        ("Tositteet 3 vuotta.", {Category.INVOICES: (6, Unit.YEARS)}),  # never below the law
        ("Kirjanpitokirjat 10 vuotta.", {}),  # the books are not in this register
        ("Tilaukset 8 vuotta.", {Category.ORDERS: (8, Unit.YEARS)}),
        ("Säilytämme tiedot 2 vuorokautta.", {}),  # days are not a period we know
        ("Nothing with a number here.", {}),
    ],
)
def test_periods_in_description(text: str, expected: dict[Category, tuple[int, Unit]]) -> None:
    found = periods_in_description(text)
    assert {c: (r.amount, r.unit) for c, r in found.items()} == expected


def test_defaults_take_the_description_over_the_built_in_ones() -> None:
    rules = default_rules("Chat-keskustelut: 1 kuukausi.")
    assert (rules[Category.CHATS].amount, rules[Category.CHATS].unit) == (1, Unit.MONTHS)
    assert rules[Category.CALLS] == BUILT_IN[Category.CALLS]
    assert set(rules) == set(Category)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (RetentionRule(Category.ORDERS, 5, Unit.YEARS), (6, Unit.YEARS)),
        (RetentionRule(Category.ORDERS, 150, Unit.MONTHS), (13, Unit.YEARS)),
        (RetentionRule(Category.ORDERS, 10, Unit.YEARS), (10, Unit.YEARS)),
        (RetentionRule(Category.INVOICES, 8, Unit.YEARS), (8, Unit.YEARS)),
        (RetentionRule(Category.CHATS, 0, Unit.MONTHS), (1, Unit.MONTHS)),
        (RetentionRule(Category.CUSTOMERS, 99, Unit.YEARS), (50, Unit.YEARS)),
    ],
)
def test_clamp(rule: RetentionRule, expected: tuple[int, Unit]) -> None:
    clamped = clamp(rule)
    assert (clamped.amount, clamped.unit) == expected


def test_stored_rules_round_trip_and_bad_entries_fall_back() -> None:
    rules = dict(BUILT_IN)
    rules[Category.CHATS] = RetentionRule(Category.CHATS, 2, Unit.MONTHS, enabled=False)
    assert rules_from_stored(rules_to_stored(rules), BUILT_IN) == rules
    stored = {
        "chats": {"amount": "x", "unit": "months"},
        "calls": {"amount": 4, "unit": "weeks"},
        "nonsense": {"amount": 1, "unit": "years"},
        "attachments": {"amount": 1, "unit": "years"},
    }
    loaded = rules_from_stored(stored, BUILT_IN)
    assert loaded[Category.CHATS] == BUILT_IN[Category.CHATS]
    assert loaded[Category.CALLS] == BUILT_IN[Category.CALLS]
    assert loaded[Category.ATTACHMENTS].amount == 1
    assert rules_from_stored("garbage", BUILT_IN) == BUILT_IN
