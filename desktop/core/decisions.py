"""The decision on a request, as law: the one table from (right, decision, ground) to what follows.

Each row says which request status the decision leads to, which letter is drafted, the
paragraphs that letter is made of (ids of the `[paragraphs]` tables in resources/letters) and
whether the Art. 12(4) remedies paragraph goes in: always when the person does not get all they
asked. A reviewer checks the law here; tests/core/test_decisions.py walks every row. Adding a
right or a ground means adding rows, nothing else.

The grounds are the law's own list for each right:
- Art. 12(5): a manifestly unfounded or excessive request (any right);
- Art. 11(2) and 12(6): the requester's identity could not be established (any right);
- Art. 15(4): a copy would adversely affect the rights and freedoms of others (access);
- Art. 17(3)(a)-(e): freedom of expression, a legal obligation, public health, archiving or
  research, legal claims (erasure);
- Art. 21(1): compelling legitimate grounds that override the person's interests, or legal
  claims (objection to processing based on legitimate interests);
- Art. 16: the data is accurate; the person may add a supplementary statement (rectification);
- the right's own conditions not met: none of the Art. 17(1)(a)-(f) grounds for erasure, none of
  the Art. 18(1)(a)-(d) conditions for restriction, data outside Art. 20(1) for portability, and
  processing not based on Art. 6(1)(e) or (f) for an objection under 21(1).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind, RequestStatus


class Decision(StrEnum):
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    CONTINUED = "continued"  # objection: processing goes on, on compelling grounds (21(1))


class Ground(StrEnum):
    NONE = ""  # granted in full: no ground is needed
    MANIFESTLY_UNFOUNDED = "12_5_unfounded"
    EXCESSIVE = "12_5_excessive"
    IDENTITY_NOT_ESTABLISHED = "11_2"
    OTHERS_RIGHTS = "15_4"
    FREEDOM_OF_EXPRESSION = "17_3_a"
    LEGAL_OBLIGATION = "17_3_b"
    PUBLIC_HEALTH = "17_3_c"
    ARCHIVING_RESEARCH = "17_3_d"
    LEGAL_CLAIMS = "17_3_e"
    COMPELLING_GROUNDS = "21_1_compelling"
    CLAIMS_21 = "21_1_claims"
    DATA_ACCURATE = "16_accurate"
    # The right's own conditions are not met (the stored value fits String(24)).
    ERASURE_NOT_MET = "17_1_not_met"
    RESTRICTION_NOT_MET = "18_1_not_met"
    PORTABILITY_OUT_OF_SCOPE = "20_1_out_of_scope"
    OBJECTION_NOT_APPLICABLE = "21_1_basis"


class Effect(StrEnum):
    """What the decision does to the data (services/rights/decisions.py carries it out)."""

    NONE = "none"  # nothing changes: a refusal, or only information is given
    DISCLOSE = "disclose"  # access or portability: a copy goes out
    RECTIFY = "rectify"
    ERASE = "erase"
    RESTRICT = "restrict"
    STOP_PROCESSING = "stop_processing"  # objection: a prohibition for the purpose
    BAN_MARKETING = "ban_marketing"
    WITHDRAW_CONSENT = "withdraw_consent"


DECISION_LABELS = {
    Decision.GRANTED: QT_TRANSLATE_NOOP("Decisions", "Granted"),
    Decision.PARTLY_GRANTED: QT_TRANSLATE_NOOP("Decisions", "Granted in part"),
    Decision.REFUSED: QT_TRANSLATE_NOOP("Decisions", "Refused"),
    Decision.CONTINUED: QT_TRANSLATE_NOOP(
        "Decisions", "Processing continues on compelling grounds"
    ),
}
GROUND_LABELS = {
    Ground.NONE: QT_TRANSLATE_NOOP("Decisions", "No ground needed"),
    Ground.MANIFESTLY_UNFOUNDED: QT_TRANSLATE_NOOP(
        "Decisions", "Manifestly unfounded (Art. 12(5))"
    ),
    Ground.EXCESSIVE: QT_TRANSLATE_NOOP("Decisions", "Excessive, e.g. repetitive (Art. 12(5))"),
    Ground.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP(
        "Decisions", "Identity not established (Art. 11(2), 12(6))"
    ),
    Ground.OTHERS_RIGHTS: QT_TRANSLATE_NOOP(
        "Decisions", "Would affect the rights and freedoms of others (Art. 15(4))"
    ),
    Ground.FREEDOM_OF_EXPRESSION: QT_TRANSLATE_NOOP(
        "Decisions", "Freedom of expression and information (Art. 17(3)(a))"
    ),
    Ground.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "Decisions", "A legal obligation to keep the data (Art. 17(3)(b))"
    ),
    Ground.PUBLIC_HEALTH: QT_TRANSLATE_NOOP("Decisions", "Public health (Art. 17(3)(c))"),
    Ground.ARCHIVING_RESEARCH: QT_TRANSLATE_NOOP(
        "Decisions", "Archiving, research or statistics (Art. 17(3)(d))"
    ),
    Ground.LEGAL_CLAIMS: QT_TRANSLATE_NOOP("Decisions", "Legal claims (Art. 17(3)(e))"),
    Ground.COMPELLING_GROUNDS: QT_TRANSLATE_NOOP(
        "Decisions", "Compelling legitimate grounds (Art. 21(1))"
    ),
    Ground.CLAIMS_21: QT_TRANSLATE_NOOP("Decisions", "Legal claims (Art. 21(1))"),
    Ground.DATA_ACCURATE: QT_TRANSLATE_NOOP(
        "Decisions", "The data is accurate; a supplementary statement is offered (Art. 16)"
    ),
    Ground.ERASURE_NOT_MET: QT_TRANSLATE_NOOP(
        "Decisions", "No ground for erasure applies, e.g. the data is still needed (Art. 17(1))"
    ),
    Ground.RESTRICTION_NOT_MET: QT_TRANSLATE_NOOP(
        "Decisions", "None of the conditions for restriction is met (Art. 18(1))"
    ),
    Ground.PORTABILITY_OUT_OF_SCOPE: QT_TRANSLATE_NOOP(
        "Decisions",
        "Data outside the right to portability: not provided by the person, not based on "
        "consent or contract, or not processed by automated means (Art. 20(1))",
    ),
    Ground.OBJECTION_NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "Decisions",
        "No right to object: the processing is not based on Art. 6(1)(e) or (f), e.g. it is "
        "based on a contract or a legal obligation (Art. 21(1))",
    ),
}

# The paragraphs that close every letter which does not give all that was asked (Art. 12(4)):
# the reasons, then the complaint to the Ombudsman and the action in court (Art. 77, 79).
REASONS = "reasons"
REMEDIES = "remedies"


@dataclass(frozen=True)
class Rule:
    right: RequestKind
    decision: Decision
    ground: Ground
    status: RequestStatus
    letter: LetterKind
    # Ids in the letter templates' [paragraphs], in order: they fill the `$decision` place of
    # the letter kind's body (its own opening and facts come before, contact details after).
    paragraphs: tuple[str, ...]
    remedies: bool
    effect: Effect
    # The paragraph (in `[paragraphs]`) that fills the body's `$copy` place: what the enclosed
    # copy holds. A copy with parts left out (15(4)) must not claim to hold all the data.
    copy: str = ""

    @property
    def key(self) -> tuple[RequestKind, Decision, Ground]:
        return (self.right, self.decision, self.ground)


# Grounds any right can be refused on: the request itself (12(5)) or the requester (11(2)/12(6)).
# Never refused: a ban on direct marketing is absolute (Art. 21(3): the data "shall no longer be
# processed for such purposes"), and withdrawing consent must be as easy as giving it (Art. 7(3)).
# Neither can be "manifestly unfounded or excessive", and stopping marketing or a consented use for
# someone whose identity is not established harms no one: the reading safer for the person.
ALWAYS_HONOURED = frozenset({RequestKind.MARKETING_BAN, RequestKind.CONSENT_WITHDRAWAL})
COMMON_REFUSALS = (Ground.MANIFESTLY_UNFOUNDED, Ground.EXCESSIVE, Ground.IDENTITY_NOT_ESTABLISHED)

_GRANTED: dict[RequestKind, tuple[LetterKind, Effect, tuple[str, ...]]] = {
    RequestKind.ACCESS: (LetterKind.ACCESS, Effect.DISCLOSE, ()),
    RequestKind.RECTIFICATION: (LetterKind.RECTIFICATION_DONE, Effect.RECTIFY, ()),
    RequestKind.ERASURE: (LetterKind.ERASURE_DONE, Effect.ERASE, ()),
    RequestKind.RESTRICTION: (
        LetterKind.RESTRICTION,
        Effect.RESTRICT,
        ("restriction_recipients",),
    ),
    RequestKind.PORTABILITY: (LetterKind.PORTABILITY, Effect.DISCLOSE, ()),
    RequestKind.OBJECTION: (
        LetterKind.OBJECTION,
        Effect.STOP_PROCESSING,
        ("objection_stops",),
    ),
    RequestKind.MARKETING_BAN: (LetterKind.OBJECTION, Effect.BAN_MARKETING, ("marketing_stops",)),
    RequestKind.CONSENT_WITHDRAWAL: (
        LetterKind.CONSENT_WITHDRAWAL,
        Effect.WITHDRAW_CONSENT,
        ("withdrawal_stops",),
    ),
}


def _refusal_letter(right: RequestKind, ground: Ground) -> LetterKind:
    if right is RequestKind.ERASURE and ground not in COMMON_REFUSALS:
        return LetterKind.ERASURE_REFUSED
    if right is RequestKind.RECTIFICATION and ground is Ground.DATA_ACCURATE:
        return LetterKind.RECTIFICATION_REFUSED
    if right is RequestKind.OBJECTION and ground not in COMMON_REFUSALS:
        return LetterKind.OBJECTION_CONTINUED
    return LetterKind.REFUSAL


# The sentence that states the decision, where the right needs its own words.
_DECIDED = {
    (RequestKind.ERASURE, Decision.REFUSED): "refused_erasure",
    (RequestKind.RECTIFICATION, Decision.REFUSED): "refused_rectification",
    (RequestKind.OBJECTION, Decision.CONTINUED): "continued_objection",
}


# What the person can still do, after the ground's paragraph: for an accurate record the offer
# of a supplementary statement (Art. 16: "including by means of providing a supplementary
# statement"); for data outside portability the right of access, which gives a copy of all the
# data whatever its basis (Art. 15(1) and (3)).
_FOLLOWS = {
    Ground.DATA_ACCURATE: "supplementary_statement",
    Ground.PORTABILITY_OUT_OF_SCOPE: "access_instead",
}


def _ground(ground: Ground) -> tuple[str, ...]:
    """The ground's paragraph and what the person can still do."""
    paragraph = f"ground_{ground.value}"
    follows = _FOLLOWS.get(ground)
    return (paragraph, follows) if follows else (paragraph,)


def _refused(right: RequestKind, decision: Decision, ground: Ground) -> Rule:
    letter = _refusal_letter(right, ground)
    decided = _DECIDED.get((right, decision), "refused")
    # The rectification certificate has its own opening and list; the others open here.
    opening = () if letter is LetterKind.RECTIFICATION_REFUSED else ("opening", decided)
    return Rule(
        right,
        decision,
        ground,
        RequestStatus.REFUSED,
        letter,
        (*opening, *_ground(ground), REASONS, REMEDIES),
        True,
        Effect.NONE,
    )


# What the enclosed copy holds, by decision: all the data, or all but what the decision
# leaves out (the partly granted paragraphs say what and why).
_COPY = {
    (RequestKind.ACCESS, Decision.GRANTED): "copy_all",
    (RequestKind.ACCESS, Decision.PARTLY_GRANTED): "copy_part",
}


def _partly(right: RequestKind, ground: Ground) -> Rule:
    letter, effect, extra = _GRANTED[right]
    return Rule(
        right,
        Decision.PARTLY_GRANTED,
        ground,
        RequestStatus.ANSWERED,
        letter,
        (*extra, f"partly_{right.value}", *_ground(ground), REASONS, REMEDIES),
        True,
        effect,
        _COPY.get((right, Decision.PARTLY_GRANTED), ""),
    )


def _build() -> dict[tuple[RequestKind, Decision, Ground], Rule]:
    rows: list[Rule] = []
    for right, (letter, effect, extra) in _GRANTED.items():
        rows.append(
            Rule(
                right,
                Decision.GRANTED,
                Ground.NONE,
                RequestStatus.ANSWERED,
                letter,
                tuple(extra),
                False,
                effect,
                _COPY.get((right, Decision.GRANTED), ""),
            )
        )
        if right in ALWAYS_HONOURED:
            continue
        for ground in COMMON_REFUSALS:
            rows.append(_refused(right, Decision.REFUSED, ground))
    # Access: a copy that would reveal others' data is given with those parts left out (15(4)).
    rows.append(_partly(RequestKind.ACCESS, Ground.OTHERS_RIGHTS))
    # Erasure: 17(3)(a)-(e), wholly (nothing erased) or in part (the rest erased).
    for ground in (
        Ground.FREEDOM_OF_EXPRESSION,
        Ground.LEGAL_OBLIGATION,
        Ground.PUBLIC_HEALTH,
        Ground.ARCHIVING_RESEARCH,
        Ground.LEGAL_CLAIMS,
    ):
        rows.append(_refused(RequestKind.ERASURE, Decision.REFUSED, ground))
        rows.append(_partly(RequestKind.ERASURE, ground))
    # Erasure: none of the 17(1)(a)-(f) grounds applies, e.g. the data is still needed for a
    # running contract or order (6(1)(b)), wholly or in part (what is no longer needed erased).
    # The letter lists the 17(1) grounds in plain words, so the person can ask again when one
    # comes to apply (a contract ended, consent withdrawn, an objection upheld).
    rows.append(_refused(RequestKind.ERASURE, Decision.REFUSED, Ground.ERASURE_NOT_MET))
    rows.append(_partly(RequestKind.ERASURE, Ground.ERASURE_NOT_MET))
    # Restriction: none of 18(1)(a)-(d) is met. Contesting the accuracy (a) or a pending
    # objection (d) meets the condition by the person's own act: the restriction then holds
    # while we verify, whatever we think of the claim. The letter says so, so a person who did
    # contest or object can say it again (the reading safer for the person, Art. 18(1)(a), (d)).
    rows.append(_refused(RequestKind.RESTRICTION, Decision.REFUSED, Ground.RESTRICTION_NOT_MET))
    # Portability: data outside 20(1), wholly or in part (the export holds only what is inside:
    # services/rights/portability.py). "Provided by" the person is read with the EDPB (WP242)
    # to include what their own dealings with us produced, the reading safer for the person;
    # only our own assessments and data from other sources fall outside. Access (Art. 15) still
    # gives a copy of everything, and the letter says so.
    rows.append(
        _refused(RequestKind.PORTABILITY, Decision.REFUSED, Ground.PORTABILITY_OUT_OF_SCOPE)
    )
    rows.append(_partly(RequestKind.PORTABILITY, Ground.PORTABILITY_OUT_OF_SCOPE))
    # Objection: processing continues where compelling grounds or legal claims override (21(1)).
    for ground in (Ground.COMPELLING_GROUNDS, Ground.CLAIMS_21):
        rows.append(_refused(RequestKind.OBJECTION, Decision.CONTINUED, ground))
    # Objection: 21(1) covers only processing based on 6(1)(e) or (f); on a contract or a legal
    # obligation there is no right to object. Never for direct marketing: 21(2)-(3) is absolute
    # (MARKETING_BAN is ALWAYS_HONOURED), and the letter says that a marketing objection is
    # always honoured and that a consent can be withdrawn (7(3)), in case that is what the
    # person meant: the reading safer for the person.
    rows.append(_refused(RequestKind.OBJECTION, Decision.REFUSED, Ground.OBJECTION_NOT_APPLICABLE))
    # Rectification: the data is accurate; a supplementary statement is offered (16).
    rows.append(_refused(RequestKind.RECTIFICATION, Decision.REFUSED, Ground.DATA_ACCURATE))
    rows.append(_partly(RequestKind.RECTIFICATION, Ground.DATA_ACCURATE))
    table = {row.key: row for row in rows}
    assert len(table) == len(rows), "a (right, decision, ground) row is listed twice"
    return table


RULES: dict[tuple[RequestKind, Decision, Ground], Rule] = _build()


def rule_for(right: RequestKind, decision: Decision, ground: Ground) -> Rule | None:
    return RULES.get((right, decision, ground))


def decisions_for(right: RequestKind) -> list[Decision]:
    """The decisions the law allows on this right, in the table's order."""
    return list(dict.fromkeys(rule.decision for rule in RULES.values() if rule.right is right))


def grounds_for(right: RequestKind, decision: Decision) -> list[Ground]:
    return [
        rule.ground for rule in RULES.values() if rule.right is right and rule.decision is decision
    ]


def gives_all(rule: Rule) -> bool:
    """True when the person gets all they asked: no remedies paragraph then."""
    return rule.decision is Decision.GRANTED
