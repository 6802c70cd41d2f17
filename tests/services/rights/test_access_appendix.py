"""The access reply's appendix read back from the PDF: in the reply's language throughout (no
English word from the English letter catalogue in fi/sv), no staff user names, no file types or
byte counts, a source per address, phone and email, retention per category, and the stored files
copied as pages (images and PDF pages embedded, other files listed with the reason)."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import tempfile
import tomllib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import update

from desktop.core.disclosures import Basis, NewDisclosure
from desktop.core.letters import LetterKind
from desktop.resources import resource
from desktop.services.customers.attachments import AttachmentService
from desktop.services.disclosures.log import DisclosureService
from desktop.services.letters.service import LetterService
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.customer_models import Attachment
from desktop.store.request_models import Request
from tests.services.rights.conftest import TODAY, World
from tests.services.rights.letter_checks import pdf_text

WORD = re.compile(r"[A-Za-zÅÄÖåäö]{4,}")
FIELD = re.compile(r"\$\{?\w+\}?")
APPENDIX_TITLE = {"fi": "Liite 1:", "sv": "Bilaga 1:", "en": "Appendix 1:"}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def _catalogue(lang: str) -> set[str]:
    with resource("letters", f"{lang}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    texts = [FIELD.sub(" ", text) for text in _strings(data)]  # "$notice_request" is no word
    return {word.lower() for text in texts for word in WORD.findall(text)}


def english_words() -> set[str]:
    """Words of the English letter catalogue that are not also Finnish or Swedish ones."""
    return _catalogue("en") - _catalogue("fi") - _catalogue("sv")


def _pages(pdf: bytes) -> int:
    return len(pdf_text(pdf).split("\f")) - 1


def _images(pdf: bytes) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letter.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout
    return len(out.splitlines()) - 2


def _two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in (1, 2):
        canvas.drawString(100, 700, f"Vuokrasopimuksen sivu {page}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _attach(world: World, tmp_path: Path) -> None:
    """A photo and a two-page PDF through the service; a Word file and a broken PDF stored as
    an older Kirjuri might have kept them."""
    photo = tmp_path / "kuitti.png"
    Image.new("RGB", (400, 300), (200, 30, 30)).save(photo)
    contract = tmp_path / "sopimus.pdf"
    contract.write_bytes(_two_page_pdf())
    service = AttachmentService(world.register, world.ville)
    service.add(world.anna, photo, "Kuitti")
    service.add(world.anna, contract, "Vuokrasopimus")
    with world.register.write() as session:
        for name, mime, data in (
            ("hakemus.docx", "application/vnd.openxmlformats", b"PK\x03\x04 not printable"),
            ("rikki.pdf", "application/pdf", b"%PDF-1.4 broken"),
        ):
            session.add(
                Attachment(
                    customer_id=world.anna,
                    filename=name,
                    mime_type=mime,
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    added_at=datetime(2026, 1, 5, 10, 0),
                    added_by="ville",
                    data=data,
                )
            )


def _reply(world: World, lang: str) -> tuple[bytes, str]:
    """The access reply's PDF and the appendix part of its text (from the appendix title on)."""
    with world.register.write() as session:
        session.execute(
            update(Request).where(Request.id == world.request).values(reply_language=lang)
        )
    world.rights().ban_direct_marketing(world.request)  # a consent entry made by the request
    DisclosureService(world.register, world.ville).record(  # listed in the reply, Art. 15(1)(c)
        world.anna,
        NewDisclosure(
            "Perintä Oy", date(2026, 3, 2), "Laskun 2026-88 tiedot", Basis.CONTRACT, "SE"
        ),
    )
    letters = LetterService(world.register, world.ville)
    letters.customer_extract_pdf(world.anna)  # a consultation of its own in the log
    letter = letters.create(world.request, LetterKind.ACCESS, today=TODAY)
    pdf = letters.preview(letter.row.id, today=TODAY)
    text = " ".join(pdf_text(pdf).split())
    return pdf, text[text.index(APPENDIX_TITLE[lang]) :]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_appendix_speaks_the_replys_language(world: World, lang: str, tmp_path: Path) -> None:
    _attach(world, tmp_path)
    _pdf, appendix = _reply(world, lang)
    english = english_words()
    assert {"consent", "recorded", "order", "request", "viewed"} <= english
    own = re.sub(r"\S+@\S+", " ", appendix)  # the person's email addresses are theirs
    found = {word.lower() for word in WORD.findall(own)} & english
    assert not found, f"English in the {lang} appendix: {sorted(found)}"
    assert "Request 2026" not in appendix and "consent recorded" not in appendix


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_staff_names_types_or_sizes(world: World, lang: str, tmp_path: Path) -> None:
    _attach(world, tmp_path)
    _pdf, appendix = _reply(world, lang)
    for staff in ("ville", "maija", "Ville Virtanen", "Maija Meikäläinen"):
        assert staff.lower() not in appendix.lower(), staff
    assert "image/png" not in appendix and "application/pdf" not in appendix
    assert not re.search(r"\d+ B\b", appendix), "no byte counts"
    # The consultations: dates and purposes.
    purpose = {
        "fi": "tiedoista tulostettiin ote",
        "sv": "ett utdrag ur uppgifterna skrevs ut",
        "en": "an extract of the data was printed",
    }[lang]
    assert purpose in appendix


def test_sources_per_item_and_retention_per_category(world: World, tmp_path: Path) -> None:
    _pdf, appendix = _reply(world, "fi")
    assert "Mannerheimintie 1 A 2, 00100 Helsinki (koti; lähde: asiakas itse)" in appendix
    assert "Kesäpolku 3, 21600 Parainen (muu; lähde: tuotu luettelosta)" in appendix
    assert "040 1234567 (matkapuhelin; lähde: asiakas itse)" in appendix
    assert "anna@tyo.example.fi (työ; lähde: asiakas itse)" in appendix
    assert "Säilytysaika: 3 vuotta asiakkuuden päättymisestä." in appendix
    assert "Säilytysaika: yhteydenotot 3 vuotta yhteydenotosta, puhelut 7 kuukautta" in appendix
    assert "pyyntö 2026-001" in appendix  # the ban's evidence, in Finnish
    assert "harrastus: golf" in appendix or "golf" in appendix
    # The disclosures actually made, with date, recipient, what and basis, in Finnish.
    assert (
        "Kenelle tietojasi on luovutettu 2.3.2026 Perintä Oy (Ruotsi): Laskun 2026-88 tiedot; "
        "peruste: sopimus (6 artiklan 1 kohdan b alakohta)"
    ) in appendix
    assert "Säilytysaika: tilaukset 6 vuotta sen vuoden päättymisestä, jona tilikausi" in appendix


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_form_is_required_of_requests(world: World, lang: str) -> None:
    """Art. 12(2): a description saved with the old "in writing and signed by hand, or in
    person" wording does not reach the reply; the template's suggestions do."""
    descriptions = RegisterDescriptionService(world.register, world.maija)
    old = {
        "fi": "Pyynnöt tehdään kirjallisesti ja omakätisesti allekirjoitettuina tai "
        "henkilökohtaisesti osoitteessa Katu 1.",
        "sv": "Begäran görs skriftligen och egenhändigt undertecknad eller personligen.",
        "en": "Requests are made in writing and signed by hand, or in person.",
    }
    current = descriptions.current()
    translations = {**current.translations, "sv.how_to_use_rights": old["sv"]}
    translations["en.how_to_use_rights"] = old["en"]
    descriptions.save(replace(current, how_to_use_rights=old["fi"], translations=translations))
    _pdf, appendix = _reply(world, lang)
    for phrase in (
        "kirjallisesti",
        "omakätisesti",
        "skriftligen",
        "egenhändigt",
        "made in writing",
        "signed by hand",
    ):
        assert phrase not in appendix, phrase
    suggested = {
        "fi": "Pyynnön ei tarvitse olla kirjallinen eikä allekirjoitettu",
        "sv": "Begäran behöver inte vara skriftlig eller undertecknad",
        "en": "It need not be in writing or signed",
    }[lang]
    assert suggested in appendix


def test_stored_files_are_copied_as_pages(world: World, tmp_path: Path) -> None:
    plain, _text = _reply(world, "fi")
    before_pages, before_images = _pages(plain), _images(plain)
    _attach(world, tmp_path)
    pdf, appendix = _reply(world, "fi")
    # A page for the photo and one for each page of the PDF, each with its caption, and the
    # PDF's own text on the page that carries its caption.
    pages = [" ".join(page.split()) for page in pdf_text(pdf).split("\f")]
    assert _pages(pdf) >= before_pages + 3
    assert _images(pdf) == before_images + 1
    assert len([page for page in pages if "Liite 3: kuitti.png" in page]) == 1
    for number in (1, 2):
        [page] = [page for page in pages if f"Liite 4: sopimus.pdf, sivu {number}/2" in page]
        assert f"Vuokrasopimuksen sivu {number}" in page
        assert f"{pages.index(page) + 1} ({_pages(pdf)})" in page  # numbered like the rest
    assert "Liite 3: kuitti.png" in appendix
    assert "Liite 4: sopimus.pdf, sivu 2/2" in appendix
    assert "kuitti.png, tallennettu" in appendix and "jäljennös liitteenä 3" in appendix
    assert "hakemus.docx" in appendix and "tätä tiedostomuotoa ei voi tulostaa" in appendix
    assert "rikki.pdf" in appendix and "tiedosto on vioittunut" in appendix
    assert "Hyvä yritys, haluan tietoni." in appendix  # the text file, as it is
