"""The request dialog scrolls only when the tab shown needs it: the letters tab is tall, and the
short tabs (handling, event log) got a scroll bar and lost their right margin because of it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QApplication

from desktop.core.requests import RequestKind
from desktop.services.container import Services
from desktop.ui.widgets.message import WrappingScrollArea
from tests.ui.requests.conftest import TODAY, log_request, open_dialog


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_short_tabs_do_not_scroll_because_the_letters_are_tall(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    received = datetime.combine(TODAY, time(10, 0))
    request_id = log_request(services, received, (RequestKind.ACCESS,), customer_id=customer_id)
    dialog = open_dialog(qtbot, services, request_id)
    area = dialog.findChild(WrappingScrollArea)
    assert area is not None
    body = area.widget()
    needs: dict[str, int] = {}
    for name, tab in (("letters", dialog.letters), ("events", dialog.events)):
        dialog.tabs.setCurrentWidget(tab)
        _settle()
        needs[name] = body.minimumHeight()
        if name == "events":
            assert not area.verticalScrollBar().isVisible(), needs
    assert needs["events"] < needs["letters"], needs
    # Back on the letters tab, it is as tall as it needs again: nothing squashed.
    dialog.tabs.setCurrentWidget(dialog.letters)
    _settle()
    assert body.minimumHeight() == needs["letters"]
    assert dialog.letters.height() >= dialog.letters.minimumSizeHint().height()
