"""Erasure (GDPR Art. 17): first a preview of what goes and what must stay, then the erasure.

What must stay: orders still under the Accounting Act's holds (Kirjanpitolaki 2:10), open
invoices, and the request log itself. A customer under a legal hold is not erased at all: the
user refuses the erasure with the reason (Art. 17(3)(e)) or lifts the hold first.

When orders must stay, the customer row is ANONYMISED, not deleted: the orders point at it and
would otherwise cascade away. Every personal field is emptied, the name becomes ERASED_NAME (a
language-neutral marker the UI may show translated), contacts, consents, contacts history,
attachments, tags and custom values are deleted, and the orders past their holds go too. When
nothing must stay, the customer is deleted with everything that hangs on it.

Either way the contacts are remembered as keyed hashes (reason "erased", desktop.services
.suppression), so an import cannot bring the person back unnoticed.

What the request log keeps (the proof that the request was handled): diary number, dates,
kinds, channel, how identity was checked (never a copy), status, outcome, events, the name of
the person who asked (copied from the customer if the request had none: the proof must say
whom we answered) and, until the request is closed, the address the reply goes to (copied the
same way). The link to the customer is removed from all their requests, and old and new values
of their rectifications are emptied (the field names and dates stay).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.core.consents import is_marketing_ban
from desktop.core.customer_fields import ConsentKind, ConsentState, Status
from desktop.core.customer_form import format_date
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.money import format_euros
from desktop.core.order_form import default_period_end
from desktop.core.postal import country_name, is_domestic, person_name
from desktop.core.register_description import RegisterDescription
from desktop.core.requests import OPEN_STATUSES, RequestKind, diary_number
from desktop.core.retention import Kept, KeptItem, kept_item, order_kept
from desktop.core.retention_rules import Category, RetentionRule
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.customers import suppression
from desktop.services.customers.records import (
    refresh_search_text,
)
from desktop.services.disclosures.log import NoticeRecipient, notice_recipients
from desktop.services.retention.stored import stored_rules
from desktop.services.rights.base import (
    LegalHoldBlocksErasure,
    RightUseCases,
    linked_customer,
    load_request,
)
from desktop.services.rights.portability import request_language
from desktop.services.statement.description import current_description
from desktop.store.customer_models import (
    Attachment,
    ConsentEntry,
    ContactEvent,
    Customer,
    Order,
    SupplementaryStatement,
)
from desktop.store.disclosure_models import Disclosure
from desktop.store.request_models import Rectification, Request

ERASED_NAME = "[erased]"

DELETED_LABELS = {
    "customer": QT_TRANSLATE_NOOP("Erasure", "Customer record"),
    "addresses": QT_TRANSLATE_NOOP("Erasure", "Addresses"),
    "phones": QT_TRANSLATE_NOOP("Erasure", "Phone numbers"),
    "emails": QT_TRANSLATE_NOOP("Erasure", "Email addresses"),
    "consents": QT_TRANSLATE_NOOP("Erasure", "Consents and prohibitions"),
    "contact_events": QT_TRANSLATE_NOOP("Erasure", "Contact history"),
    "attachments": QT_TRANSLATE_NOOP("Erasure", "Attachments"),
    "tags": QT_TRANSLATE_NOOP("Erasure", "Tags"),
    "custom_values": QT_TRANSLATE_NOOP("Erasure", "Other details"),
    "orders": QT_TRANSLATE_NOOP("Erasure", "Orders past their retention"),
    "statements": QT_TRANSLATE_NOOP("Erasure", "Supplementary statements"),
}
# Scalar fields emptied when the row is kept (the customer number and dates of the record stay).
CLEARED_FIELDS = (
    "first_name",
    "title",
    "organisation",
    "organisation_id",
    "municipality",
    "web_address",
    "level",
    "feedback",
    "notes",
    "identity_code",
    "restriction_reason",
    "legal_claim_note",
)


@dataclass(frozen=True)
class ErasurePreview:
    customer_id: int
    customer_number: int
    anonymise: bool  # True: the row stays, emptied, because orders must stay
    deleted: dict[str, int]  # DELETED_LABELS key → how many
    kept: list[KeptItem]
    recipients: tuple[NoticeRecipient, ...]  # to be told (Art. 19): those actually disclosed to
    partner_disclosure_granted: bool  # the person once allowed disclosure to partners
    blocked_by_legal_hold: bool = False
    deletable_order_ids: tuple[int, ...] = field(default=())
    # The person asked for a direct-marketing ban: only then are the keyed hashes of their
    # contacts kept (Art. 21(3)); otherwise nothing of them stays to check against.
    marketing_ban: bool = False


@dataclass(frozen=True)
class ErasureResult:
    anonymised: bool
    deleted: dict[str, int]
    kept: list[KeptItem]
    recipients: tuple[NoticeRecipient, ...]
    partner_disclosure_granted: bool
    suppression_hashes: int


def _count(session: Session, model: Any, customer_id: int) -> int:
    query = select(func.count()).select_from(model).where(model.customer_id == customer_id)
    return int(session.scalar(query) or 0)


def _order_items(
    order: Order, today: date, rules: Mapping[Category, RetentionRule]
) -> list[KeptItem]:
    detail = " ".join(
        part
        for part in (
            format_date(order.ordered_on),
            order.invoice_number,
            format_euros(order.amount_cents),
        )
        if part
    )
    period_end = order.period_end or default_period_end(order.ordered_on)
    # The review erases an order when both its rules have passed (services.retention.due).
    rule_until = rules[Category.ORDERS].keep_until(period_end)
    if order.invoice_number:
        rule_until = max(rule_until, rules[Category.INVOICES].keep_until(period_end))
    item = order_kept(
        period_end=period_end,
        paid=order.paid,
        invoice_number=order.invoice_number,
        today=today,
        detail=detail,
        order_id=order.id,
        rule_until=rule_until,
    )
    return [item] if item is not None else []


def asked_for_marketing_ban(session: Session, customer: Customer, request: Request | None) -> bool:
    """The request asks for a direct-marketing ban, or the person's latest word on a kind of
    marketing is no (a ban or a withdrawn consent: desktop.core.consents.is_marketing_ban)."""
    if request is not None and RequestKind.MARKETING_BAN.value in {k.kind for k in request.kinds}:
        return True
    latest: dict[str, str] = {}
    entries = session.execute(
        select(ConsentEntry.kind, ConsentEntry.state)
        .where(ConsentEntry.customer_id == customer.id)
        .order_by(ConsentEntry.id)
    )
    for kind, state in entries:
        latest[kind] = state
    return any(
        is_marketing_ban(ConsentKind(kind), ConsentState(state))
        for kind, state in latest.items()
        if kind in ConsentKind._value2member_map_ and state in ConsentState._value2member_map_
    )


def _pending_requests(
    session: Session, customer: Customer, request: Request | None
) -> list[KeptItem]:
    query = select(Request).where(
        Request.customer_id == customer.id,
        Request.status.in_([s.value for s in OPEN_STATUSES]),
    )
    if request is not None:
        query = query.where(Request.id != request.id)
    return [
        kept_item(Kept.PENDING_REQUEST, detail=diary_number(other.diary_year, other.diary_sequence))
        for other in session.scalars(query.order_by(Request.id))
    ]


def preview(
    session: Session,
    customer: Customer,
    description: RegisterDescription,
    today: date,
    request: Request | None = None,
) -> ErasurePreview:
    """What goes and what stays. `description` is no longer read: whom to tell comes from the
    disclosure log (Art. 19), not from the recipients the description lists."""
    del description
    kept: list[KeptItem] = []
    deletable: list[int] = []
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer.id).order_by(Order.ordered_on, Order.id)
    )
    rules = stored_rules(session)
    for order in orders:
        items = _order_items(order, today, rules)
        kept.extend(items)
        if not items:
            deletable.append(order.id)
    anonymise = bool(kept)  # orders stay, so the record they point at stays, emptied
    if customer.legal_claim:
        kept.insert(0, kept_item(Kept.LEGAL_HOLD, detail=customer.legal_claim_note))
    kept.extend(_pending_requests(session, customer, request))
    kept.append(kept_item(Kept.REQUEST_LOG))
    ban = asked_for_marketing_ban(session, customer, request)
    if ban and (customer.emails or customer.phones):
        kept.append(kept_item(Kept.MARKETING_BAN))
    deleted = {
        "customer": 1,
        "addresses": len(customer.addresses),
        "phones": len(customer.phones),
        "emails": len(customer.emails),
        "consents": _count(session, ConsentEntry, customer.id),
        "contact_events": _count(session, ContactEvent, customer.id),
        "attachments": _count(session, Attachment, customer.id),
        "tags": len(customer.tags),
        "custom_values": len(customer.custom_values),
        "orders": len(deletable),
        "statements": _count(session, SupplementaryStatement, customer.id),
    }
    granted = session.scalar(
        select(ConsentEntry.id).where(
            ConsentEntry.customer_id == customer.id,
            ConsentEntry.kind == ConsentKind.PARTNER_DISCLOSURE.value,
            ConsentEntry.state == ConsentState.GRANTED.value,
        )
    )
    return ErasurePreview(
        customer_id=customer.id,
        customer_number=customer.number,
        anonymise=anonymise,
        deleted=deleted,
        kept=kept,
        recipients=tuple(notice_recipients(session, customer.id)),
        partner_disclosure_granted=granted is not None,
        blocked_by_legal_hold=customer.legal_claim,
        deletable_order_ids=tuple(deletable),
        marketing_ban=ban,
    )


def keep_request_proof(session: Session, request: Request, customer: Customer) -> None:
    """Copy into the person's requests what proves them, then unlink them from the customer."""
    unlink_requests(session, customer)
    if not request.requester_address and customer.addresses:
        first = customer.addresses[0]
        place = f"{first.postal_code} {first.post_office}".strip()
        # A foreign country is kept too, as its code's name in the reply's language.
        country = (
            ""
            if is_domestic(first.country)
            else country_name(first.country, request.reply_language)
        )
        request.requester_address = "\n".join(p for p in (first.street, place, country) if p)


def unlink_requests(session: Session, customer: Customer) -> None:
    """Keep in each of the person's requests whom it was about, and unlink it from the
    customer (also used when records are erased at the end of their retention)."""
    # First name first: the name goes on the envelope of the erasure letter.
    name = person_name(customer.first_name, customer.last_name) or customer.organisation
    requests = session.scalars(select(Request).where(Request.customer_id == customer.id))
    for each in requests:
        if not each.requester_name:
            each.requester_name = name[:200]
        each.customer_id = None
        each.updated_at = datetime.now()
        session.execute(
            update(Rectification)
            .where(Rectification.request_id == each.id)
            .values(old_value="", new_value="")
        )


def erase_customer(
    session: Session,
    customer: Customer,
    plan: ErasurePreview,
    today: date,
    *,
    remember_contacts: bool = True,
) -> int:
    """Delete or anonymise as `plan` says; returns how many suppression hashes were new.

    The keyed hashes of the contacts are kept only where the person asked for a marketing ban
    (`plan.marketing_ban`, Art. 21(3)). `remember_contacts=False` when the data goes because its
    retention ended, not because the person asked."""
    hashes = 0
    if remember_contacts and plan.marketing_ban:
        hashes = suppression.remember(
            session,
            emails=[e.address for e in customer.emails],
            phones=[p.number for p in customer.phones],
            reason=suppression.MARKETING_BAN,
        )
    for model in (ConsentEntry, ContactEvent, Attachment, Disclosure, SupplementaryStatement):
        session.execute(delete(model).where(model.customer_id == customer.id))
    if not plan.anonymise:
        session.delete(customer)  # the orders (all past their holds) cascade in the database
        return hashes
    if plan.deletable_order_ids:
        session.execute(delete(Order).where(Order.id.in_(plan.deletable_order_ids)))
    for name in CLEARED_FIELDS:
        setattr(customer, name, "")
    customer.last_name = ERASED_NAME
    customer.language = "fi"
    customer.status = Status.ENDED.value
    customer.started_on = None
    customer.ended_on = customer.ended_on or today
    customer.restricted = False
    customer.restricted_on = None
    customer.addresses.clear()
    customer.phones.clear()
    customer.emails.clear()
    customer.tags.clear()
    customer.custom_values.clear()
    customer.updated_at = datetime.now()
    refresh_search_text(customer)
    return hashes


def erasure_summary(plan: ErasurePreview, today: date) -> str:
    """What the erasure did, as JSON kept on the request: the reply letter says it back."""
    return json.dumps(
        {
            "erased_on": today.isoformat(),
            "anonymised": plan.anonymise,
            "deleted": {key: count for key, count in plan.deleted.items() if count},
            "kept": [
                {
                    "what": item.what,
                    "kind": item.kind.value,
                    "until": item.until.isoformat() if item.until else None,
                    "then": item.then.isoformat() if item.then else None,
                    "detail": item.detail,
                }
                for item in plan.kept
            ],
            "recipients": [recipient.name for recipient in plan.recipients],
            "recipient_languages": {r.name: r.language for r in plan.recipients},
        },
        ensure_ascii=False,
    )


class NotAnErasureRequest(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This request does not ask for erasure, so nothing was erased."
    )


class ErasureUseCases(RightUseCases):
    def erasure_preview(self, request_id: int, *, today: date | None = None) -> ErasurePreview:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            description = current_description(session, request_language(request))
            return preview(session, customer, description, today or date.today(), request)

    def erase(self, request_id: int, *, today: date | None = None) -> ErasureResult:
        """Delete, or anonymise when records must stay (see rights_erasure), in one transaction."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            if RequestKind.ERASURE.value not in {k.kind for k in request.kinds}:
                raise NotAnErasureRequest()
            self.require_identity_checked(request)
            customer = linked_customer(session, request)
            description = current_description(session, request_language(request))
            plan = preview(session, customer, description, today, request)
            if plan.blocked_by_legal_hold:
                raise LegalHoldBlocksErasure()
            customer_id = customer.id
            keep_request_proof(session, request, customer)
            hashes = erase_customer(session, customer, plan, today)
            request.erasure_summary = erasure_summary(plan, today)  # for the reply letter
            counts = " ".join(f"{key}={count}" for key, count in plan.deleted.items())
            self.event(session, request, "erased", f"{counts} kept={len(plan.kept) - 1}")
            action = "customer_anonymised" if plan.anonymise else "customer_erased"
            self.audit(session, action, "customer", customer_id, plan.deleted)
            return ErasureResult(
                anonymised=plan.anonymise,
                deleted=plan.deleted,
                kept=plan.kept,
                recipients=plan.recipients,
                partner_disclosure_granted=plan.partner_disclosure_granted,
                suppression_hashes=hashes,
            )
