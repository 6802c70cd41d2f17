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


SECURITY_SV = """

5. Skydd av uppgifterna
{body}
"""


def with_security() -> RegisterDescription:
    """The Finnish statement with a security section of both parts, as the editor keeps it."""
    return replace(
        finnish(),
        security="Tiedot ovat salasanalla suojatussa ohjelmassa.\nVarmuuskopio salataan.",
        security_manual="Paperit lukitussa kaapissa.",
    )


def imported_security(body: str) -> RegisterDescription | None:
    source = SWEDISH + SECURITY_SV.format(body=body)
    return as_translation(split_statement(blocks_from_text(source)), with_security(), "sv")


def test_a_security_section_of_two_parts_is_shared_out_at_its_subheadings() -> None:
    assert printed_keys(with_security())[-1] == "security"
    swedish = imported_security(
        "5.1 Elektroniskt material\n\nI ett program skyddat med lösenord. Kopiorna krypteras.\n\n"
        "5.2 Manuellt material\n\nPapper i ett låst skåp."
    )
    assert swedish is not None
    assert (
        swedish.text("security", "sv") == "I ett program skyddat med lösenord. Kopiorna krypteras."
    )
    assert swedish.text("security_manual", "sv") == "Papper i ett låst skåp."
    assert swedish.translation_status("sv")[Currency.MISSING] == []
    section = build_statement(swedish, "sv", date.today()).sections[-1]
    assert section.heading == "Skydd av uppgifterna" and not section.lang  # in Swedish
    texts = [block.text for block in section.blocks]
    assert texts.index("Papper i ett låst skåp.") > texts.index(
        "I ett program skyddat med lösenord. Kopiorna krypteras."
    )
    assert not any("5.1" in text or "5.2" in text for text in texts)  # the labels replace them


def test_without_subheadings_the_paragraph_counts_share_it_out_or_nothing_is_guessed() -> None:
    swedish = imported_security(
        "I ett program skyddat med lösenord.\n\nKopiorna krypteras.\n\nPapper i ett låst skåp."
    )
    assert swedish is not None
    assert (
        swedish.text("security", "sv") == "I ett program skyddat med lösenord.\nKopiorna krypteras."
    )
    assert swedish.text("security_manual", "sv") == "Papper i ett låst skåp."
    # Two paragraphs for three: no guess; the manual part stays untranslated and is counted so.
    unsure = imported_security("Allt skyddas med lösenord.\n\nPapper i ett låst skåp.")
    assert unsure is not None
    assert (
        unsure.translations["sv.security"] == "Allt skyddas med lösenord.\nPapper i ett låst skåp."
    )
    assert unsure.translation_status("sv")[Currency.MISSING] == ["security_manual"]


def test_a_section_whose_finnish_is_in_its_second_part_takes_the_text_there() -> None:
    base = replace(finnish(), security_manual="Paperit lukitussa kaapissa.")
    source = SWEDISH + SECURITY_SV.format(body="Papper i ett låst skåp.")
    swedish = as_translation(split_statement(blocks_from_text(source)), base, "sv")
    assert swedish is not None
    assert swedish.text("security_manual", "sv") == "Papper i ett låst skåp."
    assert "sv.security" not in swedish.translations
    assert swedish.translation_status("sv")[Currency.MISSING] == []
