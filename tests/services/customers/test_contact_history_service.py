"""Contact history: paged newest first off its index, counted, deleted, audited."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, text

from desktop.core.customer_fields import Channel
from desktop.errors import ValidationError
from desktop.services.customers.contact_history import ContactEventNotFound, ContactHistoryService
from desktop.services.customers.records import CustomerNotFound
from desktop.store.customer_models import ContactEvent
from desktop.store.dialect import is_postgres
from tests.services.customers.conftest import World, audit_actions

START = datetime(2026, 1, 1, 9, 0)


def test_add_page_count_delete(world: World) -> None:
    history = ContactHistoryService(world.register, world.ville)
    first = history.add(
        world.anna,
        occurred_at=START,
        channel=Channel.PHONE,
        summary="  Kysyi tarjousta  ",
        handled_by="Ville",
    )
    assert first.summary == "Kysyi tarjousta" and first.channel is Channel.PHONE
    later = history.add(
        world.anna,
        occurred_at=START + timedelta(days=2),
        channel=Channel.EMAIL,
        summary="Tarjous lähetetty",
        handled_by="Ville",
    )
    same_time = history.add(
        world.anna,
        occurred_at=START + timedelta(days=2),
        channel=Channel.VISIT,
        summary="Kävi myymälässä",
        handled_by="Maija",
    )
    assert [r.id for r in history.page(world.anna)] == [same_time.id, later.id, first.id]
    assert history.count(world.anna) == 3 and history.count(world.bertta) == 0

    history.delete(later.id)
    assert [r.id for r in history.page(world.anna)] == [same_time.id, first.id]
    with pytest.raises(ContactEventNotFound):
        history.delete(later.id)
    actions = audit_actions(world.register, world.anna)
    assert actions.count("contact_added") == 3 and actions.count("contact_deleted") == 1


def test_a_summary_is_required(world: World) -> None:
    history = ContactHistoryService(world.register, world.ville)
    with pytest.raises(ValidationError) as error:
        history.add(world.anna, occurred_at=START, channel=Channel.CHAT, summary=" ", handled_by="")
    assert set(error.value.fields) == {"summary"}
    with pytest.raises(ValidationError) as error:
        history.add(world.anna, occurred_at=START, channel="fax", summary="x", handled_by="")  # type: ignore[arg-type]
    assert set(error.value.fields) == {"channel"}
    with pytest.raises(CustomerNotFound):
        history.add(9999, occurred_at=START, channel=Channel.CHAT, summary="x", handled_by="")


def test_paging_600_events_is_newest_first_and_uses_the_index(world: World) -> None:
    # Bulk-inserted (the service is exercised above); 600 for Anna, some for Bertta between.
    rows = [
        {
            "customer_id": world.anna if i % 4 else world.bertta,
            "occurred_at": START + timedelta(hours=i),
            "channel": "phone",
            "summary": f"Tapahtuma {i}",
            "handled_by": "ville",
        }
        for i in range(800)
    ]
    with world.register.write() as session:
        session.execute(insert(ContactEvent), rows)
    history = ContactHistoryService(world.register, world.lukija)
    assert history.count(world.anna) == 600

    seen = []
    offset = 0
    while page := history.page(world.anna, offset=offset, limit=100):
        seen += page
        offset += len(page)
    assert len(seen) == 600 and len({r.id for r in seen}) == 600
    times = [r.occurred_at for r in seen]
    assert times == sorted(times, reverse=True)
    assert seen[0].summary == "Tapahtuma 799"

    with world.register.read() as session:
        if is_postgres(session):
            return  # its planner weighs 800 rows its own way; SQLite's plan is checked below
        plan = " ".join(
            str(row[-1])
            for row in session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM contact_events WHERE customer_id = :c "
                    "ORDER BY occurred_at DESC, id DESC LIMIT 100 OFFSET 100"
                ),
                {"c": world.anna},
            )
        )
    assert "ix_contact_customer_time" in plan
    assert "TEMP B-TREE" not in plan  # no sort: read in order straight from the index
