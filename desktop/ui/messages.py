"""Plain message boxes, in one place so they look and read the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


TITLE = QT_TRANSLATE_NOOP("Messages", "Kirjuri")
CANCEL = QT_TRANSLATE_NOOP("Messages", "Cancel")


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or _tr(TITLE),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessage")
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or _tr(TITLE),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def confirm(
    parent: QWidget | None,
    text: str,
    yes: str,
    title: str | None = None,
    *,
    no: str | None = None,
) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or _tr(TITLE),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or _tr(CANCEL), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


SAVED_NOTE_MS = 10_000


def saved_note(widget: QWidget, text: str) -> None:
    """A quiet confirmation that something was saved, in the main window's status bar (nothing
    to click away). Pages live in the main window; a page shown alone has no status bar."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SAVED_NOTE_MS)
