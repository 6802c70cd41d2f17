"""The grounds where the right's own conditions are not met (17(1), 18(1), 20(1), 21(1) with
6(1)(e)/(f)) through the decision dialog: offered for their own right only, labelled in the
user's language, the dialog still fits a small screen, and a refusal recorded through the
request's dialog drafts a letter with the ground, the reasons and the Art. 12(4) remedies."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.decisions import Decision, Ground
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestKind, RequestStatus
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.requests.decision_dialog import DecisionDialog
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.requests.conftest import log_request, open_dialog

ROOT = Path(__file__).resolve().parents[3]
RECEIVED = datetime(2026, 11, 20, 9, 0)
TODAY = date(2026, 11, 24)
OWN = {
    RequestKind.ERASURE: (Decision.REFUSED, Ground.ERASURE_NOT_MET, "17 artiklan 1 kohta"),
    RequestKind.RESTRICTION: (Decision.REFUSED, Ground.RESTRICTION_NOT_MET, "18 artiklan 1 kohta"),
    RequestKind.PORTABILITY: (
        Decision.REFUSED,
        Ground.PORTABILITY_OUT_OF_SCOPE,
        "20 artiklan 1 kohta",
    ),
    RequestKind.OBJECTION: (
        Decision.REFUSED,
        Ground.OBJECTION_NOT_APPLICABLE,
        "21 artiklan 1 kohta",
    ),
}


@pytest.fixture
def finnish(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    out = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "build", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert i18n.install("fi", translations_dir=out), "kirjuri_fi.qm was not built"
    try:
        yield
    finally:
        i18n.install("en")


def _offered(dialog: DecisionDialog) -> dict[str, str]:
    return {
        dialog.ground.itemData(i): dialog.ground.itemText(i) for i in range(dialog.ground.count())
    }


def test_each_own_ground_is_offered_for_its_right_only_in_finnish(  # type: ignore[no-untyped-def]
    qtbot, finnish: None
) -> None:
    for right in RequestKind:
        dialog = DecisionDialog(right)
        qtbot.addWidget(dialog)
        for decision in Decision:
            at = dialog.decision.findData(decision.value)
            if at < 0:
                continue
            dialog.decision.setCurrentIndex(at)
            offered = _offered(dialog)
            for owner, (_, ground, article) in OWN.items():
                # 17(1) and 20(1) may also be a partial grant (the rest erased or given).
                expected = owner is right and (
                    decision is Decision.REFUSED
                    or (
                        decision is Decision.PARTLY_GRANTED
                        and ground in (Ground.PORTABILITY_OUT_OF_SCOPE, Ground.ERASURE_NOT_MET)
                    )
                )
                assert (ground.value in offered) is expected, (right, decision, ground)
                if ground.value in offered:
                    label = offered[ground.value]
                    assert article in label and "Art." not in label, label
                    dialog.choose(decision, ground)
                    assert "valitus" in dialog.remedies.text() or "kanne" in dialog.remedies.text()
                    assert dialog.ground.toolTip() == label
        # 1280x720 at 125 %: 1024 logical pixels across; the long law labels must not widen it.
        dialog.adjustSize()
        assert dialog.sizeHint().width() <= 1024, (right, dialog.sizeHint())


def test_a_direct_marketing_ban_is_still_never_refusable(  # type: ignore[no-untyped-def]
    qtbot, english: None
) -> None:
    dialog = DecisionDialog(RequestKind.MARKETING_BAN)
    qtbot.addWidget(dialog)
    assert [dialog.decision.itemData(i) for i in range(dialog.decision.count())] == ["granted"]


def _refuse(  # type: ignore[no-untyped-def]
    qtbot, services: Services, request_id: int, right: RequestKind, ground: Ground
) -> None:
    dialog = open_dialog(qtbot, services, request_id, today=TODAY)
    dialog.tabs.setCurrentWidget(dialog.handling)

    def fill(shown: QWidget) -> None:
        assert isinstance(shown, DecisionDialog)
        shown.choose(Decision.REFUSED, ground)
        assert shown.chosen_ground() is ground
        shown.reasons.setPlainText("Tilaus 2026-114 on vielä toimittamatta.")
        qtbot.mouseClick(shown.record_button, Qt.MouseButton.LeftButton)

    done = in_next_dialog(fill)
    qtbot.mouseClick(dialog.handling.buttons[f"decide_{right.value}"], Qt.MouseButton.LeftButton)
    assert done["done"]


@pytest.mark.parametrize("right", list(OWN), ids=lambda right: right.value)
def test_a_refusal_on_the_rights_own_conditions_drafts_its_letter(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, right: RequestKind
) -> None:
    _, ground, article = OWN[right]
    request_id = log_request(services, RECEIVED, (right,), customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    _refuse(qtbot, services, request_id, right, ground)
    assert services.requests.get(request_id).row.status is RequestStatus.REFUSED
    kind = services.letters.suggest(request_id)
    expected = {
        RequestKind.ERASURE: LetterKind.ERASURE_REFUSED,
        RequestKind.OBJECTION: LetterKind.OBJECTION_CONTINUED,
    }.get(right, LetterKind.REFUSAL)
    assert kind is expected
    text = " ".join(services.letters.create(request_id, kind, today=TODAY).text.split())
    assert article in text and "Tilaus 2026-114 on vielä toimittamatta." in text
    assert "nostaa meitä vastaan kanne käräjäoikeudessa" in text  # Art. 12(4), 79
    assert "ilmeisen perusteeton" not in text and "kohtuuton" not in text  # not 12(5)
    if right is RequestKind.ERASURE:
        assert "poistamista koskevan oikeuden edellytykset eivät täyty" in text.lower()
        assert services.customers.get(customer_id).form.last_name == "Meikäläinen"
    if right is RequestKind.PORTABILITY:
        assert "15 artikla" in text  # access still gives a copy
    if right is RequestKind.OBJECTION:
        assert "21 artiklan 2 ja 3 kohta" in text  # a marketing objection is always honoured
