"""The disclosure log (recipient, date, what, basis) and what it drives: Art. 19 notices only to
recipients the data actually went to, in their language; exports that name a recipient write
it; and the register description checked against the data before a letter or statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.disclosures import Basis, NewDisclosure, Source
from desktop.core.letters import LetterKind
from desktop.core.register_description import Recipient
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.customers.exporting import CustomerExporter
from desktop.services.customers.search import CustomerQuery
from desktop.services.disclosures.consistency import DescriptionDisagrees
from desktop.services.disclosures.log import DisclosureService
from desktop.services.letters.not_ready import LetterNotReady
from desktop.services.letters.service import LetterService
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.disclosure_models import Disclosure
from desktop.store.models import AuditEntry
from tests.services.rights.conftest import TODAY, World

PERINTA = NewDisclosure(
    "Perintä Ab", date(2026, 3, 2), "Laskun 2026-88 tiedot", Basis.CONTRACT, "SE"
)
LISTED = Recipient("Tilitoimisto Numero Oy", "FI", "Kirjanpito")
MAILCHIMP = Recipient("Mailchimp", "US", "Uutiskirje", safeguard="Vakiosopimuslausekkeet")


def _describe(world: World, *recipients: Recipient, transfers: str | None = None) -> None:
    service = RegisterDescriptionService(world.register, world.maija)
    current = service.current()
    changed = replace(current, recipients=recipients)
    if transfers is not None:
        translations = {k: v for k, v in current.translations.items() if "transfers" not in k}
        changed = replace(changed, transfers_outside_eea=transfers, translations=translations)
    service.save(changed)


def test_recording_checks_the_role_and_the_fields_and_is_audited(world: World) -> None:
    with pytest.raises(PermissionDenied):
        DisclosureService(world.register, world.lukija).record(world.anna, PERINTA)
    service = DisclosureService(world.register, world.ville)
    with pytest.raises(ValidationError) as problems:
        service.record(world.anna, replace(PERINTA, recipient="", what=" "))
    assert set(problems.value.fields) == {"recipient", "what"}
    row = service.record(world.anna, PERINTA)
    assert (row.recipient, row.language, row.basis, row.source) == (
        "Perintä Ab",
        "sv",  # a recipient in Sweden is written to in Swedish
        Basis.CONTRACT,
        Source.RECORDED,
    )
    assert [r.id for r in service.for_customer(world.anna)] == [row.id]
    with world.register.read() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "disclosure_recorded" in actions


def test_notices_go_only_to_recipients_disclosed_to_in_their_language(world: World) -> None:
    _describe(world, LISTED)  # listed in the description, but never given this person's data
    world.rights().rectify(world.request, {"last_name": "Asiakas-Virta"})
    letters = LetterService(world.register, world.ville)
    assert letters.recipients(world.request) == []
    with pytest.raises(LetterNotReady):
        letters.create(world.request, LetterKind.RECIPIENT_NOTICE, today=TODAY)

    _describe(world, LISTED, Recipient("Perintä Ab", "SE", "Perintä"))
    DisclosureService(world.register, world.ville).record(world.anna, PERINTA)
    assert letters.recipients(world.request) == ["Perintä Ab"]
    with pytest.raises(LetterNotReady):  # the listed recipient that never had the data
        letters.create(
            world.request, LetterKind.RECIPIENT_NOTICE, recipient=LISTED.name, today=TODAY
        )
    notice = letters.create(
        world.request, LetterKind.RECIPIENT_NOTICE, recipient="perintä ab", today=TODAY
    )
    assert notice.recipient == "Perintä Ab"
    assert "artikel 19" in notice.text  # Swedish, the recipient's language, not the reply's


def test_an_export_that_names_a_recipient_writes_the_log(world: World, tmp_path: Path) -> None:
    exporter = CustomerExporter(world.register, world.maija)
    exporter.export(CustomerQuery(), tmp_path / "a.csv")  # no recipient named: no disclosure
    with world.register.read() as session:
        assert session.scalars(select(Disclosure)).all() == []
    sent = NewDisclosure("Postitus Oy", TODAY, "Nimi ja osoite", Basis.PROCESSOR, "FI")
    written = exporter.export(CustomerQuery(), tmp_path / "b.csv", disclosed_to=sent)
    with world.register.read() as session:
        rows = session.scalars(select(Disclosure)).all()
    assert written == len(rows) == 1
    assert (rows[0].customer_id, rows[0].recipient, rows[0].source) == (
        world.anna,
        "Postitus Oy",
        Source.EXPORT.value,
    )


def test_a_us_recipient_the_transfers_section_denies_blocks_drafting(world: World) -> None:
    _describe(world, MAILCHIMP)  # the template's transfers: "nothing leaves the EEA"
    letters = LetterService(world.register, world.ville)
    descriptions = RegisterDescriptionService(world.register, world.maija)
    with pytest.raises(DescriptionDisagrees) as blocked:
        letters.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    assert "Mailchimp" in blocked.value.text() and "EU/EEA" in blocked.value.text()
    with pytest.raises(DescriptionDisagrees):
        descriptions.statement("fi", "pdf")
    _describe(
        world,
        MAILCHIMP,
        transfers="Uutiskirjeen lähettää Mailchimp (Yhdysvallat) EU:n vakiolausekkein.",
    )
    assert letters.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    assert descriptions.statement("fi", "pdf").startswith(b"%PDF")


def test_a_disclosure_to_an_unlisted_recipient_is_flagged(world: World) -> None:
    _describe(world, LISTED)
    DisclosureService(world.register, world.ville).record(world.anna, PERINTA)
    found = RegisterDescriptionService(world.register, world.maija).findings()
    assert [(f.problem.value, f.subject, f.blocking) for f in found] == [
        ("unlisted_recipient", "Perintä Ab", False)
    ]
