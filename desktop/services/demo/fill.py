"""Filling a register with made-up Finnish customers, for trying Kirjuri out and for benchmarks.

Fast by design: the rows are generated from pools drawn from Faker once, and written with
SQLAlchemy Core bulk inserts (one executemany per table per chunk of customers) in a single
transaction, so 100 000 customers with a million contact events take minutes, not hours. The
search columns are computed with the same recipe as for a customer saved in the window.
"""

from __future__ import annotations

import itertools
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select

from desktop.core.customer_fields import Channel, ConsentKind, ConsentState, Source, Status
from desktop.core.roles import Permission, Role
from desktop.core.search_text import customer_search_fields, fold
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.setup import NewRegister, create_new_register
from desktop.services.access.users import NewUser
from desktop.services.customers.records import next_number
from desktop.services.demo import name_pools as words
from desktop.services.register.business import BusinessDetails
from desktop.store import audit
from desktop.store.customer_models import (
    Address,
    ConsentEntry,
    ContactEvent,
    Customer,
    Email,
    Order,
    Phone,
    Tag,
)
from desktop.store.dialect import fold_write_ahead_log, move_sequences_past_ids
from desktop.store.register import Register, RegisterFiles

CHUNK = 5000  # customers per round of inserts
DEMO_PASSWORD = "demo-kirjuri"  # noqa: S105 - the demo register holds only made-up people
DEMO_USERNAME = "demo"
DEMO_BUSINESS = BusinessDetails(
    name="Demo Oy",
    business_id="1234567-1",
    street="Esimerkkikatu 1",
    postal_code="00100",
    post_office="Helsinki",
    phone="040 123 4567",
    email="info@example.com",
)

Progress = Callable[[int, int], None]  # (customers written, customers asked for)

CHANNELS = [c.value for c in Channel]
CHANNEL_WEIGHTS = list(itertools.accumulate((25, 30, 5, 30, 10)))  # visit phone letter email chat
OPT_IN_KINDS = (ConsentKind.MARKETING_EMAIL, ConsentKind.MARKETING_SMS, ConsentKind.NEWSLETTER)
OPT_OUT_KINDS = (ConsentKind.MARKETING_POST, ConsentKind.MARKETING_PHONE)
ORDER_COUNT_WEIGHTS = list(itertools.accumulate((30, 25, 18, 12, 8, 5, 2)))  # 0..6 orders


@dataclass(frozen=True)
class DemoStats:
    customers: int
    contact_events: int
    consent_entries: int
    orders: int
    seconds: float


@dataclass
class Rows:
    """One chunk's rows, per table."""

    customers: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)

    def by_table(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        tables: list[tuple[Any, list[dict[str, Any]]]] = [
            (Customer.__table__, self.customers),
            (Address.__table__, self.addresses),
            (Phone.__table__, self.phones),
            (Email.__table__, self.emails),
            (Tag.__table__, self.tags),
            (ConsentEntry.__table__, self.consents),
            (ContactEvent.__table__, self.events),
            (Order.__table__, self.orders),
        ]
        return tables


def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text).replace(" ", "-") if ch.isalnum() or ch in ".-")


class RowMaker:
    """Makes customers one at a time from the pools; deterministic for a given seed and day."""

    def __init__(
        self,
        rng: random.Random,
        pools: words.NamePools,
        *,
        today: date,
        events_per_customer: float,
        recorded_by: str,
    ) -> None:
        self.rng = rng
        self.pools = pools
        self.today = today
        self.events_per_customer = events_per_customer
        self.recorded_by = recorded_by
        self.place_weights = list(itertools.accumulate(p.weight for p in words.PLACES))
        self.invoice_numbers = itertools.count(1)
        self.now = datetime.combine(today, datetime.min.time()).replace(hour=12)

    # --- small draws ---------------------------------------------------------------------------
    def _day_between(self, first: date, last: date) -> date:
        return date.fromordinal(self.rng.randint(first.toordinal(), last.toordinal()))

    def _moment_on(self, day: date) -> datetime:
        seconds = self.rng.randint(8 * 3600, 18 * 3600)
        return datetime(day.year, day.month, day.day) + timedelta(seconds=seconds)

    def _mobile(self) -> str:
        return f"+358{self.rng.choice(words.MOBILE_PREFIXES)}{self.rng.randrange(10**7):07d}"

    def _street(self, swedish: bool) -> str:
        rng = self.rng
        name = rng.choice(self.pools.sv_streets if swedish else self.pools.fi_streets)
        number = rng.randint(1, 60)
        roll = rng.random()
        if roll < 0.45:  # a flat: staircase and flat number
            return f"{name} {number} {rng.choice('ABCD')} {rng.randint(1, 40)}"
        if roll < 0.55:
            return f"{name} {number} as {rng.randint(1, 30)}" if not swedish else f"{name} {number}"
        return f"{name} {number}"

    # --- one customer --------------------------------------------------------------------------
    def customer(self, rows: Rows, customer_id: int, number: int) -> None:
        rng, pools = self.rng, self.pools
        place = words.PLACES[
            rng.choices(range(len(words.PLACES)), cum_weights=self.place_weights)[0]
        ]
        swedish = rng.random() < place.swedish_share + 0.01
        female = rng.random() < 0.52
        if swedish:
            first = rng.choice(pools.sv_female if female else pools.sv_male)
            last = rng.choice(pools.sv_last if rng.random() < 0.7 else pools.fi_last)
        else:
            first = rng.choice(pools.fi_female if female else pools.fi_male)
            last = rng.choice(pools.fi_last)
        is_organisation = rng.random() < 0.12
        organisation = organisation_id = title = web = ""
        if is_organisation:
            owner = rng.choice(pools.fi_last)
            suffix = rng.choice(words.COMPANY_SUFFIXES)
            organisation = (
                f"{rng.choice(words.COMPANY_TRADES)} {owner} {suffix}"
                if rng.random() < 0.6
                else f"{owner} & {rng.choice(pools.fi_last)} {suffix}"
            )
            organisation_id = words.random_ytunnus(rng)
            title = rng.choice(words.JOB_TITLES)
            web = f"www.{_ascii(organisation)}.example.com"
            if rng.random() < 0.25:  # only the company, no contact person
                first = last = title = ""

        started = self._day_between(self.today - timedelta(days=365 * 18), self.today)
        roll = rng.random()
        status = Status.ACTIVE.value
        ended: date | None = None
        if roll < 0.10:
            status = Status.PROSPECT.value
        elif roll < 0.18:
            status = Status.ENDED.value
            ended = self._day_between(started, self.today)
        source = rng.choices(
            (Source.CUSTOMER, Source.WEB_FORM, Source.IMPORT, Source.PARTNER), (70, 18, 8, 4)
        )[0].value
        restricted = rng.random() < 0.003
        created_at = self._moment_on(started)

        office = place.office_sv if swedish else place.office_fi
        municipality = place.municipality_sv if swedish else place.municipality_fi
        postal_code = rng.choice(place.codes)
        street = self._street(swedish)
        address_kind = "work" if is_organisation else "home"
        rows.addresses.append(self._address(customer_id, address_kind, street, postal_code, office))
        addresses = [(street, postal_code, office)]
        if is_organisation and rng.random() < 0.3:
            billing = (f"PL {rng.randint(1, 999)}", postal_code[:3] + "01", office)
            rows.addresses.append(self._address(customer_id, "billing", *billing))
            addresses.append(billing)

        phones = [self._mobile()] if rng.random() < 0.92 else []
        if phones and rng.random() < 0.08:
            phones.append(self._mobile())
        for index, phone in enumerate(phones):
            kind = "work" if is_organisation else ("mobile" if index == 0 else "home")
            rows.phones.append(
                {"customer_id": customer_id, "kind": kind, "number": phone, "source": source}
            )
        emails = []
        if rng.random() < 0.85:
            person = f"{_ascii(first)}.{_ascii(last)}" if first else "info"
            person = person.strip(".") or "info"
            if rng.random() < 0.3:
                person += str(rng.randint(1, 99))
            domain = (
                f"{_ascii(organisation)}.example.com"
                if is_organisation
                else rng.choice(words.EMAIL_DOMAINS)
            )
            emails.append(f"{person}@{domain}")
        for address in emails:
            kind = "work" if is_organisation else "home"
            rows.emails.append(
                {"customer_id": customer_id, "kind": kind, "address": address, "source": source}
            )

        newsletter = self._consents(rows, customer_id, started, is_organisation)
        order_count = (
            0 if status == Status.PROSPECT.value else self._orders(rows, customer_id, started)
        )
        self._events(rows, customer_id, started, ended or self.today)

        tags = []
        if order_count >= 3 or (status == Status.ACTIVE.value and rng.random() < 0.2):
            tags.append("Kanta-asiakas")
        if order_count >= 2 and rng.random() < 0.08:
            tags.append("VIP")
        if newsletter:
            tags.append("Uutiskirje")
        if is_organisation:
            tags.append("Yritysasiakas")
        rows.tags.extend({"customer_id": customer_id, "name": tag} for tag in tags)

        sort_name, search_text = customer_search_fields(
            number=number,
            first_name=first,
            last_name=last,
            organisation=organisation,
            emails=emails,
            phones=phones,
            addresses=addresses,
        )
        rows.customers.append(
            {
                "id": customer_id,
                "number": number,
                "first_name": first,
                "last_name": last,
                "title": title,
                "organisation": organisation,
                "organisation_id": organisation_id,
                "language": "sv" if swedish else "fi",
                "municipality": municipality,
                "web_address": web,
                "status": status,
                "level": rng.choice(words.LEVELS) if order_count else "",
                "started_on": started,
                "ended_on": ended,
                "source": source,
                "feedback": "",
                "notes": "Toivoo yhteydenottoa iltapäivisin." if rng.random() < 0.04 else "",
                "identity_code": "",
                "restricted": restricted,
                "restriction_reason": rng.choice(words.RESTRICTION_REASONS) if restricted else "",
                "restricted_on": self._day_between(started, self.today) if restricted else None,
                "created_at": created_at,
                "updated_at": created_at,
                "search_text": search_text,
                "sort_name": sort_name,
            }
        )

    @staticmethod
    def _address(
        customer_id: int, kind: str, street: str, code: str, office: str
    ) -> dict[str, Any]:
        return {
            "customer_id": customer_id,
            "kind": kind,
            "street": street,
            "postal_code": code,
            "post_office": office,
            "country": "FI",
            "source": "customer",
        }

    def _consent(
        self, rows: Rows, customer_id: int, kind: ConsentKind, state: ConsentState, day: date
    ) -> None:
        source = "web_form" if self.rng.random() < 0.4 else "customer"
        rows.consents.append(
            {
                "customer_id": customer_id,
                "kind": kind.value,
                "state": state.value,
                "decided_on": day,
                "source": source,
                "evidence": self.rng.choice(words.CONSENT_EVIDENCE[source]),
                "recorded_at": self._moment_on(day),
                "recorded_by": self.recorded_by,
            }
        )

    def _consents(self, rows: Rows, customer_id: int, started: date, organisation: bool) -> bool:
        """Decisions per channel, some with history; True when the newsletter is on."""
        rng = self.rng
        newsletter = False
        for kind in OPT_IN_KINDS:
            if rng.random() >= 0.5:
                continue
            day = self._day_between(started, self.today)
            if rng.random() < 0.25:
                self._consent(rows, customer_id, kind, ConsentState.REFUSED, day)
                continue
            self._consent(rows, customer_id, kind, ConsentState.GRANTED, day)
            if rng.random() < 0.15:
                later = self._day_between(day, self.today)
                self._consent(rows, customer_id, kind, ConsentState.WITHDRAWN, later)
            elif kind is ConsentKind.NEWSLETTER:
                newsletter = True
        for kind in OPT_OUT_KINDS:
            if rng.random() < 0.12:
                day = self._day_between(started, self.today)
                self._consent(rows, customer_id, kind, ConsentState.REFUSED, day)
        if not organisation and rng.random() < 0.2:
            day = self._day_between(started, self.today)
            self._consent(rows, customer_id, ConsentKind.PROFILING, ConsentState.GRANTED, day)
        return newsletter

    def _orders(self, rows: Rows, customer_id: int, started: date) -> int:
        rng = self.rng
        count = rng.choices(range(7), cum_weights=ORDER_COUNT_WEIGHTS)[0]
        overdue_from = self.today - timedelta(days=60)
        for day in sorted(self._day_between(started, self.today) for _ in range(count)):
            euros = min(int(rng.lognormvariate(math.log(120), 0.9)), 25_000)
            rows.orders.append(
                {
                    "customer_id": customer_id,
                    "ordered_on": day,
                    "description": rng.choice(words.ORDER_DESCRIPTIONS),
                    "amount_cents": euros * 100 + rng.choice((0, 0, 50, 90, 95)),
                    "invoice_number": f"{day.year}-{next(self.invoice_numbers):06d}",
                    "paid": rng.random() < (0.98 if day < overdue_from else 0.6),
                    "period_end": date(day.year, 12, 31),
                }
            )
        return count

    def _events(self, rows: Rows, customer_id: int, first: date, last: date) -> None:
        rng = self.rng
        count = round(2 * self.events_per_customer * rng.random())
        start = datetime(first.year, first.month, first.day).timestamp()
        span = max(datetime(last.year, last.month, last.day).timestamp() - start, 1) + 86_400
        staff = self.pools.staff
        moments = sorted(start + span * rng.random() for _ in range(count))
        for moment, channel in zip(
            moments, rng.choices(CHANNELS, cum_weights=CHANNEL_WEIGHTS, k=count), strict=True
        ):
            rows.events.append(
                {
                    "customer_id": customer_id,
                    "occurred_at": datetime.fromtimestamp(moment).replace(microsecond=0),
                    "channel": channel,
                    "summary": rng.choice(words.SUMMARIES[channel]),
                    "handled_by": rng.choice(staff),
                }
            )


def create_demo_register(files: RegisterFiles, password: str = DEMO_PASSWORD) -> NewRegister:
    """A new, empty register marked as a demo: business "Demo Oy", main user "demo"."""
    return create_new_register(
        files,
        DEMO_BUSINESS,
        NewUser(DEMO_USERNAME, "Demo Käyttäjä", Role.ADMIN, "Kokeilija"),
        password,
        is_demo=True,
    )


def fill_with_demo_data(
    register: Register,
    current_user: CurrentUser,
    *,
    customers: int,
    events_per_customer: float = 10,
    seed: int = 2026,
    progress: Progress | None = None,
) -> DemoStats:
    """Add `customers` made-up customers with their contacts, consents, contact events and orders.

    All in one transaction: it either all lands or none of it does. One audit entry records it.
    """
    current_user.require(Permission.EDIT_CUSTOMERS)
    if customers < 0 or events_per_customer < 0:
        raise ValueError("customers and events_per_customer must not be negative")
    began = time.perf_counter()
    rng = random.Random(seed)
    maker = RowMaker(
        rng,
        words.name_pools(seed),
        today=date.today(),
        events_per_customer=events_per_customer,
        recorded_by=current_user.username,
    )
    totals = {"events": 0, "consents": 0, "orders": 0}
    with register.write() as session:
        first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
        first_number = next_number(session)
        for start in range(0, customers, CHUNK):
            rows = Rows()
            for offset in range(start, min(start + CHUNK, customers)):
                maker.customer(rows, first_id + offset, first_number + offset)
            for table, table_rows in rows.by_table():
                if table_rows:
                    session.execute(insert(table), table_rows)
            totals["events"] += len(rows.events)
            totals["consents"] += len(rows.consents)
            totals["orders"] += len(rows.orders)
            if progress is not None:
                progress(min(start + CHUNK, customers), customers)
        move_sequences_past_ids(session, "customers")
        audit.append(
            session,
            current_user.actor,
            "demo_data_added",
            entity="register",
            entity_id=register.register_id,
        )
    fold_write_ahead_log(register.engine)
    return DemoStats(
        customers=customers,
        contact_events=totals["events"],
        consent_entries=totals["consents"],
        orders=totals["orders"],
        seconds=time.perf_counter() - began,
    )
