"""The disclosure log per customer: recording a disclosure (by hand on the customer page, or by
an export that names its recipient) and reading it back for the Art. 19 notices and the access
reply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.disclosures import (
    LANGUAGES,
    Basis,
    NewDisclosure,
    Source,
    check,
    default_language,
    same_recipient,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit
from desktop.store.customer_models import Customer
from desktop.store.disclosure_models import Disclosure
from desktop.store.register import Register

NO_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "The customer is no longer in the register.")


@dataclass(frozen=True)
class DisclosureRow:
    id: int
    customer_id: int
    recipient: str
    country: str
    language: str
    disclosed_on: date
    what: str
    basis: Basis
    source: Source


def _row(row: Disclosure) -> DisclosureRow:
    return DisclosureRow(
        row.id,
        row.customer_id,
        row.recipient,
        row.country,
        row.language,
        row.disclosed_on,
        row.what,
        Basis(row.basis),
        Source(row.source),
    )


def add_disclosure(
    session: Session,
    customer_id: int,
    new: NewDisclosure,
    *,
    recorded_by: str,
    source: Source = Source.RECORDED,
) -> Disclosure:
    """One row in the caller's transaction (an export writes one per customer it names)."""
    language = new.language if new.language in LANGUAGES else default_language(new.country)
    row = Disclosure(
        customer_id=customer_id,
        recipient=" ".join(new.recipient.split()),
        country=new.country.strip().upper(),
        language=language,
        disclosed_on=new.disclosed_on,
        what=new.what.strip(),
        basis=Basis(new.basis).value,
        source=source.value,
        recorded_by=recorded_by,
        recorded_at=datetime.now(),
    )
    session.add(row)
    return row


def disclosures_of(session: Session, customer_id: int) -> list[DisclosureRow]:
    """Oldest first, as the access reply lists them."""
    rows = session.scalars(
        select(Disclosure)
        .where(Disclosure.customer_id == customer_id)
        .order_by(Disclosure.disclosed_on, Disclosure.id)
    )
    return [_row(row) for row in rows]


@dataclass(frozen=True)
class NoticeRecipient:
    """Someone an Art. 19 notice goes to: a recipient the data was actually disclosed to."""

    name: str
    language: str


def notice_recipients(session: Session, customer_id: int) -> list[NoticeRecipient]:
    """Each recipient once (the latest disclosure's language), in the order first disclosed."""
    found: list[NoticeRecipient] = []
    for row in disclosures_of(session, customer_id):
        same = [i for i, r in enumerate(found) if same_recipient(r.name, row.recipient)]
        if same:
            found[same[0]] = NoticeRecipient(found[same[0]].name, row.language)
        else:
            found.append(NoticeRecipient(row.recipient, row.language))
    return found


class DisclosureService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current

    def record(self, customer_id: int, new: NewDisclosure) -> DisclosureRow:
        """The business gave `customer_id`'s data to a recipient: kept in the log, audited."""
        self.user.require(Permission.EDIT_CUSTOMERS)
        problems = check(new, date.today())
        with self.register.write() as session:
            if session.get(Customer, customer_id) is None:
                problems["customer"] = NO_CUSTOMER
            if problems:
                raise ValidationError(problems)
            row = add_disclosure(session, customer_id, new, recorded_by=self.user.username)
            session.flush()
            audit.append(
                session,
                self.user.actor,
                "disclosure_recorded",
                entity="customer",
                entity_id=customer_id,
                fields=["disclosure"],
            )
            return _row(row)

    def for_customer(self, customer_id: int) -> list[DisclosureRow]:
        """Newest first, for the customer page."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            return list(reversed(disclosures_of(session, customer_id)))
