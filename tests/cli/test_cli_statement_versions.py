"""`kirjuri statement` keeps what it wrote; `kirjuri statement import` keeps the source's date,
takes a Swedish or English statement as that language's texts (--lang), and refuses the files it
cannot read with a clear message and exit code 4, changing nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from tests.cli.test_cli_statement import run, statement_args
from tests.registers import PASSWORDS

SECTIONS_FI = [
    ("Rekisterinpitäjä", "Kahvila Meikäläinen, Mannerheimintie 1, Helsinki"),
    ("Rekisterin nimi", "Kahvilan asiakasrekisteri"),
    ("Käyttötarkoitus", "Tilaukset ja asiakaspalvelu."),
    ("Käsittelyn oikeusperuste", "Sopimus."),
    ("Rekisterin tietosisältö", "Nimi ja puhelinnumero."),
    ("Säilytysaika", "Tilaukset kuusi vuotta."),
    ("Rekisteröidyn oikeudet", "Tarkastusoikeus; valitus tietosuojavaltuutetulle."),
]
SECTIONS_SV = [
    ("Personuppgiftsansvarig", "Kahvila Meikäläinen, Mannerheimvägen 1, Helsingfors"),
    ("Registrets namn", "Kaféets kundregister"),
    ("Ändamål", "Beställningar och kundtjänst."),
    ("Rättslig grund", "Avtal."),
    ("Registrets datainnehåll", "Namn och telefonnummer."),
    ("Lagringstid", "Beställningar i sex år."),
    ("Den registrerades rättigheter", "Rätt till insyn; klagomål till dataombudsmannen."),
]


def statement_text(title: str, date_line: str, sections: list[tuple[str, str]]) -> str:
    body = "\n\n".join(
        f"{number}. {heading}\n{text}" for number, (heading, text) in enumerate(sections, 1)
    )
    return f"{title}\n\n{date_line}\n\n{body}\n"


def services(files: RegisterFiles) -> tuple[Gate, Services]:
    gate = Gate(files)
    return gate, Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)


def login(files: RegisterFiles) -> list[str]:
    return ["--db", str(files.db), "--user", "maija", "--password-stdin"]


def test_kirjuri_statement_keeps_what_it_wrote(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "seloste.pdf"
    for _ in range(2):  # the same statement twice is kept once
        code, _, err = run(
            monkeypatch, capsys, statement_args(files, "en", "pdf", out), "maijan salasana\n"
        )
        assert code == 0, err
    # The template's own guesses are warned of on standard error (the file is still written).
    assert "Warning: The contact person is the business itself" in err
    gate, maija = services(files)
    try:
        rows = maija.published.published()
        assert [(r.description_version, r.language, r.format, r.how) for r in rows] == [
            (0, "en", "pdf", "command")
        ]
        assert maija.published.content(rows[0].id) == out.read_bytes()
    finally:
        gate.close()
    out.unlink()


def _unreadable(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """File → (path, what the message says)."""
    from PIL import Image
    from pypdf import PdfWriter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("salainen")
    locked = tmp_path / "lukittu.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)

    scan = io.BytesIO()
    Image.new("L", (200, 280), 235).save(scan, "PNG")  # a scanned page: an image, no text
    scanned = tmp_path / "skannattu.pdf"
    canvas = Canvas(str(scanned))
    canvas.drawImage(ImageReader(io.BytesIO(scan.getvalue())), 0, 0, 595, 842)
    canvas.save()

    big = tmp_path / "iso.txt"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)

    wrong = tmp_path / "seloste.docx"  # named a Word file, a PNG inside
    wrong.write_bytes(scan.getvalue())
    return {
        "encrypted": (locked, "protected with a password"),
        "scanned": (scanned, "there is no text in it"),
        "50 MB": (big, "larger than 20 MB"),
        "wrong type": (wrong, "it is not a Word (.docx)"),
    }


def test_files_it_cannot_read_get_a_clear_message_and_change_nothing(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def state() -> tuple[list[object], list[str]]:
        gate, maija = services(files)
        try:
            with gate.register.read() as session:
                actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id))
                kept = [action for action in actions if action != "login"]
            return [*maija.descriptions.versions(), *maija.published.published()], kept
        finally:
            gate.close()

    before = state()
    for kind, (path, says) in _unreadable(tmp_path).items():
        code, out, err = run(
            monkeypatch,
            capsys,
            ["statement", "import", str(path), *login(files)],
            "maijan salasana\n",
            "en",
        )
        assert code == 4 and says in err and out == "", (kind, err)
        if kind == "encrypted":  # as the Swedish texts: refused the same way, in Swedish
            code, out, err = run(
                monkeypatch,
                capsys,
                ["statement", "import", str(path), "--lang", "sv", *login(files)],
                "maijan salasana\n",
            )
            assert code == 4 and "Beskrivningen kunde inte läsas" in err and out == ""
        path.unlink()
    assert state() == before


def test_import_keeps_the_source_date_then_takes_the_swedish_texts(
    files: RegisterFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    finnish = tmp_path / "seloste.txt"
    finnish.write_text(
        statement_text("Tietosuojaseloste", "Päivitetty 18.11.2019", SECTIONS_FI), "utf-8"
    )
    code, out, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(finnish), *login(files)],
        "maijan salasana\n",
        "en",
    )
    assert code == 0, err
    assert "version 1" in out and "keeps the date written in the statement: 18.11.2019" in out

    swedish = tmp_path / "beskrivning.txt"
    short = tmp_path / "kort.txt"
    swedish.write_text(
        statement_text("Dataskyddsbeskrivning", "Uppdaterad 18.11.2019", SECTIONS_SV), "utf-8"
    )
    short.write_text(statement_text("Dataskyddsbeskrivning", "", SECTIONS_SV[:6]), "utf-8")
    code, out, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(short), "--lang", "sv", *login(files)],
        "maijan salasana\n",
        "en",
    )
    assert code == 1 and "6 avsnitt" in err and "Den registrerades rättigheter" not in err
    assert "Rekisteröidyn oikeudet" in err

    code, out, err = run(
        monkeypatch,
        capsys,
        ["statement", "import", str(swedish), "--lang", "sv", *login(files)],
        "maijan salasana\n",
        "en",
    )
    assert code == 0, err
    assert "version 2" in out

    gate, maija = services(files)
    try:
        assert [version for version, _, _ in maija.descriptions.versions()] == [2, 1]
        first = maija.descriptions.saved(1)
        assert first.updated_on == date(2019, 11, 18)
        assert maija.descriptions.saved(2).updated_on == date.today()
        described = maija.descriptions.saved().description
        assert described.purposes == "Tilaukset ja asiakaspalvelu."  # the Finnish stays
        html = maija.descriptions.statement("sv", "html").decode()
    finally:
        gate.close()
    for heading, text in SECTIONS_SV:
        assert heading in html and text in html
    assert "Uppdaterad 18.11.2019" in html and "Tilaukset" not in html
    for path in (finnish, swedish, short):
        path.unlink()
