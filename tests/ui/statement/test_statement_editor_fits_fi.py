"""The statement editor with its merge and split buttons, the comparison of an out-of-date
translation and the split dialog, in Finnish in a 1366×768 window: no text clipped. Set
KIRJURI_SHOTS=/some/folder to keep the PNGs looked at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.statement.page import StatementPage
from desktop.ui.statement.split_dialog import SplitDialog
from tests.ui.conftest import answer_next_dialog, login
from tests.ui.statement.test_statement_page import shot
from tests.ui.test_finnish_ui import finnish  # noqa: F401 - a fixture
from tests.ui.test_pseudo_layout import clipped


@pytest.mark.usefixtures("finnish")
def test_the_editor_and_the_split_dialog_fit_in_finnish(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, preferences: Preferences
) -> None:
    window = MainWindow(login(gate, "maija"), preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_page("statement")
    page = window.current_page()
    assert isinstance(page, StatementPage)
    merge = page.findChild(QPushButton, "merge_purposes")
    assert merge is not None and merge.text() == "Yhdistä seuraavaan"
    QApplication.processEvents()
    problems = clipped(window)
    shot(window, "fi_editor_buttons")

    page.boxes["retention"].text.setPlainText(
        "Asiakastietoja säilytetään kolme vuotta asiakassuhteen päättymisestä."
    )
    page.language.setCurrentIndex(page.language.findData("sv"))
    stale = page.boxes["retention"].stale
    assert stale.isVisible() and stale.after_title.text() == "Suomeksi nyt"
    box = page.boxes["retention"]
    page.scroll_area.verticalScrollBar().setValue(box.mapTo(box.window(), box.rect().topLeft()).y())
    QApplication.processEvents()
    problems += clipped(window)
    shot(window, "fi_editor_stale_diff_sv")

    page.language.setCurrentIndex(page.language.findData("fi"))
    page.boxes["purposes"].text.setPlainText("Asiakassuhde.\nLaskutus.\nMarkkinointi.")
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SplitDialog)
        dialog.heading.setText("Markkinointi")
        QApplication.processEvents()
        seen["problems"] = clipped(dialog)
        shot(dialog, "fi_split_dialog")
        dialog.reject()

    QTimer.singleShot(50, look)
    split = page.findChild(QPushButton, "split_purposes")
    assert split is not None
    split.click()
    problems += seen["problems"]

    clicked = answer_next_dialog("Yhdistä")
    merge = page.findChild(QPushButton, "merge_controller_contact")
    assert merge is not None
    merge.click()
    assert clicked() and page.undo_button.isVisible() and page.undo_button.text() == "Kumoa"
    page.scroll_area.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    problems += clipped(window)
    shot(window, "fi_editor_after_merge")
    page.discard_changes()  # closing the window would ask about them
    assert not problems, "\n".join(problems)
