"""The dashboard's deadline lists in the 1366×768 window: a refusal due in the first month of an
extended request (Art. 12(4)) and a restriction waiting out its notice (18(3)), each with its own
date, whole headings in every language, and a double click that opens the request."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.dashboard.page import DashboardPage, RequestListBox
from desktop.ui.main_window import MainWindow
from desktop.ui.requests.detail_dialog import RequestDialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request

SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")
TODAY = date.today()  # the lift notice is signed and sent on the real day


def _requests(services: Services, customer_id: int) -> tuple[int, int]:
    extended = log_request(
        services,
        datetime.combine(TODAY - timedelta(days=6), datetime.min.time()),
        (RequestKind.ACCESS,),
        customer_id,
    )
    services.requests.record_identity_check(extended, IdentityMethod.SIGNATURE_MATCHES)
    services.requests.extend(extended, "Paljon aineistoa", today=TODAY)
    restriction = log_request(
        services,
        datetime.combine(TODAY - timedelta(days=3), datetime.min.time()),
        (RequestKind.RESTRICTION,),
        customer_id,
    )
    services.requests.record_identity_check(restriction, IdentityMethod.SIGNATURE_MATCHES)
    services.rights.restrict(restriction, "Kiistää osoitteen")
    services.rights.plan_restriction_lift(restriction, "Osoite on tarkistettu")
    letters = services.letters
    signed = letters.sign(
        letters.create(restriction, LetterKind.RESTRICTION_LIFT, today=TODAY).row.id
    )
    letters.mark_sent(signed.id, TODAY, Delivery.LETTER, today=TODAY)
    return extended, restriction


def _whole(box: RequestListBox) -> None:
    assert box.isVisible() and box.table.isVisible()
    heading = box.heading
    assert heading.sizeHint().width() <= heading.width(), heading.text()  # not cut
    assert box.table.height() > 2 * box.table.verticalHeader().defaultSectionSize()


def _cells(box: RequestListBox) -> list[list[str]]:
    table = box.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_refusal_and_lift_lists_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, customer_id: int
) -> None:
    services = window.services
    extended, restriction = _requests(services, customer_id)
    window.resize(1366, 768)
    page = window.page_list[0]
    assert isinstance(page, DashboardPage)
    page.refresh()
    qtbot.waitUntil(page.refusal_due.isVisible)
    qtbot.wait(50)
    # The extension's notice has not gone out either: three lists side by side.
    for box in page.deadline_boxes():
        _whole(box)
    [refusal] = _cells(page.refusal_due)
    assert refusal[0] == "2026-001" or refusal[0].endswith("-001")
    assert "left" in refusal[3]
    [lift] = _cells(page.lift_waiting)
    assert lift[3] == f"from {(TODAY + timedelta(days=14)).strftime('%-d/%-m/%Y')}" or lift[
        3
    ].startswith("from ")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "dashboard-deadlines-en.png"))

    opened: dict[str, int] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDialog)
        opened["id"] = dialog.request_id

    seen = in_next_dialog(look)
    table = page.lift_waiting.table
    table.selectRow(0)
    table.doubleClicked.emit(table.model().index(0, 0))
    assert seen["done"] and opened["id"] == restriction


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("screen", [(1366, 768), (1024, 576)])  # 1024x576: 1280x720 at 125 %
def test_the_lists_in_finnish_and_swedish(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, customer_id: int, lang: str, screen: tuple[int, int]
) -> None:
    services = window.services
    _requests(services, customer_id)
    window.resize(*screen)
    size = window.page_list[0].size()
    i18n.install(lang)
    try:
        page = DashboardPage(services)
        qtbot.addWidget(page)
        page.resize(size)
        page.show()
        page.refresh()
        qtbot.waitUntil(page.lift_waiting.isVisible)
        qtbot.wait(50)
        for box in page.deadline_boxes():
            _whole(box)
        title = {"fi": "Rajoitus", "sv": "Begränsning"}[lang]
        assert page.lift_waiting.heading.text().startswith(title)
        assert "Art. 18(3)" not in page.lift_waiting.heading.toolTip()  # translated
        page.grab().save(str(SHOTS / f"dashboard-deadlines-{lang}-{screen[0]}.png"))
    finally:
        i18n.install("en")
