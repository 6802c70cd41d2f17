"""Deleting a customer: the main user's decision (not the person's request), under the same rules
of what the law keeps as erasure (desktop.services.rights.erasure) and retention's erasure of
expired records (desktop.services.retention), whose rules this module reuses, never repeats.

Refused, with nothing changed, while (the holds of desktop.services.retention.due.holds_for):
- the customer is under a legal hold: the data is needed for a legal claim (GDPR Art. 17(3)(e));
- their processing is restricted (Art. 18): the data must be kept but not used. A restriction is
  often asked for exactly so that the data is not erased (Art. 18(1)(b) and (c)); deleting it
  would undo the person's choice, so the safer reading for them is to refuse;
- a data-protection request about them is open: it is answered on the data as it is (Art. 12, 15).

Otherwise what erasure would delete is deleted. What the law keeps stays: orders in the books and
invoices (Kirjanpitolaki 2:10) and open invoices keep the record, emptied of personal data
(anonymised), for them to point at. The request log keeps its proof: each of their requests keeps
whom it was about and is unlinked (rights.erasure.unlink_requests). The contacts are not
remembered as erased, since the person did not ask (as for records whose retention ended).

Main user only; one transaction; audited with the kinds of data and how many, never values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.customer_form import display_name
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import (
    LEGAL_HOLD,
    PENDING_REQUEST,
    REQUEST_LOG,
    REQUEST_LOG_REASON,
    KeptItem,
)
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.services.retention.due import OPEN_REQUEST_HOLD, RESTRICTED_HOLD, holds_for
from desktop.services.rights import erasure
from desktop.services.statement.description import current_description
from desktop.store import audit
from desktop.store.customer_models import Customer
from desktop.store.register import Register
from desktop.store.request_models import Request

# What stays of their requests (context "Retention", as the other kept items).
REQUESTS_KEPT = QT_TRANSLATE_NOOP(
    "Retention", "Their data-protection requests and how they were handled"
)


class CustomerUnderLegalHold(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The customer is under a legal hold, so their data cannot be deleted: it is needed for "
        "a legal claim (GDPR Art. 17(3)(e)). Nothing was deleted. The data can be deleted once "
        "the claim is settled and the hold is lifted.",
    )


class CustomerRestricted(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Processing of this customer's data is restricted (GDPR Art. 18), so the data must be "
        "kept, not deleted. Nothing was deleted. Lift the restriction first if its reason has "
        "ended.",
    )


class CustomerHasOpenRequest(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A data-protection request about this customer is still open, so their data cannot be "
        "deleted now: the request is answered on the data as it is. Nothing was deleted. Handle "
        "and close the request first; if the person asks for erasure, erase through the request.",
    )


REFUSALS: dict[str, type[UserError]] = {
    LEGAL_HOLD: CustomerUnderLegalHold,
    RESTRICTED_HOLD: CustomerRestricted,
    OPEN_REQUEST_HOLD: CustomerHasOpenRequest,
}


@dataclass(frozen=True)
class DeletionPlan:
    customer_id: int
    customer_number: int
    name: str
    hold: str  # why the law keeps the data (context "Retention"); "" when deleting may go on
    anonymise: bool  # the record stays, emptied, because orders the law keeps point at it
    deleted: dict[str, int]  # erasure.DELETED_LABELS key → how many
    kept: list[KeptItem] = field(default_factory=list)

    def refusal(self) -> UserError | None:
        """The error that says why the customer cannot be deleted, or None."""
        return REFUSALS[self.hold]() if self.hold else None


@dataclass(frozen=True)
class DeletionResult:
    anonymised: bool
    deleted: dict[str, int]
    kept: list[KeptItem]


def _plan(
    session: Session, customer: Customer, today: date
) -> tuple[DeletionPlan, erasure.ErasurePreview]:
    erasing = erasure.preview(session, customer, current_description(session), today)
    hold = holds_for(session, [customer.id]).get(customer.id, "")
    # Erasure's preview speaks of "this request"; here it is every request about them, if any.
    # An open request is a hold here: the deletion is refused, not done in part.
    dropped = (REQUEST_LOG, LEGAL_HOLD, PENDING_REQUEST)
    kept = [item for item in erasing.kept if item.what not in dropped]
    requests = session.scalar(
        select(func.count()).select_from(Request).where(Request.customer_id == customer.id)
    )
    if requests:
        kept.append(KeptItem(REQUESTS_KEPT, REQUEST_LOG_REASON, None))
    deleted = dict(erasing.deleted)
    if erasing.anonymise:
        deleted["customer"] = 0  # the record stays, emptied
    plan = DeletionPlan(
        customer_id=customer.id,
        customer_number=customer.number,
        name=display_name(customer.first_name, customer.last_name, customer.organisation),
        hold=hold,
        anonymise=erasing.anonymise,
        deleted=deleted,
        kept=kept,
    )
    return plan, erasing


class CustomerDeletion:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def plan(self, customer_id: int, *, today: date | None = None) -> DeletionPlan:
        """What deleting would do, or why it may not: shown before anything is done."""
        self.current.require(Permission.DELETE_CUSTOMERS)
        with self.register.read() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise CustomerNotFound()
            return _plan(session, customer, today or date.today())[0]

    def delete(self, customer_id: int, *, today: date | None = None) -> DeletionResult:
        """Delete, or anonymise where the law keeps records, in one transaction; refused (and
        nothing changed) under a hold, checked again here whatever the plan said."""
        self.current.require(Permission.DELETE_CUSTOMERS)
        today = today or date.today()
        with self.register.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise CustomerNotFound()
            plan, erasing = _plan(session, customer, today)
            refusal = plan.refusal()
            if refusal is not None:
                raise refusal
            erasure.unlink_requests(session, customer)
            erasure.erase_customer(session, customer, erasing, today, remember_contacts=False)
            audit.append(
                session,
                self.current.actor,
                "customer_anonymised_on_delete" if plan.anonymise else "customer_deleted",
                entity="customer",
                entity_id=customer_id,
                fields=[name for name, count in plan.deleted.items() if count],
            )
            return DeletionResult(plan.anonymise, plan.deleted, plan.kept)
