"""Deadline rules as a table of examples plus properties (Regulation 1182/71, Finnish holidays)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.deadlines import add_months, days_left, due_date, is_working_day

D = dt.date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 1, 31), D(2026, 3, 2)),  # 28.2. is a Saturday
        (D(2026, 3, 5), D(2026, 4, 7)),  # 5.4. Easter Sunday, 6.4. Easter Monday
        (D(2026, 5, 20), D(2026, 6, 22)),  # 20.6. Midsummer Day (Saturday), 21.6. Sunday
        (D(2026, 11, 24), D(2026, 12, 28)),  # Christmas Eve, Christmas, Boxing Day, Sunday
        (D(2026, 5, 18), D(2026, 6, 18)),  # an ordinary Thursday
        (D(2026, 5, 19), D(2026, 6, 22)),  # 19.6. Midsummer Eve
        (D(2024, 1, 31), D(2024, 2, 29)),  # leap year: the month's last day
        (D(2026, 11, 30), D(2026, 12, 30)),
        (D(2026, 12, 1), D(2027, 1, 4)),  # 1.1. New Year's Day, then the weekend
        (D(2026, 12, 6), D(2027, 1, 7)),  # 6.1. Epiphany
    ],
)
def test_one_month_examples(received: dt.date, due: dt.date) -> None:
    assert due_date(received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 1, 31), D(2026, 4, 30)),  # 30.4. exists; a Thursday
        (D(2026, 3, 5), D(2026, 6, 5)),
        (D(2026, 9, 24), D(2026, 12, 28)),  # 24.12. → past Christmas and the weekend
    ],
)
def test_extended_examples(received: dt.date, due: dt.date) -> None:
    assert due_date(received, extended=True) == due


def test_holidays_and_weekends() -> None:
    assert not is_working_day(D(2026, 6, 19))  # Midsummer Eve
    assert not is_working_day(D(2026, 12, 24))  # Christmas Eve
    assert not is_working_day(D(2026, 11, 28))  # Saturday
    assert is_working_day(D(2026, 11, 24))


def test_days_left_and_late() -> None:
    assert days_left(D(2026, 12, 28), D(2026, 12, 20)) == 8
    assert days_left(D(2026, 12, 28), D(2026, 12, 28)) == 0
    assert days_left(D(2026, 12, 28), D(2027, 1, 2)) == -5


received_dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31))


@given(received_dates)
def test_never_a_weekend_or_holiday(received: dt.date) -> None:
    assert is_working_day(due_date(received))
    assert is_working_day(due_date(received, extended=True))


@given(received_dates)
def test_never_before_the_raw_month(received: dt.date) -> None:
    raw = add_months(received, 1)
    due = due_date(received)
    assert due >= raw
    assert (due - raw).days <= 5  # the longest run of non-working days (Christmas + weekend)


@given(received_dates)
def test_extension_is_always_later(received: dt.date) -> None:
    assert due_date(received, extended=True) > due_date(received)
    assert add_months(received, 3) <= due_date(received, extended=True)


@given(received_dates, st.integers(min_value=0, max_value=36))
def test_add_months_keeps_the_day_or_takes_the_last(start: dt.date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or end.day < start.day


def test_extension_notice_and_refusal_are_due_within_the_first_month() -> None:
    from desktop.core.deadlines import (
        due_date,
        extension_notice_due,
        refusal_due,
        restriction_lift_earliest,
    )

    received = dt.date(2026, 3, 2)
    first = due_date(received)
    assert extension_notice_due(received) == first == refusal_due(received)
    assert extension_notice_due(received) < due_date(received, extended=True)
    assert restriction_lift_earliest(dt.date(2026, 3, 10), 14) == dt.date(2026, 3, 24)
