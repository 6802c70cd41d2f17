"""`kirjuri --self-test`: every step passes on a real install, and a failing step fails it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name, _step in self_test.steps():
        assert f"OK      {name}" in result.stdout
    assert "FAILED" not in result.stdout
    assert "window shown" in result.stdout
    assert list(tmp_path.iterdir()) == [], "the temporary register was not removed"


@pytest.mark.gui
def test_a_failing_step_fails_the_self_test(qapp) -> None:  # type: ignore[no-untyped-def]
    folders: list[Path] = []

    def remember_folder(ctx: self_test.Context) -> None:
        folders.append(ctx.folder)

    def broken(ctx: self_test.Context) -> None:
        raise FileNotFoundError("resources/fonts/DejaVuSans.ttf")

    out = io.StringIO()
    code = self_test.run(out, [("remember", remember_folder), ("find a font", broken)])
    assert code == 1
    text = out.getvalue()
    assert "OK      remember" in text
    assert "FAILED  find a font: FileNotFoundError" in text
    assert "1 step(s) FAILED" in text
    assert folders and not folders[0].exists()
