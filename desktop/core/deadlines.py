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


def extension_notice_due(received: datetime.date) -> datetime.date:
    """Art. 12(3): the person is told of an extension, with its reasons, within one month of
    receipt: the original due date, never the extended one."""
    return due_date(received, extended=False)


def refusal_due(received: datetime.date) -> datetime.date:
    """Art. 12(4): a decision not to act is told within one month of receipt, also when the
    time was extended (the extension is for acting on a request, not for refusing it)."""
    return due_date(received, extended=False)


def restriction_lift_earliest(notice_sent_on: datetime.date, waiting_days: int) -> datetime.date:
    """Art. 18(3): the person is told before the restriction is lifted; the main user sets how
    many days the notice gives them to answer."""
    return notice_sent_on + datetime.timedelta(days=waiting_days)


def late_by(sent_on: datetime.date, due: datetime.date) -> int:
    """Days past the due date (0 when on time)."""
    return max(0, (sent_on - due).days)
