"""Issue 15, item 3 (start): on every start, the window's and each command's, Kirjuri removes what
a run of its own left when it died (its temp folder of that run, attachment copies, the hidden
partial files of interrupted saves) and says so in the log, by kind and count, never by name.
What belongs to a run still going, to an earlier version's run still within its time, or to
anyone else stays."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import Paths
from desktop.private_files import temp_folder, temp_owner
from desktop.store.register import RegisterFiles
from tests import registers
from tests.registers import PASSWORDS, copy_register

ROOT = Path(__file__).resolve().parents[2]
DAY = 24 * 3600
register_template = registers.register_template  # a fixture pytest finds by name


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def put(path: Path, data: bytes = b"left over", *, age: float = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
        os.utime(path.parent, (then, then))
    return path


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    folders = {
        name: tmp_path / name.lower()
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    }
    folders["TMPDIR"] = tmp_path / "tmp"
    for folder in folders.values():
        folder.mkdir()
    yield {**os.environ, **{name: str(folder) for name, folder in folders.items()}}
    for folder in folders.values():  # the session's temp folder is searched for names later
        shutil.rmtree(folder, ignore_errors=True)


def paths_in(env: dict[str, str]) -> Paths:
    cache = Path(env["XDG_CACHE_HOME"]) / "Kirjuri"
    data = Path(env["XDG_DATA_HOME"]) / "Kirjuri"
    return Paths(
        data,
        Path(env["XDG_CONFIG_HOME"]),
        Path(env["XDG_STATE_HOME"]) / "Kirjuri" / "log",
        data / "register.kirjuri",
        cache_dir=cache,
    )


def test_a_start_removes_what_dead_runs_left_and_keeps_the_rest(
    env: dict[str, str], register_template: registers.Template
) -> None:
    paths = paths_in(env)
    files = copy_register(register_template.files, paths.data_dir)
    os.chmod(paths.data_dir, 0o755)
    gone, alive = dead_pid(), os.getpid()
    system_temp = Path(env["TMPDIR"])
    removed = [
        # A run that died: its folder, a viewer copy and a library's temp file inside.
        put(paths.temp_dir / f"kirjuri-run-{gone}-abcd1234" / "tmpx7q_openpyxl"),
        put(
            paths.temp_dir
            / f"kirjuri-run-{gone}-abcd1234"
            / f"kirjuri-view-{gone}-a1b2c3d4"
            / "kirjuri-12.pdf"
        ),
        # A viewer copy made outside a run, and one of an earlier version, a day old.
        put(system_temp / f"kirjuri-view-{gone}-zz99yy88" / "kirjuri-3.png"),
        put(system_temp / "kirjuri-attachment-q1w2e3r4" / "Virtanen sopimus.pdf", age=DAY),
        # Hidden partial files of interrupted saves, as named now and by earlier versions.
        put(paths.data_dir / ".kirjuri-k3y5l0t5.partial", age=DAY),
        put(paths.data_dir / ".register.kirjuri.keys.ab12cd_4.tmp", age=DAY),
    ]
    kept = [
        put(paths.temp_dir / f"kirjuri-run-{alive}-efgh5678" / "in-use.tmp"),
        put(system_temp / f"kirjuri-view-{alive}-qwer5678" / "kirjuri-4.pdf"),
        put(system_temp / "kirjuri-attachment-recent12" / "kirjuri-5.pdf"),  # within its time
        put(system_temp / "someone-else" / "file.txt"),
        put(paths.data_dir / ".kirjuri-s4v1ng00.partial"),  # a save going on now
        put(paths.data_dir / ".register.kirjuri.keys.zz34yy_6.tmp"),
        put(paths.data_dir / ".my-own-notes.tmp"),
        files.db,
        files.keys,
    ]

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--lang",
            "en",
            "check",
            "--db",
            str(files.db),
            "--user",
            "maija",
            "--password-stdin",
        ],
        input=PASSWORDS["maija"] + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    # An earlier version's open data folder is private now.
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert [p for p in removed if p.exists()] == []
    assert not (paths.temp_dir / f"kirjuri-run-{gone}-abcd1234").exists()
    assert [p for p in kept if not p.exists()] == []
    log = (paths.log_dir / "kirjuri-cli.log").read_text(encoding="utf-8")
    assert (
        "leftovers of earlier runs removed: 2 partial files, 1 run folders, "
        "3 attachment copies, 1 other temporary files" in log
    )
    for name in ("Virtanen", "kirjuri-12", "sopimus", "openpyxl", str(gone)):
        assert name not in log
    # The command's own run folder went when it ended.
    assert sorted(p.name for p in paths.temp_dir.iterdir()) == [f"kirjuri-run-{alive}-efgh5678"]


def test_the_window_sweeps_too(env: dict[str, str], register_template: registers.Template) -> None:
    paths = paths_in(env)
    files = copy_register(register_template.files, paths.data_dir)
    leftover = put(paths.temp_dir / f"kirjuri-run-{dead_pid()}-abcdefgh" / "tmp12345678")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "--db", str(files.db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen", "KIRJURI_BENCH_EXIT_ON_SHOWN": "1"},
        timeout=120,
    )
    assert "window shown" in done.stdout, done.stderr
    assert not leftover.exists()
    log = (paths.log_dir / "kirjuri.log").read_text(encoding="utf-8")
    assert "removed: 0 partial files, 1 run folders, 0 attachment copies, 1 other" in log


def test_temporary_folders_say_nothing_of_what_they_hold() -> None:
    folder = temp_folder(kind="view")
    try:
        assert folder.name.startswith(f"kirjuri-view-{os.getpid()}-")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert temp_owner(folder.name) == os.getpid()
        assert temp_owner("kirjuri-view-x-abcdefgh") is None
        assert temp_owner("Virtanen-1234-abcdefgh") is None
    finally:
        folder.rmdir()


def test_a_missing_register_folder_is_no_reason_to_fail(env: dict[str, str]) -> None:
    """The very first start: nothing to sweep, no folders yet."""
    paths = paths_in(env)
    files = RegisterFiles(paths.register)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--lang",
            "en",
            "check",
            "--db",
            str(files.db),
            "--password-stdin",
        ],
        input="x\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 4  # no register: said plainly, after the sweep found nothing
    log = (paths.log_dir / "kirjuri-cli.log").read_text(encoding="utf-8")
    assert "leftovers of earlier runs removed: 0 partial files" in log
