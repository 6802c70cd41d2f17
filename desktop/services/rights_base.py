"""What the rights modules share: loading a request with its customer, and their errors."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import diary_number
from desktop.errors import UserError
from desktop.services.requests import RequestNotFound
from desktop.store.customer_models import Customer
from desktop.store.request_models import Request

NEEDS_KINDS = QT_TRANSLATE_NOOP("Validation", "Choose at least one kind of processing.")
NOT_RECTIFIABLE = QT_TRANSLATE_NOOP("Validation", "This field cannot be changed through a request.")


class NotLinkedToCustomer(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Link the request to a customer first. If the person is not in the register, make the "
        "access reply saying that the register holds no data on them.",
    )


class LegalHoldBlocksErasure(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The customer is under a legal hold, so the data cannot be erased now. Refuse the "
        "erasure with the reason (GDPR Art. 17(3)(e)), or lift the hold when the claim is "
        "settled.",
    )


class ExportNotWritten(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The export could not be written to {path}. Check that the USB stick is still in "
        "place and try again; no half-written file was left behind.",
    )


def load_request(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise RequestNotFound()
    return request


def linked_customer(session: Session, request: Request) -> Customer:
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    if customer is None:
        raise NotLinkedToCustomer()
    return customer


def diary(request: Request) -> str:
    return diary_number(request.diary_year, request.diary_sequence)


def evidence(request: Request) -> str:
    """What a consent entry made through a request names as its evidence."""
    return f"Request {diary(request)}"
