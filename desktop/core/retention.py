"""What an erasure must leave in place although the person asked for it (GDPR Art. 17(3)), on
what legal basis, and until when or until what happens. The table `KEPT` is the one place a
reviewer checks the law; tests walk every row.

Kirjanpitolaki (the Finnish Accounting Act) 2:10: the books (kirjanpitokirjat: the financial
statements, journal and ledger, kept in the accounting system) are kept at least 10 years from
the end of the financial period; the vouchers (tositteet: invoices, receipts), the correspondence
and other accounting material at least 6 years from the end of the year in which the financial
period ended. An order or invoice in the customer register is a voucher or other accounting
material, never the books: 6 years. A leap day moves to 28 February.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP

BOOKS_YEARS = 10
VOUCHER_YEARS = 6
# Laki velan vanhentumisesta 4 §: the general limitation period of a claim, 3 years. The proof
# that a request was handled is kept that long after its handling ended.
CLAIMS_YEARS = 3


class Kept(StrEnum):
    """Why something stays; the value is the key of its texts in the letter templates."""

    ORDER_MATERIAL = "order_material"  # a paid order without an invoice: accounting material
    INVOICE_VOUCHER = "invoice_voucher"  # a paid invoice: a voucher
    OPEN_INVOICE = "open_invoice"  # an open claim: the invoice is not paid
    LEGAL_HOLD = "legal_hold"  # a legal claim recorded on the customer
    PENDING_REQUEST = "pending_request"  # another request of the person not yet answered
    REQUEST_LOG = "request_log"  # this request, the proof it was handled
    MARKETING_BAN = "marketing_ban"  # the keyed hashes that keep an Art. 21 ban in force


@dataclass(frozen=True)
class KeptRule:
    what: str  # untranslated (context "Retention")
    reason: str  # the legal basis, untranslated
    ends: str  # the date's or the event's words, untranslated: "{date}" is filled in


# --- the law, one row per reason to keep (context "Retention": the UI translates them) ------
ORDER_MATERIAL = QT_TRANSLATE_NOOP("Retention", "Order (accounting material)")
INVOICE_VOUCHER = QT_TRANSLATE_NOOP("Retention", "Invoice (accounting voucher)")
OPEN_INVOICE = QT_TRANSLATE_NOOP("Retention", "Open invoice")
LEGAL_HOLD = QT_TRANSLATE_NOOP("Retention", "Customer record under a legal hold")
PENDING_REQUEST = QT_TRANSLATE_NOOP("Retention", "An unanswered data-protection request")
REQUEST_LOG = QT_TRANSLATE_NOOP("Retention", "This request and its log")
MARKETING_BAN = QT_TRANSLATE_NOOP(
    "Retention", "Keyed check values of the email addresses and phone numbers"
)
# An erasure summary written before the retention rules were corrected names this.
ORDER_IN_BOOKS = QT_TRANSLATE_NOOP("Retention", "Order (accounting entry)")

VOUCHER_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Accounting Act (Kirjanpitolaki) 2:10: vouchers and other accounting material are kept 6 "
    "years from the end of the year in which the financial period ended. GDPR Art. 17(3)(b).",
)
OPEN_INVOICE_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "The invoice is not paid: it is kept to collect the claim, and after payment as a voucher. "
    "GDPR Art. 17(3)(b) and (e).",
)
LEGAL_HOLD_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).",
)
PENDING_REQUEST_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "The person's other request must still be answered (GDPR Art. 12(3)); the data it needs "
    "stays until then.",
)
REQUEST_LOG_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, "
    "how identity was checked and what was done. The erased data is not in it.",
)
MARKETING_BAN_REASON = QT_TRANSLATE_NOOP(
    "Retention",
    "The person asked for a direct-marketing ban (GDPR Art. 21(2)-(3)): the check values stop "
    "their contacts from being added back for marketing. The contacts cannot be read from them.",
)

UNTIL_DATE = QT_TRANSLATE_NOOP("Retention", "until {date}")
UNTIL_PAID = QT_TRANSLATE_NOOP("Retention", "until the invoice is paid, then until {date}")
UNTIL_SETTLED = QT_TRANSLATE_NOOP(
    "Retention", "until the claim is settled or can no longer be made"
)
UNTIL_ANSWERED = QT_TRANSLATE_NOOP("Retention", "until the request has been answered")
UNTIL_CLAIMS = QT_TRANSLATE_NOOP(
    "Retention",
    "3 years from the end of the request's handling (Act on the Limitation of Debts, section 4)",
)
UNTIL_WITHDRAWN = QT_TRANSLATE_NOOP("Retention", "until the person withdraws the ban")

KEPT: dict[Kept, KeptRule] = {
    Kept.ORDER_MATERIAL: KeptRule(ORDER_MATERIAL, VOUCHER_REASON, UNTIL_DATE),
    Kept.INVOICE_VOUCHER: KeptRule(INVOICE_VOUCHER, VOUCHER_REASON, UNTIL_DATE),
    Kept.OPEN_INVOICE: KeptRule(OPEN_INVOICE, OPEN_INVOICE_REASON, UNTIL_PAID),
    Kept.LEGAL_HOLD: KeptRule(LEGAL_HOLD, LEGAL_HOLD_REASON, UNTIL_SETTLED),
    Kept.PENDING_REQUEST: KeptRule(PENDING_REQUEST, PENDING_REQUEST_REASON, UNTIL_ANSWERED),
    Kept.REQUEST_LOG: KeptRule(REQUEST_LOG, REQUEST_LOG_REASON, UNTIL_CLAIMS),
    Kept.MARKETING_BAN: KeptRule(MARKETING_BAN, MARKETING_BAN_REASON, UNTIL_WITHDRAWN),
}
# Kept until a date the retention review acts on; the others end with an event.
DATED = frozenset({Kept.ORDER_MATERIAL, Kept.INVOICE_VOUCHER})

# Kept for compatibility with callers that name the old reason.
BOOKS_REASON = VOUCHER_REASON


@dataclass(frozen=True)
class KeptItem:
    """Something erasure must leave in place. `what`, `reason` and `ends` are untranslated
    source texts (context "Retention"); `detail` is the record's own data (date, invoice
    number, note)."""

    what: str
    reason: str
    until: date | None  # None: it ends with an event (`ends`), not on a date
    detail: str = ""
    order_id: int | None = None
    kind: Kept = Kept.REQUEST_LOG
    then: date | None = None  # an open invoice: kept as a voucher until this after payment

    @property
    def ends(self) -> str:
        return KEPT[self.kind].ends


def kept_item(
    kind: Kept,
    *,
    until: date | None = None,
    detail: str = "",
    order_id: int | None = None,
    then: date | None = None,
) -> KeptItem:
    rule = KEPT[kind]
    return KeptItem(rule.what, rule.reason, until, detail, order_id, kind, then)


def _years_later(day: date, years: int) -> date:
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def request_log_until(handling_ended: date) -> date:
    """The last day a closed request and its log are kept as proof of how it was handled:
    3 years from the end of its handling (Act on the Limitation of Debts, section 4)."""
    return _years_later(handling_ended, CLAIMS_YEARS)


def request_log_due(handling_ended: date | None, today: date) -> bool:
    """True when the closed request's proof period has ended; an open request is never due."""
    return handling_ended is not None and request_log_until(handling_ended) < today


def accounting_hold(period_end: date) -> date:
    """The last day the books of the period must still be kept: 10 years from its end. The books
    are in the accounting system; the customer register holds no books."""
    return _years_later(period_end, BOOKS_YEARS)


def voucher_hold(period_end: date) -> date:
    """6 years from the end of the year in which the period ended."""
    return date(period_end.year + VOUCHER_YEARS, 12, 31)


def order_kept(
    *,
    period_end: date,
    paid: bool,
    invoice_number: str,
    today: date,
    detail: str = "",
    order_id: int | None = None,
    rule_until: date | None = None,
) -> KeptItem | None:
    """What stays of one order, or None when it can go now. `rule_until` is the last day the
    business's own retention rule keeps it (never shorter than the law: the later one counts),
    so the letter states the very date the retention review erases it after."""
    vouchers = max(voucher_hold(period_end), rule_until or date.min)
    if not paid:
        return kept_item(Kept.OPEN_INVOICE, detail=detail, order_id=order_id, then=vouchers)
    if today > vouchers:
        return None
    kind = Kept.INVOICE_VOUCHER if invoice_number.strip() else Kept.ORDER_MATERIAL
    return kept_item(kind, until=vouchers, detail=detail, order_id=order_id)
