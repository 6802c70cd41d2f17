"""Retention: the rules (stored in the register's settings) and the reviewed erasure of what has
passed its time.

Nothing is erased by itself: the main user lists what is due (retention_due), selects, and runs
one batch. A batch is one transaction: every record is checked again inside it (still due, no
hold), and if any one cannot be erased, none is. Customers go through the same erasure as a
data-protection request (rights_erasure): orders the Accounting Act still holds stay, so the
customer is then anonymised rather than deleted. Every record erased is audited (field names
only), and the batch once more as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import request_log_due
from desktop.core.retention_rules import (
    Category,
    RetentionRule,
    default_rules,
    rules_from_stored,
    rules_to_stored,
)
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.retention.due import (
    DueItem,
    DueKind,
    count_due,
    due_condition,
    holds_for,
    page_due,
)
from desktop.services.retention.stored import SETTING_KEY, stored_rules
from desktop.services.rights import erasure as rights_erasure
from desktop.services.statement.description import current_description
from desktop.store import audit
from desktop.store.customer_models import Attachment, ContactEvent, Customer, Order
from desktop.store.letter_models import Letter
from desktop.store.models import Setting
from desktop.store.register import Register
from desktop.store.request_models import (
    Rectification,
    Request,
    RequestAttachment,
    RequestDecision,
    RequestEvent,
    RequestKindRow,
)

PAGE_SIZE = 200
# The table behind each kind of due record.
MODEL_OF: dict[DueKind, type[Customer | ContactEvent | Attachment | Order]] = {
    DueKind.CUSTOMERS: Customer,
    DueKind.CONTACTS: ContactEvent,
    DueKind.ATTACHMENTS: Attachment,
    DueKind.ORDERS: Order,
}


class Mode(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"


# Which modes make sense per kind. A contact event emptied of its text would still tie a date
# and a channel to the person, so contacts, attachments and orders are only deleted.
MODES: dict[DueKind, tuple[Mode, ...]] = {
    DueKind.CUSTOMERS: (Mode.DELETE, Mode.ANONYMISE),
    DueKind.CONTACTS: (Mode.DELETE,),
    DueKind.ATTACHMENTS: (Mode.DELETE,),
    DueKind.ORDERS: (Mode.DELETE,),
}


class DueListChanged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Some of the selected records are no longer due for erasure, or are now kept for a "
        "reason (a legal hold, a restriction or an open request). Nothing was erased. Update "
        "the list and select again.",
    )


class ModeNotPossible(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "These records can only be deleted.")


@dataclass(frozen=True)
class BatchResult:
    deleted: int
    anonymised: int


class RetentionService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- rules ---------------------------------------------------------------------------------
    def rules(self) -> dict[Category, RetentionRule]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return stored_rules(session)

    def defaults(self) -> dict[Category, RetentionRule]:
        """What the register description gives (or the built-in period): the "reset" values."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return default_rules(current_description(session).retention)

    def save_rules(self, rules: Mapping[Category, RetentionRule]) -> dict[Category, RetentionRule]:
        self.current.require(Permission.MANAGE_SETTINGS)
        with self.register.write() as session:
            old = stored_rules(session)
            new = rules_from_stored(rules_to_stored(rules), old)
            changed = [c.value for c in Category if old[c] != new[c]]
            if changed:
                row = session.get(Setting, SETTING_KEY)
                if row is None:
                    session.add(Setting(key=SETTING_KEY, value=rules_to_stored(new)))
                else:
                    row.value = rules_to_stored(new)
                audit.append(
                    session,
                    self.current.actor,
                    "retention_rules_changed",
                    entity="settings",
                    fields=changed,
                )
            return new

    # --- what is due ---------------------------------------------------------------------------
    def due_counts(self, today: date | None = None) -> dict[DueKind, int]:
        self.current.require(Permission.ERASE_EXPIRED)
        today = today or date.today()
        with self.register.read() as session:
            rules = stored_rules(session)
            return {kind: count_due(session, kind, rules, today) for kind in DueKind}

    def due_page(
        self,
        kind: DueKind,
        after: tuple[Any, int] | None = None,
        limit: int = PAGE_SIZE,
        today: date | None = None,
    ) -> list[DueItem]:
        self.current.require(Permission.ERASE_EXPIRED)
        today = today or date.today()
        with self.register.read() as session:
            return page_due(session, kind, stored_rules(session), today, after, limit)

    # --- the batch -----------------------------------------------------------------------------
    def erase(
        self,
        kind: DueKind,
        record_ids: Sequence[int],
        mode: Mode = Mode.DELETE,
        today: date | None = None,
    ) -> BatchResult:
        """Erase the reviewed records in one transaction: all of them, or none."""
        self.current.require(Permission.ERASE_EXPIRED)
        if mode not in MODES[kind]:
            raise ModeNotPossible()
        today = today or date.today()
        ids = sorted(set(record_ids))
        if not ids:
            return BatchResult(0, 0)
        with self.register.write() as session:
            rules = stored_rules(session)
            records = self._load_due(session, kind, ids, rules, today)
            deleted = anonymised = 0
            for record in records:
                if self._erase_one(session, kind, record, mode, today):
                    anonymised += 1
                else:
                    deleted += 1
            audit.append(
                session,
                self.current.actor,
                "retention_batch",
                entity="retention",
                entity_id=kind.value,
                fields=[mode.value, f"records:{len(records)}"],
            )
            return BatchResult(deleted, anonymised)

    def request_logs_due(self, today: date | None = None) -> int:
        """How many closed requests have passed their proof period (erase_request_logs)."""
        self.current.require(Permission.ERASE_EXPIRED)
        with self.register.read() as session:
            return len(_due_request_ids(session, today or date.today()))

    def erase_request_logs(self, today: date | None = None) -> int:
        """Delete the closed requests whose proof period has ended (3 years from the end of
        handling, desktop.core.retention.request_log_due) with all they hold: events,
        attachments, decisions, rectifications and letters. Returns how many went."""
        self.current.require(Permission.ERASE_EXPIRED)
        today = today or date.today()
        with self.register.write() as session:
            ids = _due_request_ids(session, today)
            if not ids:
                return 0
            for model in (
                RequestEvent,
                RequestAttachment,
                RequestDecision,
                Rectification,
                Letter,
                RequestKindRow,
            ):
                session.execute(delete(model).where(model.request_id.in_(ids)))
            session.execute(delete(Request).where(Request.id.in_(ids)))
            audit.append(
                session,
                self.current.actor,
                "retention_request_logs_erased",
                entity="retention",
                entity_id="requests",
                fields=[f"records:{len(ids)}"],
            )
            return len(ids)

    @staticmethod
    def _load_due(
        session: Session,
        kind: DueKind,
        ids: list[int],
        rules: Mapping[Category, RetentionRule],
        today: date,
    ) -> list[Any]:
        """The records, checked again now: every one still due and without a hold."""
        model = MODEL_OF[kind]
        records: list[Any] = list(  # select() of a union of models is typed as their Base
            session.scalars(
                select(model)
                .where(model.id.in_(ids), due_condition(kind, rules, today))
                .order_by(model.id)
            )
        )
        customer_ids = [r.id if kind is DueKind.CUSTOMERS else r.customer_id for r in records]
        if len(records) != len(ids) or holds_for(session, customer_ids):
            raise DueListChanged()
        return records

    def _erase_one(
        self, session: Session, kind: DueKind, record: Any, mode: Mode, today: date
    ) -> bool:
        """Erase one record; True when it was anonymised rather than deleted."""
        if kind is DueKind.CUSTOMERS:
            return self._erase_customer(session, record, mode, today)
        customer_id = record.customer_id
        model = MODEL_OF[kind]
        session.execute(delete(model).where(model.id == record.id))
        action = {
            DueKind.CONTACTS: "retention_contact_deleted",
            DueKind.ATTACHMENTS: "retention_attachment_deleted",
            DueKind.ORDERS: "retention_order_deleted",
        }[kind]
        self._audit(session, action, customer_id, [kind.value])
        return False

    def _erase_customer(
        self, session: Session, customer: Customer, mode: Mode, today: date
    ) -> bool:
        description = current_description(session)
        plan = rights_erasure.preview(session, customer, description, today)
        if plan.blocked_by_legal_hold:
            raise DueListChanged()
        if mode is Mode.ANONYMISE and not plan.anonymise:
            plan = replace(plan, anonymise=True)
        customer_id = customer.id
        rights_erasure.unlink_requests(session, customer)
        rights_erasure.erase_customer(session, customer, plan, today, remember_contacts=False)
        action = "retention_anonymised" if plan.anonymise else "retention_erased"
        fields = [name for name, count in plan.deleted.items() if count]
        self._audit(session, action, customer_id, fields)
        return plan.anonymise

    def _audit(self, session: Session, action: str, customer_id: int, fields: list[str]) -> None:
        audit.append(
            session,
            self.current.actor,
            action,
            entity="customer",
            entity_id=customer_id,
            fields=fields,
        )


def _due_request_ids(session: Session, today: date) -> list[int]:
    """The closed requests whose proof period ended before `today`."""
    closed = session.execute(
        select(Request.id, Request.closed_at).where(Request.closed_at.is_not(None))
    ).all()
    return [
        request_id
        for request_id, closed_at in closed
        if request_log_due(closed_at.date() if closed_at else None, today)
    ]
