"""The editor's Import takes a file as the Swedish or English texts of the Finnish sections, as
`kirjuri statement import --lang sv` does: the preview shows which Finnish section each section
goes with, refuses a file whose sections do not pair up, and the accepted texts are current and
printed in Swedish. In Finnish at 1366x768, nothing clipped (KIRJURI_SHOTS keeps the PNGs)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from desktop.core.register_description import Currency, default_description
from desktop.core.statement_import import blocks_from_text, split_statement, to_description
from desktop.services.access.gate import Gate
from desktop.ui.statement import import_dialog
from desktop.ui.statement.import_dialog import BEGINS, FINNISH, TOPIC, ImportDialog
from desktop.ui.statement.sections import ExtraBox
from tests.ui.conftest import answer_next_dialog
from tests.ui.statement.test_statement_page import page_for, shot
from tests.ui.test_finnish_ui import finnish  # noqa: F401 - a fixture
from tests.ui.test_pseudo_layout import clipped

SECTIONS = [
    ("Rekisterinpitäjä", "Kukkakauppa Lilja Oy, Puistokatu 3, 20100 Turku."),
    ("Rekisterin nimi", "Asiakasrekisteri."),
    ("Käyttötarkoitus", "Tilausten toimittaminen."),
    ("Oikeusperuste", "Sopimus asiakkaan kanssa."),
    ("Tietosisältö", "Nimi, osoite ja tilaukset."),
    ("Säilytysaika", "Tilaukset kuusi vuotta."),
    ("Oikeudet", "Saat tarkastaa tietosi."),
    ("Kanta-asiakkuus", "Kanta-asiakkaille lähetetään tarjouksia."),
]
SWEDISH = [
    ("Personuppgiftsansvarig", "Blomsterhandeln Lilja Ab, Parkgatan 3, 20100 Åbo."),
    ("Registrets namn", "Kundregistret."),
    ("Ändamål", "Leverans av beställningar."),
    ("Rättslig grund", "Avtal med kunden."),
    ("Datainnehåll", "Namn, adress och beställningar."),
    ("Lagringstid", "Beställningar i sex år."),
    ("Rättigheter", "Du får granska dina uppgifter."),
    ("Stamkunder", "Stamkunder får erbjudanden."),
]


def text_of(sections: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{n}. {h}\n{t}" for n, (h, t) in enumerate(sections, start=1))


@pytest.mark.usefixtures("finnish")
def test_a_swedish_file_becomes_the_swedish_texts_of_the_sections(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, tmp_path: Path, monkeypatch
) -> None:
    page = page_for(qtbot, gate, "maija")
    page.resize(1366, 768)
    imported = split_statement(blocks_from_text(text_of(SECTIONS)))
    page.services.descriptions.save(to_description(imported, default_description("Lilja")))
    page.refresh()
    qtbot.waitUntil(lambda: page.boxes["purposes"].text.toPlainText() == SECTIONS[2][1])
    path = tmp_path / "dataskydd.txt"
    monkeypatch.setattr(
        import_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    seen: dict[str, object] = {}

    def look(choose: str, accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        dialog.resize(1366, 768)
        assert dialog.target_language() == "fi"  # the Finnish editor offers the Finnish first
        assert clipped(dialog) == []
        shot(dialog, "fi_import_as_fi")
        dialog.language.setCurrentIndex(dialog.language.findData(choose))
        QApplication.processEvents()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.isEnabled()
        seen["pairing"] = dialog.pairing.text()
        seen["topic hidden"] = dialog.table.isColumnHidden(TOPIC)
        seen["pairs"] = [
            (dialog.table.item(row, BEGINS).text(), dialog.table.item(row, FINNISH).text())
            for row in range(dialog.table.rowCount())
        ]
        seen["clipped"] = clipped(dialog)
        shot(dialog, f"fi_import_as_{choose}_{'ok' if accept else 'refused'}")
        (ok if accept else dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)).click()

    # Fewer sections than the Finnish: refused in the preview, nothing taken.
    path.write_text(text_of(SWEDISH[:-1]), encoding="utf-8")
    QTimer.singleShot(200, lambda: look("sv", accept=False))
    page.import_button.click()
    assert seen["ok"] is False and seen["topic hidden"] is True
    assert "7" in str(seen["pairing"]) and "8" in str(seen["pairing"])
    # the Finnish section left without a Swedish one has its row, the file's side empty
    assert seen["pairs"][-1] == ("—", "Kanta-asiakkuus")
    assert seen["clipped"] == []
    assert page.lang == "fi" and not page.has_unsaved_changes()

    path.write_text(text_of(SWEDISH), encoding="utf-8")
    QTimer.singleShot(200, lambda: look("sv", accept=True))
    page.import_button.click()
    assert seen["ok"] is True and seen["clipped"] == []
    assert seen["pairs"] == [
        (text, heading) for (_, text), (heading, _) in zip(SWEDISH, SECTIONS, strict=True)
    ]
    assert page.lang == "sv"
    assert page.boxes["purposes"].text.toPlainText() == "Leverans av beställningar."
    assert page.extras[0].text.toPlainText() == "Stamkunder får erbjudanden."
    qtbot.wait(50)  # the boxes of the Finnish view go (deleteLater), the new ones show
    shown = [box for box in page.findChildren(ExtraBox) if box.isVisible()]
    assert [box.heading.text() for box in shown] == ["Stamkunder"]
    page.scroll_area.ensureWidgetVisible(shown[0])
    shot(page, "fi_editor_after_swedish_import")
    description = page.description()
    assert description.purposes == "Tilausten toimittaminen."  # the Finnish stays
    status = description.translation_status("sv")
    assert [
        key
        for key in status[Currency.MISSING] + status[Currency.STALE]
        if key in ("controller_contact", "purposes", "retention", "rights", "extra.0")
    ] == []
    assert page.save_changes()
    html = page.services.descriptions.statement("sv", "html").decode()
    assert "Leverans av beställningar." in html and "Stamkunder får erbjudanden." in html
    assert "Tilausten toimittaminen." not in html


def test_a_reloaded_own_section_leaves_no_dead_move_bar(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate
) -> None:
    """Found here: the move bars of the own sections a reload replaced stayed listed, and once Qt
    had deleted them the next language change or read-only switch raised RuntimeError."""
    page = page_for(qtbot, gate, "maija")
    page.add_extra()
    page._show_description(page.description())  # what a save, undo or import does
    qtbot.wait(50)  # Qt deletes the replaced boxes
    page.language.setCurrentIndex(page.language.findData("sv"))
    page.sections.set_read_only(True)
    assert all(shiboken6.isValid(bar) for bar in page.sections.move_bars)


@pytest.mark.usefixtures("finnish")
def test_a_merged_section_names_the_topic_merged_into_it(qtbot, gate: Gate) -> None:  # type: ignore[no-untyped-def]
    """Controller and contact person merged: the controller's box says it is also about the
    contact person, and that stays through a save (the checklist and validation count it)."""
    page = page_for(qtbot, gate, "maija")
    page.resize(1366, 768)
    also = page.boxes["controller_contact"].also
    assert not also.isVisibleTo(page)
    clicked = answer_next_dialog("Yhdistä")
    merge = page.findChild(QPushButton, "merge_controller_contact")
    assert merge is not None
    merge.click()
    assert clicked()
    assert also.isVisibleTo(page) and also.text() == "Koskee myös (yhdistetty tähän): Yhteyshenkilö"
    assert page.description().also_topics == {"controller_contact": ("contact_person",)}
    qtbot.wait(50)
    shot(page, "fi_editor_merged_topics")
    assert page.save_changes()
    saved = page.services.descriptions.saved().description
    assert saved.topics_of("controller_contact") == ("controller_contact", "contact_person")
    qtbot.waitUntil(lambda: page.boxes["controller_contact"].also.isVisibleTo(page))
    assert not page.has_unsaved_changes()
