"""Labels for a filtered list: who is left out and why, counted right; audited; roles."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.core.customer_form import AddressForm, CustomerForm
from desktop.documents.labels import SHEET_3X8
from desktop.errors import PermissionDenied
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.mailing_labels import MailingLabels
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQuery
from tests.services.customers.conftest import World, audit_actions


def _add(world: World, first: str, postal_code: str, tag: str = "Posti") -> int:
    form = CustomerForm(
        first_name=first,
        last_name="Postinen",
        addresses=(AddressForm(f"{first}ntie 1", postal_code, "Tampere"),),
        tags=(tag,),
    )
    return CustomerService(world.register, world.ville).create(form).id


def test_restricted_banned_and_addressless_are_left_out(world: World, tmp_path: Path) -> None:
    ids = {name: _add(world, name, code) for name, code in (("Eero", "33200"), ("Aada", "33100"))}
    banned = _add(world, "Kielto", "33300")
    restricted = _add(world, "Rajoitus", "33400")
    withdrawn = _add(world, "Peruttu", "33500")
    email_ban = _add(world, "Sähköposti", "33600")  # a ban on email only: still gets a label
    no_address = CustomerService(world.register, world.ville).create(
        CustomerForm(first_name="Osoitteeton", last_name="Postinen", tags=("Posti",))
    )
    consents = ConsentService(world.register, world.ville)
    today = date(2026, 11, 24)
    consents.record(
        banned,
        ConsentKind.MARKETING_POST,
        ConsentState.REFUSED,
        decided_on=today,
        source="customer",
    )
    consents.record(
        withdrawn,
        ConsentKind.MARKETING_POST,
        ConsentState.GRANTED,
        decided_on=today,
        source="customer",
    )
    consents.record(
        withdrawn,
        ConsentKind.MARKETING_POST,
        ConsentState.WITHDRAWN,
        decided_on=today,
        source="customer",
    )
    consents.record(
        email_ban,
        ConsentKind.MARKETING_EMAIL,
        ConsentState.REFUSED,
        decided_on=today,
        source="customer",
    )
    CustomerService(world.register, world.ville).set_restriction(restricted, "Kiistää tiedot")
    labels = MailingLabels(world.register, world.ville)
    query = CustomerQuery(tag="Posti")
    counts = labels.preview(query)
    assert (counts.in_list, counts.labels) == (7, 3)
    assert (counts.marketing_ban, counts.restricted, counts.no_address) == (2, 1, 1)
    assert counts.left_out == 4
    run = labels.make(query, SHEET_3X8)
    assert run.counts == counts
    path = tmp_path / "l.pdf"
    path.write_bytes(run.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    for name in ("Eero", "Aada", "Sähköposti"):
        assert f"{name} Postinen" in text
    for name in ("Kielto", "Rajoitus", "Peruttu", "Osoitteeton"):
        assert name not in text
    assert text.index("33100 TAMPERE") < text.index("33200 TAMPERE")  # postal-code order
    assert "labels_printed" in audit_actions(world.register)
    assert ids and no_address.id


def test_the_filters_of_the_list_apply(world: World) -> None:
    _add(world, "Eero", "33200", tag="A")
    _add(world, "Aada", "33100", tag="B")
    counts = MailingLabels(world.register, world.ville).preview(CustomerQuery(tag="A"))
    assert (counts.in_list, counts.labels) == (1, 1)


def test_a_reader_cannot_print_labels(world: World) -> None:
    with pytest.raises(PermissionDenied):
        MailingLabels(world.register, world.lukija).preview(CustomerQuery())
