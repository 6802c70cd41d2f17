"""Kirjuri's small corrections to the platform's widget style.

Fusion (Kirjuri's style on Linux) draws an unselected tab's label 2 px lower than the selected
one's and clips it to the tab's text rectangle: descenders (y, j, g) and the dots of Ä were cut
off in every tab bar. Drawing the labels without that shift, in tabs a little taller, keeps them
whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

TAB_EXTRA_HEIGHT = 4  # px: room under the baseline for y, j, g and above for Ä's dots


class KirjuriStyle(QProxyStyle):
    def pixelMetric(  # noqa: N802 - Qt's name
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(  # noqa: N802 - Qt's name
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # PySide6's stubs disagree between QProxyStyle (widget required) and QCommonStyle.
        result = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + TAB_EXTRA_HEIGHT)
        return result


def install_style(app: QApplication) -> None:
    """Wrap the application's style once (the proxy takes the base style over)."""
    if not isinstance(app.style(), KirjuriStyle):
        app.setStyle(KirjuriStyle(app.style()))
