"""Issue 17, item 5: sending the final reply closes the request in the same step, unless the user
keeps it open; a letter that is not the final reply never offers it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.ui.requests.sent_dialog import MarkSentDialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 10, 15)


def _signed(services: Services, customer_id: int, kind: LetterKind) -> int:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    letter = services.letters.create(request_id, kind)
    services.letters.sign(letter.row.id)
    return request_id


def _send(qtbot, services: Services, request_id: int, keep_open: bool) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, request_id)
    tab = dialog.letters
    dialog.tabs.setCurrentWidget(tab)
    tab.table.selectRow(tab.table.rowCount() - 1)
    seen: dict[str, bool] = {}

    def fill(sent: QWidget) -> None:
        assert isinstance(sent, MarkSentDialog)
        seen["offered"] = sent.close_request.isVisibleTo(sent)
        seen["ticked"] = sent.close_request.isChecked()
        if keep_open:
            sent.close_request.setChecked(False)
        qtbot.mouseClick(sent.findChild(QWidget, "confirmSent"), Qt.MouseButton.LeftButton)

    done = in_next_dialog(fill)
    qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    assert done["done"]
    return seen


def test_sending_the_final_reply_closes_the_request(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = _signed(services, customer_id, LetterKind.ACCESS)
    seen = _send(qtbot, services, request_id, keep_open=False)
    assert seen == {"offered": True, "ticked": True}
    detail = services.requests.get(request_id)
    assert detail.row.status is RequestStatus.CLOSED
    actions = [event.action for event in detail.events]
    assert actions.index("letter_sent") < actions.index("status_answered")
    assert actions.index("status_answered") < actions.index("status_closed")


def test_the_request_can_be_kept_open(qtbot, services: Services, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    request_id = _signed(services, customer_id, LetterKind.ACCESS)
    _send(qtbot, services, request_id, keep_open=True)
    detail = services.requests.get(request_id)
    assert detail.row.status is RequestStatus.IN_PROGRESS
    assert "letter_sent" in [event.action for event in detail.events]


def test_an_acknowledgement_does_not_offer_to_close(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = _signed(services, customer_id, LetterKind.ACKNOWLEDGEMENT)
    seen = _send(qtbot, services, request_id, keep_open=False)
    assert seen["offered"] is False
    assert services.requests.get(request_id).row.status is not RequestStatus.CLOSED
