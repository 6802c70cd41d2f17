"""Register description versions, the statement of any version, and the record of which version
a customer was given."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.core.customer_form import CustomerForm
from desktop.core.handouts import HandoutMethod
from desktop.core.register_description import Recipient
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.statement.description import NoSuchVersion
from desktop.store import audit
from tests.registers import PASSWORDS


def services_for(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


def test_versions_keep_their_text_and_date(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    template = maija.descriptions.saved()
    assert template.version == 0 and "Kahvila Meikäläinen" in template.description.register_name
    first = maija.descriptions.save(template.description)
    second = maija.descriptions.save(replace(template.description, retention="Viisi vuotta."))
    assert (first, second) == (1, 2)
    assert maija.descriptions.saved(1).description.retention != "Viisi vuotta."
    assert maija.descriptions.saved().description.retention == "Viisi vuotta."
    assert maija.descriptions.saved(2).updated_on == date.today()
    with pytest.raises(NoSuchVersion):
        maija.descriptions.saved(7)
    old = maija.descriptions.statement("fi", "html", 1).decode()
    assert "Viisi vuotta." not in old and "Versio 1" in old


def test_validation_names_each_field_and_saves_nothing(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    bad = replace(
        maija.descriptions.current(),
        purposes=" ",
        recipients=(Recipient("", "USA", ""), Recipient("Cloud Inc", "US", "Hosting")),
    )
    with pytest.raises(ValidationError) as refused:
        maija.descriptions.save(bad)
    assert set(refused.value.fields) == {
        "purposes",
        "recipients.0.name",
        "recipients.0.country",
        "recipients.0.function",
        "recipients.1.safeguard",  # outside the EEA: a safeguard is needed
    }
    assert maija.descriptions.versions() == []


def test_translations_feed_the_access_reply_language(gate: Gate) -> None:
    from desktop.services.rights.access import art15_information

    maija = services_for(gate, "maija")
    description = maija.descriptions.current()
    assert "Sopimus" in art15_information(description, "fi")["legal_bases"]
    assert "Avtal" in art15_information(description, "sv")["legal_bases"]
    assert "by visiting us" in art15_information(description, "en")["rights"]


def test_handouts_are_recorded_with_the_version_and_only_by_staff(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    customer = maija.customers.create(CustomerForm(first_name="Aino", last_name="Asiakas"))
    maija.descriptions.save(maija.descriptions.current())
    row = maija.handouts.record(
        customer.id, given_on=date.today(), method=HandoutMethod.EMAILED, language="en"
    )
    assert (row.description_version, row.method, row.recorded_by) == (1, "emailed", "maija")
    with pytest.raises(ValidationError) as refused:
        maija.handouts.record(
            customer.id,
            given_on=date.today() + timedelta(days=1),
            method=HandoutMethod.MAILED,
            language="fi",
        )
    assert set(refused.value.fields) == {"given_on"}
    assert len(maija.handouts.for_customer(customer.id)) == 1
    with gate.register.read() as session:
        actions = [e.action for e in audit.entries_for(session, "customer", customer.id)]
    assert "statement_given" in actions

    reader = services_for(gate, "lukija")
    assert reader.handouts.for_customer(customer.id)[0].language == "en"
    with pytest.raises(PermissionDenied):
        reader.handouts.record(
            customer.id, given_on=date.today(), method=HandoutMethod.MAILED, language="fi"
        )


def test_swedish_statement_refused_until_translated_or_finnish_chosen(gate: Gate) -> None:
    from desktop.services.statement.description import NotTranslated

    maija = services_for(gate, "maija")
    template = maija.descriptions.current()
    maija.descriptions.save(template)
    assert b"Dataskyddsbeskrivning" in maija.descriptions.statement("sv", "html")
    own = "Käytämme Google Analyticsia."
    maija.descriptions.save(replace(template, cookies=own))
    for lang in ("sv", "en"):
        with pytest.raises(NotTranslated) as refused:
            maija.descriptions.statement(lang, "pdf")
        assert refused.value.params["count"] == 1
    assert own in maija.descriptions.statement("fi", "html").decode()
    # Chosen: the Finnish text is printed, marked as Finnish.
    fallback = replace(template, cookies=own, finnish_fallback=True)
    maija.descriptions.save(fallback)
    html = maija.descriptions.statement("sv", "html").decode()
    assert own in html and '<div lang="fi">' in html
    # Translated: the Swedish text, current.
    translated = replace(
        template,
        cookies=own,
        translations={**template.translations, "sv.cookies": "Vi använder Google Analytics."},
    ).mark_checked("sv")
    maija.descriptions.save(translated)
    html = maija.descriptions.statement("sv", "html").decode()
    assert "Vi använder Google Analytics." in html and own not in html
    with pytest.raises(NotTranslated):
        maija.descriptions.statement("en", "html")


def test_reading_an_existing_statement_is_for_the_main_user_and_saves_nothing(
    gate: Gate, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    maija = services_for(gate, "maija")
    path = tmp_path / "seloste.txt"
    path.write_text("1. Rekisterinpitäjä\nKukkakauppa\n\n2. Evästeet\nEi evästeitä.\n")
    preview = maija.descriptions.read_statement(path)
    assert [s.topic for s in preview.imported.sections] == ["controller_contact", "cookies"]
    assert "Ei evästeitä." in preview.paragraphs
    assert maija.descriptions.read_statement_text("OIKEUDET\nTarkastusoikeus.").imported.sections
    assert maija.descriptions.versions() == []
    with pytest.raises(PermissionDenied):
        services_for(gate, "ville").descriptions.read_statement(path)
    path.unlink()
