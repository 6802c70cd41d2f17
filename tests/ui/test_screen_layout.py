"""Issue 17, "layouts that cannot clip": the pseudo-translated pages, dialogs, wizard pages and
message states on the screens offices have — 1366×768, and 1280×720 at 125 % (QT_SCALE_FACTOR) —
with no clipped text, no widget under its size hint and no window larger than the screen; and
in real Finnish and Swedish no page, tab or everyday dialog that scrolls sideways
(tests/ui/sideways_cases.py).

Qt reads the screen and the scale once per process, so each screen runs the cases in a pytest
of its own (offscreen, the screen given to the platform plugin by a config file).
Set KIRJURI_SCREENSHOTS=/some/folder to keep a PNG of each state.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    pytest.param(1366, 768, "1", id="1366x768"),
    pytest.param(1280, 720, "1.25", id="1280x720-125%"),
]


@pytest.mark.slow
@pytest.mark.timeout(1500)
@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_screen_state_fits(tmp_path: Path, width: int, height: int, scale: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "office", "x": 0, "y": 0, "width": width, "height": height}]}
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = scale
    env["KIRJURI_SCREEN_CASES"] = f"{width}x{height}@{scale}"
    if folder := os.environ.get("KIRJURI_SCREENSHOTS"):
        env["KIRJURI_SCREENSHOTS"] = str(Path(folder) / f"{width}x{height}")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(ROOT / "tests" / "ui" / "screen_cases.py"),
            str(ROOT / "tests" / "ui" / "sideways_cases.py"),
            "-q",
            "-p",
            "no:cacheprovider",
            "--tb=short",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-12_000:] + run.stderr[-3_000:]
