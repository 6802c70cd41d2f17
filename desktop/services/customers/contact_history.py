"""Contact history (yhteydenotot): who contacted whom, when, how, and what it was about.

A customer may gather hundreds of events, so the list is paged, newest first, straight off the
(customer_id, occurred_at) index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import validation
from desktop.core.customer_fields import Channel
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.errors import UserError, ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.store import audit
from desktop.store.customer_models import ContactEvent, Customer
from desktop.store.register import Register

MAX_PAGE = 1000
HANDLED_BY_LENGTH = 200  # contact_events.handled_by

UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("Validation", "Choose how the contact was made.")
HANDLED_BY_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Enter at most 200 characters.")
EVENT_FIELDS = ("occurred_at", "channel", "summary", "handled_by")


class ContactEventNotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The contact was not found. Someone may have deleted it already."
    )


@dataclass(frozen=True)
class ContactEventRow:
    id: int
    occurred_at: datetime
    channel: Channel
    summary: str
    handled_by: str


def event_row(event: ContactEvent) -> ContactEventRow:
    return ContactEventRow(
        event.id, event.occurred_at, Channel(event.channel), event.summary, event.handled_by
    )


def _require_customer(session: Session, customer_id: int) -> None:
    if session.get(Customer, customer_id) is None:
        raise CustomerNotFound()


class ContactHistoryService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def add(
        self,
        customer_id: int,
        *,
        occurred_at: datetime,
        channel: Channel,
        summary: str,
        handled_by: str,
    ) -> ContactEventRow:
        self.current.require(Permission.EDIT_CUSTOMERS)
        problems: dict[str, str] = {}
        checked = validation.required(summary)
        if checked.problem:
            problems["summary"] = checked.problem
        try:
            channel = Channel(channel)
        except ValueError:
            problems["channel"] = UNKNOWN_CHANNEL
        handled_by = handled_by.strip()
        if len(handled_by) > HANDLED_BY_LENGTH:
            problems["handled_by"] = HANDLED_BY_TOO_LONG
        if problems:
            raise ValidationError(problems)
        if occurred_at.tzinfo is not None:  # stored as local wall-clock time, like the rest
            occurred_at = occurred_at.astimezone().replace(tzinfo=None)
        with self.register.write() as session:
            _require_customer(session, customer_id)
            event = ContactEvent(
                customer_id=customer_id,
                occurred_at=occurred_at.replace(microsecond=0),
                channel=channel.value,
                summary=checked.value,
                handled_by=handled_by,
            )
            session.add(event)
            session.flush()
            audit.append(
                session,
                self.current.actor,
                "contact_added",
                entity="customer",
                entity_id=customer_id,
                fields=EVENT_FIELDS,
            )
            return event_row(event)

    def page(self, customer_id: int, offset: int = 0, limit: int = 100) -> list[ContactEventRow]:
        """Newest first. The id breaks ties: SQLite keeps the rowid in every index entry, so
        (customer_id, occurred_at DESC, id DESC) is read from the index without a sort."""
        self.current.require(Permission.VIEW)
        limit = max(0, min(limit, MAX_PAGE))
        with self.register.read() as session:
            events = session.scalars(
                select(ContactEvent)
                .where(ContactEvent.customer_id == customer_id)
                .order_by(ContactEvent.occurred_at.desc(), ContactEvent.id.desc())
                .offset(max(0, offset))
                .limit(limit)
            )
            return [event_row(event) for event in events]

    def count(self, customer_id: int) -> int:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(ContactEvent)
                    .where(ContactEvent.customer_id == customer_id)
                )
                or 0
            )

    def delete(self, event_id: int) -> None:
        self.current.require(Permission.EDIT_CUSTOMERS)
        with self.register.write() as session:
            event = session.get(ContactEvent, event_id)
            if event is None:
                raise ContactEventNotFound()
            customer_id = event.customer_id
            session.delete(event)
            audit.append(
                session,
                self.current.actor,
                "contact_deleted",
                entity="customer",
                entity_id=customer_id,
                fields=EVENT_FIELDS,
            )
