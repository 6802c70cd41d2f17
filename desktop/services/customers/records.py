"""Creating, reading and changing customers: validated, audited, one transaction each. Deleting
one goes through the rules of what the law keeps: desktop.services.customers.deletion."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.customer_form import (
    AddressForm,
    CheckedCustomer,
    CustomerForm,
    EmailForm,
    PhoneForm,
    check_customer,
    display_name,
    format_date,
)
from desktop.core.edit_conflict import differing_fields
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import diary_number
from desktop.core.roles import Permission
from desktop.core.search_text import customer_search_fields
from desktop.core.settings import IDENTITY_CODE_ENABLED
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.register.settings import read_setting
from desktop.store import audit
from desktop.store.customer_models import (
    Address,
    Customer,
    CustomValue,
    Email,
    Phone,
    Tag,
)
from desktop.store.models import User
from desktop.store.register import Register
from desktop.store.request_models import Request, RequestEvent

_Row = TypeVar("_Row")  # an address, phone or email row
_Form = TypeVar("_Form")  # the form part it is made from

SCALAR_FIELDS = (
    "first_name",
    "last_name",
    "title",
    "organisation",
    "organisation_id",
    "language",
    "municipality",
    "web_address",
    "status",
    "level",
    "source",
    "feedback",
    "notes",
    "identity_code",
)


class CustomerNotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The customer was not found. Someone may have deleted or merged it."
    )


class IdentityCodesOff(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Personal identity codes are not kept in this register. The main user can turn them on "
        "in Administration → Settings.",
    )


MAX_HISTORY = 100_000  # entries read back for a conflict: every change of a record, in practice


class CustomerChangedMeanwhile(UserError):
    """Someone saved the customer after this user opened it. Nothing was written. It carries
    who changed it since (Kirjuri users' names), which fields, and the customer as it is now, so
    the editor can offer to reload, compare or keep editing."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} changed this customer at {time}, after you opened it. Nothing you typed has "
        "been saved yet, so that their changes are not lost.",
    )

    def __init__(
        self,
        *,
        name: str,
        time: str,
        names: tuple[str, ...] = (),
        fields: tuple[str, ...] = (),
        theirs: CustomerDetail | None = None,
    ) -> None:
        super().__init__(name=name, time=time)
        self.names = names or (name,)
        self.fields = fields
        self.theirs = theirs


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    number: int
    form: CustomerForm  # as stored, dates as d.m.yyyy
    started_on: date | None
    ended_on: date | None
    restricted: bool
    restriction_reason: str
    restricted_on: date | None
    created_at: datetime
    updated_at: datetime
    version: int = 1  # give it back to update(): a save over someone else's change is refused
    # How many changes (audit entries other than views) its history held when it was read:
    # the entries beyond are the changes made since (a conflicting save names them).
    seen_changes: int = 0

    @property
    def name(self) -> str:
        return display_name(self.form.first_name, self.form.last_name, self.form.organisation)


def refresh_search_text(customer: Customer) -> None:
    """The normalised text the FTS5 index reads; called whenever a customer's data changes."""
    customer.sort_name, customer.search_text = customer_search_fields(
        number=customer.number,
        first_name=customer.first_name,
        last_name=customer.last_name,
        organisation=customer.organisation,
        emails=[e.address for e in customer.emails],
        phones=[p.number for p in customer.phones],
        addresses=[(a.street, a.postal_code, a.post_office) for a in customer.addresses],
    )


def to_detail(customer: Customer) -> CustomerDetail:
    form = CustomerForm(
        **{name: getattr(customer, name) for name in SCALAR_FIELDS},
        started_on=format_date(customer.started_on),
        ended_on=format_date(customer.ended_on),
        addresses=tuple(
            AddressForm(a.street, a.postal_code, a.post_office, a.country, a.kind, a.source)
            for a in customer.addresses
        ),
        phones=tuple(PhoneForm(p.number, p.kind, p.source) for p in customer.phones),
        emails=tuple(EmailForm(e.address, e.kind, e.source) for e in customer.emails),
        tags=tuple(t.name for t in customer.tags),
        custom={v.field_key: v.value for v in customer.custom_values},
    )
    return CustomerDetail(
        customer.id,
        customer.number,
        form,
        customer.started_on,
        customer.ended_on,
        customer.restricted,
        customer.restriction_reason,
        customer.restricted_on,
        customer.created_at,
        customer.updated_at,
        customer.version,
    )


def next_number(session: Session) -> int:
    return (session.scalar(select(func.max(Customer.number))) or 1000) + 1


def apply_form(customer: Customer, checked: CheckedCustomer) -> list[str]:
    """Write the checked form onto the row; returns the names of the fields that changed."""
    form = checked.form
    changed: list[str] = []
    for name in SCALAR_FIELDS:
        if getattr(customer, name, None) != getattr(form, name):
            setattr(customer, name, getattr(form, name))
            changed.append(name)
    for name, value in (("started_on", checked.started_on), ("ended_on", checked.ended_on)):
        if getattr(customer, name, None) != value:
            setattr(customer, name, value)
            changed.append(name)

    def sync(
        attribute: str, rows: list[_Row], wanted: list[_Form], make: Callable[[_Form], _Row]
    ) -> None:
        current = [tuple(getattr(r, f) for f in wanted_fields[attribute]) for r in rows]
        target = [tuple(getattr(w, f) for f in wanted_fields[attribute]) for w in wanted]
        if current != target:
            rows.clear()
            rows.extend(make(w) for w in wanted)
            changed.append(attribute)

    wanted_fields = {
        "addresses": ("street", "postal_code", "post_office", "country", "kind", "source"),
        "phones": ("number", "kind", "source"),
        "emails": ("address", "kind", "source"),
    }
    sync(
        "addresses",
        customer.addresses,
        list(form.addresses),
        lambda a: Address(
            street=a.street,
            postal_code=a.postal_code,
            post_office=a.post_office,
            country=a.country,
            kind=a.kind,
            source=a.source,
        ),
    )
    sync(
        "phones",
        customer.phones,
        list(form.phones),
        lambda p: Phone(number=p.number, kind=p.kind, source=p.source),
    )
    sync(
        "emails",
        customer.emails,
        list(form.emails),
        lambda e: Email(address=e.address, kind=e.kind, source=e.source),
    )
    if sorted(t.name for t in customer.tags) != list(form.tags):
        customer.tags[:] = [Tag(name=name) for name in form.tags]
        changed.append("tags")
    current_custom = {v.field_key: v.value for v in customer.custom_values}
    if current_custom != form.custom:
        customer.custom_values[:] = [
            CustomValue(field_key=k, value=v) for k, v in sorted(form.custom.items())
        ]
        changed.append("custom")
    return changed


def filled_fields(form: CustomerForm) -> list[str]:
    """The fields a new record was created with (audited by name, never by value)."""
    names = [name for name in SCALAR_FIELDS if getattr(form, name)]
    names += [
        name
        for name in ("started_on", "ended_on", "addresses", "phones", "emails", "tags", "custom")
        if getattr(form, name)
    ]
    return names


def detail_in(session: Session, customer: Customer) -> CustomerDetail:
    """The customer as read in this transaction, with how many changes its history held then."""
    seen = audit.count_for(session, "customer", customer.id, skip_action="customer_viewed")
    return replace(to_detail(customer), seen_changes=seen)


def changed_meanwhile(
    session: Session, customer: Customer, opened: CustomerDetail | None = None
) -> CustomerChangedMeanwhile:
    """Who changed the customer since `opened` was read, which fields, and when (from the audit
    log, which names fields but never values — read through audit.entries_for, which a clerk
    may use on a secured server — and from the row itself against what the user opened). The
    log is append-only: the entries beyond the count seen at opening are the changes since.
    Without a count: whoever changed it last."""
    entries = audit.entries_for(
        session, "customer", customer.id, limit=MAX_HISTORY, skip_action="customer_viewed"
    )
    new = len(entries) - (opened.seen_changes if opened is not None else 0)
    since = entries[:new] if opened is not None and opened.seen_changes and new > 0 else []
    since = since or entries[:1]
    usernames = list(dict.fromkeys(row.username for row in reversed(since)))
    full_names: dict[str, str] = {
        username: full_name
        for username, full_name in session.execute(
            select(User.username, User.full_name).where(User.username.in_(usernames))
        )
    }
    names = tuple(full_names.get(u) or u or "?" for u in usernames) or ("?",)
    at = since[0].at if since else customer.updated_at
    theirs = detail_in(session, customer)
    changed = list(differing_fields(opened.form, theirs.form)) if opened is not None else []
    for row in reversed(since):
        changed += [f for f in row.fields if f not in changed]
    return CustomerChangedMeanwhile(
        name=", ".join(names),
        time=f"{at.day}.{at.month}.{at.year} {at:%H.%M}",
        names=names,
        fields=tuple(changed),
        theirs=theirs,
    )


class CustomerService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def _load(self, session: Session, customer_id: int) -> Customer:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CustomerNotFound()
        return customer

    def _identity_codes_on(self, checked: CheckedCustomer) -> bool:
        """Read only when a code was typed: most registers never turn the setting on."""
        return bool(checked.form.identity_code) and bool(
            read_setting(self.register, IDENTITY_CODE_ENABLED)
        )

    def create(self, form: CustomerForm) -> CustomerDetail:
        self.current.require(Permission.EDIT_CUSTOMERS)
        checked = check_customer(form)
        if checked.form.identity_code and not self._identity_codes_on(checked):
            raise IdentityCodesOff()
        now = datetime.now()
        with self.register.write() as session:
            customer = Customer(number=next_number(session), created_at=now, updated_at=now)
            apply_form(customer, checked)
            changed = filled_fields(checked.form)
            refresh_search_text(customer)
            session.add(customer)
            session.flush()
            audit.append(
                session,
                self.current.actor,
                "customer_created",
                entity="customer",
                entity_id=customer.id,
                fields=changed,
            )
            return detail_in(session, customer)

    def get(self, customer_id: int, *, record_view: bool = True) -> CustomerDetail:
        """Opening a customer is itself recorded: who looked, and when."""
        self.current.require(Permission.VIEW)
        with self.register.write() as session:
            customer = self._load(session, customer_id)
            if record_view:
                audit.append(
                    session,
                    self.current.actor,
                    "customer_viewed",
                    entity="customer",
                    entity_id=customer.id,
                )
            return detail_in(session, customer)

    def update(
        self,
        customer_id: int,
        form: CustomerForm,
        *,
        opened_version: int | None = None,
        opened: CustomerDetail | None = None,
    ) -> CustomerDetail:
        """Save the form. `opened` is the CustomerDetail the user opened (or `opened_version`
        its version): if anyone saved the customer since, nothing is written, and
        CustomerChangedMeanwhile says who changed what since `opened`."""
        self.current.require(Permission.EDIT_CUSTOMERS)
        checked = check_customer(form)
        codes_on = self._identity_codes_on(checked)
        if opened is not None:
            opened_version = opened.version
        try:
            return self._save_form(customer_id, checked, codes_on, opened_version, opened)
        except StaleDataError:
            # Someone wrote the row past the write lock (a program that does not take it): the
            # version counter refused to overwrite it all the same.
            with self.register.read() as session:
                current = self._load(session, customer_id)
                raise changed_meanwhile(session, current, opened) from None

    def _save_form(
        self,
        customer_id: int,
        checked: CheckedCustomer,
        codes_on: bool,
        opened_version: int | None,
        opened: CustomerDetail | None,
    ) -> CustomerDetail:
        with self.register.write() as session:
            customer = self._load(session, customer_id)
            if opened_version is not None and customer.version != opened_version:
                raise changed_meanwhile(session, customer, opened)
            # A code kept from before the setting was turned off may stay (or be cleared);
            # only a new or changed one is refused.
            code = checked.form.identity_code
            if code and code != customer.identity_code and not codes_on:
                raise IdentityCodesOff()
            changed = apply_form(customer, checked)
            if changed:
                customer.updated_at = datetime.now()
                refresh_search_text(customer)
                audit.append(
                    session,
                    self.current.actor,
                    "customer_updated",
                    entity="customer",
                    entity_id=customer.id,
                    fields=changed,
                )
            return detail_in(session, customer)

    def set_restriction(self, customer_id: int, reason: str) -> CustomerDetail:
        """GDPR Art. 18: the customer is kept but left out of mailings and exports."""
        self.current.require(Permission.EDIT_CUSTOMERS)
        with self.register.write() as session:
            customer = self._load(session, customer_id)
            restrict(session, self.current, customer, reason)
            return detail_in(session, customer)

    def lift_restriction(self, customer_id: int) -> CustomerDetail:
        """A restriction set here is lifted here; one the person asked for through a request
        is lifted on that request, after the notice of Art. 18(3)."""
        self.current.require(Permission.EDIT_CUSTOMERS)
        with self.register.write() as session:
            customer = self._load(session, customer_id)
            asked = _restricting_request(session, customer)
            if asked is not None:
                raise RestrictedThroughRequest(
                    diary=diary_number(asked.diary_year, asked.diary_sequence)
                )
            lift(session, self.current, customer)
            return detail_in(session, customer)

    def history(self, customer_id: int) -> list[audit.AuditRow]:
        """Who created, viewed and changed this record (which fields; never the values)."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return audit.entries_for(session, "customer", customer_id)


class RestrictedThroughRequest(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The person asked for this restriction in request {diary}. Lift it on that request: the "
        "person must be told first (Art. 18(3)).",
    )


def _restricting_request(session: Session, customer: Customer) -> Request | None:
    """The request whose restriction is in force: its last restriction event set it."""
    last = session.execute(
        select(RequestEvent.action, Request)
        .join(Request, Request.id == RequestEvent.request_id)
        .where(
            Request.customer_id == customer.id,
            RequestEvent.action.in_(("restricted", "restriction_lifted")),
        )
        .order_by(RequestEvent.id.desc())
        .limit(1)
    ).first()
    return last[1] if last is not None and last[0] == "restricted" else None


def restrict(session: Session, current: CurrentUser, customer: Customer, reason: str) -> None:
    """Set the Art. 18 restriction in the caller's transaction, audited."""
    customer.restricted = True
    customer.restriction_reason = reason.strip()
    customer.restricted_on = date.today()
    customer.updated_at = datetime.now()
    audit.append(
        session,
        current.actor,
        "restriction_set",
        entity="customer",
        entity_id=customer.id,
        fields=("restricted", "restriction_reason"),
    )


def lift(session: Session, current: CurrentUser, customer: Customer) -> None:
    customer.restricted = False
    customer.updated_at = datetime.now()
    audit.append(
        session,
        current.actor,
        "restriction_lifted",
        entity="customer",
        entity_id=customer.id,
        fields=("restricted",),
    )
