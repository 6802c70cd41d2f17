"""Item 8 of issue 17: tab labels lost their descenders (y, j, g) and the dots of Ä, because
Fusion draws an unselected tab's label 2 px lower and clips it. Kirjuri's style draws labels
without the shift, in tabs a little taller (looked at in screenshots at 1366×768, fi and sv)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QTabBar

from desktop.ui.style import TAB_EXTRA_HEIGHT, KirjuriStyle, install_style


def test_unselected_tab_labels_are_not_shifted_and_tabs_have_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    style = KirjuriStyle()
    assert style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0
    plain, ours = QTabBar(), QTabBar()
    ours.setStyle(style)
    for bar in (plain, ours):
        qtbot.addWidget(bar)
        bar.addTab("Säilytysajat")
        bar.addTab("Yritys Ä gjy")
    assert ours.tabRect(1).height() == plain.tabRect(1).height() + TAB_EXTRA_HEIGHT
    line = ours.fontMetrics().height()
    assert ours.tabRect(1).height() >= line + 2 * 4


def test_the_style_is_installed_once(qapp) -> None:  # type: ignore[no-untyped-def]
    before = qapp.style().name()  # the proxy takes the base style over: keep its name
    try:
        install_style(qapp)
        installed = qapp.style()
        install_style(qapp)
        assert isinstance(installed, KirjuriStyle) and qapp.style() is installed
    finally:
        QApplication.setStyle(before)
