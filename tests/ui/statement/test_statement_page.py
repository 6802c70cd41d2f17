"""The register description editor, driven through its widgets: template, every language, the
recipients table, validation in place with nothing lost, versions, read-only for others."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.core.register_description import PRIMARY
from desktop.services.access.gate import Gate
from desktop.ui.statement.page import StatementPage
from tests.ui.conftest import answer_next_dialog, capture_next_message, login

SHOTS = os.environ.get("KIRJURI_SHOTS")  # a folder: the test leaves screenshots there


def page_for(qtbot, gate: Gate, username: str) -> StatementPage:  # type: ignore[no-untyped-def]
    page = StatementPage(login(gate, username))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.refresh()
    return page


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_template_in_three_languages_then_versions(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    assert "Kahvila Meikäläinen" in page.boxes["register_name"].text.toPlainText()
    assert page.versions.currentData() == 0 and "template" in page.status.text()
    assert not page.missing.isVisible()  # the template gives all three languages
    shot(page, "editor_fi")

    page.language.setCurrentIndex(page.language.findData("sv"))
    assert "kundregister" in page.boxes["register_name"].text.toPlainText()
    page.boxes["purposes"].text.setPlainText("Kundrelationen.")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert "customer register" in page.boxes["register_name"].text.toPlainText()
    shot(page, "editor_en")
    page.language.setCurrentIndex(page.language.findData(PRIMARY))

    page.recipients.add_row()
    table = page.recipients.table
    for column, value in enumerate(["Tilitoimisto Tase Oy", "FI", "Kirjanpito", "", "1.11.2026"]):
        table.item(0, column).setText(value)
    assert page.has_unsaved_changes()
    page.save_changes()
    assert page.versions.currentData() == 1 and not page.has_unsaved_changes()
    saved = page.services.descriptions.saved()
    assert saved.description.translations["sv.purposes"] == "Kundrelationen."
    assert saved.description.recipients[0].name == "Tilitoimisto Tase Oy"

    page.boxes["retention"].text.setPlainText("Kymmenen vuotta.")
    page.save_changes()
    assert [v for v, _, _ in page.services.descriptions.versions()] == [2, 1]
    # An earlier version is shown read-only; the newest is editable again.
    page.versions.setCurrentIndex(page.versions.findData(1))
    page.versions.activated.emit(page.versions.currentIndex())
    assert page.boxes["retention"].text.isReadOnly()
    assert "Kymmenen" not in page.boxes["retention"].text.toPlainText()
    assert "version 1" in page.status.text() and not page.save_button.isEnabled()
    page.versions.setCurrentIndex(page.versions.findData(2))
    page.versions.activated.emit(page.versions.currentIndex())
    assert page.boxes["retention"].text.toPlainText() == "Kymmenen vuotta."
    assert not page.boxes["retention"].text.isReadOnly()


def test_a_failed_save_shows_each_problem_and_keeps_the_edits(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    page.boxes["purposes"].text.setPlainText("")
    page.boxes["cookies"].text.setPlainText("Ei evästeitä.")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.boxes["cookies"].text.setPlainText("No cookies.")
    page.recipients.add_row()
    for column, value in enumerate(["Mailchimp", "US", "Newsletter", "", ""]):
        page.recipients.table.item(0, column).setText(value)
    page.save_changes()
    assert page.services.descriptions.versions() == []  # nothing saved
    assert page.language.currentData() == PRIMARY  # the checked (Finnish) texts are shown
    assert page.boxes["purposes"].error.isVisible()
    assert "needed in the privacy statement" in page.boxes["purposes"].error.text()
    problems = page.recipients.error.text()
    assert "Recipient 1" in problems and "EU/EEA" in problems
    assert "what the recipient does" in problems  # typed in English only, the Finnish is missing
    shot(page, "editor_errors")
    # Nothing typed was lost, in either language.
    assert page.boxes["cookies"].text.toPlainText() == "Ei evästeitä."
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.boxes["cookies"].text.toPlainText() == "No cookies."
    assert page.recipients.table.item(0, 0).text() == "Mailchimp"

    page.language.setCurrentIndex(page.language.findData(PRIMARY))
    page.boxes["purposes"].text.setPlainText("Asiakassuhde.")
    page.recipients.table.item(0, 2).setText("Uutiskirjeen lähetys")
    page.recipients.table.item(0, 3).setText("EU:n vakiolausekkeet")
    page.save_changes()
    assert page.versions.currentData() == 1
    assert not page.boxes["purposes"].error.isVisible()


def test_others_read_only(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "ville")
    assert page.boxes["purposes"].text.isReadOnly()
    assert not page.save_button.isVisible() and not page.recipients.add_button.isVisible()
    assert "Only the main user" in page.status.text() or "template" in page.status.text()
    assert not page.save_changes()


def test_own_sections_and_headings_reach_the_statement(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    page.boxes["cookies"].heading.setText("Evästeet ja seuranta")
    page.add_extra()
    page.extras[0].heading.setText("Muutokset tähän selosteeseen")
    page.extras[0].text.setPlainText("Muutoksista kerrotaan tällä sivulla.")
    page.save_changes()
    html = page.services.descriptions.statement("fi", "html").decode()
    assert "Evästeet ja seuranta" in html and "Muutokset tähän selosteeseen" in html
    assert "Evästeet ja analytiikka" not in html  # the own heading replaced the standard one


def test_preview_and_save_the_statement_from_the_editor(
    qtbot, gate: Gate, english, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication as App
    from PySide6.QtWidgets import QDialog

    from desktop.ui import file_dialogs
    from desktop.ui.statement.output import PdfPreview

    page = page_for(qtbot, gate, "maija")
    page.save_changes()
    output = page.output
    output.language.setCurrentIndex(output.language.findData("sv"))
    seen: dict[str, int] = {}

    def look() -> None:
        dialog = App.activeModalWidget()
        if isinstance(dialog, PdfPreview):
            seen["pages"] = len(dialog.pages)
            if SHOTS:
                dialog.grab().save(str(Path(SHOTS) / "preview.png"))
            dialog.done(QDialog.DialogCode.Rejected)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, look)
    output.preview_button.click()
    assert seen["pages"] >= 2

    target = tmp_path / "web" / "seloste"
    target.parent.mkdir()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    # The template's guesses are shown before it goes out (cookies, contact person).
    published = answer_next_dialog("Publish anyway")
    told = capture_next_message(after=published)
    output.html_button.click()
    html = target.with_name("seloste.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "Dataskyddsbeskrivning" in html and "Version 1" in html
    # Saving says where the file went, as saving a letter does (issue 17, item 9).
    assert told["text"] == f"The privacy statement was saved as {target.with_name('seloste.html')}."
    published = answer_next_dialog("Publish anyway")
    told = capture_next_message(after=published)
    output.pdf_button.click()
    assert target.with_name("seloste.pdf").read_bytes().startswith(b"%PDF")
    assert told["text"].endswith("seloste.pdf.")
    for written in target.parent.iterdir():
        written.unlink()  # the business's name in the clear: the no-plaintext test scans tmp


def test_ctrl_s_in_the_window_saves_a_version(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    index = next(
        i for i in range(window.nav.count()) if window.nav.item(i).text() == "Register description"
    )
    window.nav.setCurrentRow(index)
    page = window.current_page()
    assert isinstance(page, StatementPage)
    page.boxes["sources"].text.setPlainText("Asiakkaalta itseltään.")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.services.descriptions.saved().description.sources == "Asiakkaalta itseltään."
    assert not page.has_unsaved_changes()
    # Saved, and the window says so (issue 17, item 9).
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("The register description was saved as version")
    )
