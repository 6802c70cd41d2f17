"""The register description checked against the data: a non-EEA recipient needs the transfers
section to say so, with a safeguard; a disclosure to an unlisted recipient is flagged; a form
required of requests is flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.consistency import Finding, Problem, check, requires_form
from desktop.core.description_templates import TEMPLATES
from desktop.core.register_description import Recipient, default_description

BASE = default_description("Testi Oy", address="Katu 1, 00100 Helsinki")
TAX = Recipient("Tilitoimisto Oy", "FI", "Kirjanpito")
MAIL = Recipient("Mailchimp", "US", "Uutiskirje", safeguard="EU:n vakiosopimuslausekkeet")


def _with(*recipients: Recipient, transfers: str | None = None) -> object:
    description = replace(BASE, recipients=recipients)
    if transfers is not None:
        translations = {k: v for k, v in description.translations.items() if "transfers" not in k}
        description = replace(
            description, transfers_outside_eea=transfers, translations=translations
        )
    return description


def test_the_template_is_consistent() -> None:
    assert check(_with(TAX)) == []  # type: ignore[arg-type]


def test_a_us_recipient_against_no_transfers_is_blocking() -> None:
    found = check(_with(TAX, MAIL))  # type: ignore[arg-type]
    assert found == [Finding(Problem.TRANSFER_NOT_DECLARED, "Mailchimp")]
    assert found[0].blocking
    assert "{subject}" in found[0].message


@pytest.mark.parametrize(
    "transfers",
    [
        "Uutiskirjeen lähettää Mailchimp Yhdysvalloissa; siirto perustuu vakiolausekkeisiin.",
        "Tietoja siirretään Yhdysvaltoihin (US) EU:n vakiosopimuslausekkein.",
        "Tietoja ei siirretä muualle kuin Mailchimpille.",
    ],
)
def test_a_declared_transfer_passes(transfers: str) -> None:
    assert check(_with(MAIL, transfers=transfers)) == []  # type: ignore[arg-type]


def test_a_country_name_counts_as_declared() -> None:
    description = _with(MAIL, transfers="Tietoja ei siirretä muualle kuin YHDYSVALLAT.")
    found = check(description, country_names={"US": {"YHDYSVALLAT"}})  # type: ignore[arg-type]
    assert found == []


def test_no_safeguard_is_blocking() -> None:
    bare = replace(MAIL, safeguard="")
    found = check(_with(bare, transfers="Mailchimp (US) lähettää uutiskirjeen."))  # type: ignore[arg-type]
    assert found == [Finding(Problem.NO_SAFEGUARD, "Mailchimp")]


def test_a_disclosure_to_an_unlisted_recipient_is_flagged_once() -> None:
    found = check(  # type: ignore[arg-type]
        _with(TAX), ["tilitoimisto  oy", "Perintä Oy", "Perintä Oy"]
    )
    assert found == [Finding(Problem.UNLISTED_RECIPIENT, "Perintä Oy")]
    assert not found[0].blocking


@pytest.mark.parametrize(
    ("text", "required"),
    [
        (
            "Oikeuksien käyttämistä koskevat pyynnöt tehdään kirjallisesti ja omakätisesti "
            "allekirjoitettuina tai henkilökohtaisesti osoitteessa Katu 1.",
            True,
        ),
        ("Begäran görs skriftligen och egenhändigt undertecknad.", True),
        ("Requests are made in writing and signed by hand, or in person at Street 1.", True),
        (TEMPLATES["fi"]["how_to_use_rights"], False),
        (TEMPLATES["sv"]["how_to_use_rights"], False),
        (TEMPLATES["en"]["how_to_use_rights"], False),
        ("", False),
    ],
)
def test_requires_form(text: str, required: bool) -> None:
    assert requires_form(text) is required


def test_a_saved_form_requirement_is_flagged() -> None:
    old = replace(
        BASE,
        how_to_use_rights="Pyynnöt tehdään kirjallisesti ja omakätisesti allekirjoitettuina.",
    )
    assert check(old) == [Finding(Problem.FORM_REQUIRED)]
