"""Merging and splitting sections through the editor's buttons, cancelling each with the earlier
state whole, and an out-of-date translation shown beside what changed in its Finnish text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.core.register_description import PRIMARY, Currency
from desktop.documents.statement import fixed_texts
from desktop.services.access.gate import Gate
from desktop.services.statement.description import NotTranslated
from desktop.ui.statement.sections import TextEdit
from desktop.ui.statement.split_dialog import SplitDialog
from tests.ui.conftest import answer_next_dialog
from tests.ui.statement.test_statement_page import page_for, shot


def button(page, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_merge_with_the_next_section_and_cancel(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    controller = page.boxes["controller_contact"].text.toPlainText()
    contact = page.boxes["contact_person"].text.toPlainText()
    assert controller.strip() and contact.strip()
    before = page.description()
    # Cancelled: the earlier state whole.
    clicked = answer_next_dialog("Cancel")
    button(page, "merge_controller_contact").click()
    assert clicked() and page.description() == before
    assert not page.has_unsaved_changes()

    clicked = answer_next_dialog("Merge")
    button(page, "merge_controller_contact").click()
    assert clicked()
    joined = controller.strip() + "\n" + contact.strip()
    assert page.boxes["controller_contact"].text.toPlainText() == joined
    assert page.boxes["contact_person"].text.toPlainText() == ""
    assert "merged" in page.status.text() and page.has_unsaved_changes()
    # Undo brings the two sections back whole; merged again for the rest of the test.
    assert page.undo_button.isVisible()
    page.undo_button.click()
    assert page.description() == before and not page.undo_button.isVisible()
    clicked = answer_next_dialog("Merge")
    button(page, "merge_controller_contact").click()
    assert clicked() and page.boxes["contact_person"].text.toPlainText() == ""
    assert "Swedish: 1 out of date" in page.missing.text()
    page.language.setCurrentIndex(page.language.findData("sv"))
    stale = page.boxes["controller_contact"].stale
    assert stale.isVisible()  # the joined Swedish, not yet read against the joined Finnish
    assert stale.added == [] and stale.removed == []  # the Finnish is the old texts joined
    page.language.setCurrentIndex(page.language.findData(PRIMARY))
    page.save_changes()
    saved = page.services.descriptions.saved().description
    assert saved.contact_person == "" and saved.controller_contact == joined
    assert saved.currency("sv", "controller_contact") == Currency.STALE
    with pytest.raises(NotTranslated):
        page.services.descriptions.statement("sv", "html")
    html = page.services.descriptions.statement("fi", "html").decode()
    heading = fixed_texts("fi")["headings"]["contact_person"]
    assert heading not in html and joined.splitlines()[-1] in html  # one section now


def test_merges_that_would_lose_a_fact_are_refused_with_nothing_changed(
    qtbot, gate: Gate, english
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    before = page.description()
    for name in ("merge_sources", "merge_purposes"):  # the recipients table; the legal bases
        clicked = answer_next_dialog("OK")
        button(page, name).click()
        assert clicked() and page.description() == before


def test_split_at_the_cursor_paragraph_and_cancel(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    text = page.boxes["data_categories"].text
    text.setPlainText("Nimi ja osoite.\nPuhelinnumero.\n## Kanta-asiakkaat\n- Ostohistoria")
    before = page.description()
    page.activateWindow()
    text.setFocus()
    qtbot.waitUntil(lambda: TextEdit.last_focused is text)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=2)  # in "## Kanta-asiakkaat"
    text.setTextCursor(cursor)
    seen: dict[str, object] = {}

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SplitDialog)
        seen["row"] = dialog.line()
        seen["ok_without_heading"] = dialog.ok.isEnabled()
        dialog.heading.setText("Kanta-asiakkuus")
        dialog.reject()

    QTimer.singleShot(50, cancel)
    button(page, "split_data_categories").click()
    assert seen == {"row": 2, "ok_without_heading": False}
    assert page.description() == before

    def split() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SplitDialog)
        dialog.heading.setText("Kanta-asiakkuus")
        shot(dialog, "split_dialog_en")
        dialog.ok.click()

    QTimer.singleShot(50, split)
    button(page, "split_data_categories").click()
    assert page.boxes["data_categories"].text.toPlainText() == "Nimi ja osoite.\nPuhelinnumero."
    new = page.sequence[page.sequence.index("data_categories") + 1]
    assert not isinstance(new, str)
    assert new.heading.text() == "Kanta-asiakkuus"
    assert new.text.toPlainText() == "## Kanta-asiakkaat\n- Ostohistoria"
    assert new.topic.currentData() == "data_categories"
    assert page.undo_button.isVisible()
    new.text.setPlainText(new.text.toPlainText() + "\n- Maksutapa")  # an edit: no undo past it
    assert not page.undo_button.isVisible()
    page.save_changes()
    html = page.services.descriptions.statement("fi", "html").decode()
    assert html.index("Puhelinnumero.") < html.index("Kanta-asiakkuus") < html.index("Ostohistoria")
    assert html.index("Ostohistoria") < html.index("Maksutapa")
    # In Swedish the split is not offered: it is made in the Finnish text.
    page.language.setCurrentIndex(page.language.findData("sv"))
    assert not button(page, "split_data_categories").isEnabled()


def test_a_stale_translation_shows_the_changed_word(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    old = page.boxes["retention"].text.toPlainText()
    assert "kuusi" in old or "6" in old or old  # the template's retention text
    words = old.split()
    changed = old.replace(words[1], "Kolmetoista", 1)
    page.boxes["retention"].text.setPlainText(changed)
    assert not page.boxes["retention"].stale.isVisible()  # Finnish shown: nothing to compare
    page.language.setCurrentIndex(page.language.findData("sv"))
    stale = page.boxes["retention"].stale
    assert stale.isVisible() and not page.boxes["purposes"].stale.isVisible()
    assert stale.added == ["Kolmetoista"] and stale.removed == [words[1]]
    assert "line-through" in stale.before.text() and words[1] in stale.before.text()
    assert "underline" in stale.after.text() and "Kolmetoista" in stale.after.text()
    page.scroll_area.ensureWidgetVisible(page.boxes["retention"].text)
    shot(page, "editor_stale_diff_sv")
    # One action marks every Swedish translation checked: the comparison goes.
    page.translation_bar.check_button.click()
    assert not page.boxes["retention"].stale.isVisible()
    assert page.description().translation_status("sv")[Currency.STALE] == []
