"""The Art. 15 facts of an access reply from every section tagged with their topic: an imported
statement's second section on a topic, a section merged in, each in the reply's language where
its translation is current."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.core.register_description import Currency, ExtraSection, default_description
from desktop.core.statement_sections import merge_with_next
from desktop.core.statement_topics import topic_text
from desktop.documents.statement import build_statement
from desktop.services.rights.access import art15_information

KEPT = "Tilaukset säilytetään kuusi vuotta kirjanpitolain vuoksi."
KEPT_SV = "Beställningar sparas i sex år enligt bokföringslagen."
MARKETING = "Uutiskirje lähetetään vain suostumuksella."


def own(heading: str, text: str, topic: str) -> ExtraSection:
    return ExtraSection(heading={"fi": heading}, text={"fi": text}, topic=topic)


def statement():  # type: ignore[no-untyped-def]
    base = default_description("Kukkakauppa Lilja")
    return replace(
        base,
        retention="",  # said in a section of the business's own, as an imported one may
        translations={k: v for k, v in base.translations.items() if not k.endswith(".retention")},
        extra_sections=(
            own("Säilytysajat", KEPT, "retention"),
            own("Uutiskirje", MARKETING, "purposes"),
        ),
        order=("controller_contact", "purposes", "extra.1", "extra.0"),
    )


def test_the_access_reply_takes_every_section_on_a_topic() -> None:
    description = statement()
    facts = art15_information(description, "fi")
    assert facts["retention"] == KEPT  # was: empty, the retention field being empty
    assert facts["purposes"].startswith(description.purposes.strip())
    assert facts["purposes"].endswith(MARKETING)  # in the statement's order, after the field
    assert topic_text(description, "cookies", "fi") == description.cookies.strip()


def test_a_merged_in_topic_and_the_reply_language() -> None:
    merged = merge_with_next(statement(), "extra.1")  # the newsletter and the retention joined
    assert merged.extra_sections[0].topics() == ("purposes", "retention")
    facts = art15_information(merged, "fi")
    assert KEPT in facts["retention"] and MARKETING in facts["retention"]
    # A current Swedish text goes to the Swedish reply; the Finnish stands where there is none.
    extra = merged.extra_sections[0]
    translated = replace(
        merged,
        extra_sections=(
            replace(
                extra,
                text={**extra.text, "sv": KEPT_SV},
                heading={**extra.heading, "sv": "Lagring"},
            ),
        ),
    ).mark_checked("sv")
    assert art15_information(translated, "sv")["retention"] == KEPT_SV
    assert art15_information(merged, "sv")["retention"] == extra.text["fi"]


def test_marking_checked_does_not_revive_the_translation_of_an_emptied_section() -> None:
    """Found here: the Finnish retention emptied, its Swedish template text left, and "mark all
    as checked" made that Swedish current: printed for a section the Finnish does not have."""
    base = default_description("Kukkakauppa Lilja")
    emptied = replace(base, retention="").mark_checked("sv")
    assert emptied.currency("sv", "retention") == Currency.STALE
    printed = build_statement(emptied, "sv", date(2026, 3, 1))
    swedish = base.translations["sv.retention"].split(".")[0]
    assert not any(
        swedish in (block.text or "") for section in printed.sections for block in section.blocks
    )
