"""Where the letter puts things, read back from the PDF (pdftotext -bbox): the address inside
SFS 2487's address field on every letter kind in every language, nothing else in that field, at
most five rows, a foreign country in the letter's language, the page label and the place of
signing in the letter's language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.customer_fields import ConsentKind
from desktop.core.customer_form import AddressForm, CustomerForm
from desktop.core.decisions import Decision, Ground
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind
from desktop.errors import ValidationError
from desktop.services.customers.records import CustomerService
from desktop.services.letters.service import LetterEdit, LetterService
from desktop.store.customer_models import Address
from desktop.store.models import Business
from desktop.store.request_models import Request
from tests.services.rights.conftest import TODAY, World, log_request
from tests.services.rights.letter_checks import pdf_text, word_boxes

# SFS 2487: rows R10-R15 of the 1/6-inch grid, about 38-64 mm from the top; first baseline ~44 mm.
FIELD_TOP, FIELD_BOTTOM, WINDOW_LEFT, WINDOW_RIGHT = 38.0, 64.0, 20.0, 110.0


def _business(world: World) -> None:
    """A full sender block (six rows) so the test sees that it stays above the field."""
    with world.register.write() as session:
        session.execute(
            update(Business).values(
                street="Kauppakatu 1",
                postal_code="00100",
                post_office="Helsinki",
                phone="+358401234567",
                email="info@kahvila.example",
            )
        )


def _language(world: World, request_id: int, lang: str) -> None:
    with world.register.write() as session:
        session.execute(update(Request).where(Request.id == request_id).values(reply_language=lang))


def field_words(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """Every word on page 1 that reaches into the address field's band left of 110 mm."""
    return [
        box
        for box in word_boxes(pdf)
        if box[4] > FIELD_TOP and box[2] < FIELD_BOTTOM and box[1] < WINDOW_RIGHT
    ]


def assert_address_in_field(pdf: bytes, recipient: str) -> None:
    rows = [row for row in recipient.splitlines() if row.strip()]
    assert 1 <= len(rows) <= 5, rows
    expected = [word for row in rows for word in row.split()]
    found = field_words(pdf)
    assert [box[0] for box in found] == expected, "the field holds the address and nothing else"
    for word, left, top, right, bottom in found:
        assert left >= WINDOW_LEFT and right <= WINDOW_RIGHT, (word, left, right)
        assert top >= FIELD_TOP and bottom <= FIELD_BOTTOM, (word, top, bottom)
    first_row = [box for box in found if box[0] in rows[0].split()]
    # pdftotext's box ends at the descender, about 0.8 mm below the baseline.
    assert 43.0 <= max(box[4] for box in first_row) <= 46.0, first_row


def _all_kinds(world: World) -> list[tuple[int, LetterKind]]:
    """A request on which every kind of letter can be drafted, with the erasure ones last."""
    rights = world.rights()
    world.requests().extend(world.request, "Pyyntö koskee 500 yhteydenottoa", today=TODAY)
    rights.rectify(world.request, {"last_name": "Asiakas-Virta"})
    rights.refuse_rectification(world.request, "notes", "", "Muistiinpano on tarpeen")
    rights.restrict(world.request, "Asiakas kiistää osoitteen oikeellisuuden")
    rights.ban_direct_marketing(world.request)
    rights.withdraw_consent(world.request, (ConsentKind.PARTNER_DISCLOSURE,))
    export = Path(os.environ["TMPDIR"]) / "usb-layout"
    export.mkdir(exist_ok=True)
    rights.portability_export(world.request, export)
    waiting = log_request(
        world.register, world.ville, world.anna, (RequestKind.ACCESS,), checked=False
    )
    world.requests().wait_for_identification(
        waiting, "Osoite pyynnössä eroaa rekisterin osoitteesta"
    )
    refused = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
    rights.record_decision(
        refused,
        RequestKind.ACCESS,
        Decision.REFUSED,
        Ground.EXCESSIVE,
        reasons="Sama pyyntö kolmannen kerran",
        today=TODAY,
    )
    # The decisions with letters of their own, and the notice before lifting the restriction.
    rights.record_decision(
        world.request,
        RequestKind.ERASURE,
        Decision.REFUSED,
        Ground.LEGAL_CLAIMS,
        reasons="Riita-asia on vireillä",
        today=TODAY,
    )
    rights.record_decision(
        world.request,
        RequestKind.OBJECTION,
        Decision.CONTINUED,
        Ground.COMPELLING_GROUNDS,
        reasons="Laskutus edellyttää tietoja",
        purpose="Laskutus",
        today=TODAY,
    )
    rights.plan_restriction_lift(world.request, "Osoite on tarkistettu")
    chosen = {LetterKind.IDENTIFICATION: waiting, LetterKind.REFUSAL: refused}
    skip = (LetterKind.ERASURE_DONE, LetterKind.RECIPIENT_NOTICE)
    return [(chosen.get(kind, world.request), kind) for kind in LetterKind if kind not in skip]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_address_is_inside_the_sfs_field_on_every_letter(world: World, lang: str) -> None:
    _business(world)
    service = LetterService(world.register, world.ville)
    cases = _all_kinds(world)
    for request_id, _kind in cases:
        _language(world, request_id, lang)
    for request_id, kind in cases:
        letter = service.create(request_id, kind, today=TODAY)
        assert_address_in_field(service.preview(letter.row.id, today=TODAY), letter.recipient)
    world.rights().erase(world.request, today=TODAY)
    letter = service.create(world.request, LetterKind.ERASURE_DONE, today=TODAY)
    # After the erasure the name and address come from the request log: first name first.
    assert letter.recipient.splitlines()[0] == "Anna Asiakas-Virta"
    assert_address_in_field(service.preview(letter.row.id, today=TODAY), letter.recipient)


@pytest.mark.parametrize(
    ("lang", "country", "place", "page"),
    [
        ("fi", "RUOTSI", "Helsinki 24.11.2026", "1 (2)"),
        ("sv", "SVERIGE", "Helsingfors 24.11.2026", "1 (2)"),
        ("en", "SWEDEN", "Helsinki 24.11.2026", "Page 1 of 2"),
    ],
)
def test_abroad_the_country_in_the_letters_language_and_five_rows_at_most(
    world: World, lang: str, country: str, place: str, page: str
) -> None:
    _business(world)
    customers = CustomerService(world.register, world.ville)
    sven = customers.create(
        CustomerForm(
            first_name="Sven",
            last_name="Svensson",
            organisation="Byggfirma AB",
            addresses=(AddressForm("Storgatan 1\nLägenhet 1102", "111 22", "Stockholm", "SE"),),
        )
    ).id
    request = log_request(world.register, world.ville, sven, (RequestKind.ACCESS,))
    _language(world, request, lang)
    service = LetterService(world.register, world.ville)
    letter = service.create(request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    rows = letter.recipient.splitlines()
    # name, c/o company, two street rows, postal code row, country: six, so the company goes.
    assert rows == ["Sven Svensson", "Storgatan 1", "Lägenhet 1102", "111 22 STOCKHOLM", country]
    long_text = letter.text + "\n\n" + "\n\n".join(["Lisäselvitys asiasta. " * 25] * 3)
    pdf = service.preview(letter.row.id, LetterEdit(long_text, letter.recipient), today=TODAY)
    assert_address_in_field(pdf, letter.recipient)
    text = pdf_text(pdf)
    assert page in text.split("\f")[0]
    assert place in " ".join(text.split())
    with pytest.raises(ValidationError) as problem:
        service.update(letter.row.id, LetterEdit(letter.text, "\n".join(["Rivi"] * 6)))
    assert "recipient" in problem.value.fields


def test_rows_with_a_stored_street_in_two_rows_are_not_lost(world: World) -> None:
    with world.register.write() as session:
        session.execute(
            update(Address)
            .where(Address.customer_id == world.anna)
            .values(street="c/o Virtanen\nMannerheimintie 1 A 2\nPorras 3")
        )
    service = LetterService(world.register, world.ville)
    letter = service.create(world.request, LetterKind.ACKNOWLEDGEMENT, today=TODAY)
    assert letter.recipient.splitlines() == [
        "Anna Asiakas",
        "c/o Virtanen",
        "Mannerheimintie 1 A 2",
        "Porras 3",
        "00100 HELSINKI",
    ]
