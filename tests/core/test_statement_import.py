"""Splitting a statement the business already has into sections: the seed statements (plain
text, as pasted or taken from a PDF) and shapes written for the test; the source's order, its
headings, a topic for each, and every paragraph somewhere."""

from __future__ import annotations

from desktop.core.register_description import default_description, section_order
from desktop.core.statement_import import (
    SourceBlock,
    blocks_from_text,
    source_paragraphs,
    split_statement,
    suggest_topic,
    to_description,
)
from tests.documents.seed_statements import SEEDS, read_seed

SHAPES = """Asiakasrekisterin tietosuojaseloste
Päivitetty 3.2.2024

REKISTERINPITÄJÄ
Parturi Kampaamo Oy, Kauppakatu 2, 40100 Jyväskylä

Käyttötarkoitus: Ajanvaraus ja asiakkaan palveleminen.

SÄILYTYSAIKA
Tiedot säilytetään kaksi vuotta viimeisestä käynnistä.
- Ajanvaraukset
  • Peruutukset
1) Kirjanpito kuusi vuotta

Sivu 1 (2)

OIKEUDET
Sinulla on oikeus tarkastaa tietosi, ja pyynnön voi jättää
kirjallisesti liikkeessä.
"""


def test_headings_of_every_shape_topics_and_nothing_lost() -> None:
    blocks = blocks_from_text(SHAPES)
    imported = split_statement(blocks)
    assert imported.title == "Asiakasrekisterin tietosuojaseloste"
    assert imported.date_line == "Päivitetty 3.2.2024"
    headings = [(s.heading, s.topic) for s in imported.sections]
    assert headings == [
        ("REKISTERINPITÄJÄ", "controller_contact"),
        ("Käyttötarkoitus", "purposes"),
        ("SÄILYTYSAIKA", "retention"),
        ("OIKEUDET", "rights"),
    ]
    assert imported.sections[2].lines == [
        "Tiedot säilytetään kaksi vuotta viimeisestä käynnistä.",
        "- Ajanvaraukset",
        "  - Peruutukset",
        "1) Kirjanpito kuusi vuotta",
    ]
    # The line broken by the page's width is one sentence again.
    assert imported.sections[3].lines == [
        "Sinulla on oikeus tarkastaa tietosi, ja pyynnön voi jättää kirjallisesti liikkeessä."
    ]
    assert imported.unplaced == ["Sivu 1 (2)"]


def test_seed_statements_split_by_their_numbered_headings_in_order() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks = blocks_from_text(text)
        imported = split_statement(blocks)
        numbered = [section.heading for section in read_seed(path.name.split("_")[0]).sections]
        assert [s.heading for s in imported.sections] == numbered, path.name
        assert {s.topic for s in imported.sections} >= {"controller_contact", "purposes", "rights"}
        # Nothing lost: every paragraph is in the title, date line, introduction or a section.
        placed = " ".join(
            [imported.title, imported.date_line, *imported.introduction, *imported.unplaced]
            + [s.heading + " " + s.text for s in imported.sections]
        )
        for paragraph in source_paragraphs(blocks):
            words = paragraph.lstrip("-•–— ").split()
            tail = words[-3:] if len(words) > 3 else words[-1:]
            assert " ".join(tail) in placed, (path.name, paragraph)


def test_to_description_keeps_order_topics_and_drops_the_template() -> None:
    base = default_description("Parturi Kampaamo")
    imported = split_statement(blocks_from_text(SHAPES))
    imported.sections.append(
        imported.sections[0].__class__(
            "Rekisterinpitäjän edustaja", ["Maija"], "controller_contact"
        )
    )
    description = to_description(imported, base)
    assert description.title == "Asiakasrekisterin tietosuojaseloste"
    assert description.retention.startswith("Tiedot säilytetään")
    assert description.translations["fi.heading.retention"] == "SÄILYTYSAIKA"
    assert description.cookies == "" and description.security == ""  # no template story
    assert not [k for k in description.translations if not k.startswith("fi.")]
    assert description.extra_sections[0].topic == "controller_contact"
    assert section_order(description)[:5] == [
        "controller_contact",
        "purposes",
        "retention",
        "rights",
        "extra.0",
    ]


def test_explicit_headings_and_subheadings() -> None:
    blocks = [
        SourceBlock("title", "Tietosuojaseloste"),
        SourceBlock("heading", "Kenen tietoja käsittelemme"),
        SourceBlock("para", "Asiakkaiden."),
        SourceBlock("subheading", "Lisätiedot"),
        SourceBlock("number", "Ensimmäinen"),
        SourceBlock("heading", "Evästeet"),
        SourceBlock("strong", "Välttämättömät"),
    ]
    imported = split_statement(blocks)
    assert imported.title == "Tietosuojaseloste"
    assert [s.heading for s in imported.sections] == ["Kenen tietoja käsittelemme", "Evästeet"]
    assert imported.sections[0].lines == ["Asiakkaiden.", "## Lisätiedot", "1. Ensimmäinen"]
    assert imported.sections[1].lines == ["**Välttämättömät**"]
    assert suggest_topic("Evästeet") == "cookies"
    assert suggest_topic("Dataskyddsombud") == "dpo"
