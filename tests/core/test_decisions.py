"""The law table (desktop.core.decisions), row by row: every (right, decision, ground) triple
with the status it leads to, the letter drafted, the paragraphs and whether the remedies go in.

EXPECTED below is the law written out a second time, by hand; the table must match it exactly,
so a row added, dropped or changed in one place only fails here."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop.core.decisions import (
    REMEDIES,
    RULES,
    Decision,
    Effect,
    Ground,
    decisions_for,
    gives_all,
    grounds_for,
    rule_for,
)
from desktop.core.letters import LetterKind as L
from desktop.core.requests import RequestKind as K
from desktop.core.requests import RequestStatus as S

D, G = Decision, Ground
OPEN = "opening"
R = ("reasons", "remedies")
COMMON = (G.MANIFESTLY_UNFOUNDED, G.EXCESSIVE, G.IDENTITY_NOT_ESTABLISHED)
GRANTED_LETTER = {
    K.ACCESS: (L.ACCESS, ()),
    K.RECTIFICATION: (L.RECTIFICATION_DONE, ()),
    K.ERASURE: (L.ERASURE_DONE, ()),
    K.RESTRICTION: (L.RESTRICTION, ("restriction_recipients",)),
    K.PORTABILITY: (L.PORTABILITY, ()),
    K.OBJECTION: (L.OBJECTION, ("objection_stops",)),
    K.MARKETING_BAN: (L.OBJECTION, ("marketing_stops",)),
    K.CONSENT_WITHDRAWAL: (L.CONSENT_WITHDRAWAL, ("withdrawal_stops",)),
}


OWN_WORDS = {K.ERASURE: "refused_erasure", K.RECTIFICATION: "refused_rectification"}


def _expected() -> dict[tuple[K, D, G], tuple[S, L, tuple[str, ...], bool]]:
    rows: dict[tuple[K, D, G], tuple[S, L, tuple[str, ...], bool]] = {}
    for right, (letter, extra) in GRANTED_LETTER.items():
        rows[(right, D.GRANTED, G.NONE)] = (S.ANSWERED, letter, extra, False)
        if right in (K.MARKETING_BAN, K.CONSENT_WITHDRAWAL):
            continue  # 21(3) and 7(3): always honoured, never refused
        for ground in COMMON:
            rows[(right, D.REFUSED, ground)] = (
                S.REFUSED,
                L.REFUSAL,
                (OPEN, OWN_WORDS.get(right, "refused"), f"ground_{ground.value}", *R),
                True,
            )
    rows[(K.ACCESS, D.PARTLY_GRANTED, G.OTHERS_RIGHTS)] = (
        S.ANSWERED,
        L.ACCESS,
        ("partly_access", "ground_15_4", *R),
        True,
    )
    for ground in ("17_3_a", "17_3_b", "17_3_c", "17_3_d", "17_3_e"):
        rows[(K.ERASURE, D.REFUSED, G(ground))] = (
            S.REFUSED,
            L.ERASURE_REFUSED,
            (OPEN, "refused_erasure", f"ground_{ground}", *R),
            True,
        )
        rows[(K.ERASURE, D.PARTLY_GRANTED, G(ground))] = (
            S.ANSWERED,
            L.ERASURE_DONE,
            ("partly_erasure", f"ground_{ground}", *R),
            True,
        )
    for ground in ("21_1_compelling", "21_1_claims"):
        rows[(K.OBJECTION, D.CONTINUED, G(ground))] = (
            S.REFUSED,
            L.OBJECTION_CONTINUED,
            (OPEN, "continued_objection", f"ground_{ground}", *R),
            True,
        )
    # The right's own conditions not met (17(1), 18(1), 20(1), 21(1) with 6(1)(e)/(f)).
    rows[(K.ERASURE, D.REFUSED, G.ERASURE_NOT_MET)] = (
        S.REFUSED,
        L.ERASURE_REFUSED,
        (OPEN, "refused_erasure", "ground_17_1_not_met", *R),
        True,
    )
    rows[(K.ERASURE, D.PARTLY_GRANTED, G.ERASURE_NOT_MET)] = (
        S.ANSWERED,
        L.ERASURE_DONE,
        ("partly_erasure", "ground_17_1_not_met", *R),
        True,
    )
    rows[(K.RESTRICTION, D.REFUSED, G.RESTRICTION_NOT_MET)] = (
        S.REFUSED,
        L.REFUSAL,
        (OPEN, "refused", "ground_18_1_not_met", *R),
        True,
    )
    rows[(K.PORTABILITY, D.REFUSED, G.PORTABILITY_OUT_OF_SCOPE)] = (
        S.REFUSED,
        L.REFUSAL,
        (OPEN, "refused", "ground_20_1_out_of_scope", "access_instead", *R),
        True,
    )
    rows[(K.PORTABILITY, D.PARTLY_GRANTED, G.PORTABILITY_OUT_OF_SCOPE)] = (
        S.ANSWERED,
        L.PORTABILITY,
        ("partly_portability", "ground_20_1_out_of_scope", "access_instead", *R),
        True,
    )
    rows[(K.OBJECTION, D.REFUSED, G.OBJECTION_NOT_APPLICABLE)] = (
        S.REFUSED,
        L.OBJECTION_CONTINUED,
        (OPEN, "refused", "ground_21_1_basis", *R),
        True,
    )
    rows[(K.RECTIFICATION, D.REFUSED, G.DATA_ACCURATE)] = (
        S.REFUSED,
        L.RECTIFICATION_REFUSED,
        ("ground_16_accurate", "supplementary_statement", *R),
        True,
    )
    rows[(K.RECTIFICATION, D.PARTLY_GRANTED, G.DATA_ACCURATE)] = (
        S.ANSWERED,
        L.RECTIFICATION_DONE,
        ("partly_rectification", "ground_16_accurate", "supplementary_statement", *R),
        True,
    )
    return rows


EXPECTED = _expected()


def test_the_table_has_exactly_the_expected_triples() -> None:
    assert set(RULES) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED, key=str), ids=lambda key: "-".join(map(str, key)))
def test_each_triple(key: tuple[K, D, G]) -> None:
    status, letter, paragraphs, remedies = EXPECTED[key]
    rule = rule_for(*key)
    assert rule is not None
    assert rule.status is status
    assert rule.letter is letter
    assert rule.paragraphs == paragraphs
    assert rule.remedies is remedies
    # Art. 12(4): the remedies go in exactly when the person does not get all they asked.
    assert rule.remedies is (not gives_all(rule)) is (REMEDIES in rule.paragraphs)
    # A refusal changes no data; a grant (in full or in part) does what the right asks.
    assert (rule.effect is Effect.NONE) is (rule.status is S.REFUSED)


def test_erasure_refused_under_a_legal_hold_is_the_17_3_letter_never_12_5() -> None:
    rule = rule_for(K.ERASURE, D.REFUSED, G.LEGAL_CLAIMS)
    assert rule is not None
    assert rule.letter is L.ERASURE_REFUSED
    assert "ground_17_3_e" in rule.paragraphs
    assert not any(p.startswith("ground_12_5") for p in rule.paragraphs)


def test_grounds_come_from_each_rights_own_list() -> None:
    assert set(grounds_for(K.ERASURE, D.REFUSED)) == set(COMMON) | {
        G(g) for g in ("17_1_not_met", "17_3_a", "17_3_b", "17_3_c", "17_3_d", "17_3_e")
    }
    assert set(grounds_for(K.RESTRICTION, D.REFUSED)) == set(COMMON) | {G.RESTRICTION_NOT_MET}
    assert set(grounds_for(K.PORTABILITY, D.PARTLY_GRANTED)) == {G.PORTABILITY_OUT_OF_SCOPE}
    assert set(grounds_for(K.OBJECTION, D.REFUSED)) == set(COMMON) | {G.OBJECTION_NOT_APPLICABLE}
    assert set(grounds_for(K.ACCESS, D.PARTLY_GRANTED)) == {G.OTHERS_RIGHTS}
    assert D.CONTINUED in decisions_for(K.OBJECTION)
    assert D.CONTINUED not in decisions_for(K.MARKETING_BAN)  # 21(3): absolute
    assert rule_for(K.MARKETING_BAN, D.CONTINUED, G.COMPELLING_GROUNDS) is None
    assert rule_for(K.ACCESS, D.REFUSED, G.LEGAL_CLAIMS) is None


LETTERS = Path(__file__).resolve().parents[2] / "resources" / "letters"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_paragraph_and_letter_the_table_names_exists(lang: str) -> None:
    with (LETTERS / f"{lang}.toml").open("rb") as handle:
        texts = tomllib.load(handle)
    for rule in RULES.values():
        assert rule.letter.value in texts, (lang, rule.letter)
        assert "$decision" in texts[rule.letter.value]["body"], (lang, rule.letter)
        for paragraph in rule.paragraphs:
            assert texts["paragraphs"].get(paragraph, "").strip(), (lang, paragraph)


def test_only_a_full_access_grant_says_the_copy_holds_all_the_data() -> None:
    """Art. 15(4): where parts are left out, the copy paragraph says so (Rule.copy)."""
    for rule in RULES.values():
        if rule.right is K.ACCESS and rule.decision is D.GRANTED:
            assert rule.copy == "copy_all"
        elif rule.right is K.ACCESS and rule.decision is D.PARTLY_GRANTED:
            assert rule.copy == "copy_part"
        else:
            assert rule.copy == "", rule.key  # only the access reply has the $copy place


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_copy_paragraphs_exist_and_only_the_full_one_says_all(lang: str) -> None:
    with (LETTERS / f"{lang}.toml").open("rb") as handle:
        texts = tomllib.load(handle)
    all_words = {"fi": "kaikista", "sv": "alla", "en": "all"}[lang]
    assert all_words in texts["paragraphs"]["copy_all"].split()
    assert all_words not in texts["paragraphs"]["copy_part"].split()
    assert "$copy" in texts["access"]["body"]


def test_a_marketing_ban_and_a_consent_withdrawal_are_never_refused() -> None:
    for right in (K.MARKETING_BAN, K.CONSENT_WITHDRAWAL):
        assert decisions_for(right) == [D.GRANTED], right


def test_the_own_conditions_grounds_never_reach_a_marketing_ban_or_a_withdrawal() -> None:
    """21(2)-(3) and 7(3) stay absolute: no "conditions not met" ground refuses them."""
    own = (
        G.ERASURE_NOT_MET,
        G.RESTRICTION_NOT_MET,
        G.PORTABILITY_OUT_OF_SCOPE,
        G.OBJECTION_NOT_APPLICABLE,
    )
    for right in (K.MARKETING_BAN, K.CONSENT_WITHDRAWAL):
        for decision in D:
            for ground in own:
                assert rule_for(right, decision, ground) is None, (right, decision, ground)
    # Each ground belongs to its own right only.
    owner = {
        G.ERASURE_NOT_MET: K.ERASURE,
        G.RESTRICTION_NOT_MET: K.RESTRICTION,
        G.PORTABILITY_OUT_OF_SCOPE: K.PORTABILITY,
        G.OBJECTION_NOT_APPLICABLE: K.OBJECTION,
    }
    for rule in RULES.values():
        if rule.ground in owner:
            assert rule.right is owner[rule.ground], rule.key
            assert rule.effect is (Effect.NONE if rule.decision is D.REFUSED else rule.effect)


def test_portability_outside_20_1_always_points_to_the_right_of_access() -> None:
    """Art. 15 still gives a copy of all the data: the letter must say so after the ground."""
    for rule in RULES.values():
        if rule.ground is G.PORTABILITY_OUT_OF_SCOPE:
            at = rule.paragraphs.index("ground_20_1_out_of_scope")
            assert rule.paragraphs[at + 1] == "access_instead", rule.key
        else:
            assert "access_instead" not in rule.paragraphs, rule.key
