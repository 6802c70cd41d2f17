"""Messages that keep their place: the space is there before the message comes and stays after it
goes, so the fields above and around never move under the mouse.

A message longer than the space it reserves makes it taller (and so the window, whose layout
keeps it at least its minimum size) rather than being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QSizePolicy, QWidget
from shiboken6 import isValid


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

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # The layouts ask this, not the minimum height: the reserved lines must count here too.
        return max(super().heightForWidth(width), self.reserved_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))


def grow_to_fit(widget: QWidget) -> None:
    """Make a dialog (or wizard) tall enough for what its layout now holds — wrapped texts at
    their real width included, which Qt's minimum size leaves out — so a message that came
    makes the window taller instead of squashing the fields. The main window is left alone:
    its pages have their own room."""
    window = widget.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return
    layout.activate()
    width = window.width()
    need = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        need = max(need, layout.totalHeightForWidth(width))
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if window.height() < need:
        window.resize(width, need)


class WrappingScrollArea(QScrollArea):
    """A scroll area whose page is as tall as its wrapped texts need at the width it is shown
    at. Qt sizes the page by its minimum size, which leaves word wrap out: rows of labels and
    buttons would be squashed to a few pixels instead of the page scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._fitted = False

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not isValid(self):  # a queued refit after the page was closed
            return
        body = self.widget()
        layout = body.layout() if body is not None else None
        if body is None or layout is None:
            return
        if layout.hasHeightForWidth():
            # The body's own answer: its layout's, unless the body knows better (a stack of
            # pages answers for the page shown).
            need = max(body.heightForWidth(self.viewport().width()), 0)
        elif self._fitted:
            need = 0  # the height an earlier page needed is not this one's (a stack of pages)
        else:
            return
        self._fitted = True
        if body.minimumHeight() != need:
            body.setMinimumHeight(need)
