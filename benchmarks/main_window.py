"""Unlock to a usable main window: login (Argon2id key derivation, opening, audit), the services,
the main window built and its first page painted, offscreen."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import build
from benchmarks.qt_list import _app
from desktop.store.register import Register, RegisterFiles


def _shown(gate: object, user: object, folder: Path) -> None:
    from keyring.backends.fail import Keyring as NoKeyring
    from PySide6.QtWidgets import QApplication

    from desktop.services.access.remember import RememberedLogins
    from desktop.services.container import Services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences import Preferences

    services = Services.for_user(gate, user)  # type: ignore[arg-type]
    window = MainWindow(
        services,
        Preferences(folder / "kirjuri.ini"),
        RememberedLogins(services.register_info.register_id(), backend=NoKeyring()),
    )
    window.show()
    QApplication.processEvents()
    window.grab()  # the first page really painted
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def unlock_to_main_window(
    files: RegisterFiles, plain_path: Path, runs: int = 3
) -> tuple[float, float, float]:
    """(Kirjuri ms, plain ms, of Kirjuri's the login ms). Plain: the same window over the plain
    SQLite copy, without a login (there is no key to derive)."""
    _app()
    from desktop.app import prepare_main_window
    from desktop.services.access.gate import Gate
    from desktop.ui.dialogs.login import while_deriving

    ours, theirs, logins = [], [], []
    with tempfile.TemporaryDirectory(prefix="kirjuri-bench-window-") as name:
        folder = Path(name)
        for _ in range(runs):
            began = time.perf_counter()
            # As KirjuriApp logs in: the key derived in a worker thread while the GUI thread
            # imports the main window (already imported after the first run).
            gate, user = while_deriving(lambda: build.login(files), prepare_main_window)
            logged_in = time.perf_counter()
            _shown(gate, user, folder)
            ours.append((time.perf_counter() - began) * 1000)
            logins.append((logged_in - began) * 1000)
            gate.close()

            plain: Register = build.plain_register(plain_path, files)
            plain_gate = Gate(files)
            plain_gate.register = plain
            began = time.perf_counter()
            _shown(plain_gate, user, folder)
            theirs.append((time.perf_counter() - began) * 1000)
            plain.close()
    return statistics.median(ours), statistics.median(theirs), statistics.median(logins)
