"""Every (right, decision, ground) row of the law table in every language: the decision is
recorded, its letter drafted and rendered, and the PDF read back. A Finnish or Swedish letter
holds no English word (the list comes from the English template), no user name and no code
string; the remedies paragraph (the Ombudsman and the action in court) is there exactly when
the table says, and the ground cited is the row's own."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.customer_fields import ConsentKind
from desktop.core.decisions import RULES, Decision, Ground, Rule
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind
from desktop.services.letters.service import LetterService
from desktop.store.request_models import Request
from tests.services.rights.conftest import TODAY, World, log_request
from tests.services.rights.letter_checks import pdf_text

SHOTS = os.environ.get("KIRJURI_LETTER_SHOTS", "")
SHOWN = {
    (RequestKind.ERASURE, Decision.REFUSED, Ground.LEGAL_CLAIMS),
    (RequestKind.OBJECTION, Decision.CONTINUED, Ground.COMPELLING_GROUNDS),
    (RequestKind.CONSENT_WITHDRAWAL, Decision.GRANTED, Ground.NONE),
    (RequestKind.RECTIFICATION, Decision.REFUSED, Ground.DATA_ACCURATE),
    (RequestKind.ERASURE, Decision.REFUSED, Ground.ERASURE_NOT_MET),
    (RequestKind.RESTRICTION, Decision.REFUSED, Ground.RESTRICTION_NOT_MET),
    (RequestKind.PORTABILITY, Decision.REFUSED, Ground.PORTABILITY_OUT_OF_SCOPE),
    (RequestKind.PORTABILITY, Decision.PARTLY_GRANTED, Ground.PORTABILITY_OUT_OF_SCOPE),
    (RequestKind.OBJECTION, Decision.REFUSED, Ground.OBJECTION_NOT_APPLICABLE),
}
LETTERS = Path(__file__).resolve().parents[3] / "resources" / "letters"
COURT = {"fi": "kanne käräjäoikeudessa", "sv": "väcka talan mot oss vid tingsrätten", "en": "court"}
COMPLAINT = {"fi": "valitus valvontaviranomaiselle", "sv": "klagomål", "en": "lodge a complaint"}
APPEAL = ("hakea muutosta", "söka ändring", "judicial remedy")
# Ground → the citation its paragraph must carry, per language.
CITES = {
    "12_5": ("12 artiklan 5 kohta", "artikel 12.5", "Article 12(5)"),
    "11_2": ("11 artiklan 2 kohta", "artikel 11.2", "Articles 11(2)"),
    "15_4": ("15 artiklan 4 kohta", "artikel 15.4", "Article 15(4)"),
    "17_3_a": ("3 kohdan a alakohta", "artikel 17.3 a", "Article 17(3)(a)"),
    "17_3_b": ("3 kohdan b alakohta", "artikel 17.3 b", "Article 17(3)(b)"),
    "17_3_c": ("3 kohdan c alakohta", "artikel 17.3 c", "Article 17(3)(c)"),
    "17_3_d": ("3 kohdan d alakohta", "artikel 17.3 d", "Article 17(3)(d)"),
    "17_3_e": ("3 kohdan e alakohta", "artikel 17.3 e", "Article 17(3)(e)"),
    "21_1": ("21 artiklan 1 kohta", "artikel 21.1", "Article 21(1)"),
    "16": ("(tietosuoja-asetuksen 16 artikla)", "(artikel 16 i", "(Article 16 of"),
    "17_1": ("17 artiklan 1 kohta", "artikel 17.1", "Article 17(1)"),
    "18_1": ("18 artiklan 1 kohta", "artikel 18.1", "Article 18(1)"),
    "20_1": ("20 artiklan 1 kohta", "artikel 20.1", "Article 20(1)"),
}
# Data outside portability (20(1)): the letter points to the right of access all the same.
ACCESS_STILL = {
    "fi": "oikeus saada pääsy kaikkiin tietoihisi",
    "sv": "rätt att få tillgång till alla dina uppgifter",
    "en": "right of access to all your data",
}
# No right to object under 21(1): a marketing objection (21(2)-(3)) is still always honoured.
MARKETING_STILL = {"fi": "21 artiklan 2 ja 3 kohta", "sv": "artikel 21.2 och 21.3", "en": "21(2)"}
LANG_INDEX = {"fi": 0, "sv": 1, "en": 2}
# Words of the English template that are also Finnish or Swedish, or names and addresses.
SHARED = {
    "helsinki",
    "finland",
    "tietosuoja",
    "tietosuoja@om.fi",
    "www",
    "zip",
    "sha-256",
    "aes-256",
    "json",
    "csv",
    "data.json",
    "7-zip",
    "7-zip.org",
    "winzip",
    "winrar",
    "windows",
    "chat",
    "post",
    "box",
    "general",
    "data",
    "under",
    "status",
    "person",
    "format",
    "register",
}
CODES = re.compile(r"\b\w+_\w+\b|\b(erasure|granted|refused|continued|partly)\b")


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,:;()»«”\"'") for w in text.split()}


def _english_words() -> set[str]:
    with (LETTERS / "en.toml").open("rb") as handle:
        english = tomllib.load(handle)
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w for w in _words(value) if len(w) >= 4 and w.isalpha())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(english)
    return {w for w in words if not w.startswith("$")} - SHARED


ENGLISH = _english_words()


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _prepare(world: World, lang: str) -> dict[RequestKind, int]:
    """One request per right, in `lang`, with the facts its granting letter reports."""
    rights = world.rights()
    made: dict[RequestKind, int] = {}
    for right in RequestKind:
        made[right] = log_request(world.register, world.ville, world.anna, (right,))
        with world.register.write() as session:
            session.execute(
                update(Request).where(Request.id == made[right]).values(reply_language=lang)
            )
    rights.rectify(made[RequestKind.RECTIFICATION], {"last_name": "Asiakas-Virta"})
    rights.refuse_rectification(
        made[RequestKind.RECTIFICATION], "notes", "", "Muistiinpano on tarpeen palvelussa"
    )
    rights.restrict(made[RequestKind.RESTRICTION], "Asiakas kiistää osoitteen oikeellisuuden")
    rights.withdraw_consent(made[RequestKind.CONSENT_WITHDRAWAL], (ConsentKind.PARTNER_DISCLOSURE,))
    folder = Path(os.environ["TMPDIR"]) / f"usb-{lang}"
    folder.mkdir(exist_ok=True)
    rights.portability_export(made[RequestKind.PORTABILITY], folder)
    return made


def _check(rule: Rule, lang: str, text: str, remedies: bool) -> None:
    where = f"{lang} {rule.key}"
    assert "$" not in text, where
    assert not CODES.search(text.replace("data.json", "")) or lang == "en", (
        where,
        CODES.search(text),
    )
    assert not re.search(r"\b(ville|maija|lukija)\b", text), where  # no staff user names
    if lang != "en":
        english = sorted(w for w in _words(text) if w in ENGLISH)
        assert not english, (where, english)
    for appeal in APPEAL:
        assert appeal not in text, where
    assert (COURT[lang] in text) is remedies, where
    assert COMPLAINT[lang] in text or "tietosuoja@om.fi" in text, where
    if rule.ground is not Ground.NONE:
        code = rule.ground.value
        key = next(k for k in CITES if code.startswith(k))
        assert CITES[key][LANG_INDEX[lang]] in text, where
        if not code.startswith("12_5"):
            assert CITES["12_5"][LANG_INDEX[lang]] not in text, where  # never "abusive"
    if rule.remedies:
        assert "Perustelut testiä varten" in text, where  # the reasons, Art. 12(4)
        # The remedies close the decision: after the ground and the reasons (Art. 12(4)).
        assert text.index("Perustelut testiä varten") < text.index(COURT[lang]), where
    assert (ACCESS_STILL[lang] in text) is (rule.ground is Ground.PORTABILITY_OUT_OF_SCOPE), where
    if rule.ground is Ground.OBJECTION_NOT_APPLICABLE:
        assert MARKETING_STILL[lang] in text, where


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_rule_drafts_its_letter_in_every_language(world: World, lang: str) -> None:
    made = _prepare(world, lang)
    service = LetterService(world.register, world.ville)
    rules = sorted(RULES.values(), key=lambda r: (r.right is RequestKind.ERASURE, str(r.key)))
    for rule in rules:
        if rule.right is RequestKind.ERASURE and rule.effect.value == "erase":
            with world.register.read() as session:
                erased = bool(session.get(Request, made[RequestKind.ERASURE]).erasure_summary)
            if not erased:
                world.rights().erase(made[RequestKind.ERASURE], today=TODAY)
        world.rights().record_decision(
            made[rule.right],
            rule.right,
            rule.decision,
            rule.ground,
            reasons="Perustelut testiä varten" if rule.remedies else "",
            purpose="Asiakastyytyväisyyskyselyt" if rule.right is RequestKind.OBJECTION else "",
            today=TODAY,
        )
        letter = service.create(made[rule.right], rule.letter, today=TODAY)
        pdf = service.preview(letter.row.id, today=TODAY)
        text = _flat(pdf)
        if SHOTS and rule.key in SHOWN:  # to look at the pages: pdftoppm -r 60
            name = "-".join(part.value or "none" for part in rule.key)
            (Path(SHOTS) / f"{lang}-{name}.pdf").write_bytes(pdf)
        # Anna's erasure keeps her orders for the books: even a plain "granted" erasure letter
        # then tells what was kept and carries the remedies (Art. 17(3)(b), 12(4)).
        kept = rule.letter is LetterKind.ERASURE_DONE
        _check(rule, lang, text, rule.remedies or kept)
        if rule.decision is Decision.CONTINUED:
            assert "Asiakastyytyväisyyskyselyt" in text
        service.discard(letter.row.id)


def test_refusal_of_a_new_request_is_never_the_12_5_letter_by_default(world: World) -> None:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.ERASURE,))
    world.rights().record_decision(
        request,
        RequestKind.ERASURE,
        Decision.REFUSED,
        Ground.LEGAL_CLAIMS,
        reasons="Riita-asia on vireillä käräjäoikeudessa",
        today=TODAY,
    )
    service = LetterService(world.register, world.ville)
    kind = service.suggest(request)
    assert kind.value == "erasure_refused"
    text = _flat(service.preview(service.create(request, kind, today=TODAY).row.id, today=TODAY))
    assert "ilmeisen perusteeton" not in text and "kohtuuton" not in text
    assert "17 artiklan 3 kohdan e alakohta" in text and "kanne käräjäoikeudessa" in text


# Art. 15(4): a copy with parts left out must not call itself a copy of all the data.
ALL = {"fi": "jäljennös kaikista tiedoista", "sv": "kopia av alla uppgifter", "en": "copy of all"}
PART = {
    "fi": "lukuun ottamatta tietoja, jotka on jätetty pois",
    "sv": "utom de uppgifter som har utelämnats",
    "en": "except for the data left out",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_access_granted_in_part_never_claims_a_complete_copy(world: World, lang: str) -> None:
    service = LetterService(world.register, world.ville)
    texts = {}
    for decision, ground in (
        (Decision.GRANTED, Ground.NONE),
        (Decision.PARTLY_GRANTED, Ground.OTHERS_RIGHTS),
    ):
        request = log_request(world.register, world.ville, world.anna, (RequestKind.ACCESS,))
        with world.register.write() as session:
            session.execute(
                update(Request).where(Request.id == request).values(reply_language=lang)
            )
        world.rights().record_decision(
            request,
            RequestKind.ACCESS,
            decision,
            ground,
            reasons="Perustelut testiä varten" if decision is Decision.PARTLY_GRANTED else "",
            today=TODAY,
        )
        letter = service.create(request, LetterKind.ACCESS, today=TODAY)
        texts[decision] = _flat(service.preview(letter.row.id, today=TODAY))
    assert ALL[lang] in texts[Decision.GRANTED] and PART[lang] not in texts[Decision.GRANTED]
    partly = texts[Decision.PARTLY_GRANTED]
    assert ALL[lang] not in partly and PART[lang] in partly
    assert CITES["15_4"][LANG_INDEX[lang]] in partly and COURT[lang] in partly


# An upheld objection (Art. 21(1)) stops a purpose; it is not a ban the person laid down, and
# the letter must not call it one (the direct-marketing objection, 21(2), shares the letter).
BAN_WORDS = {"fi": ("kielto", "kiello"), "sv": ("förbud",), "en": ("prohibition", "ban ")}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_upheld_objection_is_not_called_a_ban(world: World, lang: str) -> None:
    request = log_request(world.register, world.ville, world.anna, (RequestKind.OBJECTION,))
    with world.register.write() as session:
        session.execute(update(Request).where(Request.id == request).values(reply_language=lang))
    world.rights().record_decision(
        request,
        RequestKind.OBJECTION,
        Decision.GRANTED,
        purpose="Asiakastyytyväisyyskyselyt",
        today=TODAY,
    )
    service = LetterService(world.register, world.ville)
    letter = service.create(request, LetterKind.OBJECTION, today=TODAY)
    text = _flat(service.preview(letter.row.id, today=TODAY)).lower()
    assert "asiakastyytyväisyyskyselyt" in text and CITES["21_1"][LANG_INDEX[lang]].lower() in text
    assert not [w for w in BAN_WORDS[lang] if w in text], text
