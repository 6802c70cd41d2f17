"""Consents and bans (suostumukset ja kiellot) with their full history.

Every decision is a new entry; nothing is overwritten, so the register can show what the person
said, when, and how it was recorded. A "no" to any kind of marketing also stores keyed hashes of
the person's contacts, so an import cannot quietly add them back (desktop.services.customers.suppression).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consents import (
    DECIDED_IN_FUTURE,
    ConsentStatus,
    Decision,
    current_statuses,
    is_marketing_ban,
)
from desktop.core.customer_fields import ConsentKind, ConsentState, Source
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers import suppression
from desktop.services.customers.records import CustomerNotFound
from desktop.store import audit
from desktop.store.customer_models import ConsentEntry, Customer, ProcessingProhibition
from desktop.store.register import Register

__all__ = ["ConsentRow", "ConsentService", "ConsentStatus", "ProhibitionRow"]

UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Validation", "Choose one of the listed values.")


@dataclass(frozen=True)
class ConsentRow:
    id: int
    kind: ConsentKind
    state: ConsentState
    decided_on: date
    source: str
    evidence: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class ProhibitionRow:
    """Processing for `purpose` is prohibited: an objection (Art. 21(1)) upheld."""

    id: int
    purpose: str
    decided_on: date
    evidence: str
    recorded_at: datetime
    recorded_by: str


def consent_row(entry: ConsentEntry) -> ConsentRow:
    return ConsentRow(
        entry.id,
        ConsentKind(entry.kind),
        ConsentState(entry.state),
        entry.decided_on,
        entry.source,
        entry.evidence,
        entry.recorded_at,
        entry.recorded_by,
    )


def prohibitions_of(session: Session, customer_id: int) -> list[ProhibitionRow]:
    """The customer's lasting prohibitions of processing, oldest first."""
    rows = session.scalars(
        select(ProcessingProhibition)
        .where(ProcessingProhibition.customer_id == customer_id)
        .order_by(ProcessingProhibition.id)
    )
    return [
        ProhibitionRow(
            row.id, row.purpose, row.decided_on, row.evidence, row.recorded_at, row.recorded_by
        )
        for row in rows
    ]


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound()
    return customer


class ConsentService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def current_consents(self, customer_id: int) -> list[ConsentStatus]:
        """One status per ConsentKind, in the enum's order; the latest entry of a kind wins."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            _customer(session, customer_id)
            rows = session.execute(
                select(
                    ConsentEntry.id, ConsentEntry.kind, ConsentEntry.state, ConsentEntry.decided_on
                ).where(ConsentEntry.customer_id == customer_id)
            )
            return current_statuses(
                Decision(id_, ConsentKind(kind), ConsentState(state), decided_on)
                for id_, kind, state, decided_on in rows
                if kind in ConsentKind._value2member_map_  # a kind from a newer version: skip
            )

    def history(self, customer_id: int) -> list[ConsentRow]:
        """Every decision ever recorded for the customer, newest first."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            _customer(session, customer_id)
            entries = session.scalars(
                select(ConsentEntry)
                .where(ConsentEntry.customer_id == customer_id)
                .order_by(ConsentEntry.id.desc())
            )
            return [consent_row(entry) for entry in entries]

    def prohibitions(self, customer_id: int) -> list[ProhibitionRow]:
        """The purposes the customer's data may no longer be processed for, oldest first."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            _customer(session, customer_id)
            return prohibitions_of(session, customer_id)

    def record(
        self,
        customer_id: int,
        kind: ConsentKind,
        state: ConsentState,
        *,
        decided_on: date,
        source: str,
        evidence: str = "",
    ) -> ConsentRow:
        self.current.require(Permission.EDIT_CUSTOMERS)
        problems: dict[str, str] = {}
        try:
            kind = ConsentKind(kind)
        except ValueError:
            problems["kind"] = UNKNOWN_CHOICE
        try:
            state = ConsentState(state)
        except ValueError:
            problems["state"] = UNKNOWN_CHOICE
        source = source.strip() or Source.CUSTOMER.value
        if source not in Source._value2member_map_:
            problems["source"] = UNKNOWN_CHOICE
        if decided_on > date.today():
            problems["decided_on"] = DECIDED_IN_FUTURE
        if problems:
            raise ValidationError(problems)

        with self.register.write() as session:
            customer = _customer(session, customer_id)
            entry = record_entry(
                session,
                self.current,
                customer,
                kind,
                state,
                decided_on=decided_on,
                source=source,
                evidence=evidence,
            )
            return consent_row(entry)


def record_entry(
    session: Session,
    current: CurrentUser,
    customer: Customer,
    kind: ConsentKind,
    state: ConsentState,
    *,
    decided_on: date,
    source: str,
    evidence: str = "",
) -> ConsentEntry:
    """Add one checked decision in the caller's transaction: the entry, the suppression hashes
    of a marketing ban, and the audit entry (the kind by name, never the decision)."""
    entry = ConsentEntry(
        customer_id=customer.id,
        kind=kind.value,
        state=state.value,
        decided_on=decided_on,
        source=source,
        evidence=evidence.strip(),
        recorded_at=datetime.now(),
        recorded_by=current.username,
    )
    session.add(entry)
    if is_marketing_ban(kind, state):
        suppression.remember(
            session,
            emails=[email.address for email in customer.emails],
            phones=[phone.number for phone in customer.phones],
            reason=suppression.MARKETING_BAN,
        )
    session.flush()
    audit.append(
        session,
        current.actor,
        "consent_recorded",
        entity="customer",
        entity_id=customer.id,
        fields=(kind.value,),  # the kind names a field; the decision itself is not logged
    )
    return entry
