"""Unexpected errors: a calm dialog with a copyable report that holds no personal data."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop.crash_report import build_report
from desktop.ui.dialogs.crash import CrashDialog


def _raise_with_personal_data() -> None:
    customer = "Maija Meikäläinen, maija@example.fi"
    raise ValueError(f"could not save {customer}")


def test_report_names_the_place_not_the_data() -> None:
    try:
        _raise_with_personal_data()
    except ValueError:
        report = build_report(*sys.exc_info())  # type: ignore[arg-type]
    assert "builtins.ValueError" in report
    assert "_raise_with_personal_data" in report
    assert "Meikäläinen" not in report
    assert "maija@example.fi" not in report
    assert "/root" not in report and "/home/" not in report


def test_dialog_copies_the_report(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = CrashDialog("Kirjuri 0.1.0\nError: builtins.ValueError")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Kirjuri 0.1.0")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("saved data is safe" in text for text in texts)
