"""Each reference statement in ../shared/seeds goes into the register description through the
service (as the editor saves it) and comes out whole: every section heading and every line of
text in the PDF (read back with pdftotext) and in the HTML."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.services.access.gate import Gate
from desktop.services.statement.description import RegisterDescriptionService
from tests.documents.seed_statements import (
    SEED_000_RECIPIENTS,
    TABLE_HEADER,
    seed_description,
)
from tests.registers import PASSWORDS


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def fact(line: str) -> str:
    """A seed line as it must appear: without its bullet or dash, and a label's colon."""
    text = normalized(line)
    text = re.sub(r"^[•–\-]\s+", "", text)
    return text.removesuffix(":").strip()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    path.unlink()
    # The page foot ("Tietosuojaseloste · Päivitetty … Sivu 1 (3)") falls between the lines.
    kept = [
        line
        for line in text.splitlines()
        if not line.startswith("Tietosuojaseloste · Päivitetty") and not line.startswith("Sivu ")
    ]
    return normalized("\n".join(kept))


def html_text(page: str) -> str:
    return normalized(html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.mark.parametrize("name", ["000", "001", "002"])
def test_a_seed_statement_goes_in_and_comes_out_whole(
    name: str, gate: Gate, tmp_path: Path
) -> None:
    seed, description = seed_description(name)
    user = gate.login("maija", PASSWORDS["maija"]).user
    service = RegisterDescriptionService(gate.register, user)
    if name == "001":  # the extracted copy is cut off before its retention section
        with pytest.raises(ValidationError) as refused:
            service.save(description)
        assert set(refused.value.fields) == {"retention"}
        assert service.versions() == []  # nothing saved by the failed attempt
        description = replace(
            description,
            retention="Henkilötietoja käsitellään niin kauan kuin asiakkuus on voimassa.",
        )
    version = service.save(description)
    assert service.saved().description == description  # nothing lost on the way into the store

    pdf = pdf_text(service.statement("fi", "pdf"), tmp_path)
    page = service.statement("fi", "html").decode()
    web = html_text(page)
    facts = [fact(line) for line in seed.preamble + [ln for s in seed.sections for ln in s.lines]]
    table_rows = {r[0] for r in SEED_000_RECIPIENTS}  # the table's lines: checked cell by cell
    facts = [f for f in facts if f and f != TABLE_HEADER and f.split()[0] not in table_rows]
    for text in (pdf, web):
        assert "Tietosuojaseloste" in text and f"Versio {version}" in text
        for section in seed.sections:
            assert section.heading in text, section.heading
        missing = [f for f in facts if f not in text]
        assert missing == []
    if name == "000":  # the processors' table: every cell, the countries by their Finnish names
        for name_, country, safeguard, function, updated in SEED_000_RECIPIENTS:
            country_name = {"EE": "Viro", "US": "Yhdysvallat"}[country]
            row = f"<td>{name_}</td><td>{country_name}</td><td>{html.escape(function)}</td>"
            assert row + f"<td>{safeguard}</td><td>{updated}</td>" in page
            for word in f"{name_} {country_name} {function} {safeguard} {updated}".split():
                assert word in pdf
