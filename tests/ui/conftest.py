"""Fixtures for the widget tests: a register made once per session, copied for each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from desktop.core.roles import Role
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.services.register.business import BusinessDetails
from desktop.store.register import RegisterFiles
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from tests.registers import build_register, copy_register

PASSWORDS = {"maija": "salasana-maija", "ville": "salasana-ville", "liisa": "salasana-liisa"}


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> RegisterFiles:
    return build_register(
        tmp_path_factory.mktemp("template") / "register.kirjuri",
        BusinessDetails(
            "Kahvila Meikäläinen",
            "0737546-2",
            "Mannerheimintie 1",
            "00100",
            "Helsinki",
            "040 123 4567",
            "info@example.fi",
            has_website=True,
            website="www.kahvila.example",
        ),
        [
            (NewUser("maija", "Maija Meikäläinen", Role.ADMIN, "Yrittäjä"), PASSWORDS["maija"]),
            (NewUser("ville", "Ville Virtanen", Role.CLERK, "Myyjä"), PASSWORDS["ville"]),
            (NewUser("liisa", "Liisa Lukija", Role.READER), PASSWORDS["liisa"]),
        ],
    ).files


@pytest.fixture
def files(tmp_path: Path, register_template: RegisterFiles) -> RegisterFiles:
    return copy_register(register_template, tmp_path)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Source texts: most tests look for English words, whatever the machine's locale."""
    i18n.install("en")
    yield


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "prefs.ini")


@pytest.fixture
def gate(files: RegisterFiles) -> Iterator[Gate]:
    gate = Gate(files)
    yield gate
    gate.close()


def login(gate: Gate, username: str) -> Services:
    result = gate.login(username, PASSWORDS[username])
    return Services.for_user(gate, result.user)


@pytest.fixture
def window(qtbot, gate: Gate, preferences: Preferences, english: None) -> MainWindow:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    main = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(main)
    main.show()
    return main


def answer_next_dialog(
    button_text: str, after: Callable[[], bool] | None = None
) -> Callable[[], bool]:
    """Click `button_text` in the next modal dialog that opens (once `after` has answered its
    own); returns a function that tells whether it was clicked. Unknown dialogs are closed so a
    test never hangs."""
    seen = {"done": False}
    tries = {"left": 250}

    def click() -> None:
        tries["left"] -= 1
        dialog = QApplication.activeModalWidget()
        if (dialog is None or (after is not None and not after())) and tries["left"] > 0:
            QTimer.singleShot(20, click)
            return
        if dialog is None:
            return
        buttons: list[QAbstractButton] = dialog.findChildren(QAbstractButton)
        for button in buttons:
            if button.text().replace("&", "") == button_text:
                seen["done"] = True
                button.click()
                return
        if isinstance(dialog, QMessageBox | QWidget):
            dialog.close()

    QTimer.singleShot(20, click)
    return lambda: seen["done"]


def capture_next_message(after: Callable[[], bool] | None = None) -> dict[str, str]:
    """Read the text of the next message box (once `after` has answered its own) and close it
    with OK."""
    captured: dict[str, str] = {}
    tries = {"left": 250}

    def read() -> None:
        tries["left"] -= 1
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or (after is not None and not after()):
            if tries["left"] > 0:
                QTimer.singleShot(20, read)
            return
        captured["text"] = box.text()
        box.accept()

    QTimer.singleShot(20, read)
    return captured
