"""Merging a section with the next one and splitting one in two; the Finnish text a translation
was made from, kept beside its fingerprint, and the words that changed since."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.description_json import from_json, to_json
from desktop.core.register_description import (
    Currency,
    ExtraSection,
    default_description,
    section_order,
)
from desktop.core.statement_sections import (
    SectionEditRefused,
    merge_with_next,
    paragraphs,
    split_section,
    translated_from_text,
    word_changes,
)


def own(heading: str, text: str, topic: str = "") -> ExtraSection:
    return ExtraSection(heading={"fi": heading}, text={"fi": text}, topic=topic)


def test_merging_two_own_sections_joins_bodies_keeps_first_heading_and_topic() -> None:
    base = default_description("Kahvila Aurinko")
    first = own("Analytiikka", "Käytämme Matomoa.")
    second = own("Evästeet", "Vain välttämättömät.", topic="cookies")
    description = replace(
        base,
        extra_sections=(first, second),
        order=("controller_contact", "extra.0", "extra.1", "purposes"),
    )
    merged = merge_with_next(description, "extra.0")
    assert len(merged.extra_sections) == 1
    section = merged.extra_sections[0]
    assert section.heading == {"fi": "Analytiikka"}
    assert section.text["fi"] == "Käytämme Matomoa.\nVain välttämättömät."
    assert section.topic == "cookies"  # the first had none: the second's is kept
    order = section_order(merged)
    assert order.index("extra.0") == order.index("controller_contact") + 1
    assert order[order.index("extra.0") + 1] == "purposes"
    assert description.extra_sections == (first, second)  # the earlier state untouched


def test_merging_a_standard_section_with_the_next_standard_one() -> None:
    base = replace(
        default_description("Kahvila Aurinko"),
        controller_contact="Kahvila Aurinko, Puistokatu 1, Turku",
        contact_person="Aino Aurinko, 040 123 4567",
    )
    base = base.mark_checked("sv").mark_checked("en")
    assert base.currency("sv", "contact_person") == Currency.CURRENT
    merged = merge_with_next(base, "controller_contact")  # the contact person follows
    both = base.controller_contact + "\n" + base.contact_person
    assert merged.controller_contact == both and merged.contact_person == ""
    assert "sv.contact_person" not in merged.translations  # nothing left to print under it
    assert base.translations["sv.contact_person"] in merged.translations["sv.controller_contact"]
    # Translations joined, never taken as read: out of date until checked.
    assert merged.currency("sv", "controller_contact") == Currency.STALE
    assert merged.currency("en", "controller_contact") == Currency.STALE
    assert merged.text("controller_contact", "sv") == merged.controller_contact
    # ... and what they were made from is the two old Finnish texts.
    assert translated_from_text(merged, "sv", "controller_contact") == both
    checked = merged.mark_checked("sv")
    assert checked.currency("sv", "controller_contact") == Currency.CURRENT


def test_merging_a_standard_section_with_an_own_one_after_it() -> None:
    base = default_description("Kahvila Aurinko")
    extra = own("Kanta-asiakkaat", "Kanta-asiakkaille lähetetään tarjouksia.", topic="purposes")
    description = replace(base, extra_sections=(extra,), order=("purposes", "extra.0"))
    merged = merge_with_next(description, "purposes")
    assert merged.extra_sections == ()
    assert merged.purposes.endswith("Kanta-asiakkaille lähetetään tarjouksia.")
    assert "extra.0" not in section_order(merged)


def test_recipients_and_the_last_section_cannot_be_merged() -> None:
    base = default_description("Kahvila Aurinko")
    with pytest.raises(SectionEditRefused):
        merge_with_next(base, "sources")  # the recipients table follows
    with pytest.raises(SectionEditRefused):
        merge_with_next(base, section_order(base)[-1])
    with pytest.raises(SectionEditRefused):  # the legal bases are a fact of their own
        merge_with_next(base, "purposes")


def test_splitting_at_a_paragraph_makes_a_new_section_right_after() -> None:
    base = default_description("Kahvila Aurinko")
    description = replace(
        base, purposes="Asiakassuhde.\n\n## Markkinointi\n- Uutiskirje\n- Tarjoukset"
    )
    assert paragraphs(description, "purposes")[1] == "## Markkinointi"
    split = split_section(description, "purposes", 1, "Suoramarkkinointi")
    assert split.purposes == "Asiakassuhde."
    new = split.extra_sections[0]
    assert new.heading == {"fi": "Suoramarkkinointi"} and new.topic == "purposes"
    assert new.text["fi"] == "## Markkinointi\n- Uutiskirje\n- Tarjoukset"
    order = section_order(split)
    assert order[order.index("purposes") + 1] == "extra.0"
    assert split.currency("sv", "purposes") == Currency.STALE  # its Finnish is shorter now
    assert new.currency("sv") == Currency.MISSING


def test_splitting_the_security_section_across_its_two_parts() -> None:
    base = replace(
        default_description("Kahvila Aurinko"),
        security="Salasana.\nVarmuuskopio.",
        security_manual="Lukittu kaappi.",
    )
    split = split_section(base, "security", 1, "Varmuuskopiot")
    assert split.security == "Salasana." and split.security_manual == ""
    assert split.extra_sections[0].text["fi"] == "Varmuuskopio.\nLukittu kaappi."


def test_a_split_without_heading_or_place_is_refused() -> None:
    base = replace(default_description("Kahvila Aurinko"), purposes="Yksi.\nKaksi.")
    with pytest.raises(SectionEditRefused):
        split_section(base, "purposes", 1, "  ")
    for line in (0, 2):
        with pytest.raises(SectionEditRefused):
            split_section(base, "purposes", line, "Otsikko")


def test_the_finnish_text_translated_is_kept_and_the_changed_words_found() -> None:
    base = default_description("Kahvila Aurinko")
    assert translated_from_text(base, "sv", "purposes") == base.purposes
    edited = replace(base, retention="Tietoja säilytetään kolme vuotta.")
    # The text survives a save, beside its fingerprint.
    again = from_json(to_json(replace(edited, translated_source=dict(edited.translated_source))))
    assert translated_from_text(again, "en", "retention") == base.retention
    changes = word_changes("Tietoja säilytetään viisi vuotta.", "Tietoja säilytetään kolme vuotta.")
    assert [(c.kind, c.text.strip()) for c in changes if c.kind != "equal"] == [
        ("removed", "viisi"),
        ("added", "kolme"),
    ]
    # Saved before the text was kept: not known, never guessed.
    older = replace(base, translated_source={})
    assert translated_from_text(older, "sv", "purposes") is None
    # A text that is not the one fingerprinted is not shown as the source.
    forged = replace(base, translated_source={**base.translated_source, "sv.purposes": "Muuta."})
    assert translated_from_text(forged, "sv", "purposes") is None
