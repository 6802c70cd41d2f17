"""A person's keyboard session as a script that cannot hang on a modal dialog.

A shortcut that opens a dialog runs the dialog's own event loop (exec()) inside whatever waited
for the key, so a test that presses keys and then waits in its own body stops there until the
dialog is closed, by nobody. Here the steps are a generator run from a timer: each step presses
keys and yields what it waits for, and the timer goes on firing in every event loop, the
dialogs' own included. A step that waits too long or fails an assertion ends the script: every
modal dialog is then rejected, so the exec() calls return and the test reports the failure.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

TICK_MS = 20


@dataclass(frozen=True)
class Until:
    """Wait until `ready()`, at most `timeout_s`, and at least `settle_s` (time for a second
    effect of one key press, if there were one, to show)."""

    what: str
    ready: Callable[[], bool]
    timeout_s: float = 10.0
    settle_s: float = 0.0


def pause(seconds: float) -> Until:
    return Until(f"{seconds} s", lambda: True, settle_s=seconds)


class KeyScript:
    def __init__(self, steps: Iterator[Until]) -> None:
        self.steps = steps
        self.error: BaseException | None = None
        self.finished = False
        self.log: list[str] = []
        self._waiting: Until | None = None
        self._since = 0.0
        self._busy = False
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def _tick(self) -> None:
        if self._busy or self.finished:
            return
        self._busy = True
        try:
            waiting = self._waiting
            if waiting is not None:
                elapsed = time.monotonic() - self._since
                if not (waiting.ready() and elapsed >= waiting.settle_s):
                    if elapsed > waiting.timeout_s:
                        raise TimeoutError(
                            f"waited {waiting.timeout_s} s for {waiting.what}; "
                            f"focus on {describe(QApplication.focusWidget())}, "
                            f"active window {describe(QApplication.activeWindow())}"
                        )
                    return
                self.log.append(f"{elapsed:5.2f} s  {waiting.what}")
            self._waiting = next(self.steps)
            self._since = time.monotonic()
        except StopIteration:
            self._end()
        except BaseException as exc:  # handed to the test, after the dialogs are closed
            self.error = exc
            self._end()
        finally:
            self._busy = False

    def _end(self) -> None:
        self.finished = True
        self.timer.stop()
        if self.error is not None:
            close_modal_dialogs()


def close_modal_dialogs(tries: int = 100) -> None:
    """Reject the modal dialogs one by one (each from its own loop) until none is left."""
    modal = QApplication.activeModalWidget()
    if modal is None or tries <= 0:
        return
    if isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()
    QTimer.singleShot(TICK_MS, lambda: close_modal_dialogs(tries - 1))


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.objectName()!r})"


class ShownDialogs(QObject):
    """Every dialog window shown while installed, by class: "opened once" is countable."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and not event.spontaneous()
        ):
            self.names.append(type(watched).__name__)
        return False

    def count(self, name: str) -> int:
        return self.names.count(name)
