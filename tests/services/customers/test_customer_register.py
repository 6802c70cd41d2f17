"""Customers on a real encrypted register: create, search, page, audit, duplicates, suppression."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.customers.duplicates import (
    SAME_EMAIL,
    SAME_NAME_AND_ADDRESS,
    SAME_PHONE,
    find_duplicates,
)
from desktop.services.customers.search import CustomerQuery
from desktop.services.customers.suppression import MARKETING_BAN, SuppressionChecker, remember
from desktop.store.customer_models import ConsentEntry, Customer
from desktop.store.models import AuditEntry

MAIJA = CustomerForm(
    first_name="Maija",
    last_name="Meikäläinen",
    organisation="Kahvila Onni",
    emails=(EmailForm("maija@example.fi"),),
    phones=(PhoneForm("040 123 4567"),),
    addresses=(AddressForm("Hämeenkatu 5", "33100", "Tampere"),),
    tags=("VIP",),
)


@pytest.fixture
def admin(gate: Gate, passwords: dict[str, str]) -> Services:
    return Services.for_user(gate, gate.login("maija", passwords["maija"]).user)


@pytest.fixture
def people(admin: Services) -> Iterator[Services]:
    admin.customers.create(MAIJA)
    for index in range(220):
        admin.customers.create(
            CustomerForm(
                first_name=f"Etu{index}",
                last_name=f"Suku{index:03d}",
                municipality="Espoo" if index % 2 else "Vantaa",
                status="prospect" if index % 3 == 0 else "active",
            )
        )
    yield admin


def test_create_numbers_customers_and_audits_field_names(admin: Services) -> None:
    first = admin.customers.create(MAIJA)
    second = admin.customers.create(CustomerForm(last_name="Virtanen"))
    assert second.number == first.number + 1
    with admin.gate.register.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "customer_created")
        ).first()
    assert entry is not None and entry.entity_id == str(first.id)
    assert "emails" in entry.fields and "maija@example.fi" not in entry.fields


def test_reading_a_customer_is_audited(admin: Services) -> None:
    created = admin.customers.create(MAIJA)
    admin.customers.get(created.id)
    history = admin.customers.history(created.id)
    assert [row.action for row in history][:2] == ["customer_viewed", "customer_created"]
    assert history[0].username == "maija"


def test_update_records_which_fields_changed(admin: Services) -> None:
    created = admin.customers.create(MAIJA)
    from dataclasses import replace

    admin.customers.update(created.id, replace(created.form, municipality="Tampere"))
    latest = admin.customers.history(created.id)[0]
    assert latest.action == "customer_updated"
    assert latest.fields == ("municipality",)


def test_a_failed_save_writes_nothing(admin: Services) -> None:
    bad = CustomerForm(last_name="X", emails=(EmailForm("bad@"),))
    with pytest.raises(ValidationError):
        admin.customers.create(bad)
    with admin.gate.register.read() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0


SPELLINGS = [
    "Meikalainen",
    "meikäl",
    "MEIK",
    "040 123",
    "0401234567",
    "+358 40 1234567",
    "hameenkatu",
    "kahvila",
    "maija@exa",
    "1001",
    "Me",
    "maija meik",
]


def test_search_finds_her_however_it_is_typed(people: Services) -> None:
    for typed in SPELLINGS:
        names = [row.name for row in people.customer_queries.page(CustomerQuery(text=typed))]
        assert "Meikäläinen Maija" in names, typed
    assert people.customer_queries.page(CustomerQuery(text="xyzzy")) == []


def test_keyset_pages_cover_everyone_once(people: Services) -> None:
    query = CustomerQuery(sort="name")
    seen: list[int] = []
    after = None
    while True:
        page = people.customer_queries.page(query, after=after, limit=100)
        if not page:
            break
        seen += [row.id for row in page]
        after = (page[-1].sort_key, page[-1].id)
    assert len(seen) == len(set(seen)) == people.customer_queries.count(query) == 221
    names = [
        row.name for row in people.customer_queries.page(CustomerQuery(sort="name"), limit=221)
    ]
    assert names == sorted(names, key=str.casefold)


def test_filters_and_descending_sort(people: Services) -> None:
    queries = people.customer_queries
    assert queries.count(CustomerQuery(status="prospect")) == 74
    assert queries.count(CustomerQuery(text="espoo")) == 0  # municipality is not searched text
    top = queries.page(CustomerQuery(sort="number", descending=True), limit=1)[0]
    assert top.number == 1000 + 221
    assert queries.tags() == ["VIP"]
    assert [r.name for r in queries.page(CustomerQuery(tag="VIP"))] == ["Meikäläinen Maija"]


def test_marketing_filter_follows_opt_in_and_opt_out(admin: Services) -> None:
    maija = admin.customers.create(MAIJA)
    admin.customers.create(CustomerForm(last_name="Virtanen"))
    with admin.gate.register.write() as session:
        from datetime import date, datetime

        session.add(
            ConsentEntry(
                customer_id=maija.id,
                kind=ConsentKind.MARKETING_EMAIL.value,
                state=ConsentState.GRANTED.value,
                decided_on=date.today(),
                recorded_at=datetime.now(),
            )
        )
        session.add(
            ConsentEntry(
                customer_id=maija.id,
                kind=ConsentKind.MARKETING_POST.value,
                state=ConsentState.REFUSED.value,
                decided_on=date.today(),
                recorded_at=datetime.now(),
            )
        )
    queries = admin.customer_queries
    email = [
        r.name
        for r in queries.page(CustomerQuery(marketing_allowed_on=ConsentKind.MARKETING_EMAIL))
    ]
    post = [
        r.name for r in queries.page(CustomerQuery(marketing_allowed_on=ConsentKind.MARKETING_POST))
    ]
    assert email == ["Meikäläinen Maija"]
    assert post == ["Virtanen"]


def test_restricted_customers_can_be_left_out(admin: Services) -> None:
    maija = admin.customers.create(MAIJA)
    admin.customers.create(CustomerForm(last_name="Virtanen"))
    admin.customers.set_restriction(maija.id, "Accuracy contested")
    queries = admin.customer_queries
    assert queries.count(CustomerQuery(include_restricted=False)) == 1
    assert queries.count(CustomerQuery(restricted=True)) == 1
    detail = admin.customers.get(maija.id)
    assert detail.restricted and detail.restriction_reason == "Accuracy contested"
    assert not admin.customers.lift_restriction(maija.id).restricted


def test_duplicates_by_email_phone_or_name_and_address(admin: Services) -> None:
    admin.customers.create(MAIJA)
    from desktop.core.customer_form import check_customer

    def reasons(form: CustomerForm) -> tuple[str, ...]:
        checked = check_customer(form).form
        with admin.gate.register.read() as session:
            hits = find_duplicates(session, checked)
        return hits[0].reasons if hits else ()

    assert reasons(CustomerForm(last_name="Other", emails=(EmailForm("MAIJA@example.fi"),))) == (
        SAME_EMAIL,
    )
    assert reasons(CustomerForm(last_name="Other", phones=(PhoneForm("+358401234567"),))) == (
        SAME_PHONE,
    )
    assert reasons(
        CustomerForm(
            first_name="Maija",
            last_name="Meikäläinen",
            addresses=(AddressForm("hämeenkatu 5", "33100", "Tampere"),),
        )
    ) == (SAME_NAME_AND_ADDRESS,)
    assert reasons(CustomerForm(last_name="Nobody")) == ()


def test_suppression_keeps_only_keyed_hashes(admin: Services) -> None:
    with admin.gate.register.write() as session:
        assert (
            remember(
                session, emails=["maija@example.fi"], phones=["+358401234567"], reason=MARKETING_BAN
            )
            == 2
        )
        assert remember(session, emails=["maija@example.fi"], phones=[], reason=MARKETING_BAN) == 0
    with admin.gate.register.read() as session:
        checker = SuppressionChecker(session)
        from desktop.store.customer_models import SuppressionHash

        digests = list(session.scalars(select(SuppressionHash.digest)))
    hits = checker.check(emails=["Maija@Example.FI"], phones=["040 123 4567"])
    assert [(h.kind, h.reason) for h in hits] == [
        ("email", MARKETING_BAN),
        ("phone", MARKETING_BAN),
    ]
    assert all("maija" not in d and "4567" not in d for d in digests)
    assert checker.check(emails=["someone@example.fi"], phones=[]) == []


def test_reader_may_search_but_not_change(gate: Gate, passwords: dict[str, str]) -> None:
    reader = Services.for_user(gate, gate.login("lukija", passwords["lukija"]).user)
    assert reader.customer_queries.count(CustomerQuery()) == 0
    with pytest.raises(PermissionDenied):
        reader.customers.create(MAIJA)
