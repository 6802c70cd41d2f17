"""The letter templates in resources/letters: every kind in every language whole, every field
one the filler knows, nothing left unfilled, and the layout's lists never empty."""

from __future__ import annotations

import re

import pytest

from desktop.core.letter_text import fields_of
from desktop.core.letters import LetterKind
from desktop.documents.letter_layout import LetterContent, render_letter
from desktop.services.letters.templates import (
    LANGUAGES,
    authority,
    compose,
    texts,
)
from tests.services.rights.letter_checks import pdf_fonts, pdf_text

COMMON = {"business", "business_contact", "requester", "diary", "received", "due", "made"}
BY_KIND = {
    "acknowledgement": {"kinds"},
    "identification": {"doubt"},
    "extension": {"extension_reason", "first_due"},
    "access": set(),
    "access_none": set(),
    "rectification_done": {"changes"},
    "rectification_refused": {"refusals"},
    "erasure_done": {"erased_on", "erased", "kept", "anonymised", "recipients_told"},
    "restriction": {"restriction_reason"},
    "objection": {"prohibitions"},
    "portability": {"file_name", "sha256", "protection"},
    "portability_password": {"file_name", "password"},
    "refusal": set(),
    "erasure_refused": set(),
    "objection_continued": set(),
    "consent_withdrawal": {"prohibitions"},
    "restriction_lift": {"lift_on", "lift_reason"},
    "recipient_notice": {"action", "notice_request", "changes", "person"},
}
FILLED_BY_COMPOSE = {"complaint", "contact", "decision", "copy"}
# A notice to a processor, and the password sent apart from the portability package: not replies.
NOT_REPLIES = {"recipient_notice", "portability_password"}
SECTIONS = sorted(BY_KIND)


def test_every_letter_kind_has_a_template() -> None:
    assert {kind.value for kind in LetterKind} <= set(BY_KIND)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_languages_have_the_same_parts_and_labels(lang: str) -> None:
    finnish, other = texts("fi"), texts(lang)
    assert set(other) == set(finnish)
    for name, part in finnish.items():
        assert set(other[name]) == set(part), (lang, name)
        for key, value in other[name].items():
            assert isinstance(value, str) and value.strip(), (lang, name, key)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("section", SECTIONS)
def test_template_fields_are_ones_the_filler_gives(lang: str, section: str) -> None:
    part = texts(lang)[section]
    assert {"name", "subject", "body"} <= set(part)
    known = COMMON | BY_KIND[section] | FILLED_BY_COMPOSE
    assert fields_of(part["body"]) | fields_of(part["subject"]) <= known
    if section not in NOT_REPLIES:
        assert "$complaint" in part["body"], "every reply names the right to complain"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("section", SECTIONS)
def test_composed_letter_has_no_placeholder_and_no_empty_part(lang: str, section: str) -> None:
    values = {name: f"«{name}»" for name in COMMON | BY_KIND[section]}
    letter = compose(lang, section, values)
    assert letter.document_name.strip()
    assert "$" not in letter.text
    subject, _, body = letter.text.partition("\n\n")
    assert subject.strip() and body.strip()
    assert all(part.strip() for part in body.split("\n\n"))
    for name in BY_KIND[section]:
        assert f"«{name}»" in letter.text
    if section not in NOT_REPLIES:
        office = authority(lang)
        assert office["name"] in letter.text and "tietosuoja@om.fi" in letter.text


def test_a_missing_field_is_an_error_not_a_dollar_in_the_letter() -> None:
    with pytest.raises(KeyError):
        compose("fi", "extension", {name: "x" for name in COMMON})


def test_the_ombudsman_is_written_in_one_place() -> None:
    for lang in LANGUAGES:
        raw = str(texts(lang))
        assert "om.fi" not in raw and "566 6700" not in raw
    assert authority("fi") == {
        "name": "Tietosuojavaltuutetun toimisto",
        "address": "PL 800, 00531 Helsinki",
        "phone": "029 566 6700",
        "email": "tietosuoja@om.fi",
        "web": "tietosuoja.fi",
    }


def _content(**changes: object) -> LetterContent:
    values: dict[str, object] = {
        "sender": ["Kahvila Meikäläinen", "Kauppakatu 1", "00100 Helsinki"],
        "recipient": ["Anna Asiakas", "Mannerheimintie 1 A 2", "00100 HELSINKI"],
        "document_name": "ILMOITUS",
        "date_text": "24.11.2026",
        "diary_label": "Dnro",
        "diary_number": "2026-001",
        "text": "Otsikko\n\nEnsimmäinen kappale, jossa on € ja å ä ö.\n\n- kohta yksi\n- kohta kaksi",
        "closing": "Ystävällisin terveisin",
        "place_and_date": "Helsinki 24.11.2026",
        "signer_name": "Maija Meikäläinen",
        "enclosures_label": "Liitteet",
        "copies_label": "Tiedoksi",
    }
    values.update(changes)
    return LetterContent(**values)  # type: ignore[arg-type]


def test_empty_lists_leave_no_heading_and_fonts_are_embedded() -> None:
    pdf = render_letter(_content())
    text = " ".join(pdf_text(pdf).split())
    assert "Liitteet" not in text and "Tiedoksi" not in text
    assert "€ ja å ä ö" in text and "1 (1)" in text
    assert pdf_fonts(pdf) and all(embedded for _name, embedded in pdf_fonts(pdf))
    listed = render_letter(_content(enclosures=["Tietoliite"], copies=["", " "]))
    text = " ".join(pdf_text(listed).split())
    assert "Liitteet Tietoliite" in text and "Tiedoksi" not in text


def test_user_text_is_not_markup() -> None:
    pdf = render_letter(_content(text="Otsikko <b>\n\nA & B <i>ei kursiivia</i>"))
    assert "A & B <i>ei kursiivia</i>" in " ".join(pdf_text(pdf).split())
    assert re.search(r"1 \(1\)", pdf_text(pdf))


def test_the_signature_never_stands_alone_on_a_page() -> None:
    """Whatever the length, the last paragraph goes to the page the signature is on."""
    paragraph = "Tämä on kirjeen kappale, jossa on sen verran tekstiä, että rivejä kertyy. " * 4
    for count in range(6, 14):
        body = "\n\n".join([paragraph] * count + ["Viimeinen kappale."])
        pages = pdf_text(render_letter(_content(text=f"Otsikko\n\n{body}"))).split("\f")
        signed = next(page for page in pages if "Maija Meikäläinen" in page)
        assert "Viimeinen kappale." in signed, count
