"""The audit viewer service: filters, who viewed a customer, chain result, export, roles."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.errors import PermissionDenied
from desktop.services.customers.records import CustomerService
from desktop.services.register.audit_view import AuditFilter, AuditViewer
from desktop.store import audit
from desktop.store.audit import Actor
from desktop.store.dialect import is_postgres
from tests.services.customers.conftest import World


def _viewer(world: World) -> AuditViewer:
    return AuditViewer(world.register, world.maija)


def test_filters_by_user_action_customer_and_date(world: World) -> None:
    CustomerService(world.register, world.maija).get(world.anna)
    CustomerService(world.register, world.ville).get(world.anna)
    CustomerService(world.register, world.ville).get(world.bertta)
    with world.register.write() as session:  # an old entry, a year ago
        audit.append(
            session,
            Actor(world.lukija.id, "lukija"),
            "customer_viewed",
            entity="customer",
            entity_id=world.anna,
            at=datetime.now() - timedelta(days=365),
        )
    viewer = _viewer(world)
    viewed_anna = viewer.viewers_of(world.anna)
    assert [line.username for line in viewed_anna] == ["lukija", "ville", "maija"]
    assert all(line.customer_number is not None for line in viewed_anna)
    by_ville = viewer.page(AuditFilter(user_id=world.ville.id, action="customer_viewed"))
    assert {line.entity_id for line in by_ville} == {str(world.anna), str(world.bertta)}
    today = date.today()
    recent = AuditFilter(customer_id=world.anna, since=today - timedelta(days=7), until=today)
    assert {line.username for line in viewer.page(recent) if line.action == "customer_viewed"} == {
        "maija",
        "ville",
    }
    old = AuditFilter(until=today - timedelta(days=300))
    assert [line.username for line in viewer.page(old)] == ["lukija"]
    assert viewer.count(AuditFilter(customer_id=world.anna)) == len(
        viewer.page(AuditFilter(customer_id=world.anna))
    )
    assert "customer_created" in viewer.actions()
    assert viewer.customer_id_of(viewed_anna[0].customer_number or 0) == world.anna


def test_paging_newest_first_without_gaps(world: World) -> None:
    viewer = _viewer(world)
    everything = [line.id for line in viewer.page(AuditFilter(), limit=1000)]
    assert everything == sorted(everything, reverse=True)
    walked: list[int] = []
    before = None
    while True:
        page = viewer.page(AuditFilter(), before, limit=3)
        walked.extend(line.id for line in page)
        if len(page) < 3:
            break
        before = page[-1].id
    assert walked == everything


def test_chain_result_intact_then_broken(world: World) -> None:
    viewer = _viewer(world)
    assert viewer.verify().ok
    with world.register.write() as session:
        on_table = " ON audit_log" if is_postgres(session) else ""  # PostgreSQL names the table
        session.execute(text(f"DROP TRIGGER audit_log_no_update{on_table}"))
        session.execute(text("UPDATE audit_log SET action = 'tampered' WHERE id = 3"))
    result = viewer.verify()
    assert not result.ok and result.first_broken_id == 3


def test_export_holds_the_filtered_view_and_is_audited(world: World, tmp_path: Path) -> None:
    CustomerService(world.register, world.ville).get(world.anna)
    target = tmp_path / "loki.csv"
    headers = ["When", "Who", "What", "Action", "Record", "Id", "Customer", "Fields"]
    count = _viewer(world).export_csv(
        AuditFilter(customer_id=world.anna), target, headers, lambda a: a.upper()
    )
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == headers and len(rows) == count + 2
    assert rows[-1][0] == "kirjuri-audit-anchor" and int(rows[-1][1]) > count  # the whole chain
    assert {row[5] for row in rows[1:-1]} == {str(world.anna)}
    assert "CUSTOMER_VIEWED" in {row[2] for row in rows[1:-1]}
    raw = target.read_text("utf-8-sig")
    assert "Anna" not in raw and "anna.asiakas@example.fi" not in raw  # no values
    last = _viewer(world).page(AuditFilter(action="audit_exported"))
    assert last and last[0].fields == ("customer_id",)


@pytest.mark.parametrize("who", ["ville", "lukija"])
def test_clerk_and_reader_are_refused(world: World, who: str, tmp_path: Path) -> None:
    viewer = AuditViewer(world.register, getattr(world, who))
    for call in (
        viewer.verify,
        viewer.users,
        lambda: viewer.page(AuditFilter()),
        lambda: viewer.viewers_of(world.anna),
        lambda: viewer.export_csv(AuditFilter(), tmp_path / "x.csv", ["a"]),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "x.csv").exists()
