"""The identity code follows the main user's setting; every new service checks the role."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.customer_fields import Channel, ConsentKind, ConsentState
from desktop.core.identity_code import mask
from desktop.core.settings import CUSTOM_FIELDS, IDENTITY_CODE_ENABLED
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.customers.attachments import AttachmentService
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.contact_history import ContactHistoryService
from desktop.services.customers.merge import merge_customers
from desktop.services.customers.orders import OrderForm, OrderService
from desktop.services.customers.records import CustomerService, IdentityCodesOff
from desktop.services.register.settings import SettingsService, read_setting
from desktop.store.customer_models import Customer
from tests.services.customers.conftest import ANNA, World

CODE = "131052-308T"


def test_identity_code_refused_while_the_setting_is_off(world: World) -> None:
    customers = CustomerService(world.register, world.ville)
    with pytest.raises(IdentityCodesOff):
        customers.create(replace(ANNA, identity_code=CODE))
    with pytest.raises(IdentityCodesOff):
        customers.update(world.anna, replace(customers.get(world.anna).form, identity_code=CODE))
    with world.register.read() as session:
        assert session.scalars(select(Customer.identity_code)).all() == ["", "", ""]


def test_identity_code_kept_and_masked_when_turned_on(world: World) -> None:
    customers = CustomerService(world.register, world.ville)
    SettingsService(world.register, world.maija).update({IDENTITY_CODE_ENABLED.key: True})
    with pytest.raises(ValidationError) as error:
        customers.create(replace(ANNA, identity_code="131052-308U"))
    assert set(error.value.fields) == {"identity_code"}

    created = customers.create(replace(ANNA, first_name="Aino", identity_code="131052-308t"))
    assert created.form.identity_code == CODE
    assert mask(created.form.identity_code) == "131052-****"
    history = customers.history(created.id)
    assert "identity_code" in history[0].fields  # named in the audit, never its value

    # Turned off later: the kept code may stay as it is, or be cleared, but not be changed.
    SettingsService(world.register, world.maija).update({IDENTITY_CODE_ENABLED.key: False})
    kept = customers.update(created.id, replace(created.form, notes="ok"))
    assert kept.form.identity_code == CODE
    with pytest.raises(IdentityCodesOff):
        customers.update(created.id, replace(created.form, identity_code="010190-123M"))
    cleared = customers.update(created.id, replace(created.form, identity_code=""))
    assert cleared.form.identity_code == ""


def test_custom_fields_setting_round_trip(world: World) -> None:
    settings = SettingsService(world.register, world.maija)
    assert settings.get(CUSTOM_FIELDS) == []
    fields = [{"key": "harrastus", "label": "Harrastus"}]
    settings.update({CUSTOM_FIELDS.key: fields})
    assert read_setting(world.register, CUSTOM_FIELDS) == fields


def _actions(world: World, tmp_path: Path) -> dict[str, tuple[Callable[..., object], bool]]:
    """Each service call and whether it changes something (EDIT_CUSTOMERS) or only reads."""
    day = date(2026, 1, 1)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")

    def calls(user):  # type: ignore[no-untyped-def]
        consents = ConsentService(world.register, user)
        history = ContactHistoryService(world.register, user)
        orders = OrderService(world.register, user)
        attachments = AttachmentService(world.register, user)
        return {
            "consent_record": (
                lambda: consents.record(
                    world.anna,
                    ConsentKind.NEWSLETTER,
                    ConsentState.GRANTED,
                    decided_on=day,
                    source="customer",
                ),
                True,
            ),
            "consent_current": (lambda: consents.current_consents(world.anna), False),
            "consent_history": (lambda: consents.history(world.anna), False),
            "contact_add": (
                lambda: history.add(
                    world.anna,
                    occurred_at=datetime(2026, 1, 1),
                    channel=Channel.CHAT,
                    summary="x",
                    handled_by="",
                ),
                True,
            ),
            "contact_page": (lambda: history.page(world.anna), False),
            "contact_count": (lambda: history.count(world.anna), False),
            "contact_delete": (lambda: history.delete(history.page(world.anna)[0].id), True),
            "order_add": (lambda: orders.add(world.anna, OrderForm("1.1.2026", "x", "1")), True),
            "order_update": (
                lambda: orders.update(
                    orders.list(world.anna)[0].id, OrderForm("1.1.2026", "y", "2")
                ),
                True,
            ),
            "order_list": (lambda: orders.list(world.anna), False),
            "order_delete": (lambda: orders.delete(orders.list(world.anna)[0].id), True),
            "attachment_add": (lambda: attachments.add(world.anna, pdf), True),
            "attachment_list": (lambda: attachments.list(world.anna), False),
            "attachment_read": (
                lambda: attachments.read(attachments.list(world.anna)[0].id),
                False,
            ),
            "attachment_delete": (
                lambda: attachments.delete(attachments.list(world.anna)[0].id),
                True,
            ),
            "merge": (
                lambda: merge_customers(
                    world.register, user, keep_id=world.anna, remove_id=world.firma
                ),
                True,
            ),
        }

    return calls  # type: ignore[return-value]


def test_clerk_may_do_everything_reader_only_look(world: World, tmp_path: Path) -> None:
    calls = _actions(world, tmp_path)
    reader = calls(world.lukija)  # type: ignore[operator]
    clerk = calls(world.ville)  # type: ignore[operator]
    # The clerk makes the data each step needs; the reader then tries the same step.
    for name, (clerk_call, _changes) in clerk.items():
        reader_call, changes = reader[name]
        if changes:
            with pytest.raises(PermissionDenied):
                reader_call()
        clerk_call()
        if not changes:
            reader_call()
