"""Is this person already in the register? Same email, same phone, or same name and address.

find_duplicates is the rule (the importer and merge call it inside their own transaction);
DuplicateCheck asks it for a form before a new customer is saved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.customer_form import CustomerForm, check_customer, display_name
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.search_text import fold
from desktop.services.access.current_user import CurrentUser
from desktop.store.customer_models import Address, Customer, Email, Phone
from desktop.store.register import Register

SAME_EMAIL = QT_TRANSLATE_NOOP("Duplicates", "same email address")
SAME_PHONE = QT_TRANSLATE_NOOP("Duplicates", "same phone number")
SAME_NAME_AND_ADDRESS = QT_TRANSLATE_NOOP("Duplicates", "same name and address")


@dataclass(frozen=True)
class DuplicateHit:
    customer_id: int
    number: int
    name: str
    reasons: tuple[str, ...]  # untranslated; context "Duplicates"


def find_duplicates(
    session: Session, form: CustomerForm, *, exclude_id: int | None = None, limit: int = 10
) -> list[DuplicateHit]:
    """`form` must already be checked (emails and phones in their stored form)."""
    reasons: dict[int, list[str]] = {}

    def add(ids: Iterable[int], reason: str) -> None:
        for customer_id in ids:
            if customer_id != exclude_id:
                reasons.setdefault(customer_id, [])
                if reason not in reasons[customer_id]:
                    reasons[customer_id].append(reason)

    emails = [e.address.casefold() for e in form.emails if e.address]
    if emails:
        add(
            session.scalars(select(Email.customer_id).where(func.lower(Email.address).in_(emails))),
            SAME_EMAIL,
        )
    phones = [p.number for p in form.phones if p.number]
    if phones:
        add(session.scalars(select(Phone.customer_id).where(Phone.number.in_(phones))), SAME_PHONE)
    name = fold(display_name(form.first_name, form.last_name, form.organisation))
    for address in form.addresses:
        if not (name and address.street):
            continue
        same_place = select(Address.customer_id).where(
            func.lower(Address.street) == address.street.strip().lower(),
            Address.postal_code == address.postal_code,
        )
        add(
            session.scalars(
                select(Customer.id).where(Customer.sort_name == name, Customer.id.in_(same_place))
            ),
            SAME_NAME_AND_ADDRESS,
        )
    hits = []
    for customer_id in list(reasons)[:limit]:
        customer = session.get(Customer, customer_id)
        if customer is not None:
            hits.append(
                DuplicateHit(
                    customer.id,
                    customer.number,
                    display_name(customer.first_name, customer.last_name, customer.organisation),
                    tuple(reasons[customer_id]),
                )
            )
    return hits


class DuplicateCheck:
    """Read-only: anyone who may view the register may ask. Raises ValidationError on a bad form,
    so the caller shows the field problems before any duplicate question."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def for_form(self, form: CustomerForm, exclude_id: int | None = None) -> list[DuplicateHit]:
        self.current.require(Permission.VIEW)
        checked = check_customer(form)
        with self.register.read() as session:
            return find_duplicates(session, checked.form, exclude_id=exclude_id)
