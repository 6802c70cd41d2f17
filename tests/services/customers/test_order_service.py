"""Orders: typed amounts and dates checked per field, newest first, changes audited by name."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.services.customers.orders import OrderForm, OrderNotFound, OrderService
from desktop.services.customers.records import CustomerNotFound
from desktop.store.models import AuditEntry
from tests.services.customers.conftest import World, audit_actions


def test_add_update_list_delete(world: World) -> None:
    orders = OrderService(world.register, world.ville)
    old = orders.add(world.anna, OrderForm("3.2.2025", "Täytekakku", "€ 45,90"))
    assert (old.amount_cents, old.period_end, old.paid) == (4590, date(2025, 12, 31), False)
    new = orders.add(
        world.anna,
        OrderForm("1.6.2026", "Pitopalvelu", "1 234,50", "2026-117", True, "30.6.2026"),
    )
    assert new.period_end == date(2026, 6, 30) and new.invoice_number == "2026-117"
    assert [o.id for o in orders.list(world.anna)] == [new.id, old.id]
    assert orders.list(world.bertta) == []

    changed = orders.update(old.id, OrderForm("3.2.2025", "Täytekakku", "45,90", paid=True))
    assert changed.paid and changed.amount_cents == 4590
    with world.register.read() as session:
        updated = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "order_updated")
        ).one()
        assert updated.fields == "paid" and updated.entity_id == str(world.anna)

    orders.delete(new.id)
    assert [o.id for o in orders.list(world.anna)] == [old.id]
    with pytest.raises(OrderNotFound):
        orders.update(new.id, OrderForm("1.1.2026", "", "1"))
    with pytest.raises(OrderNotFound):
        orders.delete(new.id)
    actions = audit_actions(world.register, world.anna)
    assert [a for a in actions if a.startswith("order_")] == [
        "order_added",
        "order_added",
        "order_updated",
        "order_deleted",
    ]


def test_bad_fields_are_named(world: World) -> None:
    orders = OrderService(world.register, world.ville)
    with pytest.raises(ValidationError) as error:
        orders.add(world.anna, OrderForm("32.1.2026", "x", "12,345", period_end="1.1.2020"))
    assert set(error.value.fields) == {"ordered_on", "amount"}
    with pytest.raises(ValidationError) as error:
        orders.add(world.anna, OrderForm("1.2.2026", "x", "12", period_end="1.1.2026"))
    assert set(error.value.fields) == {"period_end"}
    with pytest.raises(CustomerNotFound):
        orders.add(9999, OrderForm("1.2.2026", "x", "12"))
    assert orders.list(world.anna) == []
