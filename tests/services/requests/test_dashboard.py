"""The dashboard's lists: open requests only, by due date, and when to remind at login."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.requests import RequestChannel, RequestKind, RequestStatus
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.requests.dashboard import DashboardService
from desktop.services.requests.log import RequestForm

TODAY = date(2026, 11, 24)


@pytest.fixture
def clerk(gate: Gate, passwords: dict[str, str]) -> Services:
    return Services.for_user(gate, gate.login("ville", passwords["ville"]).user)


def _log(services: Services, received: datetime, name: str) -> int:
    form = RequestForm(
        received_at=received,
        channel=RequestChannel.EMAIL,
        kinds=(RequestKind.ACCESS, RequestKind.ERASURE),
        requester_name=name,
    )
    return services.requests.log(form, today=TODAY).id


def test_lists_hold_open_requests_by_due_date(clerk: Services) -> None:
    late = _log(clerk, datetime(2026, 9, 30, 9, 0), "Late")  # due 30.10.
    later = _log(clerk, datetime(2026, 10, 1, 9, 0), "Later")  # due 2.11. (1.11. is Sunday)
    soon = _log(clerk, datetime(2026, 10, 27, 9, 0), "Soon")  # due 27.11.
    far = _log(clerk, datetime(2026, 11, 20, 9, 0), "Far")  # due 21.12.
    waiting = _log(clerk, datetime(2026, 11, 23, 9, 0), "Waiting")
    answered = _log(clerk, datetime(2026, 9, 1, 9, 0), "Answered")
    clerk.requests.wait_for_identification(waiting, "Allekirjoitus puuttuu")
    clerk.requests.extend(far, "Much data", today=TODAY)
    clerk.requests.move(answered, RequestStatus.IN_PROGRESS)
    clerk.requests.move(answered, RequestStatus.ANSWERED)

    summary = clerk.dashboard.summary(TODAY)

    assert [r.id for r in summary.overdue.rows] == [late, later]
    assert summary.overdue.count == 2
    assert [r.id for r in summary.due_within_7_days.rows] == [soon]
    assert [r.id for r in summary.waiting_for_identification.rows] == [waiting]
    assert [r.id for r in summary.extended.rows] == [far]
    assert summary.overdue.rows[0].kinds == (RequestKind.ACCESS, RequestKind.ERASURE)
    assert summary.overdue.rows[0].requester == "Late"
    assert summary.reminder_needed and summary.due_soon_or_overdue == 3


def test_no_reminder_when_nothing_is_due_within_a_week(clerk: Services) -> None:
    _log(clerk, datetime(2026, 11, 20, 9, 0), "Far")
    summary = clerk.dashboard.summary(TODAY)
    assert not summary.reminder_needed
    assert summary.due_within_7_days.count == 0 and summary.overdue.count == 0
    # Seven days before the deadline (21.12.) it is due within a week.
    assert clerk.dashboard.summary(date(2026, 12, 14)).reminder_needed
    assert not clerk.dashboard.summary(date(2026, 12, 13)).reminder_needed


def test_long_lists_are_cut_but_counted(clerk: Services) -> None:
    for day in range(1, 6):
        _log(clerk, datetime(2026, 9, day, 9, 0), f"Person {day}")
    service = DashboardService(clerk.gate.register, clerk.user)
    summary = service.summary(TODAY, limit=3)
    assert len(summary.overdue.rows) == 3 and summary.overdue.count == 5
    due = [r.due_on for r in summary.overdue.rows]
    assert due == sorted(due)


def test_reader_sees_the_dashboard(gate: Gate, passwords: dict[str, str], clerk: Services) -> None:
    _log(clerk, datetime(2026, 9, 30, 9, 0), "Late")
    reader = Services.for_user(gate, gate.login("lukija", passwords["lukija"]).user)
    assert reader.dashboard.summary(TODAY).overdue.count == 1
