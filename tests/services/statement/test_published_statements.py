"""Published statements kept as they went out: the bytes, their SHA-256, the description version
and the date the statement bears; opened again byte for byte; the first imported version keeps
the date written in its source. On both engines."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.statement.published import NoSuchPublication, PublicationDamaged
from desktop.store.models import AuditEntry
from desktop.store.statement_models import PublishedStatement
from tests.registers import PASSWORDS


def services_for(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


def test_each_publication_is_kept_byte_for_byte_once(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    template_pdf = maija.descriptions.statement("fi", "pdf")
    kept_template = maija.published.record(0, "fi", "pdf", template_pdf, "printed")
    assert (kept_template.description_version, kept_template.statement_date) == (0, date.today())

    first = maija.descriptions.save(maija.descriptions.current())
    second = maija.descriptions.save(
        replace(
            maija.descriptions.current(),
            retention="Asiakastiedot viisi vuotta.",
            finnish_fallback=True,  # the English statement prints that section in Finnish
        )
    )
    old_html = maija.descriptions.statement("sv", "html", first)
    new_pdf = maija.descriptions.statement("en", "pdf", second)
    kept_old = maija.published.record(first, "sv", "html", old_html, "saved")
    kept_new = maija.published.record(second, "en", "pdf", new_pdf, "command")
    again = maija.published.record(second, "en", "pdf", new_pdf, "saved")
    assert again.id == kept_new.id  # the same bytes published twice are kept once
    assert kept_new.sha256 == hashlib.sha256(new_pdf).hexdigest()
    assert kept_new.size == len(new_pdf) and kept_new.published_by == "maija"

    listed = maija.published.published()
    assert [row.id for row in listed] == [kept_new.id, kept_old.id, kept_template.id]
    assert [(r.description_version, r.language, r.format) for r in listed] == [
        (second, "en", "pdf"),
        (first, "sv", "html"),
        (0, "fi", "pdf"),
    ]
    assert maija.published.content(kept_old.id) == old_html
    assert maija.published.content(kept_new.id) == new_pdf
    assert maija.published.content(kept_template.id) == template_pdf
    with pytest.raises(NoSuchPublication):
        maija.published.content(9999)

    with gate.register.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "statement_published")
        ).all()
    assert len(actions) == 3


def test_a_kept_copy_changed_outside_kirjuri_is_refused(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    pdf = maija.descriptions.statement("fi", "pdf")
    kept = maija.published.record(0, "fi", "pdf", pdf, "saved")
    with gate.register.write() as session:
        session.execute(
            update(PublishedStatement)
            .where(PublishedStatement.id == kept.id)
            .values(content=pdf.replace(b"Tietosuojaseloste", b"Tietosuojaselost3", 1) + b" ")
        )
    with pytest.raises(PublicationDamaged):
        maija.published.content(kept.id)


def test_a_clerk_may_publish_and_read_back(gate: Gate) -> None:
    ville = services_for(gate, "ville")
    html = ville.descriptions.statement("fi", "html")
    kept = ville.published.record(0, "fi", "html", html, "saved")
    assert ville.published.content(kept.id) == html
    with pytest.raises(ValueError):
        ville.published.record(0, "de", "html", html, "saved")
    with pytest.raises(ValueError):  # only what Kirjuri makes: a PDF is a PDF
        ville.published.record(0, "fi", "pdf", html, "saved")
    assert [row.id for row in ville.published.published()] == [kept.id]


def test_the_first_imported_version_keeps_the_date_written_in_it(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    description = maija.descriptions.current()
    written = date(2019, 11, 18)
    first = maija.descriptions.save(description, written_on=written)
    assert maija.descriptions.saved(first).updated_on == written
    html = maija.descriptions.statement("fi", "html").decode()
    assert "18.11.2019" in html
    kept = maija.published.record(first, "fi", "html", html.encode(), "saved")
    assert kept.statement_date == written
    # A later import is a change made today: never older than the version it replaces.
    second = maija.descriptions.save(
        replace(description, retention="Kuusi vuotta."), written_on=written
    )
    assert maija.descriptions.saved(second).updated_on == date.today()


def test_a_date_in_the_future_is_not_kept(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    version = maija.descriptions.save(
        maija.descriptions.current(), written_on=date.today() + timedelta(days=3)
    )
    assert maija.descriptions.saved(version).updated_on == date.today()
