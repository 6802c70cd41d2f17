"""A merged section covers the topics of both sections it was made of: the checklist, the checks
before a save and the contradiction warnings find each topic in it, and the topics survive the
saved JSON and the editor's values."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.description_json import from_json, to_json
from desktop.core.description_validation import REQUIRED, validate
from desktop.core.register_description import ExtraSection, Recipient, default_description
from desktop.core.statement_checklist import (
    COVERED,
    MISSING,
    NO_TRANSFERS_BUT_ABROAD,
    checklist,
    warnings,
)
from desktop.core.statement_sections import merge_with_next
from desktop.ui.statement.model import from_description, same_order, to_description

KEPT = "How long the data is kept"


def own(heading: str, text: str, topic: str) -> ExtraSection:
    return ExtraSection(heading={"fi": heading}, text={"fi": text}, topic=topic)


def states(description) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {item.label: item.state for item in checklist(description)}


def test_two_own_sections_merged_keep_both_topics() -> None:
    base = replace(default_description("Kahvila Aurinko"), retention="")  # said in own sections
    description = replace(
        base,
        extra_sections=(
            own("Käyttö", "Tilausten toimittaminen.", "purposes"),
            own("Säilytys", "Tilaukset säilytetään kuusi vuotta.", "retention"),
        ),
        order=("controller_contact", "extra.0", "extra.1"),
    )
    assert states(description)[KEPT] == COVERED and "retention" not in validate(description)
    merged = merge_with_next(description, "extra.0")
    assert merged.extra_sections[0].topics() == ("purposes", "retention")
    # before: the merged section was about the purposes only, the statement could not be saved
    # ("retention" required) and the checklist said the retention was missing
    assert "retention" not in validate(merged)
    assert states(merged)[KEPT] == COVERED
    again = from_json(to_json(merged))
    assert again == merged
    assert same_order(to_description(from_description(merged))) == same_order(merged)  # editor
    emptied = replace(merged, extra_sections=(replace(merged.extra_sections[0], text={}),))
    assert validate(emptied)["retention"] == REQUIRED  # a topic covers only with text


def test_a_standard_section_merged_into_another_keeps_its_topic() -> None:
    base = default_description("Kahvila Aurinko")
    merged = merge_with_next(base, "controller_contact")  # the contact person follows it
    assert merged.contact_person == ""
    assert merged.also_topics == {"controller_contact": ("contact_person",)}
    assert merged.topics_of("controller_contact") == ("controller_contact", "contact_person")
    assert from_json(to_json(merged)) == merged
    assert same_order(to_description(from_description(merged))) == same_order(merged)


def test_warnings_still_read_a_transfers_section_merged_into_another() -> None:
    base = replace(
        default_description("Kahvila Aurinko"),
        recipients=(Recipient("Postituspalvelu Inc", "US", "Uutiskirjeen lähetys", "SCC"),),
        transfers_outside_eea="Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        order=("sources", "transfers_outside_eea"),
    )
    assert NO_TRANSFERS_BUT_ABROAD in [item.label for item in warnings(base)]
    merged = merge_with_next(base, "sources")
    assert merged.transfers_outside_eea == ""
    assert "siirretä" in merged.sources
    assert NO_TRANSFERS_BUT_ABROAD in [item.label for item in warnings(merged)]
    assert states(merged)["Transfers outside the EU/EEA"] != MISSING
