"""A supplementary statement (GDPR Art. 16) recorded through the request after its rectification
was refused: the button works on a refused request, an empty statement is refused at its field
with the dialog kept open, the statement is kept with the customer and shown in the editor."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.core.decisions import Decision, Ground
from desktop.core.requests import IdentityMethod, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.requests.statement_dialog import StatementDialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 9, 0)
TODAY = date(2026, 11, 24)
TEXT = "Asun osoitteessa vain kesäisin; talvella postini ohjataan Ouluun."
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")


def test_statement_recorded_after_the_refusal_and_shown_with_the_data(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.RECTIFICATION,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    rights = services.rights
    rights.refuse_rectification(request_id, "addresses.0.street", "Kesäpolku 3", "Oikea osoite")
    rights.record_decision(
        request_id,
        RequestKind.RECTIFICATION,
        Decision.REFUSED,
        Ground.DATA_ACCURATE,
        reasons="Osoite tarkistettiin.",
        today=TODAY,
    )
    assert services.requests.get(request_id).row.status is RequestStatus.REFUSED
    dialog = open_dialog(qtbot, services, request_id, today=TODAY)
    dialog.resize(1366, 740)
    dialog.tabs.setCurrentWidget(dialog.handling)
    button = dialog.handling.buttons["recordStatement"]
    qtbot.waitUntil(lambda: dialog.handling.refused_fields == ("addresses.0.street",))
    assert button.isEnabled()  # the request is refused: the statement comes after the reply
    assert not dialog.handling.buttons["rectify"].isEnabled()
    seen: dict[str, object] = {}

    def fill(shown: QWidget) -> None:
        assert isinstance(shown, StatementDialog)
        seen["field"] = shown.field.currentData()
        SHOTS.mkdir(parents=True, exist_ok=True)
        shown.grab().save(str(SHOTS / "statement-dialog.png"))
        shown.save()  # nothing typed: refused at the field, the dialog stays open
        seen["error"] = shown.form.errors["statement"].text()
        seen["open"] = shown.isVisible()
        shown.text.setPlainText(TEXT)
        shown.save()

    done = in_next_dialog(fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert done["done"]
    assert seen["field"] == "addresses.0.street"
    assert seen["error"] == "Write the statement as the person gave it." and seen["open"]
    [row] = rights.supplementary_statements(customer_id)
    assert (row.statement, row.field, row.received_on) == (TEXT, "addresses.0.street", TODAY)
    events = [event.action for event in services.requests.get(request_id).events]
    assert "supplementary_statement_recorded" in events

    editor = CustomerEditor(services, services.customers.get(customer_id))
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.resize(1366, 740)
    editor.show()
    note = editor.statements
    qtbot.waitUntil(note.isVisible)
    assert "GDPR Art. 16" in note.text() and TEXT in note.text()
    assert "Street address" in note.text() and TEXT in note.toolTip()
    assert note.height() >= note.sizeHint().height()  # every line whole
    scroll = editor.findChild(QScrollArea, "customerBodyScroll")
    assert scroll is not None
    qtbot.wait(300)  # the scroll area refits its page on the next turn of the event loop
    assert not scroll.verticalScrollBar().isVisible()  # the page fits 1366x768 whole
    assert not scroll.horizontalScrollBar().isVisible()
    editor.grab().save(str(SHOTS / "editor-statement.png"))
