"""The retention review erases a closed request and everything it holds once 3 years have
passed from the end of its handling, as the erasure letter tells the person."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from desktop.core.requests import RequestKind, RequestStatus
from desktop.errors import PermissionDenied
from desktop.store.letter_models import Letter
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request, RequestEvent, RequestKindRow
from tests.services.retention.conftest import World
from tests.services.rights.conftest import log_request

TODAY = date(2026, 12, 2)


def _closed(world: World, closed_at: datetime | None) -> int:
    request = log_request(world.register, world.maija, world.old, (RequestKind.ACCESS,))
    with world.register.write() as session:
        session.execute(
            update(Request)
            .where(Request.id == request)
            .values(
                closed_at=closed_at,
                status=RequestStatus.CLOSED.value if closed_at else RequestStatus.RECEIVED.value,
            )
        )
    return request


def test_closed_requests_past_three_years_are_erased_with_their_log(world: World) -> None:
    old = _closed(world, datetime(2023, 11, 30, 14, 0))  # kept until 30.11.2026: due
    last_day = _closed(world, datetime(2023, 12, 2, 9, 0))  # kept until today
    recent = _closed(world, datetime(2025, 6, 1, 9, 0))
    still_open = _closed(world, None)
    assert world.service().erase_request_logs(today=TODAY) == 1
    with world.register.read() as session:
        left = set(session.scalars(select(Request.id)))
        assert old not in left and {last_day, recent, still_open} <= left
        for model in (RequestEvent, RequestKindRow, Letter):
            count = session.scalar(
                select(func.count()).select_from(model).where(model.request_id == old)
            )
            assert count == 0, model
        assert "retention_request_logs_erased" in set(session.scalars(select(AuditEntry.action)))
    assert world.service().erase_request_logs(today=TODAY) == 0  # nothing more is due


def test_only_who_may_erase_expired_records(world: World) -> None:
    from desktop.services.retention.rules import RetentionService
    from tests.services.customers.conftest import user

    _closed(world, datetime(2020, 1, 1))
    with pytest.raises(PermissionDenied):
        RetentionService(world.register, user(world.register, "lukija")).erase_request_logs(
            today=TODAY
        )
