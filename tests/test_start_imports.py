"""The cold start stays light (issue 19): the program, started as the user starts it, imports none
of the heavy modules before the login window is on screen.

A fresh interpreter runs `python -X importtime -m desktop --db REGISTER` with the benchmark's
exit-on-first-paint switch (desktop/app.py), so the list is exactly what the real start imports
up to the first painted window, and that window must be the login dialog. Everything below is
needed only after the login (the main window and its pages, documents, signing, import/export,
the demo's fake data, migrations, SQLAlchemy and the ORM models: the login window reads only
the key-slot file) and is imported inside the function that needs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import BENCH_EXIT_ON_SHOWN, BENCH_MARKER
from desktop.core.roles import Role
from desktop.services.access.users import NewUser
from desktop.services.register.business import BusinessDetails
from tests.registers import build_register

ROOT = Path(__file__).resolve().parent.parent

# Top-level packages and desktop modules that must not be imported before the login window.
HEAVY = (
    "reportlab",
    "pyhanko",
    "pypdf",
    "openpyxl",
    "vobject",
    "phonenumbers",
    "faker",
    "alembic",
    "sqlalchemy",
    "babel",
    "holidays",
    "aiohttp",
    "desktop.documents",
    "desktop.store.customer_models",
    "desktop.store.request_models",
    "desktop.store.letter_models",
    "desktop.store.statement_models",
    "desktop.store.description_models",
    "desktop.services.container",
    "desktop.services.customers",
    "desktop.services.requests",
    "desktop.services.letters",
    "desktop.services.rights",
    "desktop.services.statement",
    "desktop.services.retention",
    "desktop.ui.main_window",
    "desktop.ui.pages",
    "desktop.ui.page",
    "desktop.ui.setup",
    "desktop.ui.customers",
    "desktop.ui.requests",
    "desktop.ui.dashboard",
    "desktop.ui.admin",
    "desktop.ui.backup",
    "desktop.ui.statement",
    "desktop.ui.documents",
)


def imported_before_login(register: Path, home: Path) -> tuple[str, list[str]]:
    """(the first window painted, every module imported until then), from a fresh process."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env[BENCH_EXIT_ON_SHOWN] = "1"
    command = [sys.executable, "-X", "importtime", "-m", "desktop", "--db", str(register)]
    result = subprocess.run(
        [*command, "--lang", "fi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    shown = [line for line in result.stdout.splitlines() if line.startswith(BENCH_MARKER)]
    assert shown, f"no window shown (exit {result.returncode}): {result.stderr[-3000:]}"
    modules = [
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "self [us]" not in line
    ]
    return shown[0].removeprefix(BENCH_MARKER).strip(), modules


def heavy_among(modules: list[str]) -> list[str]:
    return sorted(
        name for name in modules if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )


def test_the_heavy_check_sees_a_heavy_module() -> None:
    """The checker itself: a submodule of a heavy package counts, a look-alike name does not."""
    found = heavy_among(["json", "reportlab.pdfgen.canvas", "desktop.documentsx", "babel"])
    assert found == ["babel", "reportlab.pdfgen.canvas"]


@pytest.mark.slow
def test_login_window_imports_nothing_heavy(tmp_path: Path) -> None:
    template = build_register(
        tmp_path / "register" / "register.kirjuri",
        BusinessDetails("Kahvila Meikäläinen", "1572860-0"),
        [(NewUser("maija", "Maija Meikäläinen", Role.ADMIN), "maijan salasana")],
    )
    window, modules = imported_before_login(template.files.db, tmp_path / "home")
    assert window == "LoginDialog"
    assert "desktop.ui.dialogs.login" in modules  # the importtime list was read at all
    assert heavy_among(modules) == []


def test_after_first_paint_runs_once_when_the_window_is_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The warm-up of the services starts only once the login window is on screen."""
    from PySide6.QtWidgets import QWidget

    from desktop.app import after_first_paint

    called: list[int] = []
    window = QWidget()
    qtbot.addWidget(window)
    after_first_paint(window, lambda: called.append(1))
    qtbot.wait(50)
    assert called == []
    window.show()
    qtbot.waitUntil(lambda: called == [1])
    window.update()
    qtbot.wait(100)
    assert called == [1]


def test_warm_up_imports_the_services_in_a_daemon_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from desktop.app import warm_up_services

    started: list[threading.Thread] = []
    original_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        started.append(self)
        original_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    warm_up_services()
    assert [thread.daemon for thread in started] == [True]
    started[0].join(timeout=120)
    assert "desktop.services.container" in sys.modules
