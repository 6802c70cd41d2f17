"""Finding customers: search as you type, filters, sorting, and paging for the list view.

Pages are fetched by keyset ("rows after this sort key"), so scrolling to the end of 100 000
customers never re-reads what was already shown. Search uses the trigram index over the
normalised search text (FTS5 or pg_trgm, see desktop.store.dialect); one- and two-letter queries
match the start of the name instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import (
    MARKETING_CHANNELS,
    OPT_OUT_CHANNELS,
    ConsentKind,
    ConsentState,
)
from desktop.core.requests import OPEN_STATUSES
from desktop.core.roles import Permission
from desktop.core.search_text import normalise_query
from desktop.services.access.current_user import CurrentUser
from desktop.store.customer_models import ConsentEntry, Customer, Email, Phone, Tag
from desktop.store.dialect import contains_words
from desktop.store.register import Register
from desktop.store.request_models import Request

PAGE_SIZE = 200
SORTS = ("number", "name", "organisation", "email", "phone", "municipality", "status", "created")


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    status: str | None = None
    tag: str | None = None
    marketing_allowed_on: ConsentKind | None = None
    marketing_on_any: bool = False  # allowed on at least one marketing channel
    restricted: bool | None = None
    include_restricted: bool = True
    has_open_requests: bool | None = None  # a data-protection request not yet answered
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: int
    number: int
    name: str
    organisation: str
    email: str
    phone: str
    municipality: str
    status: str
    restricted: bool
    sort_key: Any


def _first(model: type[Email] | type[Phone], column: Any) -> Any:
    return (
        select(func.min(column))
        .where(model.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )


def sort_expression(sort: str) -> Any:
    return {
        "number": Customer.number,
        "name": Customer.sort_name,
        "organisation": func.lower(Customer.organisation),
        "email": func.coalesce(_first(Email, Email.address), ""),
        "phone": func.coalesce(_first(Phone, Phone.number), ""),
        "municipality": func.lower(Customer.municipality),
        "status": Customer.status,
        "created": Customer.created_at,
    }[sort]


def latest_consent(kind: ConsentKind) -> Any:
    return (
        select(ConsentEntry.state)
        .where(ConsentEntry.customer_id == Customer.id, ConsentEntry.kind == kind.value)
        .order_by(ConsentEntry.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )


def conditions(query: CustomerQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    needle = normalise_query(query.text)
    if needle:
        words = needle.split()
        long_words = [w for w in words if len(w) >= 3]
        if long_words:
            where.append(contains_words(Customer.id, Customer.search_text, long_words))
        for word in (w for w in words if len(w) < 3):
            # Too short for trigrams: the start of the sort name (surname first), as an index
            # range, so one or two letters never scan the whole table.
            upper = word[:-1] + chr(ord(word[-1]) + 1)
            where.append(and_(Customer.sort_name >= word, Customer.sort_name < upper))
    if query.status:
        where.append(Customer.status == query.status)
    if query.tag:
        where.append(Customer.id.in_(select(Tag.customer_id).where(Tag.name == query.tag)))
    if query.restricted is not None:
        where.append(Customer.restricted.is_(query.restricted))
    if not query.include_restricted:
        where.append(Customer.restricted.is_(False))
    if query.has_open_requests is not None:
        open_request = Customer.id.in_(
            select(Request.customer_id).where(
                Request.customer_id.is_not(None),
                Request.status.in_(sorted(status.value for status in OPEN_STATUSES)),
            )
        )
        where.append(open_request if query.has_open_requests else ~open_request)
    if query.marketing_allowed_on is not None:
        where.append(marketing_allowed(query.marketing_allowed_on))
    if query.marketing_on_any:
        where.append(or_(*(marketing_allowed(kind) for kind in MARKETING_CHANNELS)))
    return where


def marketing_allowed(kind: ConsentKind) -> ColumnElement[bool]:
    """Opt-out channels (post, phone) unless refused; opt-in ones (email, SMS) only if granted."""
    state = latest_consent(kind)
    if kind in OPT_OUT_CHANNELS:
        return func.coalesce(state, "").not_in(
            [ConsentState.REFUSED.value, ConsentState.WITHDRAWN.value]
        )
    granted: ColumnElement[bool] = state == ConsentState.GRANTED.value
    return granted


def page_of_customers(
    session: Session, query: CustomerQuery, after: tuple[Any, int] | None, limit: int
) -> list[CustomerRow]:
    key = sort_expression(query.sort)
    statement = select(Customer, key.label("sort_key")).where(*conditions(query))
    if after is not None:
        value, last_id = after
        if query.descending:
            statement = statement.where(or_(key < value, and_(key == value, Customer.id < last_id)))
        else:
            statement = statement.where(or_(key > value, and_(key == value, Customer.id > last_id)))
    order = (key.desc(), Customer.id.desc()) if query.descending else (key, Customer.id)
    rows = session.execute(statement.order_by(*order).limit(limit)).all()
    ids = [row.Customer.id for row in rows]
    emails = _firsts(session, Email, Email.address, ids)
    phones = _firsts(session, Phone, Phone.number, ids)
    from desktop.core.customer_form import display_name

    return [
        CustomerRow(
            id=c.id,
            number=c.number,
            name=display_name(c.first_name, c.last_name, c.organisation),
            organisation=c.organisation,
            email=emails.get(c.id, ""),
            phone=phones.get(c.id, ""),
            municipality=c.municipality,
            status=c.status,
            restricted=c.restricted,
            sort_key=sort_key,
        )
        for c, sort_key in rows
    ]


def _firsts(session: Session, model: Any, column: Any, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(model.customer_id, func.min(column))
        .where(model.customer_id.in_(ids))
        .group_by(model.customer_id)
    )
    return {customer_id: value for customer_id, value in rows}


class CustomerQueries:
    """Read-only: anyone who may view the register may search it."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def page(
        self, query: CustomerQuery, after: tuple[Any, int] | None = None, limit: int = PAGE_SIZE
    ) -> list[CustomerRow]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return page_of_customers(session, query, after, limit)

    def count(self, query: CustomerQuery) -> int:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return session.scalar(select(func.count(Customer.id)).where(*conditions(query))) or 0

    def tags(self) -> list[str]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return list(session.scalars(select(Tag.name).distinct().order_by(Tag.name)))
