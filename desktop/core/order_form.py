"""What a user types for an order or invoice, and its checks.

`check_order` returns the values in their stored form or raises ValidationError naming the fields
("ordered_on", "amount", "period_end", "invoice_number").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.customer_form import BAD_DATE, parse_date
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.money import parse_euros
from desktop.errors import ValidationError

INVOICE_NUMBER_LENGTH = 40  # orders.invoice_number

NEEDS_A_DATE = QT_TRANSLATE_NOOP("Validation", "Enter the order date, for example 24.11.2026.")
NEEDS_AN_AMOUNT = QT_TRANSLATE_NOOP("Validation", "Enter the amount in euros, for example 12,50.")
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Validation",
    "Enter the amount in euros with at most two decimals, for example 12,50 or 1 234,50.",
)
PERIOD_BEFORE_ORDER = QT_TRANSLATE_NOOP(
    "Validation", "The financial period cannot end before the order date."
)
INVOICE_NUMBER_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The invoice number can have at most 40 characters."
)


@dataclass(frozen=True)
class OrderForm:
    ordered_on: str  # d.m.yyyy as typed
    description: str
    amount: str  # euros as typed: "12,50", "1 234,50", "€ 12,50"
    invoice_number: str = ""
    paid: bool = False
    period_end: str = ""  # end of the financial period; empty: 31.12. of the order's year


@dataclass(frozen=True)
class CheckedOrder:
    ordered_on: date
    description: str
    amount_cents: int
    invoice_number: str
    paid: bool
    period_end: date


def default_period_end(ordered_on: date) -> date:
    """The calendar year. The business's own financial year may end on another day (e.g. 30.6.);
    then the user types its end, and the accounting retention (KPL 2:10) counts from it."""
    return date(ordered_on.year, 12, 31)


def check_order(form: OrderForm) -> CheckedOrder:
    problems: dict[str, str] = {}
    ordered_on: date | None = None
    try:
        ordered_on = parse_date(form.ordered_on)
    except ValueError:
        problems["ordered_on"] = BAD_DATE
    else:
        if ordered_on is None:
            problems["ordered_on"] = NEEDS_A_DATE

    amount = 0
    if not form.amount.strip():
        problems["amount"] = NEEDS_AN_AMOUNT
    else:
        try:
            amount = parse_euros(form.amount)
        except ValueError:
            problems["amount"] = BAD_AMOUNT

    period_end: date | None = None
    try:
        period_end = parse_date(form.period_end)
    except ValueError:
        problems["period_end"] = BAD_DATE
    if ordered_on and period_end and period_end < ordered_on:
        problems["period_end"] = PERIOD_BEFORE_ORDER

    invoice_number = form.invoice_number.strip()
    if len(invoice_number) > INVOICE_NUMBER_LENGTH:
        problems["invoice_number"] = INVOICE_NUMBER_TOO_LONG

    if problems:
        raise ValidationError(problems)
    assert ordered_on is not None
    return CheckedOrder(
        ordered_on=ordered_on,
        description=form.description.strip(),
        amount_cents=amount,
        invoice_number=invoice_number,
        paid=bool(form.paid),
        period_end=period_end or default_period_end(ordered_on),
    )
