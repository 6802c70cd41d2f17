"""Administration → Due for erasure: closed requests past their 3 years from the end of
handling are counted and erased with their logs by the main user."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, update

from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.requests.log import RequestForm
from desktop.store.request_models import Request
from desktop.ui.admin.due_tab import DueTab
from tests.ui.conftest import login


def test_closed_requests_past_their_period_are_erased(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = login(gate, "maija")
    ids = [
        services.requests.log(
            RequestForm(
                received_at=datetime(2021, 3, 1, 9, 0),
                channel=RequestChannel.LETTER,
                kinds=(RequestKind.ACCESS,),
                requester_name=name,
            )
        ).id
        for name in ("Vanha Pyytäjä", "Uusi Pyytäjä")
    ]
    with services.gate.register.write() as session:
        for request_id, closed in zip(ids, (datetime(2021, 4, 1), datetime.now()), strict=True):
            session.execute(
                update(Request)
                .where(Request.id == request_id)
                .values(closed_at=closed, status="closed")
            )
    tab = DueTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.requests_count == 1)
    assert "1 due for erasure" in tab.requests_due.text()
    assert tab.erase_requests_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.due_tab.confirm",
        lambda _p, text, yes, *a, **k: asked.append(text) or True,
    )
    monkeypatch.setattr("desktop.ui.admin.due_tab.show_info", lambda *_a, **_k: None)
    tab.erase_requests_button.click()
    assert asked and "1 closed request" in asked[0]
    qtbot.waitUntil(lambda: tab.requests_count == 0)
    assert not tab.erase_requests_button.isEnabled()
    with services.gate.register.read() as session:
        assert list(session.scalars(select(Request.id))) == [ids[1]]
