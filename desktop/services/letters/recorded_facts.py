"""The facts a letter reports, read from what the request recorded: the rectifications made or
refused, the erasure summary, the bans, what an Art. 19 notice tells and how an exported package
is protected. Each comes back as the text of a template field."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.letters import format_letter_date
from desktop.core.requests import RequestStatus
from desktop.core.retention import KEPT, ORDER_IN_BOOKS, Kept
from desktop.services.letters.not_ready import NOTHING_TO_NOTIFY, LetterNotReady
from desktop.services.letters.templates import field_label, fill, texts
from desktop.services.rights.base import evidence
from desktop.services.rights.portability import PORTABILITY_ENCRYPTED
from desktop.store.customer_models import ConsentEntry
from desktop.store.request_models import Rectification, Request, RequestEvent

# The source text an erasure summary names → the key of its texts in the templates.
KEPT_KEYS = {rule.what: kind.value for kind, rule in KEPT.items()}
KEPT_KEYS[ORDER_IN_BOOKS] = "order_in_books"


def bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def change_lines(session: Session, request: Request, lang: str, done: bool) -> list[str]:
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


def last_event(session: Session, request: Request, action: str) -> RequestEvent | None:
    return session.scalar(
        select(RequestEvent)
        .where(RequestEvent.request_id == request.id, RequestEvent.action == action)
        .order_by(RequestEvent.id.desc())
        .limit(1)
    )


def erasure_values(summary: dict[str, Any], lang: str) -> dict[str, str]:
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
        "erased": bullets(
            [f"{words['erased'][k]} ({n})" for k, n in summary.get("deleted", {}).items()]
        ),
        "kept": bullets(kept),
        "anonymised": common["anonymised"] if summary.get("anonymised") else "",
        "recipients_told": (
            fill(common["recipients_told"], {"recipients": ", ".join(recipients)})
            if recipients
            else common["no_recipients"]
        ),
    }


def prohibition_lines(session: Session, request: Request, lang: str) -> list[str]:
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


def notice_values(session: Session, request: Request, lang: str) -> dict[str, str]:
    words = texts(lang)
    if last_event(session, request, "erased") is not None:
        action = "erased"
    elif session.scalar(
        select(Rectification.id).where(
            Rectification.request_id == request.id, Rectification.done.is_(True)
        )
    ):
        action = "rectified"
    elif last_event(session, request, "restricted") is not None:
        action = "restricted"
    else:
        raise LetterNotReady(NOTHING_TO_NOTIFY)
    changes = change_lines(session, request, lang, True) if action == "rectified" else []
    return {
        "action": words["notice_actions"][action],
        "notice_request": words["notice_requests"][action],
        "changes": bullets(changes),
    }


WAITING_EVENT = f"status_{RequestStatus.WAITING_FOR_IDENTIFICATION.value}"


def package_protection(session: Session, request: Request) -> str:
    """ "plain", or how the password of the encrypted package goes: "letter" or "phone"."""
    exported = last_event(session, request, "portability_exported")
    encrypted = last_event(session, request, PORTABILITY_ENCRYPTED)
    if exported is None or encrypted is None or encrypted.id < exported.id:
        return "plain"
    return encrypted.note if encrypted.note in ("letter", "phone") else "letter"
