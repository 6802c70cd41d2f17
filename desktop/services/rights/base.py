"""What the rights modules share: loading a request with its customer, and their errors."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import diary_number
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.requests.log import RequestNotFound, add_event
from desktop.store import audit
from desktop.store.customer_models import Customer
from desktop.store.register import Register
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


class IdentityNotChecked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Check the requester's identity and record how it was checked before disclosing, "
        "changing or erasing data. Only the main user can let the request go on without a "
        "check, with a recorded reason.",
    )


class RightUseCases:
    """What each right's use cases share: the register, who is logged in, the request's own
    event list and the audit log. RightsService (service.py) puts the rights together."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def event(self, session: Session, request: Request, action: str, note: str = "") -> None:
        add_event(session, request, self.current.username, action, note)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: object,
        fields: Iterable[str] = (),
    ) -> None:
        audit.append(
            session, self.current.actor, action, entity=entity, entity_id=entity_id, fields=fields
        )

    @staticmethod
    def require_identity_checked(request: Request) -> None:
        """Disclosing or destroying data needs the identity check recorded first."""
        if not request.identity_method:
            raise IdentityNotChecked()
