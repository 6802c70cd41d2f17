"""Issue 15, the property: generated customers (any Unicode, control characters, formula-leading
values, very long fields) go import → export (CSV and XLSX) → import, and the customers read
the second time are exactly those the first import stored. Nothing crashes, and every row of
every file is counted as accepted or rejected."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from desktop.services.customers.importing import ImportPlan
from desktop.services.customers.search import CustomerQuery
from desktop.store.customer_models import Address, Customer, CustomValue, Email, Phone, Tag
from tests.hostile.conftest import Office

HEADERS = [
    "Etunimi", "Sukunimi", "Yritys", "Y-tunnus", "Sähköposti", "Puhelin", "Katuosoite",
    "Postinumero", "Postitoimipaikka", "Maa", "Kotikunta", "Tila", "Tunnisteet",
]  # fmt: skip
FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "'=", "''-", "'"]

anything = st.text(max_size=25)  # any Unicode but lone surrogates, control characters too
printable = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"))
formula = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from(FORMULA_STARTS),
    st.text(alphabet=printable, max_size=25),
)
long = st.text(alphabet=printable, min_size=60, max_size=240)  # the limits are 60 to 200
plain = st.sampled_from(["Maija", "Äijä", "Öllö", "O'Brien", "Meikäläinen", "Åström", "_x0041_"])
# Rows an office would keep (names of any script, formula-like values, long values) and rows
# an accident or an attacker brings (control characters, invalid values anywhere).
kept_text = st.one_of(plain, plain, plain, formula, st.text(alphabet=printable, max_size=40), long)
any_text = st.one_of(kept_text, anything)
emails = st.one_of(
    st.just(""),
    st.emails(),
    st.sampled_from(["maija@example.fi", "=a@example.fi", "a@example.fi, -b@example.fi"]),
)
phones = st.sampled_from(
    ["", "040 123 4567", "+46 8 123 456 78", "+358 50 765 4321", "0401234567/050 7654321"]
)
postal_codes = st.sampled_from(["", "00100", "114 55"])
countries = st.sampled_from(["", "FI", "SE", "Ruotsi", "Deutschland"])
statuses = st.sampled_from(["", "active", "Asiakas", "prospect", "ended"])
business_ids = st.sampled_from(["", "1572860-0", "0737546-2"])
tags = st.one_of(st.just(""), kept_text, st.just("VIP, =Lounas; +1"))


def _row(text: st.SearchStrategy[str], bad: bool) -> st.SearchStrategy[tuple[str, ...]]:
    def wrong(good: st.SearchStrategy[str], *values: str) -> st.SearchStrategy[str]:
        return st.one_of(good, st.sampled_from(values)) if bad else good

    return st.tuples(
        text, text, st.one_of(st.just(""), text), wrong(business_ids, "1234567-8"),
        wrong(emails, "x@", "a(at)b.fi"), wrong(phones, "-1", "=1+1"), text,
        wrong(postal_codes, "100", "=1", "123456789012"), text, wrong(countries, "??", "-"),
        text, wrong(statuses, "=1", "joku"), st.one_of(tags, text),
    )  # fmt: skip


row = st.one_of(_row(kept_text, bad=False), _row(any_text, bad=True))


def _empty_register(office: Office) -> None:
    with office.register.write() as session:
        for model in (Address, Phone, Email, Tag, CustomValue, Customer):
            session.execute(delete(model))


def _counted(plan: ImportPlan) -> ImportPlan:
    assert len(plan.accepted) + len(plan.rejected) == plan.data_rows
    return plan


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(row, min_size=1, max_size=6), encoding=st.sampled_from(["utf-8-sig", "cp1252"])
)
def test_customers_survive_import_export_import(
    office: Office, tmp_path: Path, rows: list[tuple[str, ...]], encoding: str
) -> None:
    _empty_register(office)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows([HEADERS, *rows])
    source = tmp_path / "tuonti.csv"
    source.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    first = _counted(office.plan(source))
    source.unlink()
    stored = [row.checked for row in first.accepted]
    event(f"customers stored: {min(len(stored), 3)}{'+' if len(stored) > 3 else ''}")
    assert office.importer.run(first, skip_suppressed=False).added == len(stored)

    for fmt in ("csv", "xlsx"):
        exported = tmp_path / f"vienti.{fmt}"
        assert office.exporter.export(CustomerQuery(), exported, fmt=fmt) == len(stored)
        second = _counted(office.plan(exported))
        exported.unlink()
        assert second.rejected == [], [second.problem_text(r) for r in second.rejected]
        again = [row.checked for row in second.accepted]
        assert [c.form for c in again] == [c.form for c in stored]
        assert [c.started_on for c in again] == [c.started_on for c in stored]
