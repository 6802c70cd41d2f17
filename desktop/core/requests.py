"""Data-protection requests: their kinds, statuses and the moves allowed between statuses.

received → waiting for identification → in progress → extended → answered / refused → closed;
a closed request can be reopened (logged). The deadline runs from receipt throughout, also
while identification is awaited (the safe reading of Art. 12(3)).
"""

from __future__ import annotations

import datetime
from enum import StrEnum

from desktop.core.deadlines import due_date
from desktop.core.i18n import QT_TRANSLATE_NOOP


class RequestKind(StrEnum):
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21(1)
    MARKETING_BAN = "marketing_ban"  # Art. 21(2)-(3)
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)


class RequestStatus(StrEnum):
    RECEIVED = "received"
    WAITING_FOR_IDENTIFICATION = "waiting_identification"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    ANSWERED = "answered"
    REFUSED = "refused"
    CLOSED = "closed"


class RequestChannel(StrEnum):
    LETTER = "letter"
    IN_PERSON = "in_person"
    EMAIL = "email"
    PHONE = "phone"
    WEB_FORM = "web_form"


class IdentityMethod(StrEnum):
    IN_PERSON_WITH_ID = "in_person_id"
    SIGNATURE_MATCHES = "signature_matches"
    CUSTOMER_NUMBER_AND_ADDRESS = "number_and_address"
    KNOWN_EMAIL_ADDRESS = "known_email"
    OTHER = "other"
    # Not a check: the main user let the request go on without one, with a recorded reason.
    MAIN_USER_OVERRIDE = "override"


OPEN_STATUSES = frozenset(
    {
        RequestStatus.RECEIVED,
        RequestStatus.WAITING_FOR_IDENTIFICATION,
        RequestStatus.IN_PROGRESS,
        RequestStatus.EXTENDED,
    }
)

ALLOWED_MOVES: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.RECEIVED: frozenset(
        {RequestStatus.WAITING_FOR_IDENTIFICATION, RequestStatus.IN_PROGRESS, RequestStatus.REFUSED}
    ),
    RequestStatus.WAITING_FOR_IDENTIFICATION: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.EXTENDED, RequestStatus.REFUSED}
    ),
    RequestStatus.IN_PROGRESS: frozenset(
        {RequestStatus.EXTENDED, RequestStatus.ANSWERED, RequestStatus.REFUSED}
    ),
    RequestStatus.EXTENDED: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.ANSWERED, RequestStatus.REFUSED}
    ),
    RequestStatus.ANSWERED: frozenset({RequestStatus.CLOSED}),
    RequestStatus.REFUSED: frozenset({RequestStatus.CLOSED}),
    RequestStatus.CLOSED: frozenset({RequestStatus.IN_PROGRESS}),  # reopening, logged
}

KIND_LABELS = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("Requests", "Access to data (Art. 15)"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("Requests", "Rectification (Art. 16)"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("Requests", "Erasure (Art. 17)"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("Requests", "Restriction of processing (Art. 18)"),
    RequestKind.PORTABILITY: QT_TRANSLATE_NOOP("Requests", "Data portability (Art. 20)"),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("Requests", "Objection (Art. 21(1))"),
    RequestKind.MARKETING_BAN: QT_TRANSLATE_NOOP(
        "Requests", "Direct-marketing ban (Art. 21(2)–(3))"
    ),
    RequestKind.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Requests", "Withdrawal of consent (Art. 7(3))"
    ),
}
STATUS_LABELS = {
    RequestStatus.RECEIVED: QT_TRANSLATE_NOOP("Requests", "Received"),
    RequestStatus.WAITING_FOR_IDENTIFICATION: QT_TRANSLATE_NOOP(
        "Requests", "Waiting for identification"
    ),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Requests", "In progress"),
    RequestStatus.EXTENDED: QT_TRANSLATE_NOOP("Requests", "Extended"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("Requests", "Answered"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("Requests", "Refused"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Requests", "Closed"),
}
CHANNEL_LABELS = {
    RequestChannel.LETTER: QT_TRANSLATE_NOOP("Requests", "Letter"),
    RequestChannel.IN_PERSON: QT_TRANSLATE_NOOP("Requests", "In person"),
    RequestChannel.EMAIL: QT_TRANSLATE_NOOP("Requests", "Email"),
    RequestChannel.PHONE: QT_TRANSLATE_NOOP("Requests", "Phone"),
    RequestChannel.WEB_FORM: QT_TRANSLATE_NOOP("Requests", "Web form"),
}
IDENTITY_METHOD_LABELS = {
    IdentityMethod.IN_PERSON_WITH_ID: QT_TRANSLATE_NOOP(
        "Requests", "In person, with an identity document"
    ),
    IdentityMethod.SIGNATURE_MATCHES: QT_TRANSLATE_NOOP(
        "Requests", "Signature matches earlier correspondence"
    ),
    IdentityMethod.CUSTOMER_NUMBER_AND_ADDRESS: QT_TRANSLATE_NOOP(
        "Requests", "Customer number and address match"
    ),
    IdentityMethod.KNOWN_EMAIL_ADDRESS: QT_TRANSLATE_NOOP(
        "Requests", "Sent from the email address in the register"
    ),
    IdentityMethod.OTHER: QT_TRANSLATE_NOOP("Requests", "Other (described)"),
    IdentityMethod.MAIN_USER_OVERRIDE: QT_TRANSLATE_NOOP(
        "Requests", "Not checked: the main user decided to go on (reason recorded)"
    ),
}


def can_move(current: RequestStatus, target: RequestStatus) -> bool:
    return target in ALLOWED_MOVES[current]


def diary_number(year: int, sequence: int) -> str:
    """2026-014: the year and a running number that starts again each year."""
    return f"{year}-{sequence:03d}"


def current_due_date(received: datetime.date, extended: bool) -> datetime.date:
    return due_date(received, extended=extended)


def can_extend(received: datetime.date, today: datetime.date, already_extended: bool) -> bool:
    """Only once, and only before the first deadline has passed."""
    return not already_extended and today <= due_date(received)
