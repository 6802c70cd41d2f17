"""The paragraphs a recorded decision adds to a letter (desktop.core.decisions.RULES), with
its remedies and what the enclosed copy is said to hold."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop.core.decisions import REASONS, RULES, Decision, Ground, Rule
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind
from desktop.core.retention import Kept
from desktop.services.letters.not_ready import NOT_DECIDED, LetterNotReady
from desktop.services.letters.templates import texts
from desktop.services.rights.decisions import decision_for_letter, decision_row
from desktop.store.request_models import Request

# Letters that exist only to carry a decision: without one they have nothing to say.
DECISION_LETTERS = frozenset(
    {LetterKind.REFUSAL, LetterKind.ERASURE_REFUSED, LetterKind.OBJECTION_CONTINUED}
)


def decision_paragraphs(
    session: Session, request: Request, kind: LetterKind, values: dict[str, str], lang: str
) -> tuple[tuple[str, ...], bool, str]:
    """The paragraphs this letter's decision adds, whether they carry the remedies and what
    the enclosed copy is said to hold (Rule.copy): the
    recorded decision that drafts this letter kind, or for a letter granting a right asked,
    that right's "granted" row. Where the facts show that not all was given (data kept after
    an erasure, a rectification refused) the letter says so with the remedies, also when no
    decision, or a plain "granted", was recorded."""
    rule: Rule | None = None
    values.setdefault("reasons", "")
    decided = decision_for_letter(session, request, kind)
    if decided is not None:
        row = decision_row(decided)
        values["right"] = texts(lang)["request_kinds"][row.kind.value]
        values["reasons"] = row.reasons
        values["purpose"] = row.purpose
        rule = RULES[(row.kind, row.decision, row.ground)]
    elif kind in DECISION_LETTERS:
        raise LetterNotReady(NOT_DECIDED)
    elif kind is LetterKind.RECTIFICATION_REFUSED:
        rule = RULES[(RequestKind.RECTIFICATION, Decision.REFUSED, Ground.DATA_ACCURATE)]
    else:
        asked = {RequestKind(k.kind) for k in request.kinds}
        rule = next(
            (
                r
                for r in RULES.values()
                if r.letter is kind and r.decision is Decision.GRANTED and r.right in asked
            ),
            None,
        )
    if kind is LetterKind.ERASURE_DONE and (rule is None or rule.decision is Decision.GRANTED):
        summary = json.loads(request.erasure_summary or "{}")
        kinds = {item.get("kind") for item in summary.get("kept", [])}
        # The log of this request and a ban the person asked for are not a refusal; anything
        # else kept is: KPL 2:10 vouchers and another open request (Art. 12 obliges an answer)
        # under 17(3)(b), open claims and holds under 17(3)(e).
        obliged = {
            Kept.ORDER_MATERIAL.value,
            Kept.INVOICE_VOUCHER.value,
            Kept.PENDING_REQUEST.value,
        }
        if kinds & obliged:
            ground = Ground.LEGAL_OBLIGATION
        elif kinds & {Kept.OPEN_INVOICE.value, Kept.LEGAL_HOLD.value}:
            ground = Ground.LEGAL_CLAIMS
        else:
            ground = Ground.NONE
        if ground is not Ground.NONE:
            rule = RULES[(RequestKind.ERASURE, Decision.PARTLY_GRANTED, ground)]
    if rule is None:
        return (), False, ""
    # Reasons given per item (each kept record, each refused field) need no paragraph of
    # their own when none were written for the decision as a whole.
    chosen = tuple(p for p in rule.paragraphs if p != REASONS or values["reasons"].strip())
    return chosen, rule.remedies, rule.copy
