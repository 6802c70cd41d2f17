"""A closed request and its log are kept 3 years from the end of handling (the erasure letter
says so), then they are due for erasure; an open request never is."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.retention import request_log_due, request_log_until


@pytest.mark.parametrize(
    ("ended", "today", "due"),
    [
        (None, date(2040, 1, 1), False),  # still open
        (date(2023, 3, 15), date(2026, 3, 15), False),  # the last day it is kept
        (date(2023, 3, 15), date(2026, 3, 16), True),  # the day after
        (date(2023, 3, 15), date(2025, 12, 31), False),
        (date(2024, 2, 29), date(2027, 2, 28), False),  # leap day: kept to 28 February
        (date(2024, 2, 29), date(2027, 3, 1), True),
    ],
)
def test_request_log_due(ended: date | None, today: date, due: bool) -> None:
    assert request_log_due(ended, today) is due


def test_request_log_until_is_three_years() -> None:
    assert request_log_until(date(2023, 3, 15)) == date(2026, 3, 15)
