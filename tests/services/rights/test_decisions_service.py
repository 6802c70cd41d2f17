"""Recording decisions in the services: the table's checks, the status, the audit, the
deadlines of Art. 12(3)-(4), the identity check or the main user's override, the notice before
lifting a restriction, and the reply language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.decisions import Decision, Ground
from desktop.core.letters import Delivery, LetterKind, format_letter_date
from desktop.core.requests import (
    IdentityMethod,
    RequestChannel,
    RequestKind,
    RequestStatus,
    diary_number,
)
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.customers.records import CustomerService, RestrictedThroughRequest
from desktop.services.letters.sending import ExtensionNoticeLate
from desktop.services.letters.service import LetterService
from desktop.services.requests.dashboard import DashboardService
from desktop.services.requests.log import RequestForm, StatusMoveRefused
from desktop.services.rights.base import IdentityNotChecked
from desktop.services.rights.decisions import DecisionNotAllowed, NotErasedYet, RefusalLate
from desktop.services.rights.restriction import LiftNeedsNotice, LiftTooEarly
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request, RequestEvent
from tests.services.rights.conftest import RECEIVED, TODAY, World, log_request


def _events(world: World, request_id: int) -> list[tuple[str, str]]:
    with world.register.read() as session:
        return [
            (e.action, e.note)
            for e in session.scalars(
                select(RequestEvent).where(RequestEvent.request_id == request_id)
            )
        ]


def test_a_decision_outside_the_table_or_without_reasons_is_refused(world: World) -> None:
    rights = world.rights()
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    with pytest.raises(DecisionNotAllowed):
        rights.record_decision(request, RequestKind.ACCESS, Decision.REFUSED, Ground.LEGAL_CLAIMS)
    with pytest.raises(ValidationError) as problem:
        rights.record_decision(
            request, RequestKind.ACCESS, Decision.PARTLY_GRANTED, Ground.OTHERS_RIGHTS
        )
    assert "reasons" in problem.value.fields
    with pytest.raises(PermissionDenied):
        world.rights(world.lukija).record_decision(request, RequestKind.ACCESS, Decision.GRANTED)


def test_partial_access_answers_and_refusal_refuses(world: World) -> None:
    rights = world.rights()
    request = log_request(
        world.register, world.ville, world.anna, (RequestKind.ACCESS, RequestKind.ERASURE)
    )
    row = rights.record_decision(
        request,
        RequestKind.ACCESS,
        Decision.PARTLY_GRANTED,
        Ground.OTHERS_RIGHTS,
        reasons="Muistiinpanossa on toisen asiakkaan tietoja",
        today=TODAY,
    )
    assert row.remedies and row.letter is LetterKind.ACCESS
    assert world.requests().get(request).row.status is RequestStatus.IN_PROGRESS  # erasure open
    rights.record_decision(
        request,
        RequestKind.ERASURE,
        Decision.REFUSED,
        Ground.LEGAL_CLAIMS,
        reasons="Riita-asia on vireillä",
        today=TODAY,
    )
    assert world.requests().get(request).row.status is RequestStatus.ANSWERED
    assert ("decision_recorded", "erasure refused 17_3_e") in _events(world, request)
    assert [d.kind for d in rights.decisions(request)] == [RequestKind.ACCESS, RequestKind.ERASURE]


def test_granted_erasure_needs_the_erasure_done(world: World) -> None:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ERASURE,))
    with pytest.raises(NotErasedYet):
        world.rights().record_decision(request, RequestKind.ERASURE, Decision.GRANTED)


def test_refusal_is_due_within_one_month_also_after_an_extension(world: World) -> None:
    rights = world.rights()
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    world.requests().extend(request, "Paljon aineistoa", today=TODAY)
    late = date(2027, 1, 15)  # within the extended time, past the first month
    with pytest.raises(RefusalLate) as problem:
        rights.record_decision(
            request,
            RequestKind.ACCESS,
            Decision.REFUSED,
            Ground.EXCESSIVE,
            reasons="Kolmas sama pyyntö",
            today=late,
        )
    assert "21.12.2026" in problem.value.text()
    rights.record_decision(
        request,
        RequestKind.ACCESS,
        Decision.REFUSED,
        Ground.EXCESSIVE,
        reasons="Kolmas sama pyyntö",
        late_reason="Käsittelijä sairastui",
        today=late,
    )
    assert ("refusal_late", "Käsittelijä sairastui") in _events(world, request)
    assert world.requests().get(request).row.status is RequestStatus.REFUSED


def test_extension_notice_sent_in_the_second_month_is_refused(world: World) -> None:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    world.requests().extend(request, "Paljon aineistoa", today=TODAY)
    summary = DashboardService(world.register, world.ville).summary(today=TODAY)
    notice = [r for r in summary.extension_notice_due.rows if r.id == request]
    assert notice and notice[0].due_on == date(2026, 12, 21)  # the first month, not 20.2.2027
    letters = LetterService(world.register, world.ville)
    signed = letters.sign(letters.create(request, LetterKind.EXTENSION, today=TODAY).row.id)
    with pytest.raises(ExtensionNoticeLate):
        letters.mark_sent(signed.id, date(2026, 12, 22), Delivery.LETTER, today=date(2026, 12, 22))
    letters.mark_sent(signed.id, date(2026, 12, 21), Delivery.LETTER, today=date(2026, 12, 22))
    summary = DashboardService(world.register, world.ville).summary(today=TODAY)
    assert request not in [r.id for r in summary.extension_notice_due.rows]


def test_data_changes_need_the_identity_or_the_main_users_override(world: World) -> None:
    request = log_request(
        world.register, world.ville, world.anna, (RequestKind.RESTRICTION,), checked=False
    )
    with pytest.raises(IdentityNotChecked):
        world.rights().restrict(request, "Kiistää tiedot")
    with pytest.raises(IdentityNotChecked):
        world.rights().record_decision(request, RequestKind.RESTRICTION, Decision.GRANTED)
    with pytest.raises(PermissionDenied):
        world.rights().override_identity_check(request, "Tunnen asiakkaan")
    with pytest.raises(StatusMoveRefused):
        world.requests().record_identity_check(request, IdentityMethod.MAIN_USER_OVERRIDE)
    world.rights(world.maija).override_identity_check(request, "Asiakas soitti, tunnen äänen")
    world.rights().restrict(request, "Kiistää tiedot")
    assert ("identity_check_overridden", "Asiakas soitti, tunnen äänen") in _events(world, request)
    with world.register.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "request_identity_overridden" in actions


def test_restriction_is_lifted_only_after_the_notice_and_the_wait(world: World) -> None:
    rights = world.rights()
    request = log_request(world.register, world.ville, world.anna, (RequestKind.RESTRICTION,))
    rights.restrict(request, "Kiistää osoitteen")
    with pytest.raises(LiftNeedsNotice):
        rights.lift_restriction(request, today=TODAY)
    with pytest.raises(RestrictedThroughRequest):  # not around the notice from the customer card
        CustomerService(world.register, world.ville).lift_restriction(world.anna)
    rights.plan_restriction_lift(request, "Osoite on tarkistettu väestötietojärjestelmästä")
    letters = LetterService(world.register, world.ville)
    today = date.today()  # signing stamps the real day; the notice cannot be sent before it
    draft = letters.create(request, LetterKind.RESTRICTION_LIFT, today=today)
    earliest = today + timedelta(days=14)  # the default waiting period
    assert format_letter_date(earliest) in draft.text
    signed = letters.sign(draft.row.id, today=today)
    letters.mark_sent(signed.id, today, Delivery.LETTER, today=today)
    with pytest.raises(LiftTooEarly):
        rights.lift_restriction(request, today=earliest - timedelta(days=1))
    assert rights.lift_restriction(request, today=earliest).restricted is False


def test_reply_language_follows_the_customer_unless_chosen(world: World) -> None:
    customers = CustomerService(world.register, world.ville)
    form = customers.get(world.anna).form
    customers.update(world.anna, replace(form, language="sv"))
    row = world.requests().log(
        RequestForm(RECEIVED, RequestChannel.LETTER, (RequestKind.ACCESS,), world.anna),
        today=TODAY,
    )
    stranger = world.requests().log(
        RequestForm(
            RECEIVED,
            RequestChannel.LETTER,
            (RequestKind.ACCESS,),
            requester_name="Sven Svensson",
            reply_language="en",
        ),
        today=TODAY,
    )
    chosen = world.requests().log(
        RequestForm(
            RECEIVED, RequestChannel.LETTER, (RequestKind.ACCESS,), world.anna, reply_language="en"
        ),
        today=TODAY,
    )
    with world.register.read() as session:
        assert session.get(Request, row.id).reply_language == "sv"
        assert session.get(Request, chosen.id).reply_language == "en"
        assert session.get(Request, stranger.id).reply_language == "en"


def test_an_upheld_objection_prohibits_processing_for_its_purpose_for_good(world: World) -> None:
    """Art. 21(1): the objection granted, processing for the purpose stops; the prohibition
    is kept on the customer (their consents and bans), audited, and survives closing."""
    from desktop.services.customers.consents import ConsentService

    request = log_request(world.register, world.ville, world.anna, (RequestKind.OBJECTION,))
    consents = ConsentService(world.register, world.ville)
    assert consents.prohibitions(world.anna) == []
    world.rights().record_decision(
        request,
        RequestKind.OBJECTION,
        Decision.GRANTED,
        purpose="Asiakastyytyväisyyskyselyt",
        today=TODAY,
    )
    world.rights().close(request)
    rows = consents.prohibitions(world.anna)
    assert [(r.purpose, r.decided_on) for r in rows] == [
        ("Asiakastyytyväisyyskyselyt", RECEIVED.date())
    ]
    with world.register.read() as session:
        row = session.get(Request, request)
        assert row is not None
        assert rows[0].evidence == diary_number(row.diary_year, row.diary_sequence)
    assert rows[0].recorded_by == "ville"
    assert ("processing_prohibited", "Asiakastyytyväisyyskyselyt") in _events(world, request)
    with world.register.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "processing_prohibited" in actions


def test_objection_continued_or_refused_prohibits_nothing(world: World) -> None:
    from desktop.services.customers.consents import ConsentService

    request = log_request(world.register, world.ville, world.anna, (RequestKind.OBJECTION,))
    world.rights().record_decision(
        request,
        RequestKind.OBJECTION,
        Decision.CONTINUED,
        Ground.COMPELLING_GROUNDS,
        reasons="Takuuhuolto",
        purpose="Takuuhuollon yhteydenotot",
        today=TODAY,
    )
    assert ConsentService(world.register, world.ville).prohibitions(world.anna) == []
