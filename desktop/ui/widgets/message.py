"""Messages that keep their place: the space is there before the message comes and stays after it
goes, so the fields above and around never move under the mouse.

A message longer than the space it reserves makes it taller (and so the window, whose layout
keeps it at least its minimum size) rather than being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ReservedLabel(QLabel):
    """A word-wrapped label that holds `lines` lines of height even when hidden or empty."""

    def __init__(self, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)
        self._fit()

    def reserved_height(self) -> int:
        margins = self.contentsMargins()
        return self.lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def needed_height(self, width: int | None = None) -> int:
        """The height the text needs at `width` (the label's own width by default)."""
        if not self.text():
            return 0
        width = self.width() if width is None else width
        return self.heightForWidth(max(width, 1)) if width > 0 else self.sizeHint().height()

    def _fit(self) -> None:
        self.setMinimumHeight(max(self.reserved_height(), self.needed_height()))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))
