"""What has passed its retention: one query per kind of record, paged by keyset, and the holds
that keep a due record in place (legal hold, restriction, an open request).

The cut-off dates come from the pure rules (RetentionRule.last_due_start), so a record is in
the list exactly when the rule says it is due. Nothing here erases anything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import Channel, Status
from desktop.core.customer_form import display_name, format_date
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.order_form import default_period_end
from desktop.core.requests import OPEN_STATUSES
from desktop.core.retention import LEGAL_HOLD
from desktop.core.retention_rules import Category, RetentionRule
from desktop.services.rights.erasure import ERASED_NAME
from desktop.store.customer_models import Attachment, ContactEvent, Customer, Order
from desktop.store.dialect import date_of, greatest, year_end
from desktop.store.request_models import Request


class DueKind(StrEnum):
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    ATTACHMENTS = "attachments"
    ORDERS = "orders"


DUE_KIND_LABELS = {
    DueKind.CUSTOMERS: QT_TRANSLATE_NOOP("Retention", "Customers"),
    DueKind.CONTACTS: QT_TRANSLATE_NOOP("Retention", "Contact history"),
    DueKind.ATTACHMENTS: QT_TRANSLATE_NOOP("Retention", "Attachments"),
    DueKind.ORDERS: QT_TRANSLATE_NOOP("Retention", "Orders and invoices"),
}
RESTRICTED_HOLD = QT_TRANSLATE_NOOP("Retention", "Processing restricted (GDPR Art. 18)")
OPEN_REQUEST_HOLD = QT_TRANSLATE_NOOP("Retention", "An open data-protection request")
ORDERS_STAY_NOTE = QT_TRANSLATE_NOOP(
    "Retention", "Orders must still be kept: the record is anonymised, not deleted"
)
ANONYMISED_NOTE = QT_TRANSLATE_NOOP(
    "Retention", "Anonymised earlier; only the empty record is left"
)


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    record_id: int
    customer_id: int
    customer_number: int
    customer_name: str
    what: str  # the record itself, briefly: channel and date, file name, invoice number
    category: Category  # the rule that made it due
    start: date
    due_on: date
    hold: str = ""  # untranslated source text (context "Retention"): why it must stay
    note: str = ""
    sort_key: Any = None

    @property
    def selectable(self) -> bool:
        return not self.hold


def _end_of(day: date) -> datetime:
    """Timestamps on or before `day` are `< this`."""
    return datetime.combine(day + timedelta(days=1), time())


def period_end_expr() -> Any:
    """The order's financial period end; the calendar year when none was typed."""
    return func.coalesce(Order.period_end, year_end(Order.ordered_on))


def order_due_condition(rules: Mapping[Category, RetentionRule], today: date) -> Any:
    books, vouchers = rules[Category.ORDERS], rules[Category.INVOICES]
    if not books.enabled:
        return false()
    end = period_end_expr()
    condition = and_(Order.paid.is_(True), end <= books.last_due_start(today))
    if vouchers.enabled:
        voucher_ok = or_(Order.invoice_number == "", end <= vouchers.last_due_start(today))
    else:
        voucher_ok = Order.invoice_number == ""
    return and_(condition, voucher_ok)


def _contact_category(channel: str) -> Category:
    return {Channel.PHONE.value: Category.CALLS, Channel.CHAT.value: Category.CHATS}.get(
        channel, Category.CONTACT_EVENTS
    )


def contact_due_condition(rules: Mapping[Category, RetentionRule], today: date) -> Any:
    parts: list[ColumnElement[bool]] = []
    special = (Channel.PHONE.value, Channel.CHAT.value)
    for category, channel_test in (
        (Category.CALLS, ContactEvent.channel == Channel.PHONE.value),
        (Category.CHATS, ContactEvent.channel == Channel.CHAT.value),
        (Category.CONTACT_EVENTS, ContactEvent.channel.not_in(special)),
    ):
        rule = rules[category]
        if rule.enabled:
            cutoff = _end_of(rule.last_due_start(today))
            parts.append(and_(channel_test, ContactEvent.occurred_at < cutoff))
    return or_(*parts) if parts else false()


def attachment_due_condition(rules: Mapping[Category, RetentionRule], today: date) -> Any:
    rule = rules[Category.ATTACHMENTS]
    if not rule.enabled:
        return false()
    return Attachment.added_at < _end_of(rule.last_due_start(today))


def prospect_start_expr() -> Any:
    """A prospect's period runs from their last contact, or from when they were added if that
    is later (or there was none): as a date, comparable with the Date columns."""
    last_contact = (
        select(func.max(ContactEvent.occurred_at))
        .where(ContactEvent.customer_id == Customer.id)
        .scalar_subquery()
    )
    return date_of(greatest(func.coalesce(last_contact, Customer.created_at), Customer.created_at))


def customer_start_expr() -> Any:
    """From when a customer record's period runs: the end of the relationship, or for a
    prospect the last contact (see prospect_start_expr)."""
    return case(
        (Customer.status == Status.PROSPECT.value, prospect_start_expr()),
        else_=Customer.ended_on,
    )


def customer_due_condition(rules: Mapping[Category, RetentionRule], today: date) -> Any:
    """Ended customers and prospects past their periods; a record anonymised earlier (kept for
    its orders) comes back only when no order is left on it."""
    ended_rule, prospect_rule = rules[Category.CUSTOMERS], rules[Category.PROSPECTS]
    branches = []
    if ended_rule.enabled:
        branches.append(
            and_(
                Customer.status == Status.ENDED.value,
                Customer.ended_on.is_not(None),
                Customer.ended_on <= ended_rule.last_due_start(today),
            )
        )
    if prospect_rule.enabled:
        cut_off = prospect_rule.last_due_start(today)
        branches.append(
            and_(Customer.status == Status.PROSPECT.value, prospect_start_expr() <= cut_off)
        )
    if not branches:
        return false()
    has_orders = select(Order.id).where(Order.customer_id == Customer.id).exists()
    return and_(or_(*branches), ~and_(Customer.last_name == ERASED_NAME, has_orders))


def due_condition(kind: DueKind, rules: Mapping[Category, RetentionRule], today: date) -> Any:
    return {
        DueKind.CUSTOMERS: customer_due_condition,
        DueKind.CONTACTS: contact_due_condition,
        DueKind.ATTACHMENTS: attachment_due_condition,
        DueKind.ORDERS: order_due_condition,
    }[kind](rules, today)


# Per kind: the row's model, its start column (sort key) and the customer link.
MODELS: dict[DueKind, tuple[Any, Any]] = {
    DueKind.CUSTOMERS: (Customer, customer_start_expr()),
    DueKind.CONTACTS: (ContactEvent, ContactEvent.occurred_at),
    DueKind.ATTACHMENTS: (Attachment, Attachment.added_at),
    DueKind.ORDERS: (Order, period_end_expr()),
}


def count_due(
    session: Session, kind: DueKind, rules: Mapping[Category, RetentionRule], today: date
) -> int:
    model, _key = MODELS[kind]
    condition = due_condition(kind, rules, today)
    return int(session.scalar(select(func.count(model.id)).where(condition)) or 0)


def holds_for(session: Session, customer_ids: Sequence[int]) -> dict[int, str]:
    """Per customer, the first reason their records must stay."""
    if not customer_ids:
        return {}
    holds: dict[int, str] = {}
    open_statuses = sorted(status.value for status in OPEN_STATUSES)
    with_requests = set(
        session.scalars(
            select(Request.customer_id).where(
                Request.customer_id.in_(customer_ids), Request.status.in_(open_statuses)
            )
        )
    )
    rows = session.execute(
        select(Customer.id, Customer.legal_claim, Customer.restricted).where(
            Customer.id.in_(customer_ids)
        )
    )
    for customer_id, legal_claim, restricted in rows:
        if legal_claim:
            holds[customer_id] = LEGAL_HOLD
        elif restricted:
            holds[customer_id] = RESTRICTED_HOLD
        elif customer_id in with_requests:
            holds[customer_id] = OPEN_REQUEST_HOLD
    return holds


def customers_with_kept_orders(
    session: Session,
    customer_ids: Sequence[int],
    rules: Mapping[Category, RetentionRule],
    today: date,
) -> set[int]:
    if not customer_ids:
        return set()
    return set(
        session.scalars(
            select(Order.customer_id)
            .where(Order.customer_id.in_(customer_ids), ~order_due_condition(rules, today))
            .distinct()
        )
    )


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def page_due(
    session: Session,
    kind: DueKind,
    rules: Mapping[Category, RetentionRule],
    today: date,
    after: tuple[Any, int] | None,
    limit: int,
) -> list[DueItem]:
    model, key = MODELS[kind]
    statement = select(model, key.label("sort_key")).where(due_condition(kind, rules, today))
    if kind is not DueKind.CUSTOMERS:
        statement = statement.join(Customer, Customer.id == model.customer_id).add_columns(
            Customer.number, Customer.first_name, Customer.last_name, Customer.organisation
        )
    if after is not None:
        value, last_id = after
        statement = statement.where(or_(key > value, and_(key == value, model.id > last_id)))
    rows = session.execute(statement.order_by(key, model.id).limit(limit)).all()
    customer_ids = [_customer_id(kind, row[0]) for row in rows]
    holds = holds_for(session, customer_ids)
    kept_orders = (
        customers_with_kept_orders(session, customer_ids, rules, today)
        if kind is DueKind.CUSTOMERS
        else set()
    )
    return [_item(kind, row, rules, holds, kept_orders) for row in rows]


def _customer_id(kind: DueKind, record: Any) -> int:
    return int(record.id if kind is DueKind.CUSTOMERS else record.customer_id)


def _item(
    kind: DueKind,
    row: Any,
    rules: Mapping[Category, RetentionRule],
    holds: Mapping[int, str],
    kept_orders: set[int],
) -> DueItem:
    record, sort_key = row[0], row[1]
    customer_id = _customer_id(kind, record)
    note = ""
    if kind is DueKind.CUSTOMERS:
        number, names = record.number, (record.first_name, record.last_name, record.organisation)
        what = display_name(*names)
        start = _as_date(sort_key)
        prospect = record.status == Status.PROSPECT.value
        category = Category.PROSPECTS if prospect else Category.CUSTOMERS
        due_on = rules[category].due_on(start)
        if record.last_name == ERASED_NAME:
            note = ANONYMISED_NOTE
        elif customer_id in kept_orders:
            note = ORDERS_STAY_NOTE
    else:
        number, names = row[2], (row[3], row[4], row[5])
        if kind is DueKind.CONTACTS:
            category, start = _contact_category(record.channel), _as_date(record.occurred_at)
            what = record.channel
            due_on = rules[category].due_on(start)
        elif kind is DueKind.ATTACHMENTS:
            category, start = Category.ATTACHMENTS, _as_date(record.added_at)
            what = record.filename
            due_on = rules[category].due_on(start)
        else:
            start = record.period_end or default_period_end(record.ordered_on)
            due_on = rules[Category.ORDERS].due_on(start)
            category = Category.ORDERS
            what = " ".join(p for p in (format_date(record.ordered_on), record.invoice_number) if p)
            if record.invoice_number and rules[Category.INVOICES].due_on(start) > due_on:
                category, due_on = Category.INVOICES, rules[Category.INVOICES].due_on(start)
    return DueItem(
        kind=kind,
        record_id=record.id,
        customer_id=customer_id,
        customer_number=number,
        customer_name=display_name(*names),
        what=what,
        category=category,
        start=start,
        due_on=due_on,
        hold=holds.get(customer_id, ""),
        note=note,
        sort_key=sort_key,
    )
