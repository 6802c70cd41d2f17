"""Finding signed letters for the Documents page: by kind, signing date and a free text that
matches the recipient, the document's name, the signer, the requester, the checksum or a diary
number ("2026-14")."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desktop.core.letters import LetterKind, LetterState
from desktop.store.letter_models import Letter
from desktop.store.request_models import Request


def signed_letters(
    session: Session,
    *,
    offset: int,
    limit: int,
    text: str,
    kind: LetterKind | None,
    signed_from: date | None,
    signed_to: date | None,
) -> list[tuple[Letter, Request]]:
    """One page of the signed letters that match, newest first."""
    query = (
        select(Letter, Request)
        .join(Request, Request.id == Letter.request_id)
        .where(Letter.state == LetterState.SIGNED.value)
    )
    if kind is not None:
        query = query.where(Letter.kind == kind.value)
    if signed_from is not None:
        query = query.where(Letter.signed_at >= datetime.combine(signed_from, datetime.min.time()))
    if signed_to is not None:
        query = query.where(Letter.signed_at <= datetime.combine(signed_to, datetime.max.time()))
    needle = text.strip()
    if needle:
        like = f"%{needle.replace('%', '').replace('_', '')}%"
        conditions: list[ColumnElement[bool]] = [
            Letter.recipient.ilike(like),
            Letter.document_name.ilike(like),
            Letter.signed_by_name.ilike(like),
            Request.requester_name.ilike(like),
            Letter.sha256.ilike(like),
        ]
        year, _, sequence = needle.partition("-")
        if year.isdigit() and sequence.isdigit():
            conditions.append(
                (Request.diary_year == int(year)) & (Request.diary_sequence == int(sequence))
            )
        query = query.where(or_(*conditions))
    rows = session.execute(
        query.order_by(Letter.signed_at.desc(), Letter.id.desc()).offset(offset).limit(limit)
    ).all()
    return [(letter, request) for letter, request in rows]
