"""One Finnish section edited by the business: no sentence of the template's text for that
section is printed in any language, whatever way the Swedish and English statements are made
(refused, the Finnish printed in its place, or translated), in the HTML nor in the PDF."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.register_description import LANGUAGES
from desktop.services.access.gate import Gate
from desktop.services.statement.description import NotTranslated
from tests.services.statement.test_statement_service import services_for

OWN = "Käytämme Google Analyticsia kävijämäärien laskemiseen; IP-osoite lyhennetään."


def printed(content: bytes, kind: str, tmp_path: Path) -> str:
    if kind == "html":
        text = re.sub(r"<[^>]+>", " ", content.decode())
    else:
        pdf = tmp_path / "s.pdf"
        pdf.write_bytes(content)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return " ".join(text.replace("&#x27;", "'").replace("&quot;", '"').split())


def test_no_template_sentence_for_a_section_the_business_wrote(gate: Gate, tmp_path: Path) -> None:
    maija = services_for(gate, "maija")
    template = maija.descriptions.current()
    assert template.cookies.strip(), "the register's set-up has a web site"
    sentences = {
        lang: [
            s.strip()
            for s in re.split(r"(?<=[.!?])\s+", template.text("cookies", lang))
            if len(s.strip()) > 20
        ]
        for lang in LANGUAGES
    }
    assert all(sentences.values())
    edited = replace(template, cookies=OWN)
    maija.descriptions.save(edited)
    for lang in LANGUAGES[1:]:
        with pytest.raises(NotTranslated):
            maija.descriptions.statement(lang, "pdf")
    outputs = {("fi", kind): maija.descriptions.statement("fi", kind) for kind in ("html", "pdf")}
    maija.descriptions.save(replace(edited, finnish_fallback=True))
    for lang in LANGUAGES[1:]:
        for kind in ("html", "pdf"):
            outputs[(lang, kind)] = maija.descriptions.statement(lang, kind)
    for (lang, kind), content in outputs.items():
        text = printed(content, kind, tmp_path)
        assert " ".join(OWN.split()) in text, (lang, kind)  # the business's own, in Finnish
        for template_lang, said in sentences.items():
            for sentence in said:
                assert " ".join(sentence.split()) not in text, (lang, kind, template_lang)
