"""Issue 17, item 10: Enter on the wizard's first page goes on; it never starts the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store.register import RegisterFiles
from desktop.ui.setup.wizard import SetupWizard


def test_enter_on_the_welcome_page_is_next(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(RegisterFiles(tmp_path / "register.kirjuri"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.wait(20)
    assert not wizard.welcome.demo_button.autoDefault()
    focus = QApplication.focusWidget() or wizard
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert not wizard.wants_demo
    assert wizard.currentPage() is wizard.business


def test_enter_with_the_demo_button_focused_still_does_not_start_it(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, english
) -> None:
    wizard = SetupWizard(RegisterFiles(tmp_path / "register.kirjuri"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.welcome.demo_button.setFocus()
    qtbot.keyClick(wizard.welcome.demo_button, Qt.Key.Key_Return)
    assert not wizard.wants_demo
    wizard.back()
    assert wizard.currentPage() is wizard.welcome
    wizard.welcome.demo_button.setFocus()
    qtbot.keyClick(wizard.welcome.demo_button, Qt.Key.Key_Space)  # a deliberate choice
    assert wizard.wants_demo
