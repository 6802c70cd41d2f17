"""`kirjuri statement`: the privacy statement written from a script, in each language and format,
with a translated message and an exit code per kind of error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.access.gate import Gate
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

ROOT = Path(__file__).resolve().parents[2]


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str,
    language: str = "",
) -> tuple[int, str, str]:
    """In a process of its own: in-process, a QApplication left by a GUI test would keep its
    language and the --lang message checks would see English. `language`: the system's (for the
    messages when --lang names the statement's language instead)."""
    system = {"LANGUAGE": language} if language else {}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error", **system},
        timeout=120,
    )
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stdout, done.stderr


def statement_args(files: RegisterFiles, lang: str, fmt: str, out: Path) -> list[str]:
    return [
        "statement",
        "--db",
        str(files.db),
        "--user",
        "maija",
        "--password-stdin",
        "--lang",
        lang,
        "--format",
        fmt,
        "--out",
        str(out),
    ]


@pytest.mark.parametrize(
    ("lang", "title", "heading", "message"),
    [
        ("fi", "Tietosuojaseloste", "Rekisterin suojauksen periaatteet", "Kirjoitettiin"),
        ("sv", "Dataskyddsbeskrivning", "Principerna för skyddet av registret", "Skrev"),
        ("en", "Privacy statement", "Principles of protecting the register", "Wrote"),
    ],
)
def test_statement_in_each_language_as_pdf_and_html(
    lang: str,
    title: str,
    heading: str,
    message: str,
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gate = Gate(files)
    user = gate.login("maija", PASSWORDS["maija"]).user
    service = RegisterDescriptionService(gate.register, user)
    service.save(service.current())
    gate.close()

    pdf, page = tmp_path / f"s_{lang}.pdf", tmp_path / f"s_{lang}.html"
    code, out, _ = run(
        monkeypatch, capsys, statement_args(files, lang, "pdf", pdf), "maijan salasana\n"
    )
    assert code == 0 and message in out and str(pdf) in out
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert title in text and heading in text and "24.11" not in title
    assert "Kahvila Meikäläinen" in text and "1. " in text

    code, _, _ = run(
        monkeypatch, capsys, statement_args(files, lang, "html", page), "maijan salasana\n"
    )
    html = page.read_text(encoding="utf-8")
    assert code == 0 and html.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in html
    assert heading in html and "<script" not in html
    pdf.unlink()
    page.unlink()  # the business's name in the clear: tests/ui/test_no_plaintext_on_disk scans tmp


def test_statement_errors_have_their_exit_codes(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "s.pdf"
    code, _, err = run(monkeypatch, capsys, statement_args(files, "fi", "pdf", out), "wrong\n")
    assert code == 3 and "salasana" in err and not out.exists()

    missing = RegisterFiles(tmp_path / "nothing.kirjuri")
    code, _, err = run(monkeypatch, capsys, statement_args(missing, "en", "pdf", out), "x\n")
    assert code == 4 and "There is no register" in err

    blocked = tmp_path / "no-such-folder" / "s.pdf"
    code, _, err = run(
        monkeypatch, capsys, statement_args(files, "en", "html", blocked), "maijan salasana\n"
    )
    assert code == 7 and "cannot write" in err

    code, _, _ = run(monkeypatch, capsys, ["statement", "--db", str(files.db)], "")
    assert code == 2  # --format and --out are required


def test_the_template_statement_before_any_save(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before the business saves its own description, the template stands in (version 0)."""
    out = tmp_path / "s.html"
    code, stdout, _ = run(
        monkeypatch, capsys, statement_args(files, "en", "html", out), "maijan salasana\n"
    )
    assert code == 0 and "made from the template" in stdout and "version" not in stdout
    assert "Kahvila Meikäläinen" in out.read_text(encoding="utf-8")
    out.unlink()


def test_statement_import_saves_a_version_or_says_why_not(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    required = "\n\n".join(
        f"{number}. {heading}\n{text}"
        for number, (heading, text) in enumerate(
            [
                ("Rekisterinpitäjä", "Kahvila Meikäläinen, Mannerheimintie 1, Helsinki"),
                ("Rekisterin nimi", "Kahvilan asiakasrekisteri"),
                ("Käyttötarkoitus", "Tilaukset."),
                ("Käsittelyn oikeusperuste", "Sopimus."),
                ("Rekisterin tietosisältö", "Nimi ja puhelinnumero."),
                ("Säilytysaika", "Kaksi vuotta."),
                ("Rekisteröidyn oikeudet", "Tarkastusoikeus; valitus tietosuojavaltuutetulle."),
            ],
            start=1,
        )
    )
    source = tmp_path / "seloste.txt"
    source.write_text("Tietosuojaseloste\n\n" + required + "\n\nSivu 1 (1)\n", encoding="utf-8")
    login = ["--db", str(files.db), "--user", "maija", "--password-stdin"]
    code, _, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(source), *login],
        "maijan salasana\n",
        "en",
    )
    assert code == 1 and "Sivu 1 (1)" in err and "Nothing was saved" in err
    code, out, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(source), "--leave-out-unplaced", *login],
        "maijan salasana\n",
        "en",
    )
    assert code == 0, err
    assert "Imported 7 sections" in out and "version 1" in out

    short = tmp_path / "lyhyt.txt"
    short.write_text("1. Rekisterinpitäjä\nKahvila\n\n2. Evästeet\nEi evästeitä.\n")
    code, _, err = run(
        monkeypatch, capsys, ["statement", "import", str(short), *login], "maijan salasana\n", "en"
    )
    assert code == 1 and "purposes" in err

    scanned = tmp_path / "kuva.pdf"
    scanned.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    code, _, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(scanned), *login],
        "maijan salasana\n",
        "en",
    )
    assert code == 4 and "could not be read" in err
    code, _, _ = run(monkeypatch, capsys, ["statement", "import", *login], "")
    assert code == 2
    for path in (source, short, scanned):
        path.unlink()
