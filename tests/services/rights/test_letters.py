"""Reply letters on a real encrypted register: every kind in every language read back from the
PDF, the address in the envelope window, page numbers, embedded fonts; signing, reprinting,
sending and the roles."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.customer_fields import ConsentKind
from desktop.core.decisions import Decision, Ground
from desktop.core.disclosures import Basis, NewDisclosure
from desktop.core.letters import Delivery, LetterKind, LetterState
from desktop.core.register_description import Recipient
from desktop.core.requests import RequestKind
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.disclosures.log import DisclosureService
from desktop.services.letters.not_ready import LetterNotReady
from desktop.services.letters.service import LetterAlreadySigned, LetterEdit, LetterService
from desktop.services.statement.description import RegisterDescriptionService
from desktop.store.request_models import Request
from tests.services.rights.conftest import TODAY, World, log_request
from tests.services.rights.letter_checks import block_of, pdf_fonts, pdf_text

AUTHORITY = {
    "fi": "Tietosuojavaltuutetun toimisto",
    "sv": "Dataombudsmannens byrå",
    "en": "Office of the Data Protection Ombudsman",
}
SUBJECTS = {
    ("fi", LetterKind.ACCESS): "Vastaus tarkastuspyyntöösi",
    ("sv", LetterKind.ERASURE_DONE): "Dina uppgifter har raderats",
    ("en", LetterKind.RECTIFICATION_REFUSED): "Certificate of refusal to rectify data",
}


VOUCHER_WORDS = {
    "fi": "6 vuotta sen vuoden lopusta",
    "sv": "6 år från utgången av det år",
    "en": "6 years from the end of the year",
}
BOOKS_WORDS = {"fi": "10 vuotta", "sv": "10 år", "en": "10 years"}


def letters(world: World, who: object = None) -> LetterService:
    return LetterService(world.register, who or world.ville)  # type: ignore[arg-type]


def _language(world: World, request_id: int, lang: str) -> None:
    with world.register.write() as session:
        session.execute(update(Request).where(Request.id == request_id).values(reply_language=lang))


def _handled(world: World) -> tuple[int, int]:
    """The main request with every right handled except erasure; and a refused request."""
    RegisterDescriptionService(world.register, world.maija).save(
        replace(
            RegisterDescriptionService(world.register, world.maija).current(),
            recipients=(Recipient("Tilitoimisto Numero Oy", "FI", "Kirjanpito"),),
        )
    )
    rights = world.rights()
    world.requests().extend(world.request, "Pyyntö koskee 500 yhteydenottoa", today=TODAY)
    rights.rectify(world.request, {"last_name": "Asiakas-Virta"})
    rights.refuse_rectification(world.request, "notes", "", "Muistiinpano on tarpeen palvelussa")
    rights.restrict(world.request, "Asiakas kiistää osoitteen oikeellisuuden")
    rights.ban_direct_marketing(world.request)
    rights.withdraw_consent(world.request, (ConsentKind.PARTNER_DISCLOSURE,))
    export = Path(os.environ["TMPDIR"]) / "usb"
    export.mkdir(exist_ok=True)
    rights.portability_export(world.request, export)
    refused = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    world.rights().record_decision(
        refused,
        RequestKind.ACCESS,
        Decision.REFUSED,
        Ground.EXCESSIVE,
        reasons="Sama pyyntö kolmannen kerran kuussa",
        today=TODAY,
    )
    return world.request, refused


def flat(pdf: bytes) -> str:
    """The text with line breaks and layout spaces folded: phrases may wrap anywhere."""
    return " ".join(pdf_text(pdf).split())


def _check(pdf: bytes, lang: str, kind: LetterKind) -> str:
    text = flat(pdf)
    assert "$" not in text, f"unfilled field in {lang} {kind}"
    assert "Kahvila Meikäläinen" in text
    assert ("Page 1 of" if lang == "en" else "1 (") in text
    if kind is not LetterKind.RECIPIENT_NOTICE:  # a notice to a processor, not a reply
        assert AUTHORITY[lang] in text and "tietosuoja@om.fi" in text
    assert all(embedded for _name, embedded in pdf_fonts(pdf))
    assert {name.split("+")[-1] for name, _ in pdf_fonts(pdf)} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    if (lang, kind) in SUBJECTS:
        assert SUBJECTS[(lang, kind)] in text
    return text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_kind_in_every_language_reads_back_whole(world: World, lang: str) -> None:
    main, refused = _handled(world)
    # The notice (Art. 19) goes to whom the data went, in that recipient's language.
    DisclosureService(world.register, world.ville).record(
        world.anna,
        NewDisclosure(
            "Tilitoimisto Numero Oy", TODAY, "Laskut", Basis.PROCESSOR, "FI", language=lang
        ),
    )
    waiting = log_request(world.register, world.ville, world.anna, checked=False)
    world.requests().wait_for_identification(waiting, "Allekirjoitus poikkeaa aiemmista")
    for request_id in (main, refused, waiting):
        _language(world, request_id, lang)
    service = letters(world)
    # Letters of other decisions (erasure refused, objection continued) and the notice before
    # lifting a restriction: test_decision_letters.py and test_decisions_service.py.
    elsewhere = (
        LetterKind.ERASURE_DONE,
        LetterKind.RECIPIENT_NOTICE,
        LetterKind.ERASURE_REFUSED,
        LetterKind.OBJECTION_CONTINUED,
        LetterKind.RESTRICTION_LIFT,
    )
    before = [k for k in LetterKind if k not in elsewhere]
    chosen = {LetterKind.REFUSAL: refused, LetterKind.IDENTIFICATION: waiting}
    for kind in before:
        letter = service.create(chosen.get(kind, main), kind, today=TODAY)
        assert letter.text.strip() and letter.recipient.strip()
        text = _check(service.preview(letter.row.id, today=TODAY), lang, kind)
        if kind is LetterKind.ACCESS:
            assert "Puhelu 499" in text and "Keittiösuunnitelma" in text and "kirje.txt" in text
        if kind is LetterKind.PORTABILITY:
            with world.register.read() as session:
                sha = session.get(Request, main).portability_sha256
            assert sha[:8] in text
        if kind is LetterKind.RECTIFICATION_DONE:
            assert "Asiakas → Asiakas-Virta" in text
        if kind is LetterKind.IDENTIFICATION:
            assert "Allekirjoitus poikkeaa aiemmista" in text  # the doubt, Art. 12(6)
    world.rights().erase(main, today=TODAY)
    for kind in (LetterKind.ERASURE_DONE, LetterKind.RECIPIENT_NOTICE):
        letter = service.create(main, kind, today=TODAY)
        text = _check(service.preview(letter.row.id, today=TODAY), lang, kind)
        if kind is LetterKind.ERASURE_DONE:
            assert "2020-17" in text  # the order kept as a voucher, with its date
            # KPL 2:10: an invoice is a voucher (6 years from the end of the year), not books.
            assert VOUCHER_WORDS[lang] in text and BOOKS_WORDS[lang] not in text
            assert "Tilitoimisto Numero Oy" in text
        else:
            assert "Tilitoimisto Numero Oy" in text and "Asiakas-Virta" in text


def test_address_sits_in_the_window_and_rows_follow_posti(world: World) -> None:
    service = letters(world)
    letter = service.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    assert letter.recipient.splitlines() == [
        "Anna Asiakas",
        "Mannerheimintie 1 A 2",
        "00100 HELSINKI",
    ]
    pdf = service.preview(letter.row.id, today=TODAY)
    left, top, right, bottom = block_of(
        pdf, ["Anna", "Asiakas", "Mannerheimintie", "00100", "HELSINKI"]
    )
    # SFS 2487's address field: rows R10-R15, about 38-64 mm from the top (see
    # test_letter_layout.py for every kind of letter).
    assert left >= 20 and right <= 110, (left, right)
    assert top >= 38 and bottom <= 64, (top, bottom)


def test_two_page_letter_numbers_its_pages(world: World) -> None:
    service = letters(world)
    letter = service.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    long_text = letter.text + "\n\n" + "\n\n".join(["Lisäselvitys asiasta. " * 25] * 3)
    pdf = service.preview(letter.row.id, LetterEdit(long_text, letter.recipient), today=TODAY)
    pages = pdf_text(pdf).split("\f")
    assert "1 (2)" in pages[0] and "2 (2)" in pages[1]
    assert pages[2].strip() == ""


def test_sign_stores_the_bytes_and_reprint_gives_the_same(world: World) -> None:
    service = letters(world)
    letter = service.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    edited = letter.text.replace("Mainitsethan", "Muistathan mainita")
    row = service.sign(letter.row.id, LetterEdit(edited, letter.recipient), today=TODAY)
    stored = service.pdf(row.id)
    assert row.state is LetterState.SIGNED and row.signed_by_name == "Ville Virtanen"
    assert row.sha256 == hashlib.sha256(stored).hexdigest()
    assert service.pdf(row.id) == stored
    assert letters(world, world.lukija).pdf(row.id) == stored  # read-only users may reprint
    assert service.preview(row.id) == stored
    assert "Muistathan mainita" in flat(stored) and "Ville Virtanen" in flat(stored)
    listed = service.for_request(world.request)
    assert [(r.id, r.sha256) for r in listed] == [(row.id, row.sha256)]
    assert service.signed_page()[0].sha256 == row.sha256
    with pytest.raises(LetterAlreadySigned):
        service.update(row.id, LetterEdit("Toinen teksti", "Anna"))
    with pytest.raises(LetterAlreadySigned):
        service.sign(row.id)


def test_mark_sent_within_and_after_the_deadline(world: World) -> None:
    service = letters(world)
    first = service.sign(service.create(world.request, LetterKind.ACKNOWLEDGEMENT).row.id)
    with pytest.raises(ValidationError) as problem:
        service.mark_sent(first.id, date.today(), Delivery.REGISTERED)
    assert "tracking_number" in problem.value.fields
    sent = service.mark_sent(first.id, date.today(), Delivery.REGISTERED, "JJFI6234567890")
    assert sent.sent_how is Delivery.REGISTERED and sent.tracking_number == "JJFI6234567890"
    assert sent.within_deadline is (date.today() <= sent.due_on)
    late_day = date(2027, 3, 1)
    second = service.sign(service.create(world.request, LetterKind.ACCESS).row.id)
    late = service.mark_sent(second.id, late_day, Delivery.LETTER, today=late_day)
    assert late.within_deadline is False
    with pytest.raises(ValidationError):
        service.mark_sent(second.id, date(2099, 1, 1), Delivery.LETTER)


def test_reader_cannot_draft_or_sign_and_nothing_is_missing(world: World) -> None:
    reader = letters(world, world.lukija)
    with pytest.raises(PermissionDenied):
        reader.create(world.request, LetterKind.ACKNOWLEDGEMENT)
    draft = letters(world).create(world.request, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(PermissionDenied):
        reader.sign(draft.row.id)
    with pytest.raises(LetterNotReady):
        letters(world).create(world.request, LetterKind.ERASURE_DONE)
    with pytest.raises(LetterNotReady):
        letters(world).create(world.request, LetterKind.REFUSAL)


def test_signature_image_and_title_in_the_signature_block(world: World) -> None:
    from PIL import Image

    path = Path(os.environ["TMPDIR"]) / "sig.png"
    Image.new("RGB", (300, 90), "white").save(path)
    image = path.read_bytes()
    path.unlink()
    service = letters(world)
    service.save_my_signature("Asiakaspalvelupäällikkö", image)
    assert service.my_signature().image == image
    letter = service.create(world.request, LetterKind.ACKNOWLEDGEMENT)
    pdf = service.sign(letter.row.id)
    text = flat(service.pdf(pdf.id))
    assert "Asiakaspalvelupäällikkö" in text
    assert b"/Subtype /Image" in service.pdf(pdf.id)


def test_customer_extract_prints_everything(world: World) -> None:
    pdf = letters(world).customer_extract_pdf(world.anna, "sv")
    text = flat(pdf)
    assert "Uppgifter om dig i registret" in text and "Puhelu 250" in text
    assert "$" not in text


def _files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_no_name_in_plaintext_on_disk_after_signing(world: World, files: object) -> None:
    tmp = Path(os.environ["TMPDIR"])
    before = _files(tmp)
    service = letters(world)
    letter = service.sign(service.create(world.request, LetterKind.ACCESS, today=TODAY).row.id)
    service.pdf(letter.id)
    new_temp = _files(tmp) - before  # other tests' files are theirs to answer for
    for path in new_temp | _files(Path(files.db).parent):  # type: ignore[attr-defined]
        assert path.suffix != ".pdf", path
        data = path.read_bytes()
        assert b"Mannerheimintie" not in data and b"Asiakas" not in data, path


def test_access_reply_for_a_person_not_in_the_register(world: World) -> None:
    request = log_request(
        world.register,
        world.ville,
        None,
        (RequestKind.ACCESS,),
        requester_address="Kirkkokatu 5 B 7\n00170 Helsinki",
    )
    service = letters(world)
    letter = service.create(request, LetterKind.ACCESS, today=TODAY)
    assert letter.recipient.splitlines() == ["Pekka Puuttuva", "Kirkkokatu 5 B 7", "00170 HELSINKI"]
    text = flat(service.preview(letter.row.id, today=TODAY))
    assert "ei käsittele sinusta henkilötietoja" in text
    assert "Rekisterissä ei ole sinusta tietoja." in text  # the appendix says so too
    assert "Käsittelyn tarkoitukset" in text  # and still gives the Art. 15 information


def test_signing_is_audited_without_values(world: World) -> None:
    from sqlalchemy import select

    from desktop.store.models import AuditEntry

    service = letters(world)
    row = service.sign(service.create(world.request, LetterKind.ACCESS, today=TODAY).row.id)
    with world.register.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.fields).where(
                AuditEntry.action.in_(["letter_drafted", "letter_signed", "access_extract_made"])
            )
        ).all()
    assert ("letter_signed", "letter", "") in entries
    assert ("access_extract_made", "customer", "") in entries
    assert all("Asiakas" not in fields for _a, _e, fields in entries)
    assert row.sha256 and row.pdf_size > 10_000
