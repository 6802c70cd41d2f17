"""Importing an existing statement through the editor: the preview beside the source, a paragraph
Kirjuri could not place holding the OK button until dealt with, a topic changed, the result in the
editor's sections in the source's order, saved as the business's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services.access.gate import Gate
from desktop.ui.statement import import_dialog
from desktop.ui.statement.import_dialog import ImportDialog
from tests.ui.statement.test_statement_page import SHOTS, page_for, shot

SOURCE = """Kukkakaupan tietosuojaseloste
Laadittu 1.3.2018, päivitetty 1.3.2025

1. Rekisterinpitäjä
Kukkakauppa Lilja Oy, Puistokatu 3, 20100 Turku

2. Kanta-asiakkuus
Kanta-asiakkaille lähetetään tarjouksia.

Sivu 1 (2)

3. Evästeet
Verkkokauppa käyttää välttämättömiä evästeitä.
"""


def test_import_preview_unplaced_topic_and_save(
    qtbot, gate: Gate, english, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate, "maija")
    path = tmp_path / "seloste.txt"
    path.write_text(SOURCE, encoding="utf-8")
    monkeypatch.setattr(
        import_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["blocked"] = not ok.isEnabled()  # "Sivu 1 (2)" is not placed yet
        seen["unplaced"] = dialog.unplaced.item(0).text()
        seen["source"] = dialog.source.count()
        assert dialog.table.item(1, 0).text() == "Kanta-asiakkuus"
        dialog.topics[1].setCurrentIndex(dialog.topics[1].findData("purposes"))
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "import_preview.png"))
        dialog.leave_out.setChecked(True)
        seen["ready"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(200, look)
    page.import_button.click()
    assert seen == {"blocked": True, "unplaced": "Sivu 1 (2)", "source": 9, "ready": True}
    assert page.boxes["title"].text.toPlainText() == "Kukkakaupan tietosuojaseloste"
    assert page.boxes["purposes"].text.toPlainText() == "Kanta-asiakkaille lähetetään tarjouksia."
    assert page.boxes["purposes"].heading.text() == "Kanta-asiakkuus"
    assert page.boxes["retention"].text.toPlainText() == ""  # no template story left
    assert page.sequence[:3] == ["controller_contact", "purposes", "cookies"]
    assert page.has_unsaved_changes()
    shot(page, "editor_imported")
    page.save_changes()  # the Art. 13 minimum is not there yet: refused, each field marked
    assert page.services.descriptions.versions() == []
    assert page.boxes["legal_bases"].error.isVisible()
    for name in ("register_name", "legal_bases", "data_categories", "retention", "rights"):
        page.boxes[name].text.setPlainText(f"Oma teksti: {name}.")
    page.save_changes()
    saved = page.services.descriptions.saved().description
    assert saved.date_line == "Laadittu 1.3.2018, päivitetty 1.3.2025"
    html = page.services.descriptions.statement("fi", "html").decode()
    assert html.index("Rekisterinpitäjä") < html.index("Kanta-asiakkuus") < html.index("Evästeet")
    assert "Sivu 1 (2)" not in html
    path.unlink()
