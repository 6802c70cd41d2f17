"""Restriction of processing (GDPR Art. 18) through a request: the customer is marked
restricted (kept, not used) with the reason, and the mark is lifted again — but only after the
person has been told (18(3)): the reason for lifting is recorded, the notice letter drafted,
signed and sent, and the waiting period the main user sets has passed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.customer_form import format_date
from desktop.core.deadlines import restriction_lift_earliest
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind
from desktop.core.roles import Permission
from desktop.core.settings import RESTRICTION_NOTICE_DAYS
from desktop.errors import UserError, ValidationError
from desktop.services.customers.records import (
    CustomerDetail,
    lift,
    restrict,
    to_detail,
)
from desktop.services.requests.log import (
    NEEDS_A_REASON,
)
from desktop.services.rights.base import (
    RightUseCases,
    linked_customer,
    load_request,
)
from desktop.store.customer_models import Customer
from desktop.store.letter_models import Letter
from desktop.store.models import Setting
from desktop.store.request_models import Request

LIFT_PLANNED = "restriction_lift_planned"


class LiftNeedsNotice(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Tell the person before the restriction is lifted (Art. 18(3)): record the reason for "
        "lifting, then draft, sign and send the notice letter, and mark it sent.",
    )


class LiftTooEarly(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The notice before lifting the restriction was sent on {sent}. The restriction can be "
        "lifted on {earliest} at the earliest (the waiting period set by the main user).",
    )


def notice_days(session: Session) -> int:
    row = session.get(Setting, RESTRICTION_NOTICE_DAYS.key)
    return (
        RESTRICTION_NOTICE_DAYS.initial()
        if row is None
        else RESTRICTION_NOTICE_DAYS.coerce(row.value)
    )


def lift_notice_sent_on(session: Session, request: Request) -> date | None:
    """When the latest notice before lifting (18(3)) went out, if it has."""
    return session.scalar(
        select(Letter.sent_on)
        .where(
            Letter.request_id == request.id,
            Letter.kind == LetterKind.RESTRICTION_LIFT.value,
            Letter.sent_on.is_not(None),
        )
        .order_by(Letter.sent_on.desc())
        .limit(1)
    )


class RestrictionUseCases(RightUseCases):
    def restriction_state(self, request_id: int) -> bool | None:
        """Whether the requester's processing is restricted now; None if no customer is linked.
        A flag, not personal data: reading it is not recorded as viewing the customer."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            if request.customer_id is None:
                return None
            customer = session.get(Customer, request.customer_id)
            return None if customer is None else bool(customer.restricted)

    def restrict(self, request_id: int, reason: str) -> CustomerDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
            customer = linked_customer(session, request)
            restrict(session, self.current, customer, reason)
            self.event(session, request, "restricted", reason.strip())
            return to_detail(customer)

    def plan_restriction_lift(self, request_id: int, reason: str) -> None:
        """Why the restriction is to be lifted: the notice letter (18(3)) tells the person."""
        self.current.require(Permission.HANDLE_REQUESTS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            linked_customer(session, request)
            self.event(session, request, LIFT_PLANNED, reason.strip())
            self.audit(session, "restriction_lift_planned", "request", request.id)

    def lift_restriction(self, request_id: int, *, today: date | None = None) -> CustomerDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            sent_on = lift_notice_sent_on(session, request)
            if sent_on is None:
                raise LiftNeedsNotice()
            earliest = restriction_lift_earliest(sent_on, notice_days(session))
            if today < earliest:
                raise LiftTooEarly(sent=format_date(sent_on), earliest=format_date(earliest))
            lift(session, self.current, customer)
            self.event(session, request, "restriction_lifted")
            return to_detail(customer)
