"""Issue 17: the login driven by real key presses on a real X server (Xvfb, keys sent through
XTEST as a keyboard sends them): Enter after a wrong password says so and tries once, Enter
with the right one logs in once. The shortcuts in the window (Tab, Ctrl+F, Ctrl+N, Ctrl+S,
Ctrl+P, Esc) are tests/ui/daily/test_shortcuts_once.py.

The X server, the xcb platform and the key presses need a process of their own:
tests/ui/keys_cases.py runs under `xvfb-run`. Skipped where Xvfb is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb (xvfb-run) is not installed")
def test_enter_in_the_login_under_x() -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "xcb"
    env["KIRJURI_X_CASES"] = "1"
    env.pop("QT_SCALE_FACTOR", None)
    run = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "pytest",
            str(ROOT / "tests" / "ui" / "keys_cases.py"),
            "-q",
            "-p",
            "no:cacheprovider",
            "--tb=short",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-12_000:] + run.stderr[-3_000:]
