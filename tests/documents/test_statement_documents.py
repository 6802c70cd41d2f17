"""The privacy statement's PDF and HTML themselves: embedded fonts, page numbers "Sivu 1 (3)",
d.m.yyyy dates, the same bytes for the same text, every text escaped in the web page."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.core.register_description import ExtraSection, Recipient, default_description
from desktop.documents.statement import build_statement, text_blocks
from desktop.documents.statement_html import statement_html
from desktop.documents.statement_pdf import statement_pdf

DAY = date(2026, 3, 5)


def description():  # type: ignore[no-untyped-def]
    base = default_description("Kahvila Aurinko", address="Kauppakatu 1, 00100 Helsinki")
    return replace(
        base,
        recipients=(
            Recipient("Cloud <Inc>", "us", "Hosting & backups", "SCC 2021/914", "1.3.2026"),
        ),
        extra_sections=(
            ExtraSection({"fi": "Muutokset"}, {"fi": "<script>alert(1)</script> & muuta"}),
        ),
    )


def run(tool: list[str], pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        [*tool, str(path), "-"] if tool[0] == "pdftotext" else [*tool, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize(
    ("lang", "page_word", "updated"),
    [
        ("fi", "Sivu", "Päivitetty 5.3.2026"),
        ("sv", "Sida", "Uppdaterad 5.3.2026"),
        ("en", "Page", "Last updated 5.3.2026"),
    ],
)
def test_pdf_fonts_pages_and_date(lang: str, page_word: str, updated: str, tmp_path: Path) -> None:
    pdf = statement_pdf(build_statement(description(), lang, DAY, 4))
    assert pdf == statement_pdf(build_statement(description(), lang, DAY, 4))  # reproducible
    fonts = run(["pdffonts"], pdf, tmp_path).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+yes\b", line) for line in fonts), fonts
    text = run(["pdftotext", "-enc", "UTF-8"], pdf, tmp_path)
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo"], pdf, tmp_path)).group(1))
    assert pages >= 2
    for number in range(1, pages + 1):
        assert f"{page_word} {number} ({pages})" in text
    assert updated in text and "Cloud <Inc>" in text
    assert "Yhdysvallat" in text if lang == "fi" else True  # the country by name, not "us"


def test_html_is_escaped_and_standalone() -> None:
    page = statement_html(build_statement(description(), "fi", DAY))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; muuta" in page
    assert "<td>Cloud &lt;Inc&gt;</td><td>Yhdysvallat</td><td>Hosting &amp; backups</td>" in page
    assert "http" not in page.split("<body>")[0]  # no outside resources in the head
    numbers = re.findall(r"<h2>(\d+)\. ", page)  # the cookies section only with a web site
    assert len(numbers) >= 15 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def test_lines_become_paragraphs_and_nested_lists() -> None:
    blocks = text_blocks("Johdanto:\n- Nimi\n  • Osoite\n–   Puhelin\n-1 ei luettelo")
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("para", "Johdanto:", 0),
        ("bullet", "Nimi", 0),
        ("bullet", "Osoite", 1),
        ("bullet", "Puhelin", 0),
        ("para", "-1 ei luettelo", 0),
    ]
