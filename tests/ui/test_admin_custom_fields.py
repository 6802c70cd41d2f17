"""Administration → Settings: the identity-code switch and the business's own customer fields."""

from __future__ import annotations

from desktop.core.settings import CUSTOM_FIELDS, IDENTITY_CODE_ENABLED
from desktop.services.access.gate import Gate
from desktop.services.register.settings import read_setting
from desktop.ui.admin.settings_tab import SettingsTab
from desktop.ui.preferences import Preferences
from tests.ui.conftest import login


def _tab(qtbot, gate: Gate, preferences: Preferences, username: str) -> SettingsTab:  # type: ignore[no-untyped-def]
    saved: list[bool] = []
    tab = SettingsTab(login(gate, username), preferences, lambda: saved.append(True))
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_main_user_saves_identity_codes_and_custom_fields(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, preferences: Preferences, english: None
) -> None:
    tab = _tab(qtbot, gate, preferences, "maija")
    assert tab.identity_codes.text() == "Keep personal identity codes (shown masked)"
    assert not tab.identity_codes.isChecked() and tab.custom_fields.toPlainText() == ""
    assert not tab.has_unsaved_changes()

    tab.identity_codes.setChecked(True)
    assert tab.has_unsaved_changes()
    tab.identity_codes.setChecked(False)
    assert not tab.has_unsaved_changes()

    tab.custom_fields.setPlainText("Harrastus\n\n  Kengän koko  \n")
    assert tab.has_unsaved_changes()
    tab.identity_codes.setChecked(True)
    assert tab.save()
    assert not tab.has_unsaved_changes()
    register = tab.services.gate.register
    assert read_setting(register, IDENTITY_CODE_ENABLED) is True
    assert read_setting(register, CUSTOM_FIELDS) == [
        {"key": "harrastus", "label": "Harrastus"},
        {"key": "kengan_koko", "label": "Kengän koko"},
    ]

    # Blank lines and spaces are no change; a kept label keeps its key when another is added.
    tab.custom_fields.setPlainText("Harrastus\n Kengän koko\n\n")
    assert not tab.has_unsaved_changes()
    tab.custom_fields.setPlainText("Kengän koko\nLemmikki\nHarrastus")
    assert tab.save()
    assert [f["key"] for f in read_setting(register, CUSTOM_FIELDS)] == [  # type: ignore[attr-defined]
        "kengan_koko",
        "lemmikki",
        "harrastus",
    ]
    tab.refresh()
    assert tab.custom_fields.toPlainText() == "Kengän koko\nLemmikki\nHarrastus"
    assert tab.identity_codes.isChecked()


def test_only_the_main_user_may_change_them(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, preferences: Preferences, english: None
) -> None:
    tab = _tab(qtbot, gate, preferences, "ville")
    assert not tab.identity_codes.isEnabled()
    assert tab.custom_fields.isReadOnly()
