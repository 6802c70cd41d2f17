"""Splitting a statement the business already has into sections: the seed statements (plain
text, as pasted or taken from a PDF) and shapes written for the test; the source's order, its
headings, a topic for each, and every paragraph somewhere."""

from __future__ import annotations

from desktop.core.register_description import default_description, section_order
from desktop.core.statement_checklist import COVERED, MISSING, checklist
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


# The layout of the common Finnish template of the Henkilötietolaki (523/1999) 10 § years, as
# business statements written from it still read: numbered headings, "Nimi:" lines, A) and B)
# parts in the security section.
OLD_LAYOUT = """REKISTERISELOSTE
Henkilötietolaki (523/1999) 10 §
Laatimispäivämäärä 12.5.2016

1. Rekisterinpitäjä
Nimi: Kukka ja Kimpale Ky
Osoite: Rantatie 4, 70100 Kuopio

2. Yhteyshenkilö rekisteriä koskevissa asioissa
Nimi: Maija Kukkanen, puh. 040 123 4567

3. Rekisterin nimi
Kukka ja Kimpaleen asiakasrekisteri

4. Henkilötietojen käsittelyn tarkoitus
Asiakassuhteen hoitaminen ja tilausten toimittaminen.

5. Rekisterin tietosisältö
Nimi, osoite, puhelinnumero ja tilaushistoria.

6. Säännönmukaiset tietolähteet
Tiedot saadaan asiakkaalta itseltään.

7. Tietojen säännönmukaiset luovutukset
Tietoja ei luovuteta säännönmukaisesti.

8. Tietojen siirto EU:n tai ETA:n ulkopuolelle
Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

9. Rekisterin suojauksen periaatteet
A) Manuaalinen aineisto: säilytetään lukitussa kaapissa.
B) Sähköisesti tallennetut tiedot: suojattu salasanoin.
"""
OLD_TOPICS = [
    ("Rekisterinpitäjä", "controller_contact"),
    ("Yhteyshenkilö rekisteriä koskevissa asioissa", "contact_person"),
    ("Rekisterin nimi", "register_name"),
    ("Henkilötietojen käsittelyn tarkoitus", "purposes"),
    ("Rekisterin tietosisältö", "data_categories"),
    ("Säännönmukaiset tietolähteet", "sources"),
    ("Tietojen säännönmukaiset luovutukset", "recipients"),
    ("Tietojen siirto EU:n tai ETA:n ulkopuolelle", "transfers_outside_eea"),
    ("Rekisterin suojauksen periaatteet", "security"),
]


def test_the_old_henkilotietolaki_template_maps_its_topics_by_itself() -> None:
    imported = split_statement(blocks_from_text(OLD_LAYOUT))
    assert [(s.heading, s.topic) for s in imported.sections] == OLD_TOPICS
    assert imported.title == "REKISTERISELOSTE"
    assert not imported.unplaced
    # the security section keeps both of its parts, in order
    assert imported.sections[-1].lines[0].startswith("A) Manuaalinen aineisto")
    assert imported.sections[-1].lines[1].startswith("B) Sähköisesti")
    description = to_description(imported, default_description("Kukka ja Kimpale"))
    assert not description.extra_sections  # every section went to its own topic
    assert section_order(description)[: len(OLD_TOPICS)] == [topic for _, topic in OLD_TOPICS]
    assert description.contact_person.startswith("Nimi: Maija Kukkanen")
    assert description.translations["fi.heading.sources"] == "Säännönmukaiset tietolähteet"
    # The checklist finds each fact where the old layout put it, and names what the old law did
    # not ask for (legal basis, retention, rights) as missing.
    states = {item.label: item.state for item in checklist(description)}
    for label in (
        "Who the controller is, and how to reach them",
        "The purposes of processing",
        "Transfers outside the EU/EEA",
        "Where the data comes from",
    ):
        assert states[label] == COVERED, label
    for label in ("How long the data is kept", "The data subject's rights"):
        assert states[label] == MISSING, label


def test_the_other_wordings_of_the_old_headings() -> None:
    for heading, topic in [
        ("Rekisterin pitäjä", "controller_contact"),
        ("Rekisterinpitäjän yhteyshenkilö", "contact_person"),
        ("Rekisteriasioista vastaava henkilö", "contact_person"),
        ("Rekisterin käyttötarkoitus", "purposes"),
        ("Rekisterin pitämisen peruste", "legal_bases"),
        (
            "Kuvaus rekisteröityjen ryhmästä tai ryhmistä ja näihin liittyvistä tiedoista",
            "data_categories",
        ),
        ("Mihin tietoja säännönmukaisesti luovutetaan", "recipients"),
        ("Kuvaus rekisterin suojauksen periaatteista", "security"),
        ("Tarkastusoikeus", "rights"),
        ("Oikeus vaatia tiedon korjaamista", "rights"),
        ("Mistä tiedot saadaan", "sources"),
    ]:
        assert suggest_topic(heading) == topic, heading
