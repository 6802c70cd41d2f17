"""Which letter a request suggests, the deadline check and the readable checksum."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.letters import (
    LetterKind,
    format_letter_date,
    short_hash,
    suggested_kind,
    within_deadline,
)
from desktop.core.requests import RequestKind, RequestStatus


@pytest.mark.parametrize(
    ("status", "kinds", "checked", "letters", "expected"),
    [
        (RequestStatus.RECEIVED, (RequestKind.ACCESS,), False, False, LetterKind.ACKNOWLEDGEMENT),
        (RequestStatus.RECEIVED, (RequestKind.ACCESS,), False, True, LetterKind.IDENTIFICATION),
        (
            RequestStatus.WAITING_FOR_IDENTIFICATION,
            (RequestKind.ERASURE,),
            False,
            True,
            LetterKind.IDENTIFICATION,
        ),
        (RequestStatus.EXTENDED, (RequestKind.ACCESS,), True, False, LetterKind.EXTENSION),
        (RequestStatus.EXTENDED, (RequestKind.ACCESS,), True, True, LetterKind.ACCESS),
        (
            RequestStatus.IN_PROGRESS,
            (RequestKind.RESTRICTION, RequestKind.ERASURE),
            True,
            True,
            LetterKind.ERASURE_DONE,
        ),
        (RequestStatus.IN_PROGRESS, (RequestKind.MARKETING_BAN,), True, True, LetterKind.OBJECTION),
        (RequestStatus.REFUSED, (RequestKind.ACCESS,), True, True, LetterKind.REFUSAL),
    ],
)
def test_suggested_kind_follows_the_request(
    status: RequestStatus,
    kinds: tuple[RequestKind, ...],
    checked: bool,
    letters: bool,
    expected: LetterKind,
) -> None:
    assert suggested_kind(status, kinds, identity_checked=checked, has_letters=letters) is expected


def test_deadline_dates_and_hash() -> None:
    assert within_deadline(date(2026, 12, 21), date(2026, 12, 21))
    assert not within_deadline(date(2026, 12, 22), date(2026, 12, 21))
    assert format_letter_date(date(2026, 1, 5)) == "5.1.2026"
    assert short_hash("a" * 64) == " ".join(["a" * 8] * 8)
