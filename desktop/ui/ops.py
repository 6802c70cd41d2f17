"""The one way the GUI runs register work.

`run_op` takes the work as a function, runs it (off the GUI thread when `background=True`, with a
busy cursor meanwhile), then calls `on_success` with its result on the GUI thread. A UserError is
shown plainly in the user's language (or handed to `on_user_error`); anything else is a bug and
goes to the crash dialog.

A background job's outcome is delivered to a `_Delivery` that is a child of `parent`: when the
widget that asked is deleted while the job runs (the demo window handed back for one's own
register, the pages rebuilt for another language or user), Qt deletes the delivery with it and
drops the outcome already queued for it, so no callback ever reaches a deleted widget. The busy
cursor is put back whatever happens.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.ui.dialogs.crash import show_unexpected
from desktop.ui.i18n import error_text
from desktop.ui.messages import show_error

log = logging.getLogger(__name__)


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


class _Delivery(QObject):
    """Receives a background job's outcome on the GUI thread, for as long as `parent` lives."""

    def __init__(
        self,
        parent: QWidget | None,
        success: Callable[[Any], None],
        failure: Callable[[Any], None],
    ) -> None:
        super().__init__(parent)
        self._success = success
        self._failure = failure

    @Slot(object)
    def deliver(self, result: Any) -> None:
        self._success(result)
        self.deleteLater()

    @Slot(object)
    def fail(self, info: Any) -> None:
        self._failure(info)
        self.deleteLater()


# Jobs under way; a parentless job's delivery is kept here, since nothing else holds it.
_running: dict[_Signals, _Delivery] = {}


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
        _done()
        if on_success is not None:
            on_success(result)

    def failure(info: tuple[type[BaseException], BaseException, Any]) -> None:
        _done()
        exc = info[1]
        if isinstance(exc, UserError):
            if on_user_error is not None:
                on_user_error(exc)
            else:
                show_error(parent, error_text(exc))
        else:
            show_unexpected(*info)

    def _done() -> None:
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
    delivery = _Delivery(parent, success, failure)
    _running[signals] = delivery
    # Queued to the delivery (it lives on the GUI thread): gone with `parent`, never delivered.
    signals.finished.connect(delivery.deliver)
    signals.failed.connect(delivery.fail)
    show_busy = busy_cursor

    def _ended(info: Any) -> None:
        # Not tied to `parent`: the cursor comes back and the job is forgotten even when the
        # widget that asked is gone.
        _running.pop(signals, None)
        if show_busy:
            QGuiApplication.restoreOverrideCursor()
        failed = isinstance(info, tuple) and isinstance(info[1], BaseException)
        if failed and parent is not None and not isValid(parent):
            # Nobody is left to show it to; the log keeps it.
            log.warning("a job failed after its window closed", exc_info=info)

    signals.finished.connect(lambda _r: _ended(None))
    signals.failed.connect(_ended)
    if show_busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QThreadPool.globalInstance().start(_Job(work, signals))
