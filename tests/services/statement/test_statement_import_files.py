"""Reading the statement a business already has from .txt, .html, .docx, .odt and .pdf files made
by the test (no binaries checked in), and refusing what cannot be read with a clear reason."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.core.register_description import default_description
from desktop.core.statement_import import split_statement, to_description
from desktop.documents.statement import build_statement, plain
from desktop.documents.statement_html import statement_html
from desktop.documents.statement_pdf import statement_pdf
from desktop.services.statement.import_files import (
    CannotImport,
    Damaged,
    Encrypted,
    NoText,
    TooLarge,
    UnknownType,
    read_statement_bytes,
    read_statement_file,
)
from tests.documents.seed_statements import read_seed

TITLE = "Kukkakaupan tietosuojaseloste"
SECTIONS = [
    (
        "Rekisterinpitäjä",
        ["Kukkakauppa Lilja Oy, Puistokatu 3, 20100 Turku."],
        "controller_contact",
    ),
    ("Mihin tietoja käytetään", ["Tilausten toimittamiseen ja laskutukseen."], "purposes"),
    ("Evästeet", ["Verkkokauppa käyttää välttämättömiä evästeitä."], "cookies"),
    ("Kanta-asiakkuus", ["Kanta-asiakkaille lähetetään tarjouksia."], ""),
    (
        "Säilytysaika",
        ["Tiedot säilytetään kolme vuotta.", "Kirjanpito kymmenen vuotta."],
        "retention",
    ),
]
LINK = "https://tietosuoja.fi"


def html_file() -> bytes:
    body = [f"<h1>{TITLE}</h1>", "<p>Päivitetty 1.3.2025</p>"]
    for heading, paragraphs, _ in SECTIONS:
        body.append(f"<h2>{heading}</h2>")
        body += [f"<p>{p}</p>" for p in paragraphs]
    body.append(f'<ul><li>Lisätietoja: <a href="{LINK}">tietosuoja.fi</a></li></ul>')
    page = "<!DOCTYPE html><html><head><style>p{}</style></head><body>"
    return (page + "\n".join(body) + "</body></html>").encode()


def docx_file() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Päivitetty 1.3.2025")
    for heading, paragraphs, _ in SECTIONS:
        document.add_heading(heading, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    document.add_paragraph(f"Lisätietoja: {LINK}", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_file() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    document = OpenDocumentText()
    document.text.addElement(P(text=TITLE))
    document.text.addElement(P(text="Päivitetty 1.3.2025"))
    for heading, paragraphs, _ in SECTIONS:
        document.text.addElement(H(outlinelevel=1, text=heading))
        for paragraph in paragraphs:
            document.text.addElement(P(text=paragraph))
    items = List()
    item = ListItem()
    item.addElement(P(text=f"Lisätietoja: {LINK}"))
    items.addElement(item)
    document.text.addElement(items)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def text_file() -> str:
    lines = [TITLE, "Päivitetty 1.3.2025", ""]
    for number, (heading, paragraphs, _) in enumerate(SECTIONS, start=1):
        lines += [f"{number}. {heading}", "", *[p + "\n" for p in paragraphs]]
    lines += [f"- Lisätietoja: {LINK}"]
    return "\n".join(lines)


def pdf_file(text: str) -> bytes:
    """A text PDF the way a word processor makes one: reportlab, one paragraph per block."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.documents.fonts import REGULAR, register_fonts

    register_fonts()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(REGULAR, 10)
    y = 800
    for line in text.splitlines():
        y -= 14
        if line.strip():
            page.drawString(60, y, line)
    page.save()
    return out.getvalue()


@pytest.mark.parametrize("kind", ["txt", "html", "docx", "odt", "pdf"])
def test_each_format_keeps_title_headings_order_topics_and_every_paragraph(
    kind: str, tmp_path: Path
) -> None:
    data = {
        "txt": lambda: text_file().encode(),
        "html": html_file,
        "docx": docx_file,
        "odt": odt_file,
        "pdf": lambda: pdf_file(text_file()),
    }[kind]()
    path = tmp_path / f"seloste.{kind}"
    path.write_bytes(data)
    imported = split_statement(read_statement_file(path))
    assert imported.title == TITLE, kind
    assert imported.date_line == "Päivitetty 1.3.2025", kind
    assert [(s.heading, s.topic) for s in imported.sections] == [
        (heading, topic) for heading, _, topic in SECTIONS
    ], kind
    for (_, paragraphs, _), section in zip(SECTIONS, imported.sections, strict=True):
        for paragraph in paragraphs:
            assert paragraph in section.text, (kind, paragraph)
    assert LINK in imported.sections[-1].text
    # Into the statement: every heading and paragraph, in the source's order, in PDF and HTML.
    description = to_description(imported, default_description("Kukkakauppa Lilja"))
    statement = build_statement(description, "fi", date(2026, 3, 1))
    html = statement_html(statement)
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(statement_pdf(statement))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    positions = []
    for heading, paragraphs, _ in SECTIONS:
        for piece in (heading, *paragraphs):
            assert piece in html and piece in text, (kind, piece)
            positions.append(text.index(piece))
    assert positions == sorted(positions), kind
    assert TITLE in text and f'href="{LINK}"' in html
    assert plain(imported.sections[-1].lines[-1]).endswith("tietosuoja.fi")


def test_the_seed_statements_from_docx_and_pdf(tmp_path: Path) -> None:
    import docx

    for name in ("000", "002"):
        seed = read_seed(name)
        document = docx.Document()
        for line in seed.preamble:
            document.add_paragraph(line.strip())
        for section in seed.sections:
            document.add_paragraph(f"{section.number}. {section.heading}")
            for line in section.lines:
                document.add_paragraph(line.strip())
        out = io.BytesIO()
        document.save(out)
        imported = split_statement(read_statement_bytes(out.getvalue()))
        assert [s.heading for s in imported.sections] == [s.heading for s in seed.sections]


def test_what_cannot_be_read_is_refused_with_its_reason(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("salainen")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(Encrypted):
        read_statement_bytes(locked.getvalue())

    blank = PdfWriter()
    blank.add_blank_page(595, 842)  # a scanned page has no text either
    empty = io.BytesIO()
    blank.write(empty)
    with pytest.raises(NoText):
        read_statement_bytes(empty.getvalue())

    with pytest.raises(UnknownType):
        read_statement_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(Damaged):
        read_statement_bytes(b"%PDF-1.7 not really")
    import zipfile

    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "x")
    with pytest.raises(UnknownType):
        read_statement_bytes(other.getvalue())

    big = tmp_path / "iso.txt"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    with pytest.raises(TooLarge):
        read_statement_file(big)
    assert issubclass(TooLarge, CannotImport)
