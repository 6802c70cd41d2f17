"""Whom an Art. 19 notice about a request can go to: only the recipients the person's data was
disclosed to."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop.core.disclosures import same_recipient
from desktop.services.disclosures.log import NoticeRecipient, notice_recipients
from desktop.services.letters.not_ready import NO_RECIPIENTS, NOT_DISCLOSED, LetterNotReady
from desktop.store.request_models import Request


def notice_recipients_of(session: Session, request: Request) -> list[NoticeRecipient]:
    """Whom an Art. 19 notice can go to: the recipients the person's data was actually
    disclosed to (the disclosure log), or, after an erasure, those its summary kept."""
    if request.customer_id is not None:
        return notice_recipients(session, request.customer_id)
    summary = json.loads(request.erasure_summary or "{}")
    languages = summary.get("recipient_languages") or {}
    return [
        NoticeRecipient(name, languages.get(name, "fi")) for name in summary.get("recipients", [])
    ]


def notice_recipient(session: Session, request: Request, recipient: str | None) -> NoticeRecipient:
    told = notice_recipients_of(session, request)
    if not told:
        raise LetterNotReady(NO_RECIPIENTS)
    if recipient is None:
        return told[0]
    for each in told:
        if same_recipient(each.name, recipient):
            return each
    raise LetterNotReady(NOT_DISCLOSED, recipient=recipient)


def recipients(session: Session, request: Request) -> list[str]:
    """Whom an Art. 19 notice about this request can go to."""
    return [r.name for r in notice_recipients_of(session, request)]
