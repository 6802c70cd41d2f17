"""A copied register with a few customers made through CustomerService, and the three roles.

Only the main user logs in (one Argon2id derivation per test); the clerk and the reader are
built from their user rows, which is all a service's role check looks at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.roles import Role
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.records import CustomerService
from desktop.store.models import AuditEntry, User
from desktop.store.register import Register


@dataclass(frozen=True)
class World:
    register: Register
    maija: CurrentUser  # main user
    ville: CurrentUser  # clerk
    lukija: CurrentUser  # read-only
    anna: int  # customer ids
    bertta: int
    firma: int


ANNA = CustomerForm(
    first_name="Anna",
    last_name="Asiakas",
    municipality="Helsinki",
    started_on="1.3.2020",
    addresses=(AddressForm("Mannerheimintie 1 A 2", "00100", "Helsinki"),),
    phones=(PhoneForm("040 123 4567"),),
    emails=(EmailForm("anna.asiakas@example.fi"),),
    tags=("VIP",),
    custom={"harrastus": "golf"},
)
BERTTA = CustomerForm(
    first_name="Bertta",
    last_name="Bergström",
    phones=(PhoneForm("050 765 4321"),),
    emails=(EmailForm("bertta@example.fi"),),
)
FIRMA = CustomerForm(organisation="Rakennus Oy", organisation_id="1572860-0")


def user(register: Register, username: str) -> CurrentUser:
    with register.read() as session:
        row = session.scalars(select(User).where(User.username == username)).one()
        return CurrentUser(row.id, row.username, row.full_name, Role(row.role))


def audit_actions(register: Register, entity_id: int | None = None) -> list[str]:
    query = select(AuditEntry.action).order_by(AuditEntry.id)
    if entity_id is not None:
        query = query.where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(entity_id))
    with register.read() as session:
        return list(session.scalars(query))


@pytest.fixture
def world(gate: Gate, passwords: dict[str, str]) -> World:
    maija = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None
    ville = user(register, "ville")
    customers = CustomerService(register, ville)
    return World(
        register,
        maija,
        ville,
        user(register, "lukija"),
        customers.create(ANNA).id,
        customers.create(BERTTA).id,
        customers.create(FIRMA).id,
    )


@pytest.fixture
def maija(gate: Gate, passwords: dict[str, str]) -> CurrentUser:
    """The main user, logged in (one Argon2id derivation)."""
    return gate.login("maija", passwords["maija"]).user


@pytest.fixture
def no_plain_files_left(tmp_path: Path) -> Iterator[None]:
    """The import and export files a test writes hold names in the clear; the session's temp
    folder is checked for such leaks (tests/ui/test_no_plaintext_on_disk.py), so they go when
    the test ends."""
    yield
    for path in tmp_path.rglob("*"):
        if path.is_file():
            path.unlink()
