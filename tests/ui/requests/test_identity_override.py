"""A decision that changes data needs a checked identity (issue 13, item 12). In the request's
dialog the main user may override the check with a recorded reason; a clerk reads the refusal
in their own language and nothing is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.decisions import Decision, Ground
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.requests.decision_dialog import DecisionDialog
from desktop.ui.requests.small_dialogs import ReasonDialog
from tests.ui.conftest import login
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 9, 0)


def _press_decide(qtbot, services: Services, request_id: int, then=None) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, request_id)
    dialog.tabs.setCurrentWidget(dialog.handling)

    def fill(shown: QWidget) -> None:
        assert isinstance(shown, DecisionDialog)
        shown.choose(Decision.GRANTED, Ground.NONE)
        if then is not None:
            then()
        qtbot.mouseClick(shown.record_button, Qt.MouseButton.LeftButton)

    done = in_next_dialog(fill)
    key = f"decide_{RequestKind.OBJECTION.value}"
    qtbot.mouseClick(dialog.handling.buttons[key], Qt.MouseButton.LeftButton)
    assert done["done"]


def test_main_user_overrides_with_a_required_reason(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.OBJECTION,), customer_id)
    offered: list[tuple[str, str]] = []

    def confirm(_parent, text, yes, title=None, *, no=None):  # type: ignore[no-untyped-def]
        offered.append((text, yes))
        return True

    monkeypatch.setattr("desktop.ui.requests.handling.confirm", confirm)
    seen: dict[str, str] = {}

    def give_reason(shown: QWidget) -> None:
        assert isinstance(shown, ReasonDialog)
        ok = shown.findChild(QPushButton, "confirmReason")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # empty: refused at the field
        assert shown.isVisible()
        seen["error"] = shown.form.errors["reason"].text()
        shown.reason.setPlainText("Tunnen asiakkaan, hän soitti itse")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    reason_done: list[dict[str, bool]] = []
    _press_decide(
        qtbot, services, request_id, then=lambda: reason_done.append(in_next_dialog(give_reason))
    )
    assert reason_done[0]["done"]
    assert offered and offered[0][1] == "Override with a reason…"
    assert "Check the requester's identity" in offered[0][0]
    assert seen["error"] == "Write the reason."
    detail = services.requests.get(request_id)
    assert detail.identity_method == IdentityMethod.MAIN_USER_OVERRIDE.value
    assert detail.identity_note == "Tunnen asiakkaan, hän soitti itse"
    assert [d.decision for d in services.rights.decisions(request_id)] == [Decision.GRANTED]
    assert "request_identity_overridden" in services.audit_log.actions()


@pytest.fixture
def finnish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("fi")
    yield
    i18n.install("en")


def test_clerk_sees_the_refusal_and_no_override(  # type: ignore[no-untyped-def]
    qtbot,
    gate: Gate,
    services: Services,
    customer_id: int,
    monkeypatch: pytest.MonkeyPatch,
    finnish,
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.OBJECTION,), customer_id)
    clerk = login(gate, "ville")
    errors: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.requests.handling.show_error",
        lambda _parent, text, title=None: errors.append(text),
    )
    monkeypatch.setattr(
        "desktop.ui.requests.handling.confirm",
        lambda *_a, **_k: pytest.fail("a clerk is offered no override"),
    )
    _press_decide(qtbot, clerk, request_id)
    assert errors and errors[0].startswith("Varmista pyytäjän henkilöllisyys")
    assert services.rights.decisions(request_id) == []
    assert services.requests.get(request_id).identity_method == ""
