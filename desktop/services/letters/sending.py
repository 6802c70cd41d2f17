"""Marking a signed letter sent: when and how it left, checked against its signing and, for an
extension notice, against the first month after receipt (Art. 12(3))."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.customer_form import format_date
from desktop.core.deadlines import extension_notice_due
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import Delivery, LetterKind, format_letter_date
from desktop.errors import UserError, ValidationError
from desktop.services.requests.log import add_event
from desktop.store.letter_models import Letter
from desktop.store.request_models import Request

NEEDS_TRACKING = QT_TRANSLATE_NOOP(
    "Validation", "Write the tracking number of the registered letter."
)
SENT_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date sent cannot be in the future.")
SENT_BEFORE_SIGNING = QT_TRANSLATE_NOOP(
    "Validation", "The letter cannot have been sent before it was signed."
)


class ExtensionNoticeLate(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The extension notice had to be sent by {due}, within the first month after receipt "
        "(Art. 12(3)). Sent later, it does not extend the time: answer the request now.",
    )


def record_sent(
    session: Session,
    letter: Letter,
    request: Request,
    username: str,
    sent_on: date,
    how: Delivery,
    tracking_number: str,
    today: date,
) -> None:
    """Check the date and tracking number, then note the sending on the letter and in the
    request's event log."""
    tracking = tracking_number.strip()
    problems = {}
    if how is Delivery.REGISTERED and not tracking:
        problems["tracking_number"] = NEEDS_TRACKING
    if sent_on > today:
        problems["sent_on"] = SENT_IN_FUTURE
    if letter.signed_at is not None and sent_on < letter.signed_at.date():
        problems.setdefault("sent_on", SENT_BEFORE_SIGNING)
    if problems:
        raise ValidationError(problems)
    notice_due = extension_notice_due(request.received_at.date())
    if letter.kind == LetterKind.EXTENSION.value and sent_on > notice_due:
        raise ExtensionNoticeLate(due=format_date(notice_due))
    letter.sent_on = sent_on
    letter.sent_how = how.value
    letter.tracking_number = tracking[:40]
    letter.sent_marked_by = username
    note = f"{letter.kind} {how.value} {format_letter_date(sent_on)} {tracking}".strip()
    add_event(session, request, username, "letter_sent", note)
