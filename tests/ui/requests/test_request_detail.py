"""The request's dialog: identity check, extension, status moves, the event log, the extract."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.deadlines import due_date
from desktop.core.decisions import Decision, Ground
from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import IdentityMethod, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.ui.i18n import format_date
from desktop.ui.requests.decision_dialog import DecisionDialog
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.small_dialogs import ReasonDialog, TextDialog
from tests.ui.conftest import answer_next_dialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import TODAY, log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 10, 15)


def _events(dialog: RequestDialog) -> list[str]:
    table = dialog.events
    return [table.item(r, 2).text() for r in range(table.rowCount())]


def _give_reason(text: str) -> dict[str, bool]:
    def fill(reason_dialog: QWidget) -> None:
        assert isinstance(reason_dialog, ReasonDialog)
        reason_dialog.reason.setPlainText(text)
        reason_dialog.check()

    return in_next_dialog(fill)


def test_verify_identity_then_extend(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, customer_id=customer_id)
    dialog = open_dialog(qtbot, services, request_id)
    assert dialog.heading.text() == "2026-001 · Meikäläinen Maija"
    assert dialog.status_label.text() == "Received"
    first_due = due_date(RECEIVED.date())
    assert dialog.due_label.text() == f"Due {format_date(first_due)} · 27 days left"

    seen = _give_reason("The address differs from the one in the register")
    qtbot.mouseClick(dialog.wait_button, Qt.MouseButton.LeftButton)
    assert seen["done"]
    assert dialog.status_label.text() == "Waiting for identification"
    assert not dialog.wait_button.isVisible()

    dialog.identity_method.setCurrentIndex(
        dialog.identity_method.findData(IdentityMethod.OTHER.value)
    )
    qtbot.mouseClick(dialog.record_identity_button, Qt.MouseButton.LeftButton)
    assert dialog.identity_form.errors["identity_note"].text() == "Write the reason."
    dialog.identity_method.setCurrentIndex(
        dialog.identity_method.findData(IdentityMethod.SIGNATURE_MATCHES.value)
    )
    qtbot.mouseClick(dialog.record_identity_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "In progress"
    assert "Signature matches earlier correspondence" in dialog.identity_state.text()
    assert "by maija" in dialog.identity_state.text()
    assert _events(dialog) == [
        "Logged",
        "Status: Waiting for identification",
        "Identity checked",
    ]

    seen = _give_reason("Much data in several systems")
    qtbot.mouseClick(dialog.extend_button, Qt.MouseButton.LeftButton)
    assert seen["done"]
    new_due = due_date(RECEIVED.date(), extended=True)
    assert new_due.month - first_due.month in (2, -10)
    assert dialog.status_label.text() == "Extended"
    assert dialog.due_label.text().startswith(f"Due {format_date(new_due)}")
    assert "Much data in several systems" in dialog.deadline_state.text()
    assert not dialog.extend_button.isVisible()
    assert _events(dialog)[-1] == "Time extended"


def test_late_extension_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    qtbot, services: Services
) -> None:
    request_id = log_request(services, datetime(2026, 9, 1, 9, 0), name="Late Person")
    dialog = open_dialog(qtbot, services, request_id)
    assert "days late" in dialog.due_label.text()
    assert "#b00020" in dialog.due_label.styleSheet()
    _give_reason("Too late anyway")
    message = answer_next_dialog("OK", after=lambda: _reason_dialog_gone())
    qtbot.mouseClick(dialog.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(message, timeout=3000)
    assert services.requests.get(request_id).row.status is RequestStatus.RECEIVED


def _reason_dialog_gone() -> bool:
    from PySide6.QtWidgets import QApplication

    return not isinstance(QApplication.activeModalWidget(), ReasonDialog)


def test_refuse_close_and_reopen(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    request_id = log_request(services, RECEIVED, name="Toistuva Kysyjä")
    dialog = open_dialog(qtbot, services, request_id)
    assert not dialog.close_button.isVisible() and not dialog.reopen_button.isVisible()

    def refuse(shown: QWidget) -> None:
        assert isinstance(shown, DecisionDialog)
        # Only the grounds every right shares: 12(5) and the identity (11(2), 12(6)).
        grounds = {shown.ground.itemData(i) for i in range(shown.ground.count())}
        assert grounds == {"12_5_unfounded", "12_5_excessive", "11_2"}
        shown.choose(Decision.REFUSED, Ground.EXCESSIVE)
        shown.reasons.setPlainText("The same question for the fourth time this month")
        qtbot.mouseClick(shown.record_button, Qt.MouseButton.LeftButton)

    done = in_next_dialog(refuse)
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    assert done["done"]
    assert dialog.status_label.text() == "Refused"
    assert services.letters.suggest(request_id).value == "refusal"
    assert dialog.details["outcome"].text().startswith("The same question")
    assert dialog.due_label.text() == f"Due {format_date(due_date(RECEIVED.date()))}"

    answer_next_dialog("Close the request")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Closed"
    _give_reason("New information arrived")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "In progress"
    assert _events(dialog)[-1] == "Reopened"


def test_access_extract_is_shown(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id, today=TODAY)
    dialog.tabs.setCurrentWidget(dialog.handling)
    shown: dict[str, str] = {}

    def read(extract: QWidget) -> None:
        assert isinstance(extract, TextDialog)
        assert extract.text.isReadOnly()
        shown["text"] = extract.text.toPlainText()

    seen = in_next_dialog(read)
    qtbot.mouseClick(dialog.handling.buttons["showExtract"], Qt.MouseButton.LeftButton)
    assert seen["done"]
    assert "Meikäläinen" in shown["text"]
    assert "maija.meikalainen@example.fi" in shown["text"]


def test_reader_sees_but_cannot_act(qtbot, gate, services: Services, english) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import login

    request_id = log_request(services, RECEIVED, (RequestKind.ERASURE,), name="Someone")
    reader = login(gate, "liisa")
    dialog = open_dialog(qtbot, reader, request_id, today=date(2026, 11, 24))
    for button in (
        dialog.record_identity_button,
        dialog.extend_button,
        dialog.refuse_button,
        dialog.handling.buttons["previewErasure"],
    ):
        assert not button.isVisibleTo(dialog)


def test_restriction_offers_restrict_then_lift(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(
        services, RECEIVED, (RequestKind.RESTRICTION,), customer_id=customer_id
    )
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id)
    dialog.tabs.setCurrentWidget(dialog.handling)
    restrict = dialog.handling.buttons["restrict"]
    lift = dialog.handling.buttons["liftRestriction"]
    assert restrict.isVisible() and not lift.isVisible()

    _give_reason("The person disputes the accuracy of the address")
    qtbot.mouseClick(restrict, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lift.isVisible(), timeout=3000)
    assert not restrict.isVisible()
    assert services.rights.restriction_state(request_id) is True

    # Lifted after the notice of Art. 18(3) and the waiting period (test_request_decisions.py).
    services.rights.plan_restriction_lift(request_id, "Address checked")
    notice = services.letters.sign(
        services.letters.create(request_id, LetterKind.RESTRICTION_LIFT).row.id
    )
    services.letters.mark_sent(notice.id, date.today(), Delivery.LETTER)
    dialog.handling.today = date.today() + timedelta(days=14)
    answer_next_dialog("Lift the restriction")
    qtbot.mouseClick(lift, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restrict.isVisible(), timeout=3000)
    assert not lift.isVisible()
    assert services.rights.restriction_state(request_id) is False


def test_access_for_a_person_not_in_the_register(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), name="Someone Else")
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id)
    dialog.tabs.setCurrentWidget(dialog.handling)
    shown: dict[str, str] = {}

    def read(extract: QWidget) -> None:
        assert isinstance(extract, TextDialog)
        shown["text"] = extract.text.toPlainText()

    seen = in_next_dialog(read)
    qtbot.mouseClick(dialog.handling.buttons["showExtract"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen.get("done", False), timeout=3000)
    # The extract is in the reply language of the request (Finnish by default).
    assert "Rekisterissä ei ole sinusta tietoja" in shown["text"]
