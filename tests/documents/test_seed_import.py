"""The seed statements in ../shared/seeds imported as a business would bring them (.txt, .html,
.docx, .pdf made here from the seed text), then printed: every heading and every paragraph of the
source is in the statement's PDF and HTML, in the source's order."""

from __future__ import annotations

import html as html_lib
import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.core.register_description import default_description
from desktop.core.statement_import import split_statement, to_description
from desktop.documents.statement import build_statement, plain
from desktop.documents.statement_html import statement_html
from desktop.documents.statement_pdf import statement_pdf
from desktop.services.statement.import_files import read_statement_bytes
from tests.core.test_statement_import import OLD_LAYOUT
from tests.documents.seed_statements import SEEDS

BULLETS = "-•*–—·▪● "


def seed_lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").replace("\u00a0", " ").splitlines()
        if line.strip()
    ]


def as_file(lines: list[str], kind: str) -> bytes:
    if kind == "txt":
        return "\n\n".join(lines).encode()
    if kind == "html":
        body = "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in lines)
        return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
    if kind == "docx":
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.documents.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=8)
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(escape(line), style) for line in lines])
    return out.getvalue()


def words(text: str) -> str:
    return " ".join(plain(text).split())


@pytest.mark.parametrize("kind", ["txt", "html", "docx", "pdf"])
def test_every_seed_paragraph_reaches_the_statement_in_order(kind: str, tmp_path: Path) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        reaches_in_order(seed_lines(path), kind, tmp_path, path.name)


@pytest.mark.parametrize("kind", ["txt", "html", "docx", "pdf"])
def test_the_old_henkilotietolaki_layout_reaches_the_statement_in_order(
    kind: str, tmp_path: Path
) -> None:
    """A statement of another shape, written for the tests: the 10 § template's layout."""
    lines = [line.strip() for line in OLD_LAYOUT.splitlines() if line.strip()]
    reaches_in_order(lines, kind, tmp_path, "old layout")


def reaches_in_order(lines: list[str], kind: str, tmp_path: Path, source: str) -> None:
    """Every line of the source, heading or paragraph, in the statement's HTML and PDF in the
    source's order."""
    imported = split_statement(read_statement_bytes(as_file(lines, kind)))
    assert not imported.unplaced, (source, kind)
    description = to_description(imported, default_description("Testi"))
    statement = build_statement(description, "fi", date(2026, 3, 1))
    page = words(re.sub(r"<[^>]+>", " ", html_lib.unescape(statement_html(statement))))
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(statement_pdf(statement))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    footer = f"{statement.title} · {statement.updated}"
    body = [
        line
        for line in text.replace("\f", "\n").splitlines()
        if not line.startswith(footer) and not re.fullmatch(r"Sivu \d+ \(\d+\)", line.strip())
    ]
    printed = words("\n".join(body))
    position = {"html": 0, "pdf": 0}
    for line in lines:
        expected = words(line.lstrip(BULLETS))
        expected = re.sub(r"^\d{1,2}\.\s+", "", expected)  # the statement numbers anew
        for name, where in (("html", page), ("pdf", printed)):
            found = where.find(expected, position[name])
            assert found >= 0, (source, kind, name, expected)
            position[name] = found
