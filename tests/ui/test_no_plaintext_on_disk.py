"""Working through the GUI leaves no personal data readable on disk: not in the register, its
WAL, the key file, the log, the settings file or temp files."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from desktop.core.roles import Role
from desktop.logs import configure_logging
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.services.register.business import BusinessDetails
from desktop.store.register import RegisterFiles
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

KNOWN = [
    "Meikäläinen",
    "Meikalainen",
    "Kahvila Onnenkeidas",
    "Virtanen",
    "Hämeenkatu",
    "onnenkeidas.fi",
    "Yrittäjä",
]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for word in KNOWN:
            for encoded in (word.encode("utf-8"), word.encode("utf-16-le"), word.lower().encode()):
                if encoded in data:
                    found.append(f"{path.name}: {word}")
    return found


def test_names_never_reach_the_disk_in_the_clear(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    paths = Paths(
        tmp_path / "data",
        tmp_path / "config",
        tmp_path / "logs",
        tmp_path / "data" / "register.kirjuri",
    )
    configure_logging(paths.log_dir)
    files = RegisterFiles(paths.register)
    made = create_new_register(
        files,
        BusinessDetails(
            "Kahvila Onnenkeidas",
            "0737546-2",
            "Hämeenkatu 5",
            "33100",
            "Tampere",
            "03 1234 567",
            "info@onnenkeidas.fi",
        ),
        NewUser("maija", "Maija Meikäläinen", Role.ADMIN, "Yrittäjä"),
        "salasana-maija",
    )
    made.register.close()
    gate = Gate(files)
    result = gate.login("maija", "salasana-maija")
    services = Services.for_user(gate, result.user)
    services.users.add_user(NewUser("ville", "Ville Virtanen", Role.CLERK), "salasana-ville")
    preferences = Preferences(paths.settings_file)
    window = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
    window.lock()
    window.lock_form.password.setText("wrong password")  # type: ignore[union-attr]
    window.lock_form.attempt()  # type: ignore[union-attr]
    # Kirjuri's own loggers (desktop.*) write INFO lines; other libraries' only warnings.
    logging.getLogger("desktop.tests").info("worked through every page")

    # While the register is open (its WAL holds the latest pages) ...
    assert any(p.name.endswith("-wal") for p in paths.data_dir.iterdir())
    temp_dir = Path(tempfile.gettempdir())
    assert temp_dir == Path(os.environ["TMPDIR"])
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert _leaks(folder) == []
    # ... and after everything is closed.
    window.close()
    gate.close()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, temp_dir):
        assert _leaks(folder) == [], folder
    assert (paths.log_dir / "kirjuri.log").read_text().strip(), "the log is written"
    assert paths.settings_file.exists(), "preferences are written"
