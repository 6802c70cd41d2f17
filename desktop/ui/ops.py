"""The one way the GUI runs register work.

`run_op` takes the work as a function, runs it (off the GUI thread when `background=True`, with a
busy cursor meanwhile), then calls `on_success` with its result on the GUI thread. A UserError is
shown plainly in the user's language (or handed to `on_user_error`); anything else is a bug and
goes to the crash dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.ui.dialogs.crash import show_unexpected
from desktop.ui.i18n import error_text
from desktop.ui.messages import show_error


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.signals.failed.emit(sys.exc_info())
            del exc
            return
        self.signals.finished.emit(result)


_running: set[_Signals] = set()


def run_op(
    *,
    parent: QWidget | None,
    work: Callable[[], Any],
    on_success: Callable[[Any], object] | None = None,  # what it returns is not used
    on_user_error: Callable[[UserError], None] | None = None,
    on_done: Callable[[], None] | None = None,
    background: bool = False,
    busy_cursor: bool = True,
) -> None:
    def success(result: Any) -> None:
        _finish()
        if on_success is not None:
            on_success(result)

    def failure(info: tuple[type[BaseException], BaseException, Any]) -> None:
        _finish()
        exc = info[1]
        if isinstance(exc, UserError):
            if on_user_error is not None:
                on_user_error(exc)
            else:
                show_error(parent, error_text(exc))
        else:
            show_unexpected(*info)

    show_busy = background and busy_cursor

    def _finish() -> None:
        if show_busy:
            QGuiApplication.restoreOverrideCursor()
        if on_done is not None:
            on_done()

    if not background:
        try:
            result = work()
        except BaseException as exc:
            failure((type(exc), exc, exc.__traceback__))  # sys.exc_info(), typed as never None
            return
        success(result)
        return

    signals = _Signals()
    _running.add(signals)
    signals.finished.connect(success)
    signals.failed.connect(failure)
    signals.finished.connect(lambda _r: _running.discard(signals))
    signals.failed.connect(lambda _r: _running.discard(signals))
    if show_busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QThreadPool.globalInstance().start(_Job(work, signals))
