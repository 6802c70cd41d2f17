"""The law of what an erasure keeps (desktop.core.retention.KEPT), row by row: each reason
names its basis and a date or the event that ends it; orders and invoices are vouchers or other
accounting material (KPL 2:10: 6 years from the end of the year in which the period ended),
never the books."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.retention import (
    DATED,
    KEPT,
    Kept,
    order_kept,
    voucher_hold,
)

PERIOD_2020 = date(2020, 12, 31)
PERIOD_JUNE_2020 = date(2020, 6, 30)


def test_every_reason_has_a_basis_and_an_end() -> None:
    for kind, rule in KEPT.items():
        assert rule.what.strip() and rule.reason.strip() and rule.ends.strip(), kind
        # A legal basis is named: the GDPR article or a Finnish act.
        assert "Art." in rule.reason or "Act" in rule.reason, kind
        if kind in DATED:
            assert "{date}" in rule.ends
    assert "10 years" not in KEPT[Kept.INVOICE_VOUCHER].reason
    assert "6 years from the end of the year" in KEPT[Kept.ORDER_MATERIAL].reason


@pytest.mark.parametrize(
    ("period_end", "paid", "invoice", "today", "kind", "until", "then"),
    [
        # A paid invoice: a voucher, to the end of the 6th year after the period's year.
        (
            PERIOD_2020,
            True,
            "1001",
            date(2026, 12, 31),
            Kept.INVOICE_VOUCHER,
            date(2026, 12, 31),
            None,
        ),
        (PERIOD_2020, True, "1001", date(2027, 1, 1), None, None, None),
        # A period ending in June counts from the end of that year, not from June.
        (
            PERIOD_JUNE_2020,
            True,
            "1002",
            date(2026, 7, 1),
            Kept.INVOICE_VOUCHER,
            date(2026, 12, 31),
            None,
        ),
        # A paid order without an invoice: other accounting material, the same 6 years.
        (PERIOD_2020, True, "", date(2025, 1, 1), Kept.ORDER_MATERIAL, date(2026, 12, 31), None),
        (PERIOD_2020, True, "", date(2027, 1, 1), None, None, None),
        # Unpaid: an open claim, kept until paid and then as a voucher; never due by date.
        (PERIOD_2020, False, "1003", date(2040, 1, 1), Kept.OPEN_INVOICE, None, date(2026, 12, 31)),
    ],
)
def test_order_kept(
    period_end: date,
    paid: bool,
    invoice: str,
    today: date,
    kind: Kept | None,
    until: date | None,
    then: date | None,
) -> None:
    item = order_kept(period_end=period_end, paid=paid, invoice_number=invoice, today=today)
    if kind is None:
        assert item is None
        return
    assert item is not None
    assert (item.kind, item.until, item.then) == (kind, until, then)
    assert item.what == KEPT[kind].what and item.reason == KEPT[kind].reason


def test_voucher_hold_is_the_end_of_the_sixth_year() -> None:
    assert voucher_hold(date(2024, 2, 29)) == date(2030, 12, 31)


def test_the_businesss_longer_rule_wins_never_a_shorter_one() -> None:
    longer = order_kept(
        period_end=PERIOD_2020,
        paid=True,
        invoice_number="1001",
        today=date(2027, 6, 1),
        rule_until=date(2028, 12, 31),
    )
    assert longer is not None and longer.until == date(2028, 12, 31)
    shorter = order_kept(
        period_end=PERIOD_2020,
        paid=True,
        invoice_number="",
        today=date(2025, 1, 1),
        rule_until=date(2022, 12, 31),
    )
    assert shorter is not None and shorter.until == date(2026, 12, 31)
