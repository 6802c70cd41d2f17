"""Noticing that nobody has touched the workstation, so the register can lock itself."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once when no input arrived for `timeout_ms`; resets on the next input."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._timer.start(min(5000, max(50, timeout_ms // 4)))

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._timer.start(min(5000, max(50, timeout_ms // 4)))
        self.touch()

    def touch(self) -> None:
        self._last_input = time.monotonic()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False

    def _check(self) -> None:
        if self._fired:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self.timeout_ms:
            self._fired = True
            self.idle.emit()
