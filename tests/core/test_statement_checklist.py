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
    # set-up gave no street address; the business said it has a web site
    template = default_description("Kahvila Aurinko", website="")
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


def test_cookies_only_for_a_business_with_a_web_site_and_flagged_until_described() -> None:
    none = default_description("Kahvila Aurinko", address="Kauppakatu 1, 00100 Helsinki")
    assert none.cookies == "" and not [k for k in none.translations if k.endswith(".cookies")]
    assert TEMPLATE_COOKIES not in {item.label for item in checklist(none)}

    site = default_description("Kahvila Aurinko", "fi", website="www.aurinko.example")
    assert "www.aurinko.example" in site.cookies and "  " not in site.cookies
    for lang in ("sv", "en"):
        assert "www.aurinko.example" in site.translations[f"{lang}.cookies"]
    assert TEMPLATE_COOKIES in {item.label for item in checklist(site)}
    described = replace(site, cookies="Käytämme vain istuntoevästettä ostoskorin muistamiseen.")
    assert TEMPLATE_COOKIES not in {item.label for item in checklist(described)}


def test_the_old_only_necessary_cookies_text_is_still_flagged() -> None:
    old = (
        "Verkkosivuillamme käytetään vain sivuston toiminnan kannalta välttämättömiä evästeitä. "
        "Emme käytä kävijäseurantaa emmekä kolmansien osapuolten mainosevästeitä."
    )
    saved = replace(default_description("Kahvila Aurinko"), cookies=old)
    assert TEMPLATE_COOKIES in {item.label for item in checklist(saved)}


def test_the_rights_section_names_the_street_address() -> None:
    template = default_description("Kahvila Aurinko", address="Kahvila Aurinko, Kauppakatu 1")
    assert "Kahvila Aurinko, Kauppakatu 1" in template.how_to_use_rights
    assert "Kauppakatu 1" in template.translations["sv.how_to_use_rights"]
    assert ADDRESS_WITHOUT_STREET not in {item.label for item in checklist(template)}


def test_every_item_of_article_13_is_on_the_list() -> None:
    articles = {requirement.article for requirement in REQUIREMENTS}
    for paragraph in ("1", "2"):
        for point in "abcdef":
            assert f"13({paragraph})({point})" in articles, (paragraph, point)
    assert {"14(1)(d)", "14(2)(f)"} <= articles  # categories and sources: data from elsewhere


def test_legitimate_interests_and_whether_giving_the_data_is_required() -> None:
    template = default_description("Kahvila Aurinko", website="")
    by_article = {item.article: item for item in checklist(template)}
    assert by_article["13(1)(d)"].state == COVERED  # "Oikeutettu etu (f alakohta): …"
    assert by_article["13(2)(e)"].state == COVERED  # "… ovat sopimuksen edellytys"
    for language in ("sv", "en"):  # the template says it in every language
        assert template.translations[f"{language}.legal_bases"].count("\n") == (
            template.legal_bases.count("\n")
        )
    written = replace(
        template,
        legal_bases="Sopimus: tilausten toimittaminen.",
        purposes="Tilausten toimittaminen.",
        data_categories="Nimi ja osoite.",
        sources="Asiakkaalta itseltään.",
    )
    by_article = {item.article: item for item in checklist(written)}
    assert by_article["13(1)(d)"].state == "optional"  # no legitimate interest named
    assert by_article["13(2)(e)"].state == MISSING
    told = replace(written, data_categories="Nimi ja osoite. Tietojen antaminen on vapaaehtoista.")
    assert {item.article: item for item in checklist(told)}["13(2)(e)"].state == COVERED
