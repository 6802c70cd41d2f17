"""Every user switches the language for themselves, at once, without a restart (File → Language):
the open window is retranslated, the choice is kept for that user only, and F1 opens the user
guide at the page on screen, in that language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.access.remember import RememberedLogins
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from tests.ui.conftest import login


@pytest.fixture
def back_to_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install("en")


def _nav(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_a_clerk_switches_to_swedish_and_back_without_a_restart(  # type: ignore[no-untyped-def]
    qtbot, gate, preferences: Preferences, english, back_to_english
) -> None:
    services = login(gate, "ville")  # not the main user
    window = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    assert _nav(window)[0] == "Dashboard"
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: _nav(window)[0] == "Översikt")
    assert window.file_menu.title() == "&Arkiv"
    assert window.language_menu.title() == "S&pråk"
    assert window.nav.currentRow() == 1, "the page on screen stays"
    assert window.current_page().isVisible()
    assert window.language_actions["sv"].isChecked()
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: _nav(window)[0] == "Etusivu")
    assert window.help_menu.title() == "&Ohje"
    # Kept for this user only, by number: the computer's language is untouched.
    register = gate.register_id()
    assert preferences.user_language(register, services.user.id) == "fi"
    assert preferences.language is None
    maija = login(gate, "maija")
    assert preferences.user_language(register, maija.user.id) is None


def test_the_next_login_speaks_the_users_own_language(  # type: ignore[no-untyped-def]
    qtbot, gate, preferences: Preferences, english, back_to_english
) -> None:
    ville = login(gate, "ville")
    preferences.set_user_language(gate.register_id(), ville.user.id, "sv")
    window = MainWindow(ville, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    assert i18n.current_language() == "sv"
    assert _nav(window)[0] == "Översikt"


def test_f1_opens_the_guide_at_the_page_on_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, back_to_english
) -> None:
    window.nav.setCurrentRow(2)  # Requests
    window.activateWindow()
    guide = window.show_help()
    assert guide.current_page() == "requests"
    assert "Log a request" in guide.browser.toPlainText()
    window.nav.setCurrentRow(5)
    QApplication.processEvents()
    assert window.show_help("").current_page() == "administration"
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: "Ylläpito" in guide.browser.toPlainText())
    assert guide.home_button.text() == "Sisällys"
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_next_person_gets_their_own_language_not_the_previous_ones(  # type: ignore[no-untyped-def]
    qtbot, gate, preferences: Preferences, english, back_to_english
) -> None:
    from tests.ui.conftest import PASSWORDS

    ville = login(gate, "ville")
    window = MainWindow(ville, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: _nav(window)[0] == "Översikt")
    window.lock()
    assert window.is_locked()
    window.session.unlocked(gate.login("maija", PASSWORDS["maija"]))  # Maija takes over
    qtbot.waitUntil(lambda: _nav(window)[0] == "Dashboard")  # the language Kirjuri started in
    assert i18n.current_language() == "en"
