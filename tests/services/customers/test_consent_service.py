"""Consents and bans on a real encrypted register: history kept, latest wins, bans remembered."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.errors import ValidationError
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.records import CustomerNotFound
from desktop.services.customers.suppression import MARKETING_BAN, SuppressionChecker
from desktop.store.customer_models import SuppressionHash
from tests.services.customers.conftest import World, audit_actions

EMAIL, SMS, POST, PHONE = (
    ConsentKind.MARKETING_EMAIL,
    ConsentKind.MARKETING_SMS,
    ConsentKind.MARKETING_POST,
    ConsentKind.MARKETING_PHONE,
)
G, R, W = ConsentState.GRANTED, ConsentState.REFUSED, ConsentState.WITHDRAWN
DAY = date(2026, 1, 15)


def hashes(world: World) -> int:
    with world.register.read() as session:
        return int(session.scalar(select(func.count()).select_from(SuppressionHash)) or 0)


def test_history_is_kept_and_the_latest_wins(world: World) -> None:
    consents = ConsentService(world.register, world.ville)
    consents.record(world.anna, EMAIL, G, decided_on=DAY, source="web_form", evidence="lomake 12")
    consents.record(world.anna, EMAIL, W, decided_on=DAY + timedelta(days=1), source="customer")
    last = consents.record(world.anna, EMAIL, G, decided_on=DAY, source="customer")
    assert last.recorded_by == "ville" and last.state is G

    history = consents.history(world.anna)
    assert [row.state for row in history] == [G, W, G]  # newest first
    assert history[-1].evidence == "lomake 12" and history[-1].source == "web_form"
    assert history[0].id == last.id

    status = {s.kind: s for s in consents.current_consents(world.anna)}
    assert list(status) == list(ConsentKind)
    assert status[EMAIL].state is G and status[EMAIL].allowed and status[EMAIL].decided_on == DAY
    assert consents.history(world.bertta) == []
    assert audit_actions(world.register, world.anna).count("consent_recorded") == 3


def test_marketing_allowed_per_channel(world: World) -> None:
    consents = ConsentService(world.register, world.ville)
    fresh = {s.kind: s.allowed for s in consents.current_consents(world.bertta)}
    assert fresh[POST] and fresh[PHONE]  # opt-out: allowed until forbidden
    assert not fresh[EMAIL] and not fresh[SMS]  # opt-in: only with consent
    assert not fresh[ConsentKind.NEWSLETTER]

    consents.record(world.bertta, POST, R, decided_on=DAY, source="customer")
    consents.record(world.bertta, PHONE, W, decided_on=DAY, source="customer")
    consents.record(world.bertta, EMAIL, G, decided_on=DAY, source="customer")
    consents.record(world.bertta, SMS, G, decided_on=DAY, source="customer")
    consents.record(world.bertta, ConsentKind.REMINDERS, G, decided_on=DAY, source="customer")
    now = {s.kind: s.allowed for s in consents.current_consents(world.bertta)}
    assert not now[POST] and not now[PHONE]
    assert now[EMAIL] and now[SMS] and now[ConsentKind.REMINDERS]


def test_a_marketing_ban_remembers_the_contacts_as_hashes(world: World) -> None:
    consents = ConsentService(world.register, world.ville)
    consents.record(world.anna, EMAIL, G, decided_on=DAY, source="customer")
    consents.record(world.anna, ConsentKind.REMINDERS, R, decided_on=DAY, source="customer")
    assert hashes(world) == 0  # a consent, or a no to reminders, is no marketing ban

    consents.record(world.anna, ConsentKind.NEWSLETTER, W, decided_on=DAY, source="customer")
    assert hashes(world) == 2  # one email, one phone
    consents.record(world.anna, POST, R, decided_on=DAY, source="customer")
    assert hashes(world) == 2  # remembered once

    with world.register.read() as session:
        checker = SuppressionChecker(session)
        hits = checker.check(emails=["ANNA.Asiakas@Example.FI "], phones=["+358 40 1234567"])
        assert [(h.kind, h.reason) for h in hits] == [
            ("email", MARKETING_BAN),
            ("phone", MARKETING_BAN),
        ]
        assert checker.check(emails=["bertta@example.fi"], phones=[]) == []


def test_wrong_decisions_are_refused(world: World) -> None:
    consents = ConsentService(world.register, world.ville)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        consents.record(world.anna, EMAIL, G, decided_on=tomorrow, source="rumour")
    assert set(error.value.fields) == {"decided_on", "source"}
    with pytest.raises(ValidationError) as error:
        consents.record(world.anna, "shouting", "maybe", decided_on=DAY, source="customer")  # type: ignore[arg-type]
    assert set(error.value.fields) == {"kind", "state"}
    with pytest.raises(CustomerNotFound):
        consents.record(9999, EMAIL, G, decided_on=DAY, source="customer")
    with pytest.raises(CustomerNotFound):
        consents.current_consents(9999)
    assert consents.history(world.anna) == []
