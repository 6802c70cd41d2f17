"""Filling a letter template from the request, its customer, the business and the register
description: the values each kind needs, and the recipient's address rows in Posti's order.

A kind whose facts are not recorded yet (a "rectification done" letter with no rectification)
is refused with a plain message instead of going out with an empty section.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.customer_form import display_name
from desktop.core.deadlines import due_date, restriction_lift_earliest
from desktop.core.decisions import REASONS, RULES, Decision, Ground, Rule
from desktop.core.disclosures import same_recipient
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind, format_letter_date, short_hash
from desktop.core.postal import PostalAddress, address_lines, fit_rows
from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.retention import KEPT, ORDER_IN_BOOKS, Kept
from desktop.core.validation import phone_for_display
from desktop.errors import UserError
from desktop.services.disclosures.log import NoticeRecipient, notice_recipients
from desktop.services.letters.templates import compose, field_label, fill, texts
from desktop.services.rights.base import diary, evidence
from desktop.services.rights.decisions import decision_for_letter, decision_row
from desktop.services.rights.portability import PORTABILITY_ENCRYPTED
from desktop.services.rights.restriction import LIFT_PLANNED, notice_days
from desktop.store.customer_models import Attachment, ConsentEntry, Customer
from desktop.store.models import Business
from desktop.store.request_models import Rectification, Request, RequestEvent

NOT_EXTENDED = QT_TRANSLATE_NOOP(
    "Errors", "The time has not been extended: record the extension with its reason first."
)
NO_RECTIFICATIONS = QT_TRANSLATE_NOOP(
    "Errors", "No rectification has been made through this request yet. Make it first."
)
NO_REFUSALS = QT_TRANSLATE_NOOP(
    "Errors", "No rectification has been refused with a reason in this request yet."
)
NOT_ERASED = QT_TRANSLATE_NOOP("Errors", "Nothing has been erased through this request yet.")
NOT_RESTRICTED = QT_TRANSLATE_NOOP(
    "Errors", "The processing has not been restricted through this request yet."
)
NO_PROHIBITIONS = QT_TRANSLATE_NOOP(
    "Errors", "No objection, ban or withdrawal has been recorded through this request yet."
)
NO_EXPORT = QT_TRANSLATE_NOOP(
    "Errors",
    "The portability export has not been made yet. Make it first: its checksum goes "
    "into the cover letter.",
)
NO_DOUBT = QT_TRANSLATE_NOOP(
    "Errors",
    "The identification letter must say what gives reasonable doubt about the requester's "
    'identity (Art. 12(6)). Choose "Waiting for identification" and write the doubt first.',
)
NOT_DECIDED = QT_TRANSLATE_NOOP(
    "Errors",
    "No decision that drafts this letter has been recorded on the request. Record the decision "
    "with its ground and reasons first.",
)
NO_LIFT_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).",
)
# Letters that exist only to carry a decision: without one they have nothing to say.
DECISION_LETTERS = frozenset(
    {LetterKind.REFUSAL, LetterKind.ERASURE_REFUSED, LetterKind.OBJECTION_CONTINUED}
)
NOTHING_TO_NOTIFY = QT_TRANSLATE_NOOP(
    "Errors",
    "Nothing has been rectified, erased or restricted through this request, so there is "
    "nothing to tell the recipients.",
)
NO_RECIPIENTS = QT_TRANSLATE_NOOP(
    "Errors",
    "No disclosure of this person's data has been recorded, so there is no recipient to tell "
    "(Art. 19). If the data was disclosed, record the disclosure on the customer's page first.",
)
NOT_DISCLOSED = QT_TRANSLATE_NOOP(
    "Errors",
    "No disclosure of this person's data to {recipient} has been recorded. A notice goes only "
    "to a recipient who had the data: telling anyone else would itself disclose it.",
)

# The source text an erasure summary names → the key of its texts in the templates.
KEPT_KEYS = {rule.what: kind.value for kind, rule in KEPT.items()}
KEPT_KEYS[ORDER_IN_BOOKS] = "order_in_books"


class LetterNotReady(UserError):
    pass


@dataclass(frozen=True)
class Draft:
    kind: LetterKind
    language: str
    document_name: str
    recipient: str  # address rows, one a line
    text: str
    enclosures: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def sender_lines(business: Business | None, lang: str) -> list[str]:
    if business is None:
        return []
    place = " ".join(p for p in (business.postal_code, business.post_office) if p)
    phone = (
        f"{texts(lang)['common']['phone']} {phone_for_display(business.phone)}"
        if business.phone
        else ""
    )
    business_id = f"{'FO-nummer' if lang == 'sv' else 'Y-tunnus'} {business.business_id}"
    lines = [business.name, business.street, place, phone, business.email]
    if business.business_id:
        lines.append(business_id if lang != "en" else f"Business ID {business.business_id}")
    return [line for line in lines if line]


def business_contact(business: Business | None, lang: str) -> str:
    if business is None:
        return ""
    phone = (
        f"{texts(lang)['common']['phone']} {phone_for_display(business.phone)}"
        if business.phone
        else ""
    )
    return ", ".join(part for part in (phone, business.email) if part)


def person_name(request: Request, customer: Customer | None) -> str:
    """First name first, as on an envelope ("Anna Asiakas", not the list's "Asiakas Anna")."""
    if customer is not None:
        name = f"{customer.first_name} {customer.last_name}".strip()
        return name or display_name(customer.first_name, customer.last_name, customer.organisation)
    return request.requester_name


def recipient_rows(request: Request, customer: Customer | None, lang: str) -> list[str]:
    """Posti's order (desktop.core.postal), at most five rows: addressee, supplement (the
    organisation of a person, when the letter goes to them there), street or P.O. box, postal
    code and post office, and a foreign country last, named in the letter's language."""
    name = request.representative_name or person_name(request, customer)
    if customer is not None and customer.addresses:
        first = customer.addresses[0]
        supplement = customer.organisation if customer.organisation and customer.first_name else ""
        address = PostalAddress(
            name, supplement, first.street, first.postal_code, first.post_office, first.country
        )
        return address_lines(address, lang, person_first=True)
    # Typed on the request, or kept there from an erased customer: the last row is the postal
    # code row (or a country), kept whole.
    typed = [_postal_line(line.strip()) for line in request.requester_address.splitlines()]
    typed = [line for line in typed if line]
    return fit_rows(name, "", typed[:-1], typed[-1:])


def _postal_line(line: str) -> str:
    """ "00100 Helsinki" → "00100 HELSINKI", as Posti prints the post office."""
    code, _, office = line.partition(" ")
    return f"{code} {office.upper()}" if len(code) == 5 and code.isdigit() and office else line


def _changes(session: Session, request: Request, lang: str, done: bool) -> list[str]:
    common = texts(lang)["common"]
    rows = session.scalars(
        select(Rectification)
        .where(Rectification.request_id == request.id, Rectification.done.is_(done))
        .order_by(Rectification.id)
    )
    empty = common["empty_value"]
    template = common["change"] if done else common["refused_change"]
    return [
        fill(
            template,
            {
                "field": field_label(row.field, lang),
                "old": row.old_value or empty,
                "new": row.new_value or empty,
                "reason": row.refusal_reason,
            },
        )
        for row in rows
    ]


def _last_event(session: Session, request: Request, action: str) -> RequestEvent | None:
    return session.scalar(
        select(RequestEvent)
        .where(RequestEvent.request_id == request.id, RequestEvent.action == action)
        .order_by(RequestEvent.id.desc())
        .limit(1)
    )


def _erasure(summary: dict[str, Any], lang: str) -> dict[str, str]:
    words = texts(lang)
    common = words["common"]
    kept = []
    for item in summary.get("kept", []):
        key = item.get("kind") or KEPT_KEYS.get(item["what"], Kept.REQUEST_LOG.value)
        then = item.get("then")
        if item.get("until"):
            until = fill(
                common["until"], {"date": format_letter_date(date.fromisoformat(item["until"]))}
            )
        elif key in words["kept_until"]:
            then_date = format_letter_date(date.fromisoformat(then)) if then else ""
            until = fill(words["kept_until"][key], {"date": then_date})
        else:
            until = common["until_open"]
        detail = f" {item['detail']}" if item.get("detail") else ""
        kept.append(f"{words['kept'][key]}{detail}: {words['kept_reasons'][key]}; {until}")
    recipients = summary.get("recipients") or []
    return {
        "erased_on": format_letter_date(date.fromisoformat(summary["erased_on"])),
        "erased": _bullets(
            [f"{words['erased'][k]} ({n})" for k, n in summary.get("deleted", {}).items()]
        ),
        "kept": _bullets(kept),
        "anonymised": common["anonymised"] if summary.get("anonymised") else "",
        "recipients_told": (
            fill(common["recipients_told"], {"recipients": ", ".join(recipients)})
            if recipients
            else common["no_recipients"]
        ),
    }


def _prohibitions(session: Session, request: Request, lang: str) -> list[str]:
    if request.customer_id is None:
        return []
    words = texts(lang)
    entries = session.scalars(
        select(ConsentEntry)
        .where(
            ConsentEntry.customer_id == request.customer_id,
            ConsentEntry.evidence == evidence(request),
        )
        .order_by(ConsentEntry.id)
    )
    return [
        f"{words['consent_kinds'].get(e.kind, e.kind)}: {words['consent_states'][e.state]}"
        for e in entries
    ]


def _notice(session: Session, request: Request, lang: str) -> dict[str, str]:
    words = texts(lang)
    if _last_event(session, request, "erased") is not None:
        action = "erased"
    elif session.scalar(
        select(Rectification.id).where(
            Rectification.request_id == request.id, Rectification.done.is_(True)
        )
    ):
        action = "rectified"
    elif _last_event(session, request, "restricted") is not None:
        action = "restricted"
    else:
        raise LetterNotReady(NOTHING_TO_NOTIFY)
    changes = _changes(session, request, lang, True) if action == "rectified" else []
    return {
        "action": words["notice_actions"][action],
        "notice_request": words["notice_requests"][action],
        "changes": _bullets(changes),
    }


WAITING_EVENT = f"status_{RequestStatus.WAITING_FOR_IDENTIFICATION.value}"


def _protection(session: Session, request: Request) -> str:
    """ "plain", or how the password of the encrypted package goes: "letter" or "phone"."""
    exported = _last_event(session, request, "portability_exported")
    encrypted = _last_event(session, request, PORTABILITY_ENCRYPTED)
    if exported is None or encrypted is None or encrypted.id < exported.id:
        return "plain"
    return encrypted.note if encrypted.note in ("letter", "phone") else "letter"


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
        told = _notice_recipient(session, request, recipient)
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
        values["kinds"] = _bullets([words["request_kinds"][k.value] for k in kinds])
    elif kind is LetterKind.IDENTIFICATION:
        asked = _last_event(session, request, WAITING_EVENT)
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
        changes = _changes(session, request, lang, done)
        if not changes:
            raise LetterNotReady(NO_RECTIFICATIONS if done else NO_REFUSALS)
        values["changes" if done else "refusals"] = _bullets(changes)
    elif kind is LetterKind.ERASURE_DONE:
        if not request.erasure_summary:
            raise LetterNotReady(NOT_ERASED)
        values.update(_erasure(json.loads(request.erasure_summary), lang))
    elif kind is LetterKind.RESTRICTION:
        event = _last_event(session, request, "restricted")
        if event is None:
            raise LetterNotReady(NOT_RESTRICTED)
        values["restriction_reason"] = event.note or (
            customer.restriction_reason if customer else ""
        )
    elif kind in (LetterKind.OBJECTION, LetterKind.CONSENT_WITHDRAWAL):
        prohibitions = _prohibitions(session, request, lang)
        decided = decision_for_letter(session, request, kind)
        if decided is not None and decided.purpose:
            prohibitions.append(decided.purpose)  # an objection per processing purpose
        if not prohibitions:
            raise LetterNotReady(NO_PROHIBITIONS)
        values["prohibitions"] = _bullets(prohibitions)
    elif kind is LetterKind.RESTRICTION_LIFT:
        planned = _last_event(session, request, LIFT_PLANNED)
        if planned is None or _last_event(session, request, "restricted") is None:
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
        values["protection"] = words["common"][f"package_{_protection(session, request)}"]
        enclosures.append(fill(words["common"]["portability_enclosure"], values))
    elif kind is LetterKind.RECIPIENT_NOTICE:
        assert told is not None
        values.update(_notice(session, request, lang))
        values["person"] = person_name(request, customer)
        rows = [told.name]
    chosen, remedies, copy = _decision(session, request, kind, values, lang)
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


def _decision(
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


def _notice_recipient(session: Session, request: Request, recipient: str | None) -> NoticeRecipient:
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
