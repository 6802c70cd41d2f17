"""Demo data: fast, varied, and every value passes the checks a real customer's would."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from stdnum.fi import ytunnus

from desktop.core import validation
from desktop.services.access.current_user import RoleRefused
from desktop.services.access.gate import Gate
from desktop.services.customers.records import refresh_search_text
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.demo.fill import fill_with_demo_data
from desktop.services.demo.name_pools import random_ytunnus, ytunnus_check_digit
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
from desktop.store.models import AuditEntry


def test_ytunnus_check_digit_matches_stdnum() -> None:
    import random

    rng = random.Random(1)
    for _ in range(500):
        assert ytunnus.is_valid(random_ytunnus(rng))
    assert ytunnus_check_digit("1572860") == 0 and ytunnus.is_valid("1572860-0")


def test_two_thousand_customers_fill_and_look_real(gate: Gate, passwords: dict[str, str]) -> None:
    user = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None
    seen: list[tuple[int, int]] = []
    stats = fill_with_demo_data(
        register, user, customers=2000, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (2000, 2000)
    assert stats.customers == 2000
    assert 15_000 < stats.contact_events < 25_000  # about 10 per customer

    with register.read() as session:
        assert session.scalar(select(func.count(Customer.id))) == 2000
        assert session.scalar(select(func.count(ContactEvent.id))) == stats.contact_events
        assert session.scalar(select(func.count(ConsentEntry.id))) == stats.consent_entries
        assert session.scalar(select(func.count(Order.id))) == stats.orders
        for (address,) in session.execute(select(Email.address)):
            assert validation.email(address).value == address
        for (number,) in session.execute(select(Phone.number)):
            assert validation.phone(number).value == number
        for (code,) in session.execute(select(Address.postal_code)):
            assert validation.postal_code(code).ok
        ids = list(
            session.scalars(select(Customer.organisation_id).where(Customer.organisation_id != ""))
        )
        assert len(ids) > 100
        for business_id in ids:
            assert validation.business_id(business_id).value == business_id
        languages = dict(
            session.execute(
                select(Customer.language, func.count()).group_by(Customer.language)
            ).all()
        )
        assert languages["fi"] > languages["sv"] > 20
        statuses = set(session.scalars(select(Customer.status).distinct()))
        assert statuses == {"active", "prospect", "ended"}
        tags = set(session.scalars(select(Tag.name).distinct()))
        assert tags == {"Kanta-asiakas", "VIP", "Uutiskirje", "Yritysasiakas"}
        states = set(session.scalars(select(ConsentEntry.state).distinct()))
        assert states == {"granted", "refused", "withdrawn"}
        assert session.scalar(select(func.count()).where(Customer.restricted.is_(True))) >= 1
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.action == "demo_data_added"))
        )
        assert actions == ["demo_data_added"]

    # The search columns are the ones a save in the window would write.
    with register.read() as session:  # never committed
        for customer in session.scalars(select(Customer).limit(50)):
            before = (customer.sort_name, customer.search_text)
            refresh_search_text(customer)
            assert (customer.sort_name, customer.search_text) == before
        someone = session.scalars(select(Customer).where(Customer.last_name != "")).first()
        assert someone is not None
        surname = someone.last_name
    queries = CustomerQueries(register, user)
    assert queries.count(CustomerQuery(text=surname)) >= 1


def test_the_same_seed_gives_the_same_people(gate: Gate, passwords: dict[str, str]) -> None:
    user = gate.login("maija", passwords["maija"]).user
    assert gate.register is not None
    fill_with_demo_data(gate.register, user, customers=30, seed=7)
    fill_with_demo_data(gate.register, user, customers=30, seed=7)
    with gate.register.read() as session:
        names = list(
            session.execute(select(Customer.first_name, Customer.last_name).order_by(Customer.id))
        )
        numbers = list(session.scalars(select(Customer.number).order_by(Customer.id)))
    assert names[:30] == names[30:]
    assert len(set(numbers)) == 60, "a second fill continues the customer numbers"


def test_a_reader_may_not_add_demo_data(gate: Gate, passwords: dict[str, str]) -> None:
    user = gate.login("lukija", passwords["lukija"]).user
    assert gate.register is not None
    with pytest.raises(RoleRefused):
        fill_with_demo_data(gate.register, user, customers=5)


def test_customers_added_after_demo_data_get_new_ids(gate: Gate, passwords: dict[str, str]) -> None:
    """Demo rows are inserted with their ids given; PostgreSQL's sequence must be moved past them."""
    from desktop.core.customer_form import CustomerForm
    from desktop.services.customers.records import CustomerService

    user = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None
    fill_with_demo_data(register, user, customers=20, events_per_customer=1)
    added = CustomerService(register, user).create(
        CustomerForm(first_name="Uusi", last_name="Asiakas")
    )
    with register.read() as session:
        assert session.scalar(select(func.max(Customer.id))) == added.id
        assert session.scalar(select(func.count(Customer.id))) == 21
    assert added.number == 1021
