"""Warnings before publishing: analytics named and tracking denied, order or invoice data kept for
less than the Accounting Act's periods, a recipient abroad and a transfers section saying none —
in Finnish, Swedish and English phrasings, and none for the templates or the seed statements."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.register_description import (
    ExtraSection,
    Recipient,
    default_description,
)
from desktop.core.statement_checklist import (
    NO_TRANSFERS_BUT_ABROAD,
    SHORT_RETENTION,
    TRACKING_DENIED,
    WARNING,
    checklist,
)
from desktop.core.statement_contradictions import (
    SectionText,
    short_retention,
    tracking_contradiction,
)
from desktop.core.statement_import import blocks_from_text, split_statement, to_description

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
if not SEEDS.is_dir():  # a worktree under /work/wt
    SEEDS = Path("/work/shared/seeds")


def sections(*pairs: tuple[str, str]) -> list[SectionText]:
    return [SectionText(name, name, text) for name, text in pairs]


@pytest.mark.parametrize(
    ("named", "denied"),
    [
        ("Käytämme Google Analyticsia kävijämäärien seurantaan.", "Emme käytä kävijäseurantaa."),
        ("Sivustolla on Matomo-analytiikka.", "Sivustolla ei seurantaa."),
        ("Verkkosivuilla käytetään seurantaevästeitä.", "Kävijäseurantaa ei käytetä."),
        ("Vi använder Google Analytics på webbplatsen.", "Vi använder ingen besöksspårning."),
        ("Webbplatsen har Meta Pixel.", "Vi spårar inte besökare."),
        ("We use Google Analytics to count visitors.", "We use no visitor tracking."),
        ("The site uses tracking cookies from Hotjar.", "We do not track you."),
    ],
)
def test_analytics_named_and_tracking_denied(named: str, denied: str) -> None:
    found = tracking_contradiction(sections(("cookies", named), ("purposes", denied)))
    assert found == ("cookies", "purposes")
    assert tracking_contradiction(sections(("cookies", named))) is None
    assert tracking_contradiction(sections(("purposes", denied))) is None


def test_tracking_conditions_and_unrelated_follow_up_are_not_denials() -> None:
    named = ("cookies", "Käytämme Google Analyticsia.")
    for text in (
        "Emme käytä kävijäseurantaa ilman suostumustasi.",
        "We do not use tracking without your consent.",
        "Markkinointiviestinnän toteuttaminen ja seuranta.",  # following up mail is no tracking
    ):
        assert tracking_contradiction(sections(named, ("cookies2", text))) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Tilaustiedot säilytetään 2 vuotta.", "2 vuotta"),
        ("Laskut ja kuitit säilytetään kolme vuotta.", "kolme vuotta"),
        ("Asiakastiedot 10 vuotta, laskut 24 kuukautta.", "24 kuukautta"),
        ("Kirjanpitoaineisto säilytetään viiden vuoden ajan.", "viiden vuoden"),
        ("Tilinpäätökset säilytetään 6 vuotta.", "6 vuotta"),  # the books need 10
        ("Fakturor sparas i två år.", "två år"),
        ("Bokslut och huvudbok sparas i 8 år.", "8 år"),
        ("Order and invoice data is kept for 3 years.", "3 years"),
        ("The books are kept for six years.", "six years"),
    ],
)
def test_order_and_invoice_data_kept_too_briefly(text: str, period: str) -> None:
    found = short_retention([SectionText("Säilytys", "retention", text)])
    assert found == ("Säilytys", period)


@pytest.mark.parametrize(
    "text",
    [
        "Tilaustiedot säilytetään 6 vuotta tilikauden päättymisestä.",
        "Kirjanpitokirjat 10 vuotta ja tositteet kuusi (6) vuotta.",
        "Asiakastiedot poistetaan 12 kuukauden kuluttua viimeisestä tilauksesta.",
        "Asiakastiedot 2 vuotta, laskut 6 vuotta.",
        "Fakturor sparas i sex år, bokföringen i tio år.",
        "Marketing data is kept for 2 years after the last order.",
        "We keep invoices for 6–10 years.",
        "Potentiaalisten asiakkaiden tiedot poistetaan yhden vuoden kuluttua.",
    ],
)
def test_periods_that_meet_the_act_or_are_not_about_accounting(text: str) -> None:
    assert short_retention([SectionText("retention", "retention", text)]) is None


def test_retention_outside_the_retention_sections_is_not_read() -> None:
    assert short_retention([SectionText("purposes", "purposes", "Laskut 2 vuotta.")]) is None


def warned(description) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {i.label: dict(i.params) for i in checklist(description) if i.state == WARNING}


def test_the_checklist_warns_and_names_the_sections() -> None:
    base = default_description("Kahvila Aurinko", website="https://aurinko.fi")
    own = ExtraSection(
        heading={"fi": "Analytiikka"},
        text={"fi": "Sivustolla käytetään Google Analyticsia."},
        topic="cookies",
    )
    description = replace(
        base,
        cookies="Emme käytä kävijäseurantaa.",
        retention=base.retention + "\nTilaushistoria säilytetään 2 vuotta.",
        extra_sections=(own,),
        order=("controller_contact", "extra.0"),
    )
    found = warned(description)
    assert found[TRACKING_DENIED] == {"named": "Analytiikka", "denied": "cookies"}
    assert found[SHORT_RETENTION] == {"section": "retention", "period": "2 vuotta"}


def test_a_swedish_translation_can_contradict_what_the_finnish_does_not() -> None:
    base = default_description("Kahvila Aurinko")
    assert SHORT_RETENTION not in warned(base)
    swedish = dict(base.translations)
    swedish["sv.retention"] = "Fakturor sparas i två år."
    marks = {**base.translated_from}
    from desktop.core.register_description import source_mark

    marks["sv.retention"] = source_mark(base.retention)
    changed = replace(base, translations=swedish, translated_from=marks)
    assert warned(changed)[SHORT_RETENTION]["period"] == "två år"


def test_a_recipient_abroad_and_any_transfers_section_saying_none() -> None:
    base = default_description("Kahvila Aurinko")
    cloud = Recipient("Cloud Inc", "US", "Palvelin", safeguard="Vakiolausekkeet")
    assert NO_TRANSFERS_BUT_ABROAD in warned(replace(base, recipients=(cloud,)))
    own_words = replace(
        base,
        recipients=(cloud,),
        transfers_outside_eea="Henkilötietoja ei siirretä EU:n ulkopuolelle.",
    )
    assert warned(own_words)[NO_TRANSFERS_BUT_ABROAD] == {"countries": "US"}
    named = replace(
        own_words,
        transfers_outside_eea="Tietoja siirretään Yhdysvaltoihin (US) vakiolausekkein.",
    )
    assert NO_TRANSFERS_BUT_ABROAD not in warned(named)
    assert NO_TRANSFERS_BUT_ABROAD not in warned(base)  # nobody abroad


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_contradiction_warning_for_the_templates(lang: str) -> None:
    template = default_description("Kahvila Aurinko", lang, website="https://aurinko.fi")
    found = warned(template)
    assert TRACKING_DENIED not in found and SHORT_RETENTION not in found


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed statements are not here")
def test_the_seed_statements_retention_is_not_flagged() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        imported = split_statement(blocks_from_text(seed.read_text(encoding="utf-8")))
        description = to_description(imported, default_description(""))
        assert SHORT_RETENTION not in warned(description), seed.name
