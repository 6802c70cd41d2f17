"""Cold start: from starting the process to its first window painted, offscreen.

Kirjuri: `python -m desktop --db REGISTER` with KIRJURI_BENCH_EXIT_ON_SHOWN=1, which prints a marker
and exits when the first window (the login window, since the register exists) is painted.
Baseline: a bare PySide6 QWidget started in a subprocess the same way. Each in fresh
XDG folders, median of `runs`; the first run of each warms the disk cache and is not counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.app import BENCH_EXIT_ON_SHOWN, BENCH_MARKER
from desktop.store.register import RegisterFiles

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = f"""
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            QTimer.singleShot(0, leave)
        return False

def leave():
    print("{BENCH_MARKER} QWidget", flush=True)
    os._exit(0)

app = QApplication([])
watcher = Painted(app)
app.installEventFilter(watcher)
window = QWidget()
window.resize(420, 300)
window.show()
app.exec()
"""


def _time_until_marker(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    began = time.perf_counter()
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    elapsed = time.perf_counter() - began
    for line in result.stdout.splitlines():
        if line.startswith(BENCH_MARKER):
            return elapsed * 1000, line.removeprefix(BENCH_MARKER).strip()
    raise RuntimeError(f"no window shown (exit {result.returncode}): {result.stderr[-2000:]}")


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env[BENCH_EXIT_ON_SHOWN] = "1"
    return env


def cold_start(register: RegisterFiles, runs: int = 5) -> tuple[float, float, str]:
    """(Kirjuri ms, bare QWidget ms, which window Kirjuri showed first)."""
    with tempfile.TemporaryDirectory(prefix="kirjuri-bench-start-") as folder:
        env = _environment(Path(folder))
        kirjuri = [sys.executable, "-m", "desktop", "--db", str(register.db), "--lang", "fi"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        ours: list[float] = []
        theirs: list[float] = []
        shown = ""
        for attempt in range(runs + 1):
            ms, shown = _time_until_marker(kirjuri, env)
            bare_ms, _ = _time_until_marker(bare, env)
            if attempt:  # the first round only warms the page cache
                ours.append(ms)
                theirs.append(bare_ms)
        return statistics.median(ours), statistics.median(theirs), shown
