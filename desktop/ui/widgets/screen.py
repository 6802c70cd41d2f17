"""Windows that fit the screen they open on: a 1280×720 laptop at 125 % leaves 1024×576 px.

A dialog's long content goes in a scroll area (`scrolled`) with its buttons below it, outside
the scroll, so they are always on the screen; `fit_to_screen` gives the dialog its wished size
but never more than the free area of the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QSizePolicy, QStackedWidget, QStyle, QTabWidget, QWidget

from desktop.ui.widgets.message import WrappingScrollArea

# Room for the window manager's title bar and borders, which come on top of a widget's size.
FRAME_WIDTH = 16  # px
FRAME_HEIGHT = 40  # px


def scrolled(body: QWidget) -> WrappingScrollArea:
    """`body` in a frameless scroll area: it fills the area when there is room and scrolls
    when the screen is smaller than it needs."""
    area = WrappingScrollArea()
    area.setObjectName(f"{body.objectName() or 'body'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # The frame itself takes no focus: a dialog opens with the cursor in its first field, not
    # on an invisible frame a person must Tab past (the area still scrolls to the focused field).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    return area


def screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    return (
        (parent.screen() if parent is not None else None)
        or window.screen()
        or QGuiApplication.primaryScreen()
    )


def unscrolled_minimum(window: QWidget) -> QSize:
    """What `window` would need with its scrolled bodies shown whole."""
    layout = window.layout()
    if layout is None:
        return QSize(0, 0)
    layout.activate()
    total = layout.totalMinimumSize()
    extra = QSize(0, 0)
    for area in window.findChildren(
        WrappingScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly
    ):
        body = area.widget()
        if body is None:
            continue
        inner = body.minimumSizeHint().expandedTo(body.minimumSize())
        outer = area.minimumSizeHint()
        # Two pixels over: a body exactly as large as the area would still show scroll bars.
        extra = extra.expandedTo(
            QSize(inner.width() - outer.width() + 2, inner.height() - outer.height() + 2)
        )
    return total + extra


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, or larger where its scrolled body needs more to be seen
    whole, but never beyond the screen's free area."""
    need = unscrolled_minimum(window)
    width = max(width, need.width())
    height = max(height, need.height())
    screen = screen_of(window)
    if screen is not None:
        free = screen.availableGeometry()
        if need.height() > free.height() - FRAME_HEIGHT:
            # The body will scroll down: its vertical scroll bar takes width from it, which
            # would otherwise make it scroll sideways too.
            bar = window.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, window)
            width = max(width, need.width() + bar)
        width = min(width, free.width() - FRAME_WIDTH)
        height = min(height, free.height() - FRAME_HEIGHT)
    window.resize(width, height)


class PageStack(QStackedWidget):
    """A stack of pages as large as the page shown needs, not the largest of them: in a
    scroll area, one wide page (many tabs) must not make every page scroll sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._page_changed)

    def _page_changed(self, _index: int) -> None:
        self.updateGeometry()
        # The scroll area around the stack refits its height on the stack's layout request.
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # QStackedLayout answers with the tallest page at this width: one long page (the
        # statement's wrapped rows) would make every page scroll at 1280×720 @125 %.
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return page.heightForWidth(width) if page.hasHeightForWidth() else -1


class CurrentTabWidget(QTabWidget):
    """Tabs as tall as the tab shown needs, not as their tallest tab: in a scrolled dialog a
    short tab (an event list) got a scroll bar because another tab (the letters) is tall. Qt's
    stack leaves pages whose vertical policy is Ignored out of its minimum size; QTabWidget's
    size hint asks every page, so it is answered here for the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._follow)

    def tabInserted(self, index: int) -> None:  # noqa: N802 - Qt's name
        super().tabInserted(index)
        self._follow(self.currentIndex())

    def _follow(self, current: int) -> None:
        for index in range(self.count()):
            page = self.widget(index)
            if page is None:
                continue
            policy = page.sizePolicy()
            policy.setVerticalPolicy(
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        page = self.currentWidget()
        stack = page.parentWidget() if page is not None else None
        if page is None or stack is None:
            return hint
        chrome = self.minimumSizeHint().height() - stack.minimumSizeHint().height()
        need = max(page.sizeHint().height(), page.minimumSizeHint().height())
        return QSize(hint.width(), min(hint.height(), chrome + need))
