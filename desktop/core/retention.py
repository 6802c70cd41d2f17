"""How long records must be kept although the person asked for erasure (GDPR Art. 17(3)).

Kirjanpitolaki (the Finnish Accounting Act) 2:10: the books (kirjanpitokirjat) are kept at least
10 years from the end of the financial period; the vouchers (tositteet: invoices, receipts) and
the correspondence at least 6 years from the end of the year in which the financial period
ended. A leap day moves to 28 February.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP

BOOKS_YEARS = 10
VOUCHER_YEARS = 6

# What is kept, and why (context "Retention": the UI translates them when it shows them).
ORDER_IN_BOOKS = QT_TRANSLATE_NOOP("Retention", "Order (accounting entry)")
INVOICE_VOUCHER = QT_TRANSLATE_NOOP("Retention", "Invoice (accounting voucher)")
OPEN_INVOICE = QT_TRANSLATE_NOOP("Retention", "Open invoice")
LEGAL_HOLD = QT_TRANSLATE_NOOP("Retention", "Customer record under a legal hold")
REQUEST_LOG = QT_TRANSLATE_NOOP("Retention", "This request and its log")

BOOKS_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Accounting Act (Kirjanpitolaki) 2:10: the books are kept 10 years from the end of the "
    "financial period. GDPR Art. 17(3)(b).",
)
VOUCHER_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Accounting Act (Kirjanpitolaki) 2:10: vouchers are kept 6 years from the end of the year "
    "in which the financial period ended. GDPR Art. 17(3)(b).",
)
OPEN_INVOICE_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "The invoice is not paid: it is kept until it is paid, and then as long as the Accounting "
    "Act requires. GDPR Art. 17(3)(b) and (e).",
)
LEGAL_HOLD_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).",
)
REQUEST_LOG_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, "
    "how identity was checked and what was done. The erased data is not in it.",
)


@dataclass(frozen=True)
class KeptItem:
    """Something erasure must leave in place. `what` and `reason` are untranslated source texts
    (context "Retention"); `detail` is the record's own data (date, invoice number, note)."""

    what: str
    reason: str
    until: date | None  # None: no fixed date (until paid, until the claim is settled, ...)
    detail: str = ""
    order_id: int | None = None


def _years_later(day: date, years: int) -> date:
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def accounting_hold(period_end: date) -> date:
    """The last day the books of the period must still be kept: 10 years from its end."""
    return _years_later(period_end, BOOKS_YEARS)


def voucher_hold(period_end: date) -> date:
    """6 years from the end of the year in which the period ended."""
    return date(period_end.year + VOUCHER_YEARS, 12, 31)
