"""Letter kinds, states and ways of sending in the user's language, and the "sent" line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.letters import (
    DELIVERY_LABELS,
    KIND_LABELS,
    STATE_LABELS,
    Delivery,
    LetterKind,
    LetterState,
)
from desktop.services.letters.service import LetterRow
from desktop.ui.i18n import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("Letters", text)


def kind_text(kind: LetterKind) -> str:
    return _tr(KIND_LABELS[kind])


def state_text(state: LetterState) -> str:
    return _tr(STATE_LABELS[state])


def delivery_text(how: Delivery) -> str:
    return _tr(DELIVERY_LABELS[how])


def kinds() -> list[tuple[LetterKind, str]]:
    return [(kind, kind_text(kind)) for kind in LetterKind]


def deliveries() -> list[tuple[Delivery, str]]:
    return [(how, delivery_text(how)) for how in Delivery]


def sent_text(row: LetterRow) -> str:
    """When and how the letter left, and whether that was within the request's deadline."""
    if row.sent_on is None or row.sent_how is None:
        return ""
    how = delivery_text(row.sent_how)
    if row.tracking_number:
        how = f"{how} {row.tracking_number}"
    deadline = (
        QCoreApplication.translate("Letters", "within the deadline {due}")
        if row.within_deadline
        else QCoreApplication.translate("Letters", "AFTER the deadline {due}")
    ).format(due=format_date(row.due_on))
    return QCoreApplication.translate("Letters", "{date}, {how} — {deadline}").format(
        date=format_date(row.sent_on), how=how, deadline=deadline
    )


def letter_note_text(note: str) -> str:
    """A request event's note about a letter, written as codes ("access email 2.12.2026"), with
    the letter's kind and the way it was sent in the user's words; the date and a tracking number
    or checksum stay as written."""
    kind, _, rest = note.partition(" ")
    if kind not in LetterKind.__members__.values():
        return note
    parts = [kind_text(LetterKind(kind))]
    how, _, after = rest.partition(" ")
    if how in Delivery.__members__.values():
        parts.append(delivery_text(Delivery(how)))
        rest = after
    return " · ".join([*parts, rest] if rest else parts)
