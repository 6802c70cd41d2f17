"""Decisions through the request's dialog: an erasure refused under a legal hold, a partial
access refusal, an objection continued on compelling grounds, a restriction lifted after its
notice, and an extension notice sent too late, refused with a message."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from desktop.core.decisions import Decision, Ground
from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import IdentityMethod, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.store.customer_models import Customer
from desktop.ui.requests.decision_dialog import DecisionDialog
from desktop.ui.requests.sent_dialog import MarkSentDialog
from desktop.ui.widgets.form import CheckedForm
from tests.ui.conftest import answer_next_dialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 9, 0)
TODAY = date(2026, 11, 24)


def _decide(  # type: ignore[no-untyped-def]
    qtbot,
    services: Services,
    request_id: int,
    kind: RequestKind,
    decision: Decision,
    ground: Ground,
    reasons: str,
    purpose: str = "",
) -> dict[str, str]:
    dialog = open_dialog(qtbot, services, request_id, today=TODAY)
    dialog.tabs.setCurrentWidget(dialog.handling)
    seen: dict[str, str] = {}

    def fill(shown: QWidget) -> None:
        assert isinstance(shown, DecisionDialog)
        shown.choose(decision, ground)
        seen["remedies"] = shown.remedies.text()
        shown.reasons.setPlainText(reasons)
        shown.purpose.setText(purpose)
        qtbot.mouseClick(shown.record_button, Qt.MouseButton.LeftButton)

    done = in_next_dialog(fill)
    qtbot.mouseClick(dialog.handling.buttons[f"decide_{kind.value}"], Qt.MouseButton.LeftButton)
    assert done["done"]
    return seen


def test_erasure_refused_under_a_legal_hold_gets_the_17_3_letter(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    with services.gate.register.write() as session:
        session.execute(update(Customer).where(Customer.id == customer_id).values(legal_claim=True))
    request_id = log_request(services, RECEIVED, (RequestKind.ERASURE,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    seen = _decide(
        qtbot,
        services,
        request_id,
        RequestKind.ERASURE,
        Decision.REFUSED,
        Ground.LEGAL_CLAIMS,
        "Laskusta on riita käräjäoikeudessa.",
    )
    assert "bring an action in court" in seen["remedies"]
    assert services.requests.get(request_id).row.status is RequestStatus.REFUSED
    assert services.letters.suggest(request_id) is LetterKind.ERASURE_REFUSED
    letter = services.letters.create(request_id, LetterKind.ERASURE_REFUSED, today=TODAY)
    assert "17 artiklan 3 kohdan e alakohta" in letter.text
    assert "ilmeisen perusteeton" not in letter.text
    assert "nostaa meitä vastaan kanne käräjäoikeudessa" in letter.text
    assert services.customers.get(customer_id).form.last_name == "Meikäläinen"  # nothing erased


def test_access_refused_in_part_for_others_rights(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    _decide(
        qtbot,
        services,
        request_id,
        RequestKind.ACCESS,
        Decision.PARTLY_GRANTED,
        Ground.OTHERS_RIGHTS,
        "Muistiinpanossa on toisen asiakkaan terveystietoja.",
    )
    assert services.requests.get(request_id).row.status is RequestStatus.ANSWERED
    letter = services.letters.create(request_id, LetterKind.ACCESS, today=TODAY)
    assert "15 artiklan 4 kohta" in letter.text and "toisen asiakkaan" in letter.text
    assert "kanne käräjäoikeudessa" in letter.text


def test_objection_continued_on_compelling_grounds(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.OBJECTION,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    _decide(
        qtbot,
        services,
        request_id,
        RequestKind.OBJECTION,
        Decision.CONTINUED,
        Ground.COMPELLING_GROUNDS,
        "Takuuajan huolto edellyttää yhteystietoja.",
        purpose="Takuuhuollon yhteydenotot",
    )
    decided = services.rights.decisions(request_id)
    assert [(d.decision, d.purpose) for d in decided] == [
        (Decision.CONTINUED, "Takuuhuollon yhteydenotot")
    ]
    letter = services.letters.create(request_id, LetterKind.OBJECTION_CONTINUED, today=TODAY)
    assert "Jatkamme tietojesi käsittelyä" in letter.text
    assert "21 artiklan 1 kohta" in letter.text and "Takuuhuollon yhteydenotot" in letter.text


def test_restriction_lifted_after_the_notice(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    today = date.today()
    request_id = log_request(
        services, datetime.now().replace(microsecond=0), (RequestKind.RESTRICTION,), customer_id
    )
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    services.rights.restrict(request_id, "Osoite kiistetty")
    dialog = open_dialog(qtbot, services, request_id, today=today)
    dialog.tabs.setCurrentWidget(dialog.handling)
    handling = dialog.handling
    errors: list[str] = []

    def lift() -> None:
        answer_next_dialog("Lift the restriction")
        qtbot.mouseClick(handling.buttons["liftRestriction"], Qt.MouseButton.LeftButton)

    import desktop.ui.ops as ops

    original = ops.show_error
    ops.show_error = lambda _parent, text, title=None: errors.append(text)  # type: ignore[assignment]
    try:
        lift()  # no notice yet: refused, with the reason
        assert errors and "Art. 18(3)" in errors[-1]

        def plan(shown: QWidget) -> None:
            shown.reason.setPlainText("Osoite tarkistettu")  # type: ignore[attr-defined]
            shown.accept()

        done = in_next_dialog(plan)
        qtbot.mouseClick(handling.buttons["planLift"], Qt.MouseButton.LeftButton)
        assert done["done"]
        notice = services.letters.sign(
            services.letters.create(request_id, LetterKind.RESTRICTION_LIFT, today=today).row.id
        )
        services.letters.mark_sent(notice.id, today, Delivery.LETTER)
        lift()  # the waiting period has not passed
        assert "at the earliest" in errors[-1]
        assert services.rights.restriction_state(request_id) is True
        handling.today = today + timedelta(days=14)
        before = len(errors)
        lift()
        assert len(errors) == before
    finally:
        ops.show_error = original  # type: ignore[assignment]
    assert services.rights.restriction_state(request_id) is False


def test_extension_notice_sent_late_is_refused(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = datetime(2026, 10, 1, 9, 0)
    request_id = log_request(services, received, (RequestKind.ACCESS,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    services.requests.extend(request_id, "Paljon aineistoa", today=date(2026, 10, 20))
    letter = services.letters.sign(services.letters.create(request_id, LetterKind.EXTENSION).row.id)
    dialog = open_dialog(qtbot, services, request_id, today=date.today())
    tab = dialog.letters
    dialog.tabs.setCurrentWidget(tab)
    tab._select(letter.id)
    errors: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.widgets.form.show_error", lambda _parent, text, title=None: errors.append(text)
    )

    def fill(sent: QWidget) -> None:
        assert isinstance(sent, MarkSentDialog) and isinstance(sent.form, CheckedForm)
        sent.sent_on.setDate(QDate.currentDate())
        sent.accept()

    done = in_next_dialog(fill)
    qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    assert done["done"]
    assert errors and "within the first month" in errors[0] and "2.11.2026" in errors[0]
    assert services.letters.for_request(request_id)[0].sent_on is None
