"""Art. 20 portability export, Art. 21 and 7(3) prohibitions, Art. 18 restriction, closing a
request (the ID copy goes), request attachments, and who may do what."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.customer_fields import MARKETING_CHANNELS, ConsentKind, ConsentState
from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import RequestKind, RequestStatus
from desktop.errors import PermissionDenied, ReadOnlyLocation, UserError, ValidationError
from desktop.services.customers.attachments import AttachmentTypeNotAllowed
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.customers.suppression import MARKETING_BAN, SuppressionChecker
from desktop.services.letters.service import LetterService
from desktop.services.requests.attachments import RequestAttachmentService
from desktop.services.requests.log import RequestService
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request
from tests.services.rights.conftest import RECEIVED, World, log_request


def test_portability_zip_has_json_csvs_and_summary_and_its_hash_is_stored(
    world: World, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    result = world.rights().portability_export(world.request, stick)
    assert result.path == stick / "tietojen-siirto-2026-001.zip"  # the reply's language
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert [p.name for p in stick.iterdir()] == [result.path.name], "no temporary files left"
    with world.register.read() as session:
        request = session.get(Request, world.request)
        assert request is not None
        assert (request.portability_sha256, request.portability_file) == (
            result.sha256,
            result.path.name,
        )

    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        assert names == {
            "data.json",
            "customer.csv",
            "contacts.csv",
            "orders.csv",
            "consents.csv",
            "contact_history.csv",
            "summary.txt",
        }
        data = json.loads(archive.read("data.json").decode("utf-8"))
        contacts = archive.read("contacts.csv")
        summary = archive.read("summary.txt").decode("utf-8-sig")
        history = archive.read("contact_history.csv").decode("utf-8-sig")
    assert data["customer"]["first_name"] == "Anna" and "notes" not in data["customer"]
    assert "identity_code" not in data["customer"]
    assert len(data["addresses"]) == 1, "the imported address was not provided by her"
    assert len(data["orders"]) == 3 and data["orders"][0]["amount_eur"] == "300.00"
    assert len(data["contact_history"]) == 500 and len(data["consents"]) == 3
    assert contacts.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(contacts.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["type", "kind", "value"]
    assert ["email", "home", "anna.asiakas@example.fi"] in rows
    assert len(history.splitlines()) == 501
    assert "Siirrettävät tietosi" in summary and "2026-001" in summary and "data.json" in summary
    assert RequestService(world.register, world.ville).get(world.request).events[-1].action == (
        "portability_exported"
    )


def test_a_failed_write_leaves_no_file_under_the_final_name(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()

    def pulled_out(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", pulled_out)
    with pytest.raises(UserError):
        world.rights().portability_export(world.request, stick)
    monkeypatch.undo()
    assert list(stick.iterdir()) == []
    with world.register.read() as session:
        request = session.get(Request, world.request)
        assert request is not None and request.portability_sha256 == ""

    # A read-only stick (simulated: the tests may run as root, who can write anywhere).
    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ReadOnlyLocation):
        world.rights().portability_export(world.request, stick)
    monkeypatch.undo()
    with pytest.raises(UserError):
        world.rights().portability_export(world.request, tmp_path / "no such stick")
    assert list(stick.iterdir()) == []


def test_marketing_ban_is_absolute_and_names_the_request(world: World) -> None:
    rows = world.rights().ban_direct_marketing(world.request)
    expected = {*MARKETING_CHANNELS, ConsentKind.PROFILING, ConsentKind.NEWSLETTER}
    assert {r.kind for r in rows} == expected | {ConsentKind.PARTNER_DISCLOSURE}
    for row in rows:
        assert row.state is ConsentState.REFUSED
        assert row.source == "request" and row.evidence == "Request 2026-001"
        assert row.decided_on == RECEIVED.date()
    status = {
        s.kind: s for s in ConsentService(world.register, world.ville).current_consents(world.anna)
    }
    assert not any(status[kind].allowed for kind in MARKETING_CHANNELS)
    with world.register.read() as session:
        hits = SuppressionChecker(session).check(emails=["anna@tyo.example.fi"], phones=[])
        assert MARKETING_BAN in {h.reason for h in hits}
    allowed = CustomerQueries(world.register, world.ville).page(
        CustomerQuery(marketing_allowed_on=ConsentKind.MARKETING_POST)
    )
    assert world.anna not in [row.id for row in allowed]
    assert RequestService(world.register, world.ville).get(world.request).events[-1].action == (
        "marketing_banned"
    )


def test_objection_and_withdrawal(world: World) -> None:
    with pytest.raises(ValidationError):
        world.rights().object_to_processing(world.request, ())
    objected = world.rights().object_to_processing(world.request, (ConsentKind.PROFILING,))
    assert [(r.kind, r.state) for r in objected] == [(ConsentKind.PROFILING, ConsentState.REFUSED)]
    withdrawn = world.rights().withdraw_consent(world.request, (ConsentKind.MARKETING_EMAIL,))
    assert withdrawn[0].state is ConsentState.WITHDRAWN and withdrawn[0].source == "request"
    history = ConsentService(world.register, world.ville).history(world.anna)
    assert history[0].kind is ConsentKind.MARKETING_EMAIL, "added, nothing overwritten"
    assert len(history) == 5


def test_restriction_set_and_lifted_through_the_request(world: World) -> None:
    with pytest.raises(ValidationError):
        world.rights().restrict(world.request, " ")
    detail = world.rights().restrict(world.request, "Accuracy contested (Art. 18(1)(a))")
    assert detail.restricted and detail.restriction_reason.startswith("Accuracy")
    # Lifted only after the notice of Art. 18(3) has gone out and the wait has passed
    # (test_decisions_service.py): here the notice is sent and the wait is over.
    world.rights().plan_restriction_lift(world.request, "Osoite tarkistettu")
    letters = LetterService(world.register, world.ville)
    notice = letters.sign(letters.create(world.request, LetterKind.RESTRICTION_LIFT).row.id)
    letters.mark_sent(notice.id, date.today(), Delivery.LETTER)
    later = date.today() + timedelta(days=14)
    assert not world.rights().lift_restriction(world.request, today=later).restricted
    actions = [
        e.action for e in RequestService(world.register, world.ville).get(world.request).events
    ]
    assert actions[-1] == "restriction_lifted" and "restricted" in actions
    with world.register.read() as session:
        logged = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert logged[-1] == "restriction_lifted" and "restriction_set" in logged


def test_id_copy_is_deleted_when_the_request_closes(world: World, tmp_path: Path) -> None:
    scan = tmp_path / "kirje.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    passport = tmp_path / "passi.png"
    passport.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    attachments = RequestAttachmentService(world.register, world.ville)
    letter = attachments.add(world.request, scan)
    copy = attachments.add(world.request, passport, identity_document=True)
    assert copy.is_identity_document and attachments.read(letter.id).startswith(b"%PDF")
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ\x90\x00")
    with pytest.raises(AttachmentTypeNotAllowed):
        attachments.add(world.request, bad)
    with pytest.raises(PermissionDenied):
        RequestAttachmentService(world.register, world.lukija).add(world.request, scan)

    RequestService(world.register, world.ville).move(world.request, RequestStatus.ANSWERED)
    row = world.rights().close(world.request)
    assert row.status is RequestStatus.CLOSED
    assert [a.id for a in attachments.list(world.request)] == [letter.id]
    events = [
        e.action for e in RequestService(world.register, world.ville).get(world.request).events
    ]
    assert "identity_copy_deleted" in events and events[-2] == "status_closed"


def test_after_erasure_closing_removes_the_reply_address(world: World) -> None:
    world.rights().erase(world.request)
    RequestService(world.register, world.ville).move(world.request, RequestStatus.ANSWERED)
    world.rights().close(world.request)
    detail = RequestService(world.register, world.ville).get(world.request)
    assert detail.form.requester_address == "" and detail.row.requester == "Anna Asiakas"
    assert detail.row.diary_number == "2026-001" and detail.identity_method


def test_reader_may_read_but_not_act(world: World, tmp_path: Path) -> None:
    reader = world.rights(world.lukija)
    assert reader.rectifications(world.request) == []
    assert reader.erasure_preview(world.request).deleted["contact_events"] == 500
    for act in (
        lambda: reader.ban_direct_marketing(world.request),
        lambda: reader.withdraw_consent(world.request, (ConsentKind.NEWSLETTER,)),
        lambda: reader.restrict(world.request, "x"),
        lambda: reader.portability_export(world.request, tmp_path),
        lambda: reader.close(world.request),
    ):
        with pytest.raises(PermissionDenied):
            act()


def test_customers_with_open_requests_filter(world: World) -> None:
    queries = CustomerQueries(world.register, world.ville)
    assert [r.id for r in queries.page(CustomerQuery(has_open_requests=True))] == [world.anna]
    assert queries.page(CustomerQuery(has_open_requests=False)) == []
    RequestService(world.register, world.ville).move(
        world.request, RequestStatus.REFUSED, note="Unfounded"
    )
    assert queries.count(CustomerQuery(has_open_requests=True)) == 0
    log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    assert queries.count(CustomerQuery(has_open_requests=True)) == 1
