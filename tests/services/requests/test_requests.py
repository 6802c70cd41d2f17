"""The request log on a real register: diary numbers, deadlines, identity, extension, moves."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.customer_form import CustomerForm
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind, RequestStatus
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.requests.log import ExtensionRefused, RequestForm, StatusMoveRefused


@pytest.fixture
def clerk(gate: Gate, passwords: dict[str, str]) -> Services:
    return Services.for_user(gate, gate.login("ville", passwords["ville"]).user)


def _letter(received: datetime, customer_id: int | None = None, **extra: object) -> RequestForm:
    return RequestForm(
        received_at=received,
        channel=RequestChannel.LETTER,
        kinds=(RequestKind.ACCESS,),
        customer_id=customer_id,
        requester_name="" if customer_id else "Matti Meikäläinen",
        signed_by_hand=True,
        **extra,  # type: ignore[arg-type]
    )


def test_diary_numbers_run_per_year_and_deadline_is_set(clerk: Services) -> None:
    first = clerk.requests.log(_letter(datetime(2026, 11, 24, 9, 30)))
    second = clerk.requests.log(_letter(datetime(2026, 11, 24, 10, 0)))
    older = clerk.requests.log(_letter(datetime(2025, 12, 30, 12, 0)))
    assert (first.diary_number, second.diary_number) == ("2026-001", "2026-002")
    assert older.diary_number == "2025-001"
    assert first.due_on == date(2026, 12, 28)
    assert first.status is RequestStatus.RECEIVED


def test_logging_checks_the_form(clerk: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        clerk.requests.log(
            RequestForm(received_at=datetime(2099, 1, 1), channel=RequestChannel.EMAIL, kinds=())
        )
    assert set(caught.value.fields) == {"kinds", "requester_name", "received_at"}


def test_identity_check_moves_the_request_on(clerk: Services) -> None:
    customer = clerk.customers.create(CustomerForm(first_name="Maija", last_name="Meikäläinen"))
    row = clerk.requests.log(_letter(datetime(2026, 11, 20, 8, 0), customer.id))
    assert row.requester == "Meikäläinen Maija"
    assert clerk.requests.wait_for_identification(row.id, "Nimi ei täsmää").status is (
        RequestStatus.WAITING_FOR_IDENTIFICATION
    )
    clerk.requests.record_identity_check(row.id, IdentityMethod.SIGNATURE_MATCHES)
    detail = clerk.requests.get(row.id)
    assert detail.row.status is RequestStatus.IN_PROGRESS
    assert detail.identity_checked_by == "ville"
    assert [e.action for e in detail.events] == [
        "logged",
        "status_waiting_identification",
        "identity_checked",
    ]
    assert detail.row.due_on == date(2026, 12, 21), "the deadline runs from receipt throughout"


def test_extension_only_once_and_before_the_first_deadline(clerk: Services) -> None:
    row = clerk.requests.log(_letter(datetime(2026, 11, 2, 8, 0)))
    with pytest.raises(ValidationError):
        clerk.requests.extend(row.id, "   ", today=date(2026, 11, 20))
    extended = clerk.requests.extend(row.id, "Large amount of data", today=date(2026, 11, 20))
    assert extended.extended and extended.due_on == date(2027, 2, 2)
    with pytest.raises(ExtensionRefused):
        clerk.requests.extend(row.id, "again", today=date(2026, 11, 21))
    late = clerk.requests.log(_letter(datetime(2026, 9, 1, 8, 0)))
    with pytest.raises(ExtensionRefused) as caught:
        clerk.requests.extend(late.id, "too late", today=date(2026, 11, 24))
    assert "1.10.2026" in caught.value.text()


def test_status_moves_refusal_needs_reason_and_reopen_is_logged(clerk: Services) -> None:
    row = clerk.requests.log(_letter(datetime(2026, 11, 24, 8, 0)))
    with pytest.raises(StatusMoveRefused):
        clerk.requests.move(row.id, RequestStatus.CLOSED)
    with pytest.raises(ValidationError):
        clerk.requests.move(row.id, RequestStatus.REFUSED)
    clerk.requests.move(row.id, RequestStatus.REFUSED, note="Manifestly unfounded (Art. 12(5))")
    clerk.requests.move(row.id, RequestStatus.CLOSED)
    clerk.requests.move(row.id, RequestStatus.IN_PROGRESS, note="New information arrived")
    detail = clerk.requests.get(row.id)
    assert [e.action for e in detail.events][-1] == "reopened"
    assert detail.outcome.startswith("Manifestly unfounded")


def test_lists_sorted_by_due_date_and_reader_cannot_log(
    clerk: Services, gate: Gate, passwords: dict[str, str]
) -> None:
    clerk.requests.log(_letter(datetime(2026, 11, 24, 8, 0)))
    clerk.requests.log(_letter(datetime(2026, 10, 1, 8, 0)))
    rows = clerk.requests.list(statuses={RequestStatus.RECEIVED})
    assert [r.due_on for r in rows] == sorted(r.due_on for r in rows)
    reader = Services.for_user(gate, gate.login("lukija", passwords["lukija"]).user)
    assert len(reader.requests.list()) == 2
    with pytest.raises(PermissionDenied):
        reader.requests.log(_letter(datetime(2026, 11, 24, 8, 0)))
