"""The legal terms the screens use are the law's own and the same as the letters': the Art. 16
supplementary statement is "täydentävä lausuma" / "kompletterande utlåtande" (the GDPR's Swedish
text; "uttalande" is not its word), an Art. 21 objection is "vastustaminen" / "invändning", and a
refused rectification reads as the refusal letter and the request status say ("evätty" / "avslagen").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (words in the English source, the term (one of) its translation must hold, words it must not)
TERMS = {
    "fi": [
        ("upplementary statement", ("lausuma",), ("lisäselvity",)),
        ("objection", ("vastustami",), ("vastustus",)),
        ("Rectification refused", ("evätty", "epää"), ("kieltäyd",)),
        ("withdrawal of consent", ("peruuttami",), ("peruminen",)),
    ],
    "sv": [
        ("upplementary statement", ("utlåtande",), ("uttaland",)),
        ("objection", ("invändning",), ()),
        ("Rectification refused", ("avslag",), ("vägra",)),
        ("withdrawal of consent", ("återkallelse",), ("återkallande",)),
    ],
}


def _translations(lang: str) -> list[tuple[str, str, str]]:
    root = ET.parse(ROOT / "translations" / f"kirjuri_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            text = " ".join(f.text or "" for f in forms) if forms else translation.text or ""
            found.append((context.findtext("name", ""), message.findtext("source", ""), text))
    return found


@pytest.mark.parametrize("lang", sorted(TERMS))
def test_legal_terms_on_screen_are_the_laws_and_the_letters(lang: str) -> None:
    wrong = []
    messages = _translations(lang)
    for english, term, never in TERMS[lang]:
        hits = [m for m in messages if english.lower() in m[1].lower()]
        assert hits, english  # the check must look at something
        for context, source, text in hits:
            lower = text.lower()
            if not any(t in lower for t in term) or any(word in lower for word in never):
                wrong.append((context, source, text))
    # The statement dialog's own "Statement" label names the same thing.
    dialog = [m for m in messages if m[0] == "StatementDialog" and m[1] == "Statement"]
    assert dialog and all(
        (("lausuma" if lang == "fi" else "utlåtande") in text.lower()) for _, _, text in dialog
    )
    assert not wrong, wrong


def test_finnish_cites_articles_in_finnish_order() -> None:
    """Finnish says "13 artikla" / "17 art. 3 e", never the English and Swedish "Art. 13"."""
    english_order = re.compile(r"(?<!\d )\b[Aa]rt\. ?\d")
    messages = _translations("fi")
    assert any("Art. 13" in source for _, source, _ in messages)  # the check looks at one
    wrong = [(source, text) for _, source, text in messages if english_order.search(text)]
    assert not wrong, wrong
