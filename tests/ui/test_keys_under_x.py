"""Issue 17: Kirjuri driven by real key presses on a real X server (Xvfb) under a real window
manager (openbox), keys sent through XTEST as a keyboard sends them:

- tests/ui/keys_cases.py: Enter in the login after a wrong password says so and tries once,
  Enter with the right one logs in once;
- tests/ui/shortcut_cases.py: a working day from the login on, Tab through the login and the
  customer form, Ctrl+2/3/5, Ctrl+N, Ctrl+S, Esc, Ctrl+F and Ctrl+P, each doing what its label
  says exactly once.

The X server, the xcb platform and the key presses need a process of their own: the cases run
under `xvfb-run`. Skipped where Xvfb or openbox is missing (scripts/lib.sh installs both), except
under CI=true, where that fails. The run is killed, X server and all, if it outlives its time.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ("keys_cases.py", "shortcut_cases.py")
RUN_LIMIT_S = 90  # the cases take about 30 s on a loaded two-core machine
CASE_LIMIT_S = 45  # pytest-timeout inside, for each case


def _missing() -> str | None:
    for program, package in (("xvfb-run", "xvfb"), ("openbox", "openbox")):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian package {package})"
    return None


@pytest.mark.slow
@pytest.mark.timeout(RUN_LIMIT_S + 20)
def test_keys_under_x() -> None:
    missing = _missing()
    if missing is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing} (CI=true: the X tests must run)", pytrace=False)
        pytest.skip(missing)
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "xcb"
    env["KIRJURI_X_CASES"] = "1"
    env.pop("QT_SCALE_FACTOR", None)
    process = subprocess.Popen(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "pytest",
            *(str(ROOT / "tests" / "ui" / name) for name in CASES),
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "--tb=short",
            "-o",
            f"timeout={CASE_LIMIT_S}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # one process group: the X server goes with it when killed
    )
    try:
        out, err = process.communicate(timeout=RUN_LIMIT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        pytest.fail(f"the X cases ran over {RUN_LIMIT_S} s:\n{out[-12_000:]}{err[-3_000:]}")
    assert process.returncode == 0, out[-12_000:] + err[-3_000:]
    assert "2 passed" in out, out[-3_000:]
