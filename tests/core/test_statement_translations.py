"""Translations that cannot lie: each Swedish or English text records the Finnish text it was
made from; a changed or cleared Finnish text leaves it out of date, and out of date is never
printed as if current."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.description_json import from_json, to_json
from desktop.core.register_description import (
    Currency,
    ExtraSection,
    default_description,
    section_order,
    source_mark,
)


def test_the_template_translations_are_current_until_the_finnish_changes() -> None:
    base = default_description("Kahvila Aurinko")
    assert base.translation_status("sv") == {Currency.MISSING: [], Currency.STALE: []}
    edited = replace(base, purposes="Verkkokaupan tilaukset ja Google Analytics -seuranta.")
    assert edited.currency("sv", "purposes") == Currency.STALE
    assert edited.translation_status("en")[Currency.STALE] == ["purposes"]
    # The letters and the statement take the Finnish text, never the template's story.
    assert edited.text("purposes", "sv") == edited.purposes
    assert edited.in_language("en").purposes == edited.purposes


def test_a_cleared_finnish_text_leaves_its_translation_out_of_date() -> None:
    base = default_description("Kahvila Aurinko", website="www.aurinko.example")
    cleared = replace(base, cookies="")
    assert cleared.currency("sv", "cookies") == Currency.STALE
    assert cleared.text("cookies", "sv") == ""


def test_counts_are_truthful_and_bulk_actions_work() -> None:
    base = default_description("Kahvila Aurinko")
    edited = replace(
        base,
        purposes="Uudet tarkoitukset.",
        retention="Uusi säilytysaika.",
        dpo="tietosuoja@aurinko.fi",  # new text, no translation
        translations={**base.translations, "fi.heading.purposes": "Miksi käsittelemme tietoja"},
    )
    status = edited.translation_status("sv")
    assert sorted(status[Currency.STALE]) == ["purposes", "retention"]
    assert "dpo" in status[Currency.MISSING] and "heading.purposes" in status[Currency.MISSING]

    checked = edited.mark_checked("sv")
    assert checked.translation_status("sv")[Currency.STALE] == []
    assert checked.translation_status("en")[Currency.STALE]  # English untouched
    assert "dpo" in checked.translation_status("sv")[Currency.MISSING]  # still missing

    cleared = edited.clear_stale("en")
    assert "en.purposes" not in cleared.translations
    assert sorted(cleared.translation_status("en")[Currency.MISSING])[:0] == []
    assert "purposes" in cleared.translation_status("en")[Currency.MISSING]
    assert cleared.translation_status("en")[Currency.STALE] == []


def test_own_sections_track_their_source_too() -> None:
    finnish = ExtraSection(heading={"fi": "Evästeet"}, text={"fi": "Käytämme evästeitä."})
    mark = source_mark(finnish.finnish())
    translated = replace(
        finnish,
        heading={**finnish.heading, "sv": "Kakor"},
        text={**finnish.text, "sv": "Vi använder kakor."},
        translated_from={"sv": mark},
    )
    assert translated.currency("sv") == Currency.CURRENT
    assert translated.in_language("sv") == ("Kakor", "Vi använder kakor.")
    changed = replace(translated, text={**translated.text, "fi": "Käytämme Google Analyticsia."})
    assert changed.currency("sv") == Currency.STALE
    assert changed.in_language("sv") == ("Evästeet", "Käytämme Google Analyticsia.")
    assert changed.currency("en") == Currency.MISSING


def test_saved_before_marks_every_translation_is_unchecked() -> None:
    base = default_description("Kahvila Aurinko")
    legacy = to_json(replace(base, translated_from={}))
    loaded = from_json(legacy)
    assert loaded.currency("sv", "purposes") == Currency.STALE
    round_trip = from_json(to_json(replace(base, order=("purposes", "extra.0"))))
    assert round_trip.translated_from == base.translated_from
    assert round_trip.order == ("purposes",) or round_trip.order == ("purposes", "extra.0")


def test_section_order_takes_the_business_order_and_keeps_the_rest() -> None:
    base = default_description("Kahvila Aurinko")
    own = replace(
        base,
        extra_sections=(ExtraSection(heading={"fi": "Evästeet"}, text={"fi": "x"}),),
        order=("extra.0", "rights", "unknown", "rights"),
    )
    order = section_order(own)
    assert order[:2] == ["extra.0", "rights"]
    assert order.count("rights") == 1 and "unknown" not in order
    assert order[2] == "controller_contact" and len(order) == 17


def test_a_recipient_translation_follows_its_finnish_function() -> None:
    from desktop.core.register_description import Recipient

    finnish = Recipient("Tilitoimisto", "FI", "Kirjanpito")
    translated = replace(finnish, function_sv="Bokföring", source_sv=source_mark(finnish.finnish()))
    base = replace(default_description("Kahvila Aurinko"), recipients=(translated,))
    assert base.recipients[0].localized("sv").function == "Bokföring"
    assert base.translation_status("en")[Currency.MISSING] == ["recipient.0"]
    changed = replace(base, recipients=(replace(translated, function="Kirjanpito ja palkat"),))
    assert changed.recipients[0].localized("sv").function == "Kirjanpito ja palkat"
    assert changed.translation_status("sv")[Currency.STALE] == ["recipient.0"]
    assert changed.mark_checked("sv").translation_status("sv")[Currency.STALE] == []
    assert changed.clear_stale("sv").recipients[0].function_sv == ""
