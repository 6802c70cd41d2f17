"""Legal deadlines for data-protection requests (GDPR Art. 12(3)).

A reply is due one month after receipt, extendable by two further months. Periods are counted as
EU Regulation 1182/71 says: the day of receipt is not counted; a period of months ends on the
same date in the last month, or on that month's last day when the date does not exist; and a
period that would end on a Saturday, Sunday or public holiday ends on the next working day.
Finnish public holidays come from the `holidays` package, Midsummer Eve and Christmas Eve
included (offices are closed on both).
"""

from __future__ import annotations

import calendar
import datetime
from functools import lru_cache

import holidays

FIRST_PERIOD_MONTHS = 1
EXTENDED_PERIOD_MONTHS = 3  # one month plus the two-month extension, counted from receipt


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Same day `months` later, or that month's last day when the day does not exist."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(start.day, last_day))


@lru_cache(maxsize=64)
def _finnish_holidays(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.country_holidays("FI", years=year))


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in _finnish_holidays(day.year)


def next_working_day(day: datetime.date) -> datetime.date:
    """`day` itself if it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def due_date(received: datetime.date, extended: bool = False) -> datetime.date:
    """The last day on which the reply is still on time."""
    months = EXTENDED_PERIOD_MONTHS if extended else FIRST_PERIOD_MONTHS
    return next_working_day(add_months(received, months))


def days_left(due: datetime.date, today: datetime.date) -> int:
    """Positive: days left (0 = due today). Negative: days late."""
    return (due - today).days
