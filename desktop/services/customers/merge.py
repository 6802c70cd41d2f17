"""Merging two records of the same person into one (duplicates found by
desktop.services.customers.duplicates). Nothing of the removed record is lost: its contacts,
history, orders and attachments move to the kept one, in one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.search_text import fold
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import (
    SCALAR_FIELDS,
    CustomerDetail,
    CustomerNotFound,
    refresh_search_text,
    to_detail,
)
from desktop.store import audit
from desktop.store.customer_models import (
    Attachment,
    ConsentEntry,
    ContactEvent,
    Customer,
    Order,
    ProcessingProhibition,
    SupplementaryStatement,
)
from desktop.store.disclosure_models import Disclosure
from desktop.store.register import Register

# Rows that only point at their customer: moved with one UPDATE each (blobs are never loaded).
MOVED_TABLES = (
    ("consents", ConsentEntry),
    ("contact_events", ContactEvent),
    ("orders", Order),
    ("attachments", Attachment),
    ("disclosures", Disclosure),
    ("processing_prohibitions", ProcessingProhibition),
    ("supplementary_statements", SupplementaryStatement),
)
# Free text that would be lost if the kept record's own text simply won: both are kept.
APPENDED_FIELDS = ("notes", "feedback")


class MergeWithItself(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Choose two different customers to merge.")


class DifferentIdentityCodes(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "These customers have different personal identity codes, so they are different people "
        "and cannot be merged.",
    )


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound()
    return customer


def _merge_scalars(keep: Customer, remove: Customer) -> list[str]:
    changed = []
    for name in SCALAR_FIELDS:
        kept, other = getattr(keep, name), getattr(remove, name)
        if not other or kept == other:
            continue
        if not kept:
            setattr(keep, name, other)
            changed.append(name)
        elif name in APPENDED_FIELDS:
            setattr(keep, name, f"{kept}\n\n{other}")
            changed.append(name)
    if remove.started_on and (keep.started_on is None or remove.started_on < keep.started_on):
        keep.started_on = remove.started_on
        changed.append("started_on")
    # A restriction (GDPR Art. 18) on either record binds the person: the result is restricted.
    if remove.restricted and not keep.restricted:
        keep.restricted = True
        keep.restriction_reason = remove.restriction_reason
        keep.restricted_on = remove.restricted_on
        changed += ["restricted", "restriction_reason"]
    elif remove.restricted and not keep.restriction_reason and remove.restriction_reason:
        keep.restriction_reason = remove.restriction_reason
        changed.append("restriction_reason")
    return changed


def _merge_contacts(keep: Customer, remove: Customer) -> list[str]:
    """Addresses, phones, emails, tags and custom values move unless keep already has them."""
    changed = []
    plans = (
        (
            "addresses",
            lambda a: (fold(a.street), a.postal_code, fold(a.post_office), a.country),
        ),
        ("phones", lambda p: p.number),
        ("emails", lambda e: e.address.casefold()),
        ("tags", lambda t: fold(t.name)),
        ("custom", lambda v: v.field_key),  # keep's value wins
    )
    for name, key in plans:
        attribute = "custom_values" if name == "custom" else name
        kept_rows = getattr(keep, attribute)
        have = {key(row) for row in kept_rows}
        for row in list(getattr(remove, attribute)):
            if key(row) in have:
                continue  # an exact duplicate: deleted with the removed record
            have.add(key(row))
            kept_rows.append(row)  # the back-reference takes it out of remove's list
            if name not in changed:
                changed.append(name)
    return changed


def merge_customers(
    register: Register, current: CurrentUser, *, keep_id: int, remove_id: int
) -> CustomerDetail:
    current.require(Permission.EDIT_CUSTOMERS)
    if keep_id == remove_id:
        raise MergeWithItself()
    with register.write() as session:
        keep = _load(session, keep_id)
        remove = _load(session, remove_id)
        if (
            keep.identity_code
            and remove.identity_code
            and keep.identity_code != remove.identity_code
        ):
            raise DifferentIdentityCodes()
        changed = _merge_scalars(keep, remove)
        changed += _merge_contacts(keep, remove)
        for name, model in MOVED_TABLES:
            result = session.execute(
                update(model).where(model.customer_id == remove_id).values(customer_id=keep_id)
            )
            assert isinstance(result, CursorResult)  # an UPDATE; Session.execute types it Result
            if result.rowcount:
                changed.append(name)
        session.flush()  # the moves first, so deleting `remove` cascades only to duplicates
        session.delete(remove)
        keep.updated_at = datetime.now()
        refresh_search_text(keep)
        session.flush()
        audit.append(
            session,
            current.actor,
            "customer_merged",
            entity="customer",
            entity_id=keep_id,
            fields=changed,
        )
        audit.append(
            session,
            current.actor,
            "customer_deleted",
            entity="customer",
            entity_id=remove_id,
            fields=("merged",),
        )
        return to_detail(keep)


class CustomerMerge:
    """Merging as the window asks for it: the two records picked in the customer list."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def merge(self, *, keep_id: int, remove_id: int) -> CustomerDetail:
        return merge_customers(self.register, self.current, keep_id=keep_id, remove_id=remove_id)
