"""Orders and invoices of a customer. Their financial period end drives how long the accounting
records must be kept (Kirjanpitolaki 2:10), so it is always stored."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.order_form import CheckedOrder, OrderForm, check_order
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.store import audit
from desktop.store.customer_models import Customer, Order
from desktop.store.register import Register

__all__ = ["OrderForm", "OrderNotFound", "OrderRow", "OrderService"]

ORDER_FIELDS = ("ordered_on", "description", "amount_cents", "invoice_number", "paid", "period_end")


class OrderNotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The order was not found. Someone may have deleted it already."
    )


@dataclass(frozen=True)
class OrderRow:
    id: int
    ordered_on: date
    description: str
    amount_cents: int
    invoice_number: str
    paid: bool
    period_end: date | None


def order_row(order: Order) -> OrderRow:
    return OrderRow(
        order.id,
        order.ordered_on,
        order.description,
        order.amount_cents,
        order.invoice_number,
        order.paid,
        order.period_end,
    )


def _apply(order: Order, checked: CheckedOrder) -> list[str]:
    """Write the checked values; returns the names of the fields that changed."""
    changed = []
    for name in ORDER_FIELDS:
        value = getattr(checked, name)
        if getattr(order, name, None) != value:
            setattr(order, name, value)
            changed.append(name)
    return changed


def _load(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise OrderNotFound()
    return order


class OrderService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def add(self, customer_id: int, form: OrderForm) -> OrderRow:
        self.current.require(Permission.EDIT_CUSTOMERS)
        checked = check_order(form)
        with self.register.write() as session:
            if session.get(Customer, customer_id) is None:
                raise CustomerNotFound()
            order = Order(customer_id=customer_id)
            _apply(order, checked)
            session.add(order)
            session.flush()
            audit.append(
                session,
                self.current.actor,
                "order_added",
                entity="customer",
                entity_id=customer_id,
                fields=[name for name in ORDER_FIELDS if getattr(checked, name)],
            )
            return order_row(order)

    def update(self, order_id: int, form: OrderForm) -> OrderRow:
        self.current.require(Permission.EDIT_CUSTOMERS)
        checked = check_order(form)
        with self.register.write() as session:
            order = _load(session, order_id)
            changed = _apply(order, checked)
            if changed:
                audit.append(
                    session,
                    self.current.actor,
                    "order_updated",
                    entity="customer",
                    entity_id=order.customer_id,
                    fields=changed,
                )
            return order_row(order)

    def delete(self, order_id: int) -> None:
        self.current.require(Permission.EDIT_CUSTOMERS)
        with self.register.write() as session:
            order = _load(session, order_id)
            customer_id = order.customer_id
            session.delete(order)
            audit.append(
                session,
                self.current.actor,
                "order_deleted",
                entity="customer",
                entity_id=customer_id,
                fields=("order",),
            )

    def list(self, customer_id: int) -> builtins.list[OrderRow]:
        """Newest first."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            orders = session.scalars(
                select(Order)
                .where(Order.customer_id == customer_id)
                .order_by(Order.ordered_on.desc(), Order.id.desc())
            )
            return [order_row(order) for order in orders]
