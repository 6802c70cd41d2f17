"""Art. 16 supplementary statements and Art. 21 prohibitions in the access reply.

A refused rectification offers the person to complete the data with a statement; when it
arrives it is recorded through the request (role check, one transaction, audit without the
text), kept with the customer, and printed in the access reply in the reply's language. The
lasting prohibitions (a direct-marketing ban, an upheld objection) are in the reply too."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from desktop.core.decisions import Decision, Ground
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.letters.service import LetterService
from desktop.services.rights.base import IdentityNotChecked
from desktop.store.customer_models import SupplementaryStatement
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request, RequestEvent
from tests.services.rights.conftest import TODAY, World, log_request
from tests.services.rights.letter_checks import pdf_text

STATEMENT = "Asun osoitteessa vain kesäisin; talvisin postini ohjataan Ouluun."


def _refused_rectification(world: World) -> int:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.RECTIFICATION,))
    rights = world.rights()
    rights.refuse_rectification(request, "addresses.0.street", "Kesäpolku 3", "Osoite on oikea")
    rights.record_decision(
        request,
        RequestKind.RECTIFICATION,
        Decision.REFUSED,
        Ground.DATA_ACCURATE,
        reasons="Osoite on tarkistettu väestötiedoista.",
        today=TODAY,
    )
    return request


def _statements(world: World) -> int:
    with world.register.read() as session:
        return session.scalar(select(func.count(SupplementaryStatement.id))) or 0


def _access_appendix(world: World, lang: str) -> str:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    with world.register.write() as session:
        session.execute(update(Request).where(Request.id == request).values(reply_language=lang))
    letters = LetterService(world.register, world.ville)
    letter = letters.create(request, LetterKind.ACCESS, today=TODAY)
    text = " ".join(pdf_text(letters.preview(letter.row.id, today=TODAY)).split())
    title = {"fi": "Liite 1:", "sv": "Bilaga 1:", "en": "Appendix 1:"}[lang]
    return text[text.index(title) :]


def test_a_statement_after_a_refused_rectification_is_kept_and_audited(world: World) -> None:
    request = _refused_rectification(world)
    rights = world.rights()
    row = rights.record_supplementary_statement(
        request,
        f"  {STATEMENT}\n",
        field="addresses.0.street",
        received_on=TODAY,
        today=TODAY,
    )  # the request is refused (no longer open): the statement comes after the reply
    assert (row.statement, row.field, row.received_on) == (STATEMENT, "addresses.0.street", TODAY)
    assert [r.statement for r in rights.supplementary_statements(world.anna)] == [STATEMENT]
    assert row.recorded_by == "ville"
    with world.register.read() as session:
        events = session.scalars(
            select(RequestEvent.action).where(RequestEvent.request_id == request)
        ).all()
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "supplementary_statement_recorded")
        ).all()
    assert "supplementary_statement_recorded" in events
    assert len(audit) == 1 and audit[0].entity_id == str(world.anna)
    assert "Ouluun" not in repr(vars(audit[0]))  # field names only, never the text
    # On screen too, in the reply's words (the request's reply language is Finnish).
    access = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    text = rights.extract_as_text(rights.access_extract(access, today=TODAY))
    assert f"24.11.2026 Osoite 1, katuosoite: {STATEMENT}" in text


def test_bad_statements_are_refused_and_nothing_is_written(world: World) -> None:
    request = _refused_rectification(world)
    rights = world.rights()
    cases = [
        ({"statement": "   "}, "statement"),
        ({"statement": "x" * 20_001}, "statement"),
        ({"statement": STATEMENT, "received_on": TODAY + timedelta(days=1)}, "received_on"),
        ({"statement": STATEMENT, "field": "password"}, "field"),
    ]
    for arguments, field in cases:
        statement = str(arguments.pop("statement"))
        with pytest.raises(ValidationError) as error:
            rights.record_supplementary_statement(
                request,
                statement,
                today=TODAY,
                **arguments,  # type: ignore[arg-type]
            )
        assert field in error.value.fields
    access = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    with pytest.raises(ValidationError) as error:
        rights.record_supplementary_statement(access, STATEMENT, today=TODAY)
    assert "statement" in error.value.fields
    unchecked = log_request(
        world.register, world.ville, world.anna, (RequestKind.RECTIFICATION,), checked=False
    )
    with pytest.raises(IdentityNotChecked):
        rights.record_supplementary_statement(unchecked, STATEMENT, today=TODAY)
    with pytest.raises(PermissionDenied):
        world.rights(world.lukija).record_supplementary_statement(request, STATEMENT, today=TODAY)
    assert _statements(world) == 0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fi",
            [
                "Antamasi täydentävät lausumat",
                "koskee tietoa: Osoite 1, katuosoite. Lausumasi: " + STATEMENT,
                "Mihin tietojasi ei enää käsitellä",
                "Suoramarkkinointi kaikissa kanavissa: kielletty 20.11.2026 alkaen pyynnöstäsi",
                "Asiakastyytyväisyyskyselyt: tietojasi ei käsitellä tähän tarkoitukseen "
                "20.11.2026 alkaen, koska vastustit käsittelyä",
            ],
        ),
        (
            "sv",
            [
                "Dina kompletterande uttalanden",
                "gäller uppgiften: Adress 1, gatuadress. Ditt uttalande: " + STATEMENT,
                "Vad dina uppgifter inte längre behandlas för",
                "Direktmarknadsföring i alla kanaler: förbjuden från och med den 20.11.2026",
                "Asiakastyytyväisyyskyselyt: dina uppgifter behandlas inte för detta ändamål",
            ],
        ),
        (
            "en",
            [
                "Your supplementary statements",
                "concerning: Address 1, street. Your statement: " + STATEMENT,
                "What your data is no longer processed for",
                "Direct marketing in every channel: prohibited from 20.11.2026",
                "Asiakastyytyväisyyskyselyt: your data is not processed for this purpose",
            ],
        ),
    ],
)
def test_the_access_reply_carries_statements_and_prohibitions(
    world: World, lang: str, expected: list[str]
) -> None:
    before = _access_appendix(world, lang)
    assert expected[1] not in before and expected[3] not in before
    request = _refused_rectification(world)
    world.rights().record_supplementary_statement(
        request, STATEMENT, field="addresses.0.street", today=TODAY
    )
    ban = log_request(world.register, world.ville, world.anna, (RequestKind.MARKETING_BAN,))
    world.rights().record_decision(ban, RequestKind.MARKETING_BAN, Decision.GRANTED, today=TODAY)
    objection = log_request(world.register, world.ville, world.anna, (RequestKind.OBJECTION,))
    world.rights().record_decision(
        objection,
        RequestKind.OBJECTION,
        Decision.GRANTED,
        purpose="Asiakastyytyväisyyskyselyt",
        today=TODAY,
    )
    appendix = _access_appendix(world, lang)
    for phrase in expected:
        assert phrase in appendix, phrase


def test_the_statement_goes_with_an_erasure(world: World) -> None:
    """The statement is the person's data: an erasure that anonymises the record takes it too."""
    request = _refused_rectification(world)
    world.rights().record_supplementary_statement(request, STATEMENT, today=TODAY)
    assert _statements(world) == 1
    erasure = log_request(world.register, world.ville, world.anna, (RequestKind.ERASURE,))
    assert world.rights().erasure_preview(erasure, today=TODAY).deleted["statements"] == 1
    world.rights().erase(erasure, today=date(2026, 11, 25))
    assert _statements(world) == 0
    letters = LetterService(world.register, world.ville)
    letter = letters.create(erasure, LetterKind.ERASURE_DONE, today=TODAY)
    assert "Täydentävät lausumat (1)" in letter.text  # the erasure letter names it
