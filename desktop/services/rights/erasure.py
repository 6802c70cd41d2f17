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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.core.customer_fields import ConsentKind, ConsentState, Status
from desktop.core.customer_form import format_date
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.money import format_euros
from desktop.core.order_form import default_period_end
from desktop.core.postal import country_name, is_domestic, person_name
from desktop.core.register_description import Recipient, RegisterDescription
from desktop.core.requests import RequestKind
from desktop.core.retention import (
    BOOKS_REASON,
    INVOICE_VOUCHER,
    LEGAL_HOLD,
    LEGAL_HOLD_REASON,
    OPEN_INVOICE,
    OPEN_INVOICE_REASON,
    ORDER_IN_BOOKS,
    REQUEST_LOG,
    REQUEST_LOG_REASON,
    VOUCHER_REASON,
    KeptItem,
    accounting_hold,
    voucher_hold,
)
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.customers import suppression
from desktop.services.customers.records import (
    refresh_search_text,
)
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
)
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
    recipients: tuple[Recipient, ...]  # to be told (Art. 19): from the register description
    partner_disclosure_granted: bool  # the person once allowed disclosure to partners
    blocked_by_legal_hold: bool = False
    deletable_order_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class ErasureResult:
    anonymised: bool
    deleted: dict[str, int]
    kept: list[KeptItem]
    recipients: tuple[Recipient, ...]
    partner_disclosure_granted: bool
    suppression_hashes: int


def _count(session: Session, model: Any, customer_id: int) -> int:
    query = select(func.count()).select_from(model).where(model.customer_id == customer_id)
    return int(session.scalar(query) or 0)


def _order_items(order: Order, today: date) -> list[KeptItem]:
    detail = " ".join(
        part
        for part in (
            format_date(order.ordered_on),
            order.invoice_number,
            format_euros(order.amount_cents),
        )
        if part
    )
    if not order.paid:
        return [KeptItem(OPEN_INVOICE, OPEN_INVOICE_REASON, None, detail, order.id)]
    period_end = order.period_end or default_period_end(order.ordered_on)
    items = []
    books = accounting_hold(period_end)
    if today <= books:
        items.append(KeptItem(ORDER_IN_BOOKS, BOOKS_REASON, books, detail, order.id))
        vouchers = voucher_hold(period_end)
        if order.invoice_number and today <= vouchers:
            items.append(KeptItem(INVOICE_VOUCHER, VOUCHER_REASON, vouchers, detail, order.id))
    return items


def preview(
    session: Session,
    customer: Customer,
    description: RegisterDescription,
    today: date,
) -> ErasurePreview:
    kept: list[KeptItem] = []
    deletable: list[int] = []
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer.id).order_by(Order.ordered_on, Order.id)
    )
    for order in orders:
        items = _order_items(order, today)
        kept.extend(items)
        if not items:
            deletable.append(order.id)
    anonymise = bool(kept)
    if customer.legal_claim:
        kept.insert(0, KeptItem(LEGAL_HOLD, LEGAL_HOLD_REASON, None, customer.legal_claim_note))
    kept.append(KeptItem(REQUEST_LOG, REQUEST_LOG_REASON, None))
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
        recipients=description.recipients,
        partner_disclosure_granted=granted is not None,
        blocked_by_legal_hold=customer.legal_claim,
        deletable_order_ids=tuple(deletable),
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

    `remember_contacts=False` when the data goes because its retention ended, not because the
    person asked: nothing then stands against them becoming a customer again."""
    hashes = 0
    if remember_contacts:
        hashes = suppression.remember(
            session,
            emails=[e.address for e in customer.emails],
            phones=[p.number for p in customer.phones],
            reason=suppression.ERASED,
        )
    for model in (ConsentEntry, ContactEvent, Attachment):
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
                    "until": item.until.isoformat() if item.until else None,
                    "detail": item.detail,
                }
                for item in plan.kept
            ],
            "recipients": [recipient.name for recipient in plan.recipients],
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
            return preview(session, customer, description, today or date.today())

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
            plan = preview(session, customer, description, today)
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
