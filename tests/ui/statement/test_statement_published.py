"""Publishing from the Statement page: the checklist's warnings first (Cancel publishes nothing),
what went out kept in the register, and the Published statements list opening it and saving it
again the same to the byte; an imported statement's first version keeps its written date."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.core.register_description import ExtraSection
from desktop.core.statement_checklist import WARNING
from desktop.core.statement_import import blocks_from_text, split_statement
from desktop.services.access.gate import Gate
from desktop.ui.i18n import format_date
from desktop.ui.statement.page import StatementPage
from desktop.ui.statement.published_dialog import PublishedDialog
from tests.ui.conftest import answer_next_dialog, capture_next_message, login

SHOTS = os.environ.get("KIRJURI_SHOTS")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def page_for(qtbot, gate: Gate) -> StatementPage:  # type: ignore[no-untyped-def]
    page = StatementPage(login(gate, "maija"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    return page


def test_warnings_first_then_kept_and_saved_again_byte_for_byte(
    qtbot, gate: Gate, english, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import file_dialogs

    page = page_for(qtbot, gate)
    page.boxes["cookies"].text.setPlainText("Emme käytä kävijäseurantaa.")
    page.add_extra(
        ExtraSection(
            heading={"fi": "Analytiikka"},
            text={"fi": "Sivustolla käytetään Google Analyticsia."},
            topic="cookies",
        )
    )
    page.boxes["retention"].text.setPlainText("Tilaushistoria säilytetään 2 vuotta.")
    warned = [text for text, state in page.checklist.states() if state == WARNING]
    assert any('"Analytiikka"' in t and '"Cookies and analytics"' in t for t in warned)
    assert any('"Retention"' in t and "2 vuotta" in t for t in warned)
    page.translation_bar.fallback.setChecked(True)
    page.save_changes()
    shot(page, "statement_warnings")

    target = tmp_path / "seloste.pdf"
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    seen: dict[str, str] = {}

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, cancel)
            return
        seen["text"] = box.text()
        shot(box, "statement_publish_warnings")
        next(b for b in box.buttons() if b.text().replace("&", "") == "Cancel").click()

    QTimer.singleShot(20, cancel)
    page.output.pdf_button.click()
    assert "Check these before the statement is published" in seen["text"]
    assert "Analytiikka" in seen["text"] and "KPL 2:10" in seen["text"]
    assert not target.exists() and page.services.published.published() == []

    published = answer_next_dialog("Publish anyway")
    told = capture_next_message(after=published)
    page.output.pdf_button.click()
    assert told["text"].endswith("seloste.pdf.")
    written = target.read_bytes()
    rows = page.services.published.published()
    assert [(r.description_version, r.language, r.format, r.how) for r in rows] == [
        (1, "en", "pdf", "saved")  # the output language follows the window's
    ]

    dialog = PublishedDialog(page.services, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "1"
    assert dialog.table.item(0, 6).toolTip() == rows[0].sha256
    shot(dialog, "published_statements")
    again = tmp_path / "uudelleen.pdf"
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), "")
    )
    dialog.save_selected()
    assert again.read_bytes() == written

    def look() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QDialog) or preview is dialog:
            QTimer.singleShot(20, look)
            return
        seen["title"] = preview.windowTitle()
        preview.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(20, look)
    dialog.open_button.click()
    assert seen["title"] == "Privacy statement, version 1"
    for path in (target, again):
        path.unlink()  # the business's name in the clear: the no-plaintext test scans tmp


def test_an_imported_statement_keeps_its_date_as_the_first_version(
    qtbot, gate: Gate, english
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, gate)
    text = "\n\n".join(
        [
            "Tietosuojaseloste",
            "Laadittu 3.4.2019, päivitetty 25.5.2020",
            "1. Rekisterinpitäjä\nKahvila Meikäläinen, Mannerheimintie 1, Helsinki",
            "2. Rekisterin nimi\nAsiakasrekisteri",
            "3. Käyttötarkoitus\nTilaukset.",
            "4. Oikeusperuste\nSopimus.",
            "5. Tietosisältö\nNimi.",
            "6. Säilytysaika\nKuusi vuotta.",
            "7. Oikeudet\nTarkastusoikeus; valitus tietosuojavaltuutetulle.",
        ]
    )
    page._imported(split_statement(blocks_from_text(text)))
    written = format_date(date(2020, 5, 25))  # in the window's language's way
    assert f"keeps the date written in it: {written}" in page.status.text()
    page.save_changes()
    assert page.services.descriptions.saved(1).updated_on == date(2020, 5, 25)
    assert written in page.versions.currentText()
