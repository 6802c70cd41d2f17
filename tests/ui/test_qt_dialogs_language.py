"""Qt's own dialogs speak the user's language: Qt's catalogue (qtbase_fi / qtbase_sv, from
PySide6's translations folder) is loaded with Kirjuri's, and Kirjuri's fills what Qt's Finnish
leaves in English ("Look in:", "Files of type:" were found in English in the file dialog)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.ui import i18n

BUTTONS = (
    QMessageBox.StandardButton.Yes
    | QMessageBox.StandardButton.No
    | QMessageBox.StandardButton.Cancel
    | QMessageBox.StandardButton.Save
    | QMessageBox.StandardButton.Discard
    | QMessageBox.StandardButton.Close
)
SAME_IN_EVERY_LANGUAGE = {"OK"}


def _texts(dialog: QWidget) -> set[str]:
    found = {dialog.windowTitle()}
    for child in dialog.findChildren(QWidget):
        if isinstance(child, QLabel):
            found.add(child.text())
        if isinstance(child, QAbstractButton):
            found |= {child.text(), child.toolTip()}
        if isinstance(child, QGroupBox):
            found.add(child.title())
        if isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
        if isinstance(child, QTabWidget):
            found |= {child.tabText(i) for i in range(child.count())}
    return {text for text in found if text and any(ch.isalpha() for ch in text) and "/" not in text}


def _file_dialog(mode: str) -> QFileDialog:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Linux offices see
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    return dialog


def _dialogs() -> list[QDialog]:
    box = QMessageBox()
    box.setStandardButtons(BUTTONS)
    return [
        _file_dialog("open"),
        _file_dialog("save"),
        _file_dialog("folder"),
        QPrintDialog(QPrinter()),
        box,
    ]


def _all_texts() -> list[set[str]]:
    dialogs = _dialogs()
    try:
        return [_texts(dialog) for dialog in dialogs]
    finally:
        for dialog in dialogs:
            dialog.deleteLater()


@pytest.fixture
def back_to_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install("en")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_left_in_qts_own_dialogs(language: str, back_to_english: None) -> None:
    i18n.install("en")
    english = _all_texts()
    i18n.install(language)
    assert i18n.qt_catalogue_loaded(), "qtbase catalogue not found"
    translated = _all_texts()
    left = set()
    for source, shown in zip(english, translated, strict=True):
        left |= (source & shown) - SAME_IN_EVERY_LANGUAGE
    assert not left, f"English in Qt's dialogs ({language}): {sorted(left)}"


def test_file_dialog_and_message_box_buttons_in_finnish(back_to_english: None) -> None:
    i18n.install("fi")
    dialog = _file_dialog("open")
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Kansio:", "Tiedosto&nimi:", "Tiedosto&tyyppi:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QAbstractButton)}
    assert {"&Avaa", "Peru"} <= buttons
    box = QMessageBox()
    box.setStandardButtons(BUTTONS)
    shown = {button.text() for button in box.buttons()}
    assert {"&Kyllä", "&Ei", "Peru", "Tallenna", "Sulje"} <= shown, shown
    dialog.deleteLater()
    box.deleteLater()
