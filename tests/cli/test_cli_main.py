"""The `kirjuri` command, in-process and as a real subprocess.

The helpers run it with --lang en, so the texts checked are the English source texts whatever the
machine's language; the language tests at the end give their own.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli.main import main
from desktop.store import schema
from desktop.store.register import RegisterFiles, RegisterLock

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def in_english(args: list[str]) -> list[str]:
    return args if "--lang" in args else ["--lang", "en", *args]


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(in_english(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def run_process(
    args: list[str], stdin: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *(args if env else in_english(args))],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error", **(env or {})},
        timeout=60,
    )
    assert "Traceback" not in done.stdout + done.stderr
    return done


def init_args(db: Path) -> list[str]:
    return [
        "init",
        "--db",
        str(db),
        "--business",
        "Kahvila",
        "--admin",
        "maija",
        "--password-stdin",
    ]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"kirjuri {__version__}"
    done = run_process(["--version"], "")
    assert (done.returncode, done.stdout.strip()) == (0, "kirjuri 0.1.0")


def test_init_then_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "register.kirjuri"
    code, out, _ = run(monkeypatch, capsys, init_args(db), "maijan salasana\nignored\n")
    assert code == 0
    assert "Recovery key" in out and "safe" in out
    assert db.exists() and RegisterFiles(db).keys.exists()
    # --db before the command, password with a Windows line ending
    code, out, err = run(
        monkeypatch, capsys, ["--db", str(db), "check", "--password-stdin"], "maijan salasana\r\n"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "OK"
    assert f"schema revision {schema.head_revision()}" in out and "audit entries" in out


def test_init_without_business_id_but_with_bad_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "register.kirjuri"
    args = [*init_args(db), "--business-id", "1572860-1"]
    code, _, err = run(monkeypatch, capsys, args, "lyhyt\n")
    assert code == 2  # 1 is kept for check (issue 15 item 14)
    assert err.startswith("kirjuri: Some fields need attention.")
    assert "business.business_id" in err and "admin.password" in err and "10 characters" in err
    assert not db.exists()


def test_no_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "register.kirjuri"
    code, _, err = run(monkeypatch, capsys, init_args(db), "")
    assert code == 2 and "No password" in err
    code, _, err = run(monkeypatch, capsys, init_args(db)[:-1], "piped but not asked for\n")
    assert code == 2 and "--password-stdin" in err
    assert not db.exists()


def test_subprocess_init_check_wrong_password_and_existing(tmp_path: Path) -> None:
    db = tmp_path / "register.kirjuri"
    done = run_process(init_args(db), "maijan salasana\n")
    assert done.returncode == 0, done.stderr
    done = run_process(["check", "--db", str(db), "--password-stdin"], "maijan salasana\n")
    assert (done.returncode, done.stdout.splitlines()[0]) == (0, "OK")
    done = run_process(["check", "--db", str(db), "--password-stdin"], "väärä salasana\n")
    assert done.returncode == 3
    assert done.stderr.strip() == (
        "kirjuri: The user name or password is wrong. Check the spelling and Caps Lock."
    )
    done = run_process(init_args(db), "maijan salasana\n")
    assert done.returncode == 4
    assert "already exists" in done.stderr


def test_check_refuses_a_register_open_elsewhere(
    tmp_path: Path,
    files: RegisterFiles,
    passwords: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["check", "--db", str(files.db), "--user", "maija", "--password-stdin"]
    with RegisterLock(files):
        code, _, err = run(monkeypatch, capsys, args, passwords["maija"] + "\n")
        assert code == 8 and "already open" in err
        code, _, err = run(monkeypatch, capsys, init_args(files.db), "maijan salasana\n")
        assert code in (4, 8)
    code, out, _ = run(monkeypatch, capsys, args, passwords["maija"] + "\n")
    assert code == 0 and out.startswith("OK")


def test_check_needs_a_user_when_there_are_several(
    files: RegisterFiles, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(monkeypatch, capsys, ["check", "--db", str(files.db)], "x\n")
    assert code == 2 and "--user" in err and "ville" in err
    code, _, err = run(monkeypatch, capsys, ["check", "--db", str(files.db.with_name("no"))], "")
    assert code == 4 and "There is no register" in err


def tamper(db: Path, page: int) -> None:
    with db.open("r+b") as handle:
        handle.seek((page - 1) * PAGE + 1000)
        handle.write(b"\xa5" * 32)


def test_check_finds_tampered_pages(
    tmp_path: Path,
    files: RegisterFiles,
    passwords: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Whichever page is damaged, check ends non-zero with a plain message, never a traceback:
    either the register will not open (CorruptRegister) or the problem is listed."""
    pages = files.db.stat().st_size // PAGE
    assert pages >= 8
    listed = []
    for page in range(1, pages + 1):
        copy = RegisterFiles(tmp_path / f"p{page}" / files.db.name)
        copy.db.parent.mkdir()
        copy.db.write_bytes(files.db.read_bytes())
        copy.keys.write_bytes(files.keys.read_bytes())
        tamper(copy.db, page)
        args = ["check", "--db", str(copy.db), "--user", "ville", "--password-stdin"]
        code, out, err = run(monkeypatch, capsys, args, passwords["ville"] + "\n")
        assert code != 0, page
        assert "unexpected" not in err
        if code == 5:
            assert "damaged" in err
        else:
            assert code == 1
            assert f"HMAC verification failed for page {page}" in out
            listed.append(page)
        if page == 1:
            assert code == 5
    assert listed, "some damaged page should open and be listed by check"


def test_subprocess_check_on_a_tampered_file(
    files: RegisterFiles, passwords: dict[str, str]
) -> None:
    tamper(files.db, 1)
    args = ["check", "--db", str(files.db), "--user", "maija", "--password-stdin"]
    done = run_process(args, passwords["maija"] + "\n")
    assert done.returncode == 5
    assert "damaged" in done.stderr


def test_unexpected_errors_name_only_the_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.services.access.setup as setup

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("details that may be personal")

    monkeypatch.setattr(setup, "create_new_register", broken)
    code, _, err = run(monkeypatch, capsys, init_args(tmp_path / "r.kirjuri"), "maijan salasana\n")
    assert code == 70
    assert "RuntimeError" in err and "personal" not in err


def test_no_command_opens_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, object]] = []
    import desktop.app

    monkeypatch.setattr(desktop.app, "run_gui", lambda db, lang: calls.append((db, lang)) or 0)
    assert main(["--db", "x.kirjuri", "--lang", "sv"]) == 0
    assert main([]) == 0
    assert calls == [(Path("x.kirjuri"), "sv"), (None, None)]


def test_messages_follow_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "register.kirjuri"
    assert run(monkeypatch, capsys, init_args(db), "maijan salasana\n")[0] == 0
    args = ["check", "--db", str(db), "--password-stdin", "--lang", "fi"]
    done = run_process(args, "väärä salasana\n", env={"LANG": "C.UTF-8"})
    assert done.returncode == 3
    assert done.stderr.startswith("kirjuri: ") and "salasana" in done.stderr
    assert "password" not in done.stderr
    code, out, err = run(monkeypatch, capsys, ["--lang", "fi", *init_args(tmp_path / "b")], "")
    assert code == 2 and "salasana" in err.lower() and "--password-stdin" in err
    code, out, _ = run(monkeypatch, capsys, [*args[:-2], "--lang", "sv"], "maijan salasana\n")
    assert code == 0 and "händelseloggen" in out, out


def test_messages_follow_the_language_chosen_in_the_window(tmp_path: Path) -> None:
    """Without --lang, the language saved in the window's settings on this computer."""
    config = tmp_path / "config"
    (config / "Kirjuri").mkdir(parents=True)
    (config / "Kirjuri" / "kirjuri.ini").write_text("[ui]\nlanguage=fi\n", encoding="utf-8")
    missing = tmp_path / "missing.kirjuri"
    env = {"XDG_CONFIG_HOME": str(config), "LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB"}
    done = run_process(["check", "--db", str(missing)], "", env=env)
    assert done.returncode == 4
    assert done.stderr.startswith("kirjuri: ") and "rekisteri" in done.stderr, done.stderr
