"""Merged and split sections saved in a real register and published; the Finnish text a translation
was made from kept through a save, so an out-of-date translation can be compared with it later."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.register_description import Currency, ExtraSection
from desktop.core.statement_sections import merge_with_next, split_section, translated_from_text
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.statement.description import NotTranslated
from tests.registers import PASSWORDS


def services_for(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


def test_the_translated_finnish_survives_a_save(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    template = maija.descriptions.current()
    old = template.retention
    maija.descriptions.save(replace(template, retention="Tietoja säilytetään kolme vuotta."))
    saved = maija.descriptions.saved().description
    assert saved.currency("sv", "retention") == Currency.STALE
    assert translated_from_text(saved, "sv", "retention") == old
    # Checked in Swedish: it now translates the new Finnish, and that is what is kept.
    maija.descriptions.save(saved.mark_checked("sv"))
    again = maija.descriptions.saved().description
    assert translated_from_text(again, "sv", "retention") == "Tietoja säilytetään kolme vuotta."
    assert translated_from_text(again, "en", "retention") == old  # English not checked


def test_merged_own_sections_are_published_as_one(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    base = maija.descriptions.current()
    analytics = ExtraSection(
        heading={"fi": "Analytiikka", "sv": "Analys"},
        text={"fi": "Käytämme Matomoa.", "sv": "Vi använder Matomo."},
        topic="cookies",
    )
    newsletter = ExtraSection(
        heading={"fi": "Uutiskirje", "sv": "Nyhetsbrev"},
        text={"fi": "Tilaajille kerran kuussa.", "sv": "Till prenumeranter en gång i månaden."},
    )
    description = replace(
        base, extra_sections=(analytics, newsletter), order=("purposes", "extra.0", "extra.1")
    )
    description = description.mark_checked("sv")
    maija.descriptions.save(description)
    assert "Vi använder Matomo." in maija.descriptions.statement("sv", "html").decode()
    merged = merge_with_next(description, "extra.0")
    maija.descriptions.save(merged)
    html = maija.descriptions.statement("fi", "html").decode()
    assert "Analytiikka" in html and "Uutiskirje" not in html
    assert html.index("Käytämme Matomoa.") < html.index("Tilaajille kerran kuussa.")
    # The Swedish of the merged section was never read against the joined Finnish.
    with pytest.raises(NotTranslated):
        maija.descriptions.statement("sv", "html")
    maija.descriptions.save(replace(merged, finnish_fallback=True))
    swedish = maija.descriptions.statement("sv", "html").decode()
    assert "Vi använder Matomo." not in swedish  # no out-of-date translation printed
    assert "Till prenumeranter" not in swedish
    assert '<div lang="fi">' in swedish and "Tilaajille kerran kuussa." in swedish


def test_a_split_section_is_published_in_two_in_place(gate: Gate) -> None:
    maija = services_for(gate, "maija")
    base = replace(
        maija.descriptions.current(),
        purposes="Tilausten toimitus.\nLaskutus.\nSuoramarkkinointi kanta-asiakkaille.",
    )
    split = split_section(base, "purposes", 2, "Markkinointi")
    maija.descriptions.save(split)
    saved = maija.descriptions.saved().description
    assert saved.purposes == "Tilausten toimitus.\nLaskutus."
    assert saved.extra_sections[0].topic == "purposes"
    html = maija.descriptions.statement("fi", "html").decode()
    start = html.index("Tilausten toimitus.")
    assert start < html.index("Markkinointi") < html.index("Suoramarkkinointi kanta-asiakkaille.")
    assert html.index("Suoramarkkinointi kanta-asiakkaille.") < html.index(
        "Käsittelyn oikeusperusteet"
    )
