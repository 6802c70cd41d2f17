"""The dashboard's deadline lists inside a request's time: a refusal due in the first month of an
extended request (Art. 12(4)), and a restriction waiting out its notice before lifting (18(3))."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.deadlines import refusal_due
from desktop.core.decisions import Decision, Ground
from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import RequestKind
from desktop.services.letters.service import LetterService
from desktop.services.requests.dashboard import DashboardService
from tests.services.rights.conftest import RECEIVED, TODAY, World, log_request


def test_an_extended_undecided_request_shows_its_refusal_date(world: World) -> None:
    dashboard = DashboardService(world.register, world.ville)
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    assert request not in [r.id for r in dashboard.summary(TODAY).refusal_due.rows]
    world.requests().extend(request, "Paljon aineistoa", today=TODAY)
    due = refusal_due(RECEIVED.date())
    assert due == date(2026, 12, 21)  # 20.12. is a Sunday
    [row] = [r for r in dashboard.summary(TODAY).refusal_due.rows if r.id == request]
    assert row.due_on == due
    assert dashboard.summary(TODAY).refusal_due.count == 1
    # The day after, a refusal is late (the service asks why): the list no longer offers it.
    assert dashboard.summary(due + timedelta(days=1)).refusal_due.count == 0
    # Decided (here: granted in part): nothing left to refuse in time.
    world.rights().record_decision(
        request,
        RequestKind.ACCESS,
        Decision.PARTLY_GRANTED,
        Ground.OTHERS_RIGHTS,
        reasons="Toisen asiakkaan tietoja",
        today=TODAY,
    )
    assert dashboard.summary(TODAY).refusal_due.count == 0


def test_a_restriction_waits_out_its_notice_on_the_dashboard(world: World) -> None:
    dashboard = DashboardService(world.register, world.ville)
    rights = world.rights()
    request = log_request(world.register, world.ville, world.anna, (RequestKind.RESTRICTION,))
    rights.restrict(request, "Kiistää osoitteen")
    rights.plan_restriction_lift(request, "Osoite on tarkistettu")
    assert dashboard.summary(TODAY).lift_waiting.count == 0  # no notice sent yet
    letters = LetterService(world.register, world.ville)
    today = date.today()  # signing stamps the real day
    signed = letters.sign(letters.create(request, LetterKind.RESTRICTION_LIFT, today=today).row.id)
    letters.mark_sent(signed.id, today, Delivery.LETTER, today=today)
    earliest = today + timedelta(days=14)  # the default waiting period
    summary = dashboard.summary(today)
    assert [(r.id, r.due_on) for r in summary.lift_waiting.rows] == [(request, earliest)]
    rights.lift_restriction(request, today=earliest)
    assert dashboard.summary(earliest).lift_waiting.count == 0
