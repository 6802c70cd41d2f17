"""The Art. 13 checklist: each requirement covered by the sections on its topic (fields or own
sections), missing ones named, and the template texts that would be false found."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.register_description import ExtraSection, Recipient, default_description
from desktop.core.statement_checklist import (
    ADDRESS_WITHOUT_STREET,
    CONTACT_IS_BUSINESS,
    COVERED,
    MISSING,
    NO_TRANSFERS_BUT_ABROAD,
    REQUIREMENTS,
    TEMPLATE_COOKIES,
    WARNING,
    checklist,
)


def states(description):  # type: ignore[no-untyped-def]
    return {(item.article, item.label): item for item in checklist(description)}


def test_the_template_covers_every_requirement_but_warns_of_its_own_guesses() -> None:
    template = default_description("Kahvila Aurinko")  # set-up gave no street address
    items = checklist(template)
    required = [r for r in REQUIREMENTS if not r.optional]
    by_label = {item.label: item for item in items}
    assert all(by_label[r.label].state == COVERED for r in required)
    warned = {item.label for item in items if item.state == WARNING}
    assert warned == {TEMPLATE_COOKIES, ADDRESS_WITHOUT_STREET, CONTACT_IS_BUSINESS}

    with_street = default_description("Kahvila Aurinko", address="Kahvila Aurinko, Kauppakatu 1")
    fixed = replace(with_street, cookies="", contact_person="Maija Meikäläinen, 040 123 4567")
    assert not [item for item in checklist(fixed) if item.state == WARNING]


def test_missing_topics_and_own_sections_covering_them() -> None:
    base = default_description("Kahvila Aurinko")
    bare = replace(base, retention="", rights="Voit pyytää tietosi.", how_to_use_rights="")
    items = {item.label: item for item in checklist(bare)}
    complaint = next(r for r in REQUIREMENTS if r.article == "13(2)(d)")
    retention = next(r for r in REQUIREMENTS if r.article == "13(2)(a)")
    assert items[retention.label].state == MISSING
    assert items[complaint.label].state == MISSING
    own = replace(
        bare,
        extra_sections=(
            ExtraSection(
                heading={"fi": "Säilytys"}, text={"fi": "Kaksi vuotta."}, topic="retention"
            ),
            ExtraSection(
                heading={"fi": "Valitusoikeus"},
                text={"fi": "Voit valittaa tietosuojavaltuutetulle."},
                topic="rights",
            ),
        ),
    )
    items = {item.label: item for item in checklist(own)}
    assert items[retention.label].state == COVERED
    assert items[retention.label].where == ("Säilytys",)
    assert items[complaint.label].where == ("Valitusoikeus",)


def test_a_recipient_abroad_and_a_statement_of_no_transfers_contradict() -> None:
    base = default_description("Kahvila Aurinko")
    abroad = replace(base, recipients=(Recipient("Mailchimp", "US", "Uutiskirje", "SCC"),))
    warning = next(item for item in checklist(abroad) if item.label == NO_TRANSFERS_BUT_ABROAD)
    assert dict(warning.params) == {"countries": "US"}
