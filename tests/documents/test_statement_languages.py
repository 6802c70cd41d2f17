"""The Swedish and English statements never print a translation of an older Finnish text: such a
section is printed in Finnish, marked lang="fi" with a note in the reader's language, and a section
cleared in Finnish is printed in no language. Headings stay with their text at a page's foot."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.core.description_templates import TEMPLATES
from desktop.core.register_description import default_description
from desktop.documents.statement import build_statement, untranslated_sections
from desktop.documents.statement_html import statement_html
from desktop.documents.statement_pdf import statement_pdf

DAY = date(2026, 3, 5)
OWN = "Käytämme Google Analyticsia kävijämäärien seurantaan; tiedot siirtyvät Yhdysvaltoihin."


def edited():  # type: ignore[no-untyped-def]
    base = default_description("Kahvila Aurinko")
    return replace(base, cookies=OWN, transfers_outside_eea="")


def test_an_edited_finnish_section_is_never_printed_as_the_template_translation() -> None:
    description = edited()
    for lang in ("sv", "en"):
        template_cookies = TEMPLATES[lang]["cookies"].splitlines()[0]
        statement = build_statement(description, lang, DAY, 2)
        html = statement_html(statement)
        assert template_cookies not in html, lang
        assert OWN in html
        cookies = next(s for s in statement.sections if OWN in s.blocks[0].text)
        assert cookies.lang == "fi" and cookies.note
        # The cleared section is in no language, the template's "no transfers" story neither.
        assert TEMPLATES[lang]["transfers_outside_eea"].splitlines()[0] not in html
        assert untranslated_sections(description, lang) == [cookies.heading]
    html = statement_html(build_statement(description, "sv", DAY, 2))
    assert '<div lang="fi">' in html and "endast på finska" in html
    assert html.index('<div lang="fi">') < html.index(OWN)


def test_finnish_statement_has_no_fallback_marks() -> None:
    statement = build_statement(edited(), "fi", DAY)
    assert all(section.lang == "" and not section.note for section in statement.sections)


def test_own_title_date_line_order_and_inline_marks(tmp_path: Path) -> None:
    base = default_description("Kahvila Aurinko")
    description = replace(
        base,
        title="Asiakasrekisterin tietosuojaseloste",
        date_line="Laadittu 6.11.2017, päivitetty 25.5.2018",
        rights=(
            "## Oikeus tarkastaa tiedot\n1. Pyydä kirjallisesti\n2. Saat vastauksen kuukaudessa\n"
            "Lue lisää: [tietosuoja.fi](https://tietosuoja.fi) tai **soita** www.example.fi."
        ),
        order=("rights", "controller_contact"),
    )
    statement = build_statement(description, "fi", DAY, 9)
    assert statement.title == "Asiakasrekisterin tietosuojaseloste"
    assert statement.updated == "Laadittu 6.11.2017, päivitetty 25.5.2018"  # no "Versio 9"
    assert statement.sections[0].heading.startswith("Rekisteröidyn oikeudet")
    kinds = [block.kind for block in statement.sections[0].blocks]
    assert kinds[:3] == ["subheading", "number", "number"]
    html = statement_html(statement)
    assert '<a href="https://tietosuoja.fi">tietosuoja.fi</a>' in html
    assert '<a href="https://www.example.fi">www.example.fi</a>' in html
    assert "<strong>soita</strong>" in html and '<li value="2">' in html
    # The Swedish statement has the standard title: the Finnish one has no translation.
    assert build_statement(description, "sv", DAY).title == "Dataskyddsbeskrivning"
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(statement_pdf(statement))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Laadittu 6.11.2017" in text and "Oikeus tarkastaa tiedot" in text
    assert text.index("Rekisteröidyn oikeudet") < text.index("Rekisterinpitäjä")


def test_no_heading_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """Long sections of one line each: wherever a page breaks, the last line of a page is never a
    section heading."""
    base = default_description("Kahvila Aurinko")
    filler = "\n".join(
        f"Rivi {n}: tämä on pitkä kappale, joka vie tilaa sivulta." for n in range(9)
    )
    description = replace(
        base, purposes=filler, data_categories=filler, sources=filler, retention=filler
    )
    statement = build_statement(description, "fi", DAY)
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(statement_pdf(statement))
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    headings = {f"{s.number}. {s.heading}" for s in statement.sections}
    pages = text.split("\f")
    assert len(pages) > 2
    for page in pages[:-1]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Tietosuojaseloste ·")]
        assert body[-1] not in headings, body[-3:]
