"""Driving Kirjuri's real window as a user would, for the end-to-end tests: a story of steps that
waits for each modal dialog and runs the next step inside its loop, and what a user does (a click,
a tick, a tab, a pasted text, a chosen entry) with a check that the widget was there to use."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.ui.main_window import MainWindow

STEP_TIMEOUT_S = 30.0  # one step (a backup, signing) never takes this long
POLL_MS = 20
SHOTS = os.environ.get("KIRJURI_SCREENSHOTS")  # a folder: screenshots of the way, to look at

Wait = Callable[[], bool]
W = TypeVar("W", bound=QWidget)


# --- running a story through modal dialogs --------------------------------------------------------
class Story:
    """Runs a user's steps from inside the Qt event loop.

    Every dialog Kirjuri opens runs its own event loop (exec), so a test written top to bottom
    would stop at the first one. The steps are a generator instead: it yields a condition (this
    dialog is open, the backup is done) and is resumed from a timer once the condition holds —
    inside the dialog's own loop. A step whose click opens a dialog clicks `later`, once the
    generator has yielded. A failure closes every open dialog, so the test ends and says why.
    """

    def __init__(self, steps: Iterator[Wait]) -> None:
        self.steps = steps
        self.waiting: Wait | None = None
        self.since = time.monotonic()
        self.running = False
        self.finished = False
        self.error: BaseException | None = None
        self.unexpected: list[str] = []
        # A message box opened while a step runs (not `later`) would block the step: say so.
        self.watchdog = QTimer()
        self.watchdog.setInterval(250)
        self.watchdog.timeout.connect(self._close_unexpected)

    def start(self) -> None:
        self.watchdog.start()
        QTimer.singleShot(0, self._resume)

    def _resume(self) -> None:
        if self.finished:
            return
        if self.waiting is not None and not self.waiting():
            if time.monotonic() - self.since > STEP_TIMEOUT_S:
                shown = QApplication.activeModalWidget()
                if isinstance(shown, QMessageBox):
                    self.unexpected.append(shown.text())
                what = type(shown).__name__ if shown else "no dialog"
                self._fail(TimeoutError(f"waited {STEP_TIMEOUT_S} s in vain; showing {what}"))
            else:
                QTimer.singleShot(POLL_MS, self._resume)
            return
        self.running = True
        try:
            self.waiting = next(self.steps)
        except StopIteration:
            self.finished = True
            self.watchdog.stop()
            return
        except BaseException as exc:  # handed to the test, never lost in the event loop
            self._fail(exc)
            return
        finally:
            self.running = False
        self.since = time.monotonic()
        QTimer.singleShot(POLL_MS, self._resume)

    def _fail(self, exc: BaseException) -> None:
        self.error = exc
        self.finished = True
        self.watchdog.stop()
        close_dialogs()

    def _close_unexpected(self) -> None:
        box = QApplication.activeModalWidget()
        if self.running and isinstance(box, QMessageBox):
            self.unexpected.append(box.text())
            box.done(0)

    def check(self) -> None:
        if self.error is not None:
            raise AssertionError(f"the story stopped; Kirjuri said {self.unexpected}") from (
                self.error
            )


def close_dialogs() -> None:
    for _ in range(20):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.done(0)
        else:
            widget.close()


def later(act: Callable[[], object]) -> None:
    """Do `act` once the step has yielded: for a click whose dialog runs its own loop."""
    QTimer.singleShot(0, act)


def modal(kind: type[QWidget]) -> Wait:
    return lambda: isinstance(QApplication.activeModalWidget(), kind)


def no_dialog() -> bool:
    return QApplication.activeModalWidget() is None


def the_dialog(kind: type[W]) -> W:
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind), widget
    return widget


# --- what a user does -----------------------------------------------------------------------------
def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button_in(widget: QWidget, text: str) -> QAbstractButton:
    buttons = widget.findChildren(QAbstractButton)
    return next(b for b in buttons if b.text().replace("&", "") == text and b.isVisible())


def tick(qtbot, box: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """A check box ticked from the keyboard (a click lands wherever its centre is)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked(), box.text()


def go_to(qtbot, window: MainWindow, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    nav = window.nav
    [item] = nav.findItems(title, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    page = window.current_page()
    assert page is window.page_list[nav.row(item)]
    return page


def open_tab(qtbot, tabs: QTabWidget, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    widget = tabs.widget(index)
    assert widget is not None
    return widget


def paste(edit: QWidget, text: str) -> None:
    """Text with Finnish letters, pasted: QtTest types ASCII only."""
    assert isinstance(edit, QLineEdit)
    edit.insert(text)


def choose(combo_owner: QWidget, name: str, value: str) -> None:
    """Pick an entry of a combo box by its value, as choosing it from the list does."""
    combo = combo_owner.findChild(QComboBox, name)
    assert combo is not None, name
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"end-to-end-{name}.png"))


def pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "signed.pdf"
    path.write_bytes(pdf)
    try:
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    finally:
        path.unlink()
