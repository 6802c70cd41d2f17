"""Filling a letter template from the request, its customer, the business and the register
description: the values each kind needs (desktop.services.letters.recorded_facts), the
decision's paragraphs (decision_paragraphs) and the address rows (addressing).

A kind whose facts are not recorded yet is refused with a plain message (not_ready).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.deadlines import due_date, restriction_lift_earliest
from desktop.core.letters import LetterKind, format_letter_date, short_hash
from desktop.core.requests import RequestKind
from desktop.services.disclosures.log import NoticeRecipient
from desktop.services.letters.addressing import business_contact, person_name, recipient_rows
from desktop.services.letters.decision_paragraphs import decision_paragraphs
from desktop.services.letters.not_ready import (
    NO_DOUBT,
    NO_EXPORT,
    NO_LIFT_REASON,
    NO_PROHIBITIONS,
    NO_RECTIFICATIONS,
    NO_REFUSALS,
    NOT_ERASED,
    NOT_EXTENDED,
    NOT_RESTRICTED,
    LetterNotReady,
)
from desktop.services.letters.notice_recipients import notice_recipient
from desktop.services.letters.recorded_facts import (
    WAITING_EVENT,
    bullets,
    change_lines,
    erasure_values,
    last_event,
    notice_values,
    package_protection,
    prohibition_lines,
)
from desktop.services.letters.templates import compose, fill, texts
from desktop.services.rights.base import diary
from desktop.services.rights.decisions import decision_for_letter
from desktop.services.rights.restriction import LIFT_PLANNED, notice_days
from desktop.store.customer_models import Attachment, Customer
from desktop.store.models import Business
from desktop.store.request_models import Request


@dataclass(frozen=True)
class Draft:
    kind: LetterKind
    language: str
    document_name: str
    recipient: str  # address rows, one a line
    text: str
    enclosures: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()


def draft_letter(
    session: Session,
    request: Request,
    kind: LetterKind,
    today: date,
    *,
    recipient: str | None = None,
) -> Draft:
    lang = request.reply_language if request.reply_language in ("fi", "sv", "en") else "fi"
    told: NoticeRecipient | None = None
    if kind is LetterKind.RECIPIENT_NOTICE:
        told = notice_recipient(session, request, recipient)
        lang = told.language  # the recipient's language, not the person's
    words = texts(lang)
    customer = (
        session.scalars(
            select(Customer)
            .where(Customer.id == request.customer_id)
            .options(selectinload(Customer.addresses))
        ).one_or_none()
        if request.customer_id
        else None
    )
    business = session.scalar(select(Business))
    received = request.received_at.date()
    values = {
        "business": business.name if business else "",
        "business_contact": business_contact(business, lang),
        "requester": person_name(request, customer),
        "diary": diary(request),
        "received": format_letter_date(received),
        "due": format_letter_date(request.due_on),
        "made": format_letter_date(today),
    }
    section = kind.value
    enclosures: list[str] = []
    copies: list[str] = []
    rows = recipient_rows(request, customer, lang)
    kinds = [RequestKind(k.kind) for k in request.kinds]
    if kind is LetterKind.ACKNOWLEDGEMENT:
        values["kinds"] = bullets([words["request_kinds"][k.value] for k in kinds])
    elif kind is LetterKind.IDENTIFICATION:
        asked = last_event(session, request, WAITING_EVENT)
        if asked is None or not asked.note.strip():
            raise LetterNotReady(NO_DOUBT)
        values["doubt"] = asked.note.strip()
    elif kind is LetterKind.EXTENSION:
        if not request.extended or not request.extension_reason:
            raise LetterNotReady(NOT_EXTENDED)
        values["extension_reason"] = request.extension_reason
        values["first_due"] = format_letter_date(due_date(received, extended=False))
    elif kind is LetterKind.ACCESS:
        section = "access" if customer is not None else "access_none"
        enclosures.append(words["common"]["access_enclosure"])
        if customer is not None and session.scalar(
            select(Attachment.id).where(Attachment.customer_id == customer.id).limit(1)
        ):
            enclosures.append(words["common"]["attachment_copies"])
    elif kind in (LetterKind.RECTIFICATION_DONE, LetterKind.RECTIFICATION_REFUSED):
        done = kind is LetterKind.RECTIFICATION_DONE
        changes = change_lines(session, request, lang, done)
        if not changes:
            raise LetterNotReady(NO_RECTIFICATIONS if done else NO_REFUSALS)
        values["changes" if done else "refusals"] = bullets(changes)
    elif kind is LetterKind.ERASURE_DONE:
        if not request.erasure_summary:
            raise LetterNotReady(NOT_ERASED)
        values.update(erasure_values(json.loads(request.erasure_summary), lang))
    elif kind is LetterKind.RESTRICTION:
        event = last_event(session, request, "restricted")
        if event is None:
            raise LetterNotReady(NOT_RESTRICTED)
        values["restriction_reason"] = event.note or (
            customer.restriction_reason if customer else ""
        )
    elif kind in (LetterKind.OBJECTION, LetterKind.CONSENT_WITHDRAWAL):
        prohibitions = prohibition_lines(session, request, lang)
        decided = decision_for_letter(session, request, kind)
        if decided is not None and decided.purpose:
            prohibitions.append(decided.purpose)  # an objection per processing purpose
        if not prohibitions:
            raise LetterNotReady(NO_PROHIBITIONS)
        values["prohibitions"] = bullets(prohibitions)
    elif kind is LetterKind.RESTRICTION_LIFT:
        planned = last_event(session, request, LIFT_PLANNED)
        if planned is None or last_event(session, request, "restricted") is None:
            raise LetterNotReady(NO_LIFT_REASON if planned is None else NOT_RESTRICTED)
        values["lift_reason"] = planned.note
        values["lift_on"] = format_letter_date(
            restriction_lift_earliest(today, notice_days(session))
        )
    elif kind is LetterKind.PORTABILITY:
        if not request.portability_sha256:
            raise LetterNotReady(NO_EXPORT)
        values["file_name"] = request.portability_file
        values["sha256"] = short_hash(request.portability_sha256)
        values["protection"] = words["common"][f"package_{package_protection(session, request)}"]
        enclosures.append(fill(words["common"]["portability_enclosure"], values))
    elif kind is LetterKind.RECIPIENT_NOTICE:
        assert told is not None
        values.update(notice_values(session, request, lang))
        values["person"] = person_name(request, customer)
        rows = [told.name]
    chosen, remedies, copy = decision_paragraphs(session, request, kind, values, lang)
    filled = compose(lang, section, values, chosen, remedies=remedies, copy=copy)
    return Draft(
        kind,
        lang,
        filled.document_name,
        "\n".join(rows),
        filled.text,
        tuple(enclosures),
        tuple(copies),
    )


def password_draft(session: Session, request: Request, password: str, today: date) -> Draft:
    """The separate letter with the password of the encrypted portability package. It is never
    stored: the password exists only in this text and on the paper."""
    if not request.portability_file:
        raise LetterNotReady(NO_EXPORT)
    lang = request.reply_language if request.reply_language in ("fi", "sv", "en") else "fi"
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    business = session.scalar(select(Business))
    values = {
        "business": business.name if business else "",
        "business_contact": business_contact(business, lang),
        "diary": diary(request),
        "file_name": request.portability_file,
        "password": password,
        "made": format_letter_date(today),
    }
    filled = compose(lang, "portability_password", values)
    rows = recipient_rows(request, customer, lang)
    return Draft(LetterKind.PORTABILITY, lang, filled.document_name, "\n".join(rows), filled.text)
