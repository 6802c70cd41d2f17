"""Reply letters to rights requests: their kinds, how they were sent, and which kind fits a request.

The letter texts themselves are document templates in resources/letters (fi / sv / en), chosen by
the request's reply language; the labels here are UI strings.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestKind, RequestStatus

LANGUAGES = ("fi", "sv", "en")


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTIFICATION = "identification"  # Art. 12(6)
    EXTENSION = "extension"  # Art. 12(3)
    ACCESS = "access"  # Art. 15
    RECTIFICATION_DONE = "rectification_done"  # Art. 16
    RECTIFICATION_REFUSED = "rectification_refused"  # Art. 12(4): todistus kieltäytymisestä
    ERASURE_DONE = "erasure_done"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    OBJECTION = "objection"  # Art. 21
    PORTABILITY = "portability"  # Art. 20
    REFUSAL = "refusal"  # Art. 12(4): any right refused, the ground from desktop.core.decisions
    ERASURE_REFUSED = "erasure_refused"  # Art. 17(1) not met or 17(3)
    OBJECTION_CONTINUED = "objection_continued"  # Art. 21(1): compelling grounds
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)
    RESTRICTION_LIFT = "restriction_lift"  # Art. 18(3): notice before the restriction is lifted
    RECIPIENT_NOTICE = "recipient_notice"  # Art. 19, to a recipient of the data


class LetterState(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class Delivery(StrEnum):
    LETTER = "letter"
    PRIORITY = "priority"
    REGISTERED = "registered"
    IN_PERSON = "in_person"
    EMAIL = "email"


KIND_LABELS = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Letters", "Acknowledgement of receipt"),
    LetterKind.IDENTIFICATION: QT_TRANSLATE_NOOP("Letters", "Request for identification"),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("Letters", "Extension notice"),
    LetterKind.ACCESS: QT_TRANSLATE_NOOP("Letters", "Access reply with the data appendix"),
    LetterKind.RECTIFICATION_DONE: QT_TRANSLATE_NOOP("Letters", "Rectification done"),
    LetterKind.RECTIFICATION_REFUSED: QT_TRANSLATE_NOOP(
        "Letters", "Rectification refused (certificate)"
    ),
    LetterKind.ERASURE_DONE: QT_TRANSLATE_NOOP("Letters", "Erasure done"),
    LetterKind.RESTRICTION: QT_TRANSLATE_NOOP("Letters", "Restriction confirmed"),
    LetterKind.OBJECTION: QT_TRANSLATE_NOOP("Letters", "Objection or marketing ban confirmed"),
    LetterKind.PORTABILITY: QT_TRANSLATE_NOOP("Letters", "Portability cover letter"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("Letters", "Refusal with reasons (Art. 12(4))"),
    LetterKind.ERASURE_REFUSED: QT_TRANSLATE_NOOP("Letters", "Erasure refused (Art. 17)"),
    LetterKind.OBJECTION_CONTINUED: QT_TRANSLATE_NOOP(
        "Letters", "Objection: processing continues (Art. 21(1))"
    ),
    LetterKind.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Letters", "Consent withdrawal confirmed (Art. 7(3))"
    ),
    LetterKind.RESTRICTION_LIFT: QT_TRANSLATE_NOOP(
        "Letters", "Notice before lifting a restriction (Art. 18(3))"
    ),
    LetterKind.RECIPIENT_NOTICE: QT_TRANSLATE_NOOP("Letters", "Notice to a recipient (Art. 19)"),
}

STATE_LABELS = {
    LetterState.DRAFT: QT_TRANSLATE_NOOP("Letters", "Draft"),
    LetterState.SIGNED: QT_TRANSLATE_NOOP("Letters", "Signed"),
}

DELIVERY_LABELS = {
    Delivery.LETTER: QT_TRANSLATE_NOOP("Letters", "Letter"),
    Delivery.PRIORITY: QT_TRANSLATE_NOOP("Letters", "Priority letter"),
    Delivery.REGISTERED: QT_TRANSLATE_NOOP("Letters", "Registered letter"),
    Delivery.IN_PERSON: QT_TRANSLATE_NOOP("Letters", "Handed over in person"),
    Delivery.EMAIL: QT_TRANSLATE_NOOP("Letters", "Email"),
}

# Letters that answer the request (the deadline of Art. 12(3) is about these), as opposed to
# acknowledgements and requests for identification that only keep the person informed.
ANSWERS = frozenset(
    {
        LetterKind.EXTENSION,
        LetterKind.ACCESS,
        LetterKind.RECTIFICATION_DONE,
        LetterKind.RECTIFICATION_REFUSED,
        LetterKind.ERASURE_DONE,
        LetterKind.RESTRICTION,
        LetterKind.OBJECTION,
        LetterKind.PORTABILITY,
        LetterKind.REFUSAL,
        LetterKind.ERASURE_REFUSED,
        LetterKind.OBJECTION_CONTINUED,
        LetterKind.CONSENT_WITHDRAWAL,
    }
)

_BY_REQUEST_KIND = (
    (RequestKind.ACCESS, LetterKind.ACCESS),
    (RequestKind.ERASURE, LetterKind.ERASURE_DONE),
    (RequestKind.RECTIFICATION, LetterKind.RECTIFICATION_DONE),
    (RequestKind.PORTABILITY, LetterKind.PORTABILITY),
    (RequestKind.RESTRICTION, LetterKind.RESTRICTION),
    (RequestKind.OBJECTION, LetterKind.OBJECTION),
    (RequestKind.MARKETING_BAN, LetterKind.OBJECTION),
    (RequestKind.CONSENT_WITHDRAWAL, LetterKind.CONSENT_WITHDRAWAL),
)


def suggested_kind(
    status: RequestStatus,
    kinds: tuple[RequestKind, ...],
    *,
    identity_checked: bool,
    has_letters: bool,
) -> LetterKind:
    """The letter a clerk most likely writes next, given where the request stands."""
    if status is RequestStatus.REFUSED:
        return LetterKind.REFUSAL
    if status is RequestStatus.WAITING_FOR_IDENTIFICATION:
        return LetterKind.IDENTIFICATION
    if status is RequestStatus.RECEIVED and not identity_checked:
        return LetterKind.ACKNOWLEDGEMENT if not has_letters else LetterKind.IDENTIFICATION
    if status is RequestStatus.EXTENDED and not has_letters:
        return LetterKind.EXTENSION  # the person must be told within the first month
    for request_kind, letter_kind in _BY_REQUEST_KIND:
        if request_kind in kinds:
            return letter_kind
    return LetterKind.ACKNOWLEDGEMENT


def format_letter_date(day: date) -> str:
    """d.m.yyyy in every language: the Finnish standard, and unambiguous in Swedish and English."""
    return f"{day.day}.{day.month}.{day.year}"


def within_deadline(sent_on: date, due_on: date) -> bool:
    return sent_on <= due_on


def short_hash(sha256: str) -> str:
    """The SHA-256 split in groups of eight, easier to read aloud or compare on paper."""
    return " ".join(sha256[i : i + 8] for i in range(0, len(sha256), 8))


# The answers after which nothing is left to do: sending one closes the request, unless the user
# keeps it open. The extension notice answers in time but the request goes on.
FINAL_REPLIES = ANSWERS - {LetterKind.EXTENSION}


def closes_request(kind: LetterKind, status: str) -> bool:
    """Whether sending a letter of `kind` may close a request in `status` (a RequestStatus
    value): a refusal closes only a refused request, any other final reply a request being
    handled or already answered."""
    if kind not in FINAL_REPLIES:
        return False
    if kind is LetterKind.REFUSAL:
        return status == "refused"
    return status in ("in_progress", "extended", "answered")
