"""Address labels for the customers of a filtered list.

People whose processing is restricted (GDPR Art. 18) and people who banned direct marketing by
post are left out automatically, and so are those without a usable postal address; the counts of
each are reported so the user knows why the labels are fewer than the list. The list is read a
page at a time; the PDF is made in memory and the printing audited (field names only).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.core.postal import PostalAddress, address_lines, is_mailable, person_name
from desktop.core.roles import Permission
from desktop.documents.labels import LabelSheet, labels_pdf
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.search import CustomerQuery, conditions, latest_consent
from desktop.store import audit
from desktop.store.customer_models import Address, Customer
from desktop.store.register import Register

PAGE = 500
# Which address goes on the label when a customer has several.
ADDRESS_PREFERENCE = ("home", "work", "other", "billing")


@dataclass(frozen=True)
class LabelCounts:
    in_list: int
    labels: int
    marketing_ban: int  # banned direct marketing by post
    restricted: int  # processing restricted (Art. 18)
    no_address: int

    @property
    def left_out(self) -> int:
        return self.marketing_ban + self.restricted + self.no_address


@dataclass(frozen=True)
class LabelRun:
    counts: LabelCounts
    lines: list[list[str]]  # each label's rows, in printing order
    pdf: bytes


def _mailing_query(query: CustomerQuery) -> CustomerQuery:
    """The list as filtered, less the restricted and those who banned post marketing."""
    return replace(query, include_restricted=False)


def _banned() -> ColumnElement[bool]:
    state = latest_consent(ConsentKind.MARKETING_POST)
    return func.coalesce(state, "").in_([ConsentState.REFUSED.value, ConsentState.WITHDRAWN.value])


def _count(session: Session, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Customer.id)).where(*where)) or 0)


def _best_addresses(session: Session, ids: list[int]) -> dict[int, Address]:
    best: dict[int, Address] = {}
    rows = session.scalars(select(Address).where(Address.customer_id.in_(ids)).order_by(Address.id))
    rank = {kind: i for i, kind in enumerate(ADDRESS_PREFERENCE)}
    for address in rows:
        if not (address.street.strip() and address.postal_code.strip()):
            continue
        known = best.get(address.customer_id)
        if known is None or rank.get(address.kind, 9) < rank.get(known.kind, 9):
            best[address.customer_id] = address
    return best


class MailingLabels:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def _candidates(
        self, session: Session, query: CustomerQuery
    ) -> Iterator[tuple[str, list[str]] | None]:
        """Each candidate's postal code and label lines, or None when they have no usable
        address; read by keyset pages, never the whole table at once."""
        where = [*conditions(_mailing_query(query)), ~_banned()]
        last = 0
        while True:
            customers = session.scalars(
                select(Customer).where(*where, Customer.id > last).order_by(Customer.id).limit(PAGE)
            ).all()
            if not customers:
                return
            addresses = _best_addresses(session, [c.id for c in customers])
            for customer in customers:
                found = addresses.get(customer.id)
                if found is None:
                    yield None
                    continue
                postal = PostalAddress(
                    name=person_name(customer.first_name, customer.last_name),
                    organisation=customer.organisation,
                    street=found.street,
                    postal_code=found.postal_code,
                    post_office=found.post_office,
                    country=found.country,
                )
                if is_mailable(postal):
                    yield found.postal_code, address_lines(postal)
                else:
                    yield None
            last = customers[-1].id
            session.expunge_all()

    def _counts(
        self, session: Session, query: CustomerQuery
    ) -> tuple[LabelCounts, list[list[str]]]:
        """The counts, and the labels in postal-code order (how Posti sorts bulk mail)."""
        base = conditions(query)
        in_list = _count(session, *base)
        restricted = _count(session, *base, Customer.restricted.is_(True))
        banned = _count(session, *base, Customer.restricted.is_(False), _banned())
        found: list[tuple[str, list[str]]] = []
        no_address = 0
        for candidate in self._candidates(session, query):
            if candidate is None:
                no_address += 1
            else:
                found.append(candidate)
        found.sort(key=lambda item: item[0])
        lines = [label for _code, label in found]
        counts = LabelCounts(in_list, len(lines), banned, restricted, no_address)
        return counts, lines

    def preview(self, query: CustomerQuery) -> LabelCounts:
        self.current.require(Permission.PRINT_LETTERS)
        with self.register.read() as session:
            return self._counts(session, query)[0]

    def make(self, query: CustomerQuery, sheet: LabelSheet, skip: int = 0) -> LabelRun:
        """The labels, and the same as PDF bytes (in memory); audited as printed."""
        self.current.require(Permission.PRINT_LETTERS)
        with self.register.read() as session:
            counts, lines = self._counts(session, query)
        pdf = labels_pdf(lines, sheet, skip)
        with self.register.write() as session:
            audit.append(
                session,
                self.current.actor,
                "labels_printed",
                entity="customers",
                entity_id=counts.labels,
                fields=["name", "organisation", "address"],
            )
        return LabelRun(counts, lines, pdf)
