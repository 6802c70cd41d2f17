"""The customer list: first page after unlock, search as you type, scrolling, opening a customer."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.contact_history import ContactHistoryService
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.store.customer_models import Address, Customer, Phone
from desktop.store.register import Register


def ms(seconds: float) -> float:
    return seconds * 1000


def first_page_after_login(
    login: Callable[[], tuple[Any, Register, CurrentUser]],
) -> tuple[float, float]:
    """(login → first page, of which the login itself) in ms. `login` opens and unlocks."""
    began = time.perf_counter()
    _closer, register, user = login()
    logged_in = time.perf_counter()
    rows = CustomerQueries(register, user).page(CustomerQuery())
    done = time.perf_counter()
    assert rows
    return ms(done - began), ms(logged_in - began)


def first_page(register: Register, user: CurrentUser) -> float:
    began = time.perf_counter()
    assert CustomerQueries(register, user).page(CustomerQuery())
    return ms(time.perf_counter() - began)


def typed_queries(register: Register, count: int = 30, seed: int = 5) -> list[str]:
    """What people type: surnames (whole, or with ä/ö typed as a/o), first names, phone digits,
    street names, postal codes, company names."""
    rng = random.Random(seed)
    with register.read() as session:
        sample = list(
            session.execute(
                select(Customer.first_name, Customer.last_name, Customer.organisation)
                .where(Customer.id % 997 == 0)
                .limit(200)
            )
        )
        streets = list(
            session.scalars(select(Address.street).where(Address.id % 991 == 0).limit(50))
        )
        phones = list(session.scalars(select(Phone.number).where(Phone.id % 983 == 0).limit(50)))
    fixed = ["Meikal", "Virtanen", "Korhonen Anna", "Mäkinen", "040 12", "0501", "Oy", "Helsinki"]
    queries = list(fixed)
    while len(queries) < count:
        kind = rng.random()
        first, last, organisation = rng.choice(sample)
        if kind < 0.35 and last:
            queries.append(last[: rng.randint(4, len(last))].replace("ä", "a").replace("ö", "o"))
        elif kind < 0.5 and first and last:
            queries.append(f"{first} {last[:3]}")
        elif kind < 0.65:
            digits = "0" + rng.choice(phones)[4:]
            queries.append(f"{digits[:3]} {digits[3:6]}")
        elif kind < 0.85:
            queries.append(rng.choice(streets).split()[0][:8])
        elif organisation:
            queries.append(organisation.split()[0])
    return queries[:count]


def search_as_you_type(
    register: Register, user: CurrentUser, queries: list[str]
) -> tuple[float, float]:
    """(p95, median) in ms over every keystroke: the page and the count, as the list page does."""
    service = CustomerQueries(register, user)
    times: list[float] = []
    for text in queries:
        for end in range(1, len(text) + 1):
            query = CustomerQuery(text=text[:end])
            began = time.perf_counter()
            service.page(query)
            service.count(query)
            times.append(ms(time.perf_counter() - began))
    return percentile(times, 95), statistics.median(times)


def slowest_keystrokes(
    register: Register, user: CurrentUser, queries: list[str], n: int = 5
) -> list[tuple[float, str]]:
    service = CustomerQueries(register, user)
    found = []
    for text in queries:
        for end in range(1, len(text) + 1):
            query = CustomerQuery(text=text[:end])
            began = time.perf_counter()
            service.page(query)
            middle = time.perf_counter()
            service.count(query)
            found.append(
                (
                    ms(time.perf_counter() - began),
                    f"{text[:end]!r} (page {ms(middle - began):.0f} ms)",
                )
            )
    return sorted(found, reverse=True)[:n]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


def open_detail(register: Register, user: CurrentUser, count: int = 50, seed: int = 11) -> float:
    """Median ms of CustomerService.get plus the first page of the contact history."""
    with register.read() as session:
        ids = list(session.scalars(select(Customer.id)))
    customers = CustomerService(register, user)
    history = ContactHistoryService(register, user)
    rng = random.Random(seed)
    times = []
    for customer_id in rng.sample(ids, count):
        began = time.perf_counter()
        customers.get(customer_id)
        history.page(customer_id)
        times.append(ms(time.perf_counter() - began))
    return statistics.median(times)


def scroll_to_end(register: Register, user: CurrentUser) -> tuple[float, int]:
    """Seconds to fetch every page by keyset, keeping the rows as the list model does."""
    service = CustomerQueries(register, user)
    query = CustomerQuery()
    began = time.perf_counter()
    rows = service.page(query)
    kept = list(rows)
    while rows:
        last = rows[-1]
        rows = service.page(query, after=(last.sort_key, last.id))
        kept.extend(rows)
    return time.perf_counter() - began, len(kept)
