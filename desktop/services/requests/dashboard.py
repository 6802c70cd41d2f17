"""What needs attention: open requests overdue, due within a week, due later, waiting for
identification, and extended — each sorted by due date — and whether to remind at login.

Only open requests are read, through the indexes on status and due_on, and each list holds at most
`LIST_LIMIT` rows with the full count beside it, so 10 000 requests cost no more than a hundred.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.deadlines import extension_notice_due, refusal_due, restriction_lift_earliest
from desktop.core.letters import LetterKind
from desktop.core.requests import OPEN_STATUSES, RequestStatus
from desktop.core.roles import Permission
from desktop.core.settings import LAST_BACKUP_AT
from desktop.services.access.current_user import CurrentUser
from desktop.services.register.settings import read_setting
from desktop.services.requests.log import RequestRow, to_row
from desktop.services.rights.restriction import notice_days
from desktop.store.customer_models import Customer
from desktop.store.description_models import RegisterDescriptionRow
from desktop.store.letter_models import Letter
from desktop.store.register import Register
from desktop.store.request_models import Request, RequestDecision

LIST_LIMIT = 200
DUE_SOON_DAYS = 7
_OPEN = sorted(status.value for status in OPEN_STATUSES)


@dataclass(frozen=True)
class RequestList:
    rows: list[RequestRow] = field(default_factory=list)
    count: int = 0  # all that match, also beyond the rows shown


@dataclass(frozen=True)
class DashboardSummary:
    today: date
    overdue: RequestList
    due_within_7_days: RequestList
    waiting_for_identification: RequestList
    extended: RequestList
    due_later: RequestList = field(default_factory=RequestList)  # open, due after the week
    # Extended, but the notice has not gone out: due within the FIRST month (Art. 12(3)); each
    # row's due_on is the notice's due date, not the extended one.
    extension_notice_due: RequestList = field(default_factory=RequestList)
    # Extended and not decided yet: a refusal must still go out within the first month
    # (Art. 12(4)); each row's due_on is that date. Gone once the date has passed or a decision
    # is recorded.
    refusal_due: RequestList = field(default_factory=RequestList)
    # The notice before lifting a restriction (Art. 18(3)) has gone out and the customer is
    # still restricted; each row's due_on is the first day the restriction may be lifted.
    lift_waiting: RequestList = field(default_factory=RequestList)

    @property
    def due_soon_or_overdue(self) -> int:
        return self.overdue.count + self.due_within_7_days.count

    @property
    def reminder_needed(self) -> bool:
        """Remind at login when anything is due within a week or already late."""
        return self.due_soon_or_overdue > 0


@dataclass(frozen=True)
class FirstSteps:
    """What a new register still lacks; the dashboard lists the steps until each is done."""

    description_saved: bool
    has_customers: bool
    backup_made: bool

    @property
    def all_done(self) -> bool:
        return self.description_saved and self.has_customers and self.backup_made


class DashboardService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def summary(self, today: date | None = None, limit: int = LIST_LIMIT) -> DashboardSummary:
        self.current.require(Permission.VIEW)
        today = today or date.today()
        soon = today + timedelta(days=DUE_SOON_DAYS)
        is_open = Request.status.in_(_OPEN)
        with self.register.read() as session:
            return DashboardSummary(
                today=today,
                overdue=_list(session, [is_open, Request.due_on < today], limit),
                due_within_7_days=_list(
                    session, [is_open, Request.due_on >= today, Request.due_on <= soon], limit
                ),
                waiting_for_identification=_list(
                    session,
                    [Request.status == RequestStatus.WAITING_FOR_IDENTIFICATION.value],
                    limit,
                ),
                extended=_list(session, [Request.status == RequestStatus.EXTENDED.value], limit),
                due_later=_list(session, [is_open, Request.due_on > soon], limit),
                extension_notice_due=_notice_due(session, limit),
                refusal_due=_refusal_due(session, today, limit),
                lift_waiting=_lift_waiting(session, limit),
            )

    def first_steps(self) -> FirstSteps:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            description = session.scalar(select(RegisterDescriptionRow.id).limit(1))
            customer = session.scalar(select(Customer.id).limit(1))
        return FirstSteps(
            description_saved=description is not None,
            has_customers=customer is not None,
            backup_made=bool(read_setting(self.register, LAST_BACKUP_AT)),
        )


def _notice_due(session: Session, limit: int) -> RequestList:
    sent = (
        select(Letter.id)
        .where(
            Letter.request_id == Request.id,
            Letter.kind == LetterKind.EXTENSION.value,
            Letter.sent_on.is_not(None),
        )
        .exists()
    )
    found = _list(session, [Request.status == RequestStatus.EXTENDED.value, ~sent], limit)
    rows = [replace(row, due_on=extension_notice_due(row.received_at.date())) for row in found.rows]
    return RequestList(rows, found.count)


def _refusal_due(session: Session, today: date, limit: int) -> RequestList:
    decided = select(RequestDecision.id).where(RequestDecision.request_id == Request.id).exists()
    # A month and the longest run of holidays after it: older ones are past in any case.
    since = datetime.combine(today - timedelta(days=45), time())
    found = _list(
        session,
        [
            Request.status.in_(_OPEN),
            Request.extended.is_(True),
            Request.received_at >= since,
            ~decided,
        ],
        limit,
    )
    rows = [replace(row, due_on=refusal_due(row.received_at.date())) for row in found.rows]
    shown = sorted((row for row in rows if row.due_on >= today), key=lambda row: row.due_on)
    return RequestList(shown, len(shown) + max(0, found.count - len(rows)))


def _lift_waiting(session: Session, limit: int) -> RequestList:
    sent = (
        select(Letter.request_id, func.max(Letter.sent_on).label("sent_on"))
        .where(Letter.kind == LetterKind.RESTRICTION_LIFT.value, Letter.sent_on.is_not(None))
        .group_by(Letter.request_id)
        .subquery()
    )
    where = [Customer.restricted.is_(True)]
    found = session.execute(
        select(Request, Customer, sent.c.sent_on)
        .join(sent, sent.c.request_id == Request.id)
        .join(Customer, Customer.id == Request.customer_id)
        .where(*where)
        .options(selectinload(Request.kinds))
        .order_by(sent.c.sent_on, Request.id)
        .limit(limit)
    ).all()
    days = notice_days(session)
    rows = [
        replace(to_row(request, customer), due_on=restriction_lift_earliest(sent_on, days))
        for request, customer, sent_on in found
    ]
    count = len(rows)
    if count >= limit:
        count = (
            session.scalar(
                select(func.count(Request.id))
                .join(sent, sent.c.request_id == Request.id)
                .join(Customer, Customer.id == Request.customer_id)
                .where(*where)
            )
            or 0
        )
    return RequestList(rows, count)


def _list(session: Session, where: list[ColumnElement[Any]], limit: int) -> RequestList:
    rows = session.execute(
        select(Request, Customer)
        .outerjoin(Customer, Customer.id == Request.customer_id)
        .where(*where)
        .options(selectinload(Request.kinds))
        .order_by(Request.due_on, Request.id)
        .limit(limit)
    ).all()
    if len(rows) < limit:
        count = len(rows)
    else:
        count = session.scalar(select(func.count(Request.id)).where(*where)) or 0
    return RequestList([to_row(request, customer) for request, customer in rows], count)
