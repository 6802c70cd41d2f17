"""Logging data-protection requests and moving them through their workflow, with deadlines.

Every step is one transaction, written to the request's own event list (the business's proof)
and to the audit log. The due date is always desktop.core.deadlines.due_date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.customer_form import format_date
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LANGUAGES as LETTER_LANGUAGES
from desktop.core.requests import (
    IdentityMethod,
    RequestChannel,
    RequestKind,
    RequestStatus,
    can_extend,
    can_move,
    current_due_date,
    diary_number,
)
from desktop.core.roles import Permission
from desktop.errors import UserError, ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit
from desktop.store.customer_models import Customer
from desktop.store.register import Register
from desktop.store.request_models import Request, RequestEvent, RequestKindRow

NEEDS_A_KIND = QT_TRANSLATE_NOOP("Validation", "Choose at least one kind of request.")
NEEDS_A_REQUESTER = QT_TRANSLATE_NOOP(
    "Validation", "Choose the customer, or write the name of the person who asked."
)
RECEIVED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date received cannot be in the future.")
NEEDS_A_DOUBT = QT_TRANSLATE_NOOP(
    "Validation",
    "Write what gives reasonable doubt about the requester's identity (Art. 12(6)): the letter "
    "tells them.",
)
NEEDS_A_REASON = QT_TRANSLATE_NOOP("Validation", "Write the reason.")
NEEDS_A_METHOD = QT_TRANSLATE_NOOP("Validation", "Choose how the identity was checked.")


class RequestNotFound(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The request was not found.")


class StatusMoveRefused(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "A request in this state cannot be moved there. Reload the request and retry."
    )


class ExtensionRefused(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The time can be extended only once, and only before the first deadline ({due}) has "
        "passed.",
    )


@dataclass(frozen=True)
class RequestForm:
    received_at: datetime
    channel: RequestChannel
    kinds: tuple[RequestKind, ...]
    customer_id: int | None = None
    requester_name: str = ""
    requester_address: str = ""
    signed_by_hand: bool = False
    reply_language: str = ""  # "": the customer's language (Finnish for a person not in it)
    representative_name: str = ""
    representative_authorisation: str = ""
    description: str = ""


@dataclass(frozen=True)
class RequestRow:
    id: int
    diary_number: str
    received_at: datetime
    kinds: tuple[RequestKind, ...]
    status: RequestStatus
    requester: str
    customer_id: int | None
    due_on: date
    extended: bool
    channel: RequestChannel


@dataclass(frozen=True)
class RequestEventRow:
    at: datetime
    username: str
    action: str
    note: str


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    form: RequestForm
    identity_method: str
    identity_note: str
    identity_checked_by: str
    identity_checked_at: datetime | None
    extension_reason: str
    extended_on: date | None
    answered_on: date | None
    outcome: str
    closed_at: datetime | None
    events: list[RequestEventRow] = field(default_factory=list)


def requester_name(request: Request, customer: Customer | None) -> str:
    if customer is not None:
        from desktop.core.customer_form import display_name

        return display_name(customer.first_name, customer.last_name, customer.organisation)
    return request.requester_name


def to_row(request: Request, customer: Customer | None) -> RequestRow:
    return RequestRow(
        id=request.id,
        diary_number=diary_number(request.diary_year, request.diary_sequence),
        received_at=request.received_at,
        kinds=tuple(RequestKind(k.kind) for k in request.kinds),
        status=RequestStatus(request.status),
        requester=requester_name(request, customer),
        customer_id=request.customer_id,
        due_on=request.due_on,
        extended=request.extended,
        channel=RequestChannel(request.channel),
    )


def check_form(form: RequestForm, today: date) -> RequestForm:
    problems: dict[str, str] = {}
    if not form.kinds:
        problems["kinds"] = NEEDS_A_KIND
    if form.customer_id is None and not form.requester_name.strip():
        problems["requester_name"] = NEEDS_A_REQUESTER
    if form.received_at.date() > today:
        problems["received_at"] = RECEIVED_IN_FUTURE
    if problems:
        raise ValidationError(problems)
    return form


def reply_language(session: Session, form: RequestForm) -> str:
    """The language chosen at logging (that of the person's letter); without a choice, the
    customer's language, so a Swedish-speaking customer never gets a Finnish reply by default."""
    if form.reply_language in LETTER_LANGUAGES:
        return form.reply_language
    customer = session.get(Customer, form.customer_id) if form.customer_id else None
    if customer is not None and customer.language in LETTER_LANGUAGES:
        return customer.language
    return "fi"


class RequestService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- reading -------------------------------------------------------------------------------
    def _load(self, session: Session, request_id: int) -> Request:
        request = session.get(Request, request_id)
        if request is None:
            raise RequestNotFound()
        return request

    def get(self, request_id: int) -> RequestDetail:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = self._load(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            events = session.scalars(
                select(RequestEvent)
                .where(RequestEvent.request_id == request.id)
                .order_by(RequestEvent.id)
            )
            return RequestDetail(
                row=to_row(request, customer),
                form=RequestForm(
                    received_at=request.received_at,
                    channel=RequestChannel(request.channel),
                    kinds=tuple(RequestKind(k.kind) for k in request.kinds),
                    customer_id=request.customer_id,
                    requester_name=request.requester_name,
                    requester_address=request.requester_address,
                    signed_by_hand=request.signed_by_hand,
                    reply_language=request.reply_language,
                    representative_name=request.representative_name,
                    representative_authorisation=request.representative_authorisation,
                    description=request.description,
                ),
                identity_method=request.identity_method,
                identity_note=request.identity_note,
                identity_checked_by=request.identity_checked_by,
                identity_checked_at=request.identity_checked_at,
                extension_reason=request.extension_reason,
                extended_on=request.extended_on,
                answered_on=request.answered_on,
                outcome=request.outcome,
                closed_at=request.closed_at,
                events=[RequestEventRow(e.at, e.username, e.action, e.note) for e in events],
            )

    def list(
        self,
        *,
        statuses: set[RequestStatus] | None = None,
        customer_id: int | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[RequestRow]:
        """Sorted by due date, soonest first."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            query = select(Request, Customer).outerjoin(
                Customer, Customer.id == Request.customer_id
            )
            if statuses:
                query = query.where(Request.status.in_([s.value for s in statuses]))
            if customer_id is not None:
                query = query.where(Request.customer_id == customer_id)
            rows = session.execute(
                query.order_by(Request.due_on, Request.id).limit(limit).offset(offset)
            ).all()
            return [to_row(request, customer) for request, customer in rows]

    # --- logging -------------------------------------------------------------------------------
    def log(self, form: RequestForm, *, today: date | None = None) -> RequestRow:
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        check_form(form, today)
        now = datetime.now()
        with self.register.write() as session:
            language = reply_language(session, form)
            year = form.received_at.year
            sequence = (
                session.scalar(
                    select(func.max(Request.diary_sequence)).where(Request.diary_year == year)
                )
                or 0
            ) + 1
            request = Request(
                diary_year=year,
                diary_sequence=sequence,
                received_at=form.received_at,
                channel=form.channel.value,
                signed_by_hand=form.signed_by_hand,
                reply_language=language,
                customer_id=form.customer_id,
                requester_name=form.requester_name.strip(),
                requester_address=form.requester_address.strip(),
                representative_name=form.representative_name.strip(),
                representative_authorisation=form.representative_authorisation.strip(),
                description=form.description.strip(),
                status=RequestStatus.RECEIVED.value,
                due_on=current_due_date(form.received_at.date(), False),
                created_at=now,
                updated_at=now,
                kinds=[RequestKindRow(kind=kind.value) for kind in dict.fromkeys(form.kinds)],
            )
            session.add(request)
            session.flush()
            self._event(session, request, "logged")
            audit.append(
                session,
                self.current.actor,
                "request_logged",
                entity="request",
                entity_id=request.id,
                fields=("kinds", "received_at", "channel"),
            )
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            return to_row(request, customer)

    # --- workflow ------------------------------------------------------------------------------
    def move(self, request_id: int, target: RequestStatus, *, note: str = "") -> RequestRow:
        """Change the status along the allowed moves; reopening a closed request is logged."""
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = self._load(session, request_id)
            apply_move(session, self.current, request, target, note)
            return to_row(request, None)

    def wait_for_identification(self, request_id: int, doubt: str) -> RequestRow:
        """Ask for more information to confirm the identity. Art. 12(6) allows it only where
        there is a reasonable doubt, so the doubt is recorded (the event's note) and the
        identification letter tells the person what it is."""
        if not doubt.strip():
            raise ValidationError({"doubt": NEEDS_A_DOUBT})
        return self.move(request_id, RequestStatus.WAITING_FOR_IDENTIFICATION, note=doubt.strip())

    def record_identity_check(
        self, request_id: int, method: IdentityMethod, note: str = ""
    ) -> RequestRow:
        """How the identity was checked, by whom and when — never a copy of the ID."""
        self.current.require(Permission.HANDLE_REQUESTS)
        if method is IdentityMethod.MAIN_USER_OVERRIDE:
            raise StatusMoveRefused()  # only RightsService.override_identity_check, main user
        if method is IdentityMethod.OTHER and not note.strip():
            raise ValidationError({"identity_note": NEEDS_A_REASON})
        with self.register.write() as session:
            request = self._load(session, request_id)
            request.identity_method = method.value
            request.identity_note = note.strip()
            request.identity_checked_by = self.current.username
            request.identity_checked_at = datetime.now()
            request.updated_at = datetime.now()
            if request.status in (
                RequestStatus.RECEIVED.value,
                RequestStatus.WAITING_FOR_IDENTIFICATION.value,
            ):
                request.status = RequestStatus.IN_PROGRESS.value
            self._event(session, request, "identity_checked", method.value)
            audit.append(
                session,
                self.current.actor,
                "request_identity_checked",
                entity="request",
                entity_id=request.id,
                fields=("identity_method",),
            )
            return to_row(request, None)

    def extend(self, request_id: int, reason: str, *, today: date | None = None) -> RequestRow:
        """Two further months (Art. 12(3)), once, before the first deadline, with a reason."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        if not reason.strip():
            raise ValidationError({"extension_reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = self._load(session, request_id)
            received = request.received_at.date()
            if not can_extend(received, today, request.extended):
                raise ExtensionRefused(due=format_date(current_due_date(received, False)))
            if RequestStatus(request.status) not in (
                RequestStatus.RECEIVED,
                RequestStatus.WAITING_FOR_IDENTIFICATION,
                RequestStatus.IN_PROGRESS,
            ):
                raise StatusMoveRefused()
            request.extended = True
            request.extension_reason = reason.strip()
            request.extended_on = today
            request.due_on = current_due_date(received, True)
            request.status = RequestStatus.EXTENDED.value
            request.updated_at = datetime.now()
            self._event(session, request, "extended", reason.strip())
            audit.append(
                session,
                self.current.actor,
                "request_extended",
                entity="request",
                entity_id=request.id,
                fields=("extended", "extension_reason", "due_on"),
            )
            return to_row(request, None)

    def _event(self, session: Session, request: Request, action: str, note: str = "") -> None:
        add_event(session, request, self.current.username, action, note)


def add_event(
    session: Session, request: Request, username: str, action: str, note: str = ""
) -> None:
    """One line in the request's own event list, in the caller's transaction."""
    session.add(
        RequestEvent(
            request_id=request.id, at=datetime.now(), username=username, action=action, note=note
        )
    )


def apply_move(
    session: Session, current: CurrentUser, request: Request, target: RequestStatus, note: str = ""
) -> None:
    """The status change of `RequestService.move`, in the caller's transaction (the rights
    service closes a request and deletes an identity copy in one)."""
    status = RequestStatus(request.status)
    if not can_move(status, target):
        raise StatusMoveRefused()
    if target in (RequestStatus.REFUSED,) and not note.strip():
        raise ValidationError({"note": NEEDS_A_REASON})
    request.status = target.value
    request.updated_at = datetime.now()
    if target in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
        request.answered_on = date.today()
        request.outcome = note.strip() or request.outcome
    if target is RequestStatus.CLOSED:
        request.closed_at = datetime.now()
    action = "reopened" if status is RequestStatus.CLOSED else f"status_{target.value}"
    add_event(session, request, current.username, action, note)
    audit.append(
        session,
        current.actor,
        "request_status_changed",
        entity="request",
        entity_id=request.id,
        fields=("status",),
    )
