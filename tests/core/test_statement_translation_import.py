"""A Swedish or English statement matched, section by section in order, to the sections of the
Finnish statement that have text of their own; refused when they do not pair up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.register_description import (
    Currency,
    ExtraSection,
    RegisterDescription,
    default_description,
)
from desktop.core.statement_import import blocks_from_text, split_statement, to_description
from desktop.core.statement_translation_import import as_translation, printed_keys
from desktop.documents.statement import build_statement

FINNISH = """Tietosuojaseloste

1. Rekisterinpitäjä
Kukkakauppa Oy, Kauppakatu 1, Turku

2. Käyttötarkoitus
Tilaukset.

3. Säilytysaika
Tilaukset kuusi vuotta.

4. Muutokset
Muutoksista kerrotaan sivuillamme.
"""
SWEDISH = """Dataskyddsbeskrivning

1. Personuppgiftsansvarig
Blomsterhandeln Ab, Handelsgatan 1, Åbo

2. Ändamål
Beställningar.

3. Lagringstid
Beställningar i sex år.

4. Ändringar
Om ändringar berättar vi på vår webbplats.
"""


def finnish() -> RegisterDescription:
    imported = split_statement(blocks_from_text(FINNISH))
    return to_description(imported, default_description("Kukkakauppa Oy"))


def test_the_swedish_texts_go_to_their_sections_and_are_current() -> None:
    base = finnish()
    assert printed_keys(base) == ["controller_contact", "purposes", "retention", "extra.0"]
    # No recipients text of the business's own: Kirjuri's sentence, in every language.
    assert len(build_statement(base, "fi", date.today()).sections) == 5
    swedish = as_translation(split_statement(blocks_from_text(SWEDISH)), base, "sv")
    assert swedish is not None
    assert swedish.purposes == "Tilaukset."  # the Finnish stays
    assert swedish.text("purposes", "sv") == "Beställningar."
    assert swedish.heading("retention", "sv") == "Lagringstid"
    assert swedish.translations["sv.title"] == "Dataskyddsbeskrivning"
    assert swedish.extra_sections[0].in_language("sv") == (
        "Ändringar",
        "Om ändringar berättar vi på vår webbplats.",
    )
    status = swedish.translation_status("sv")
    assert status[Currency.MISSING] == [] and status[Currency.STALE] == []
    printed = build_statement(swedish, "sv", date.today())
    assert [s.heading for s in printed.sections][:3] == [
        "Personuppgiftsansvarig",
        "Ändamål",
        "Lagringstid",
    ]
    assert not any(section.lang for section in printed.sections)  # nothing printed in Finnish
    # The first change to the Finnish makes the Swedish out of date.
    changed = replace(swedish, purposes="Tilaukset ja uutiskirje.")
    assert changed.currency("sv", "purposes") == Currency.STALE


def test_sections_that_do_not_pair_up_are_not_matched() -> None:
    base = finnish()
    fewer = split_statement(blocks_from_text(SWEDISH.rsplit("\n4.", 1)[0]))
    assert as_translation(fewer, base, "sv") is None
    with_disclosures = replace(base, disclosures="Tiedot luovutetaan kirjanpitäjälle.")
    assert "recipients" in printed_keys(with_disclosures)
    assert (
        as_translation(split_statement(blocks_from_text(SWEDISH)), with_disclosures, "sv") is None
    )
    with pytest.raises(ValueError):
        as_translation(fewer, base, "fi")


def test_an_own_section_without_text_is_not_printed_nor_matched() -> None:
    base = finnish()
    empty = ExtraSection(heading={"fi": "Tyhjä"})
    assert printed_keys(replace(base, extra_sections=(*base.extra_sections, empty))) == (
        printed_keys(base)
    )
