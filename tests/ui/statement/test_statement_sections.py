"""The editor's translation state and section order, through its widgets: a Finnish edit leaves
the Swedish and English out of date and counted so, the bulk actions, the Finnish fallback; moving
sections, inserting one between, sub-headings and links reaching the statement."""

from __future__ import annotations

from desktop.core.register_description import PRIMARY, Currency
from desktop.services.access.gate import Gate
from tests.ui.statement.test_statement_page import page_for, shot


def test_a_finnish_edit_is_counted_as_out_of_date_and_bulk_actions(
    qtbot, gate: Gate, english
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    assert not page.missing.isVisible()
    page.boxes["cookies"].text.setPlainText("Käytämme Google Analyticsia.")
    page.boxes["retention"].text.setPlainText("Kolme vuotta.")
    assert page.missing.isVisible()
    assert "Swedish: 2 out of date, 0 untranslated" in page.missing.text()
    assert "English: 2 out of date" in page.missing.text()
    page.language.setCurrentIndex(page.language.findData("sv"))
    assert page.boxes["cookies"].stale.isVisible()
    assert "Google Analyticsia" in page.boxes["cookies"].stale.text()
    assert not page.boxes["purposes"].stale.isVisible()
    page.scroll_area.ensureWidgetVisible(page.boxes["cookies"].text)
    shot(page, "editor_stale_sv")
    # Typing the Swedish translation makes it current.
    page.boxes["cookies"].text.setPlainText("Vi använder Google Analytics.")
    assert not page.boxes["cookies"].stale.isVisible()
    assert "Swedish: 1 out of date" in page.missing.text()
    # Clear the rest in Swedish: untranslated now, the English untouched.
    page.translation_bar.clear_button.click()
    description = page.description()
    assert description.translation_status("sv")[Currency.STALE] == []
    assert description.translation_status("sv")[Currency.MISSING] == ["retention"]
    assert sorted(description.translation_status("en")[Currency.STALE]) == ["cookies", "retention"]
    assert page.boxes["retention"].text.toPlainText() == ""
    page.language.setCurrentIndex(page.language.findData("en"))
    page.translation_bar.check_button.click()
    assert page.description().translation_status("en")[Currency.STALE] == []
    page.translation_bar.fallback.setChecked(True)
    page.save_changes()
    saved = page.services.descriptions.saved().description
    assert saved.finnish_fallback and saved.translations["sv.cookies"].startswith("Vi använder")
    html = page.services.descriptions.statement("sv", "html").decode()
    assert "Kolme vuotta." in html and '<div lang="fi">' in html


def test_reorder_insert_between_subheading_and_link(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    assert page.sequence[:2] == ["controller_contact", "contact_person"]
    page.move_section("contact_person", -1)
    assert page.sequence[:2] == ["contact_person", "controller_contact"]
    box = page.add_extra(after="purposes")
    index = page.sequence.index("purposes")
    assert page.sequence[index + 1] is box
    box.heading.setText("Suostumus")
    box.text.setPlainText(
        "## Miten peruutat\nLue [ohje](https://example.fi/ohje).\n1. Soita\n2. Kirjoita"
    )
    box.topic.setCurrentIndex(box.topic.findData("legal_bases"))
    page.boxes["title"].text.setPlainText("Asiakasrekisterin tietosuojaseloste")
    page.boxes["date_line"].text.setPlainText("Laadittu 1.1.2020, päivitetty 1.2.2026")
    shot(page, "editor_sections")
    page.save_changes()
    saved = page.services.descriptions.saved().description
    assert saved.order[:2] == ("contact_person", "controller_contact")
    assert saved.extra_sections[0].topic == "legal_bases"
    html = page.services.descriptions.statement("fi", "html").decode()
    purposes = html.index("Henkilötietojen käsittelyn tarkoitukset")
    assert purposes < html.index("Suostumus") < html.index("Käsittelyn oikeusperusteet")
    assert (
        '<a href="https://example.fi/ohje">ohje</a>' in html and "<h3>Miten peruutat</h3>" in html
    )
    assert "Asiakasrekisterin tietosuojaseloste" in html and "Laadittu 1.1.2020" in html
    # Loaded again: the same order on screen.
    assert page.sequence[0] == "contact_person"
    assert page.extras[0].heading.text() == "Suostumus"
    assert page.language.currentData() == PRIMARY


def test_the_checklist_turns_an_item_green(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    assert page.checklist.isVisible()

    def state(article: str) -> str:
        return next(s for text, s in page.checklist.states() if f" {article} " in text)

    assert state("13(2)(a)") == "covered"
    page.boxes["retention"].text.setPlainText("")
    assert state("13(2)(a)") == "missing"
    warnings = [text for text, s in page.checklist.states() if s == "warning"]
    assert any("contact person is the business" in text for text in warnings)
    page.add_extra(after="rights")
    page.extras[0].heading.setText("Kauanko säilytämme")
    page.extras[0].text.setPlainText("Kaksi vuotta.")
    page.extras[0].topic.setCurrentIndex(page.extras[0].topic.findData("retention"))
    assert state("13(2)(a)") == "covered"
    assert any("Kauanko" in text for text, s in page.checklist.states() if s == "covered")
    page.boxes["contact_person"].text.setPlainText("Maija Meikäläinen, 040 123 4567")
    assert not any("contact person" in t for t, s in page.checklist.states() if s == "warning")
    shot(page, "editor_checklist")
