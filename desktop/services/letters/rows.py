"""What the letter service hands out: a letter's row and detail, the user's edit and signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letter_text import lines, split_copies
from desktop.core.letters import Delivery, LetterKind, LetterState, within_deadline
from desktop.core.postal import MAX_ROWS
from desktop.core.requests import diary_number
from desktop.errors import ValidationError
from desktop.store.letter_models import Letter
from desktop.store.request_models import Request

NEEDS_TEXT = QT_TRANSLATE_NOOP("Validation", "The letter has no text.")
NEEDS_RECIPIENT = QT_TRANSLATE_NOOP("Validation", "Write the recipient's name and address.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Validation",
    "The address may have at most five rows, or the envelope window hides a part of it. "
    "Join the street rows or leave out the c/o row.",
)


@dataclass(frozen=True)
class LetterRow:
    id: int
    request_id: int
    diary_number: str
    kind: LetterKind
    language: str
    state: LetterState
    document_name: str
    recipient_name: str
    created_at: datetime
    signed_by_name: str
    signed_at: datetime | None
    sha256: str
    pdf_size: int
    sent_on: date | None
    sent_how: Delivery | None
    tracking_number: str
    due_on: date

    @property
    def within_deadline(self) -> bool | None:
        return None if self.sent_on is None else within_deadline(self.sent_on, self.due_on)


@dataclass(frozen=True)
class LetterDetail:
    row: LetterRow
    recipient: str
    text: str
    enclosures: str
    copies: str
    distribution: str = ""


@dataclass(frozen=True)
class LetterEdit:
    """What the user may change in a draft before signing."""

    text: str
    recipient: str
    enclosures: str = ""
    copies: str = ""
    distribution: str = ""


@dataclass(frozen=True)
class Signature:
    full_name: str
    title: str
    image: bytes | None


def row_of(letter: Letter, request: Request) -> LetterRow:
    return LetterRow(
        id=letter.id,
        request_id=letter.request_id,
        diary_number=diary_number(request.diary_year, request.diary_sequence),
        kind=LetterKind(letter.kind),
        language=letter.language,
        state=LetterState(letter.state),
        document_name=letter.document_name,
        recipient_name=(letter.recipient.splitlines() or [""])[0],
        created_at=letter.created_at,
        signed_by_name=letter.signed_by_name,
        signed_at=letter.signed_at,
        sha256=letter.sha256,
        pdf_size=letter.pdf_size,
        sent_on=letter.sent_on,
        sent_how=Delivery(letter.sent_how) if letter.sent_how else None,
        tracking_number=letter.tracking_number,
        due_on=request.due_on,
    )


def detail_of(letter: Letter, request: Request) -> LetterDetail:
    copies, distribution = split_copies(letter.copies)
    return LetterDetail(
        row_of(letter, request),
        letter.recipient,
        letter.text,
        letter.enclosures,
        copies,
        distribution,
    )


def check_edit(edit: LetterEdit) -> LetterEdit:
    problems = {}
    if not edit.text.strip():
        problems["text"] = NEEDS_TEXT
    if not lines(edit.recipient):
        problems["recipient"] = NEEDS_RECIPIENT
    elif len(lines(edit.recipient)) > MAX_ROWS:
        problems["recipient"] = TOO_MANY_ROWS
    if problems:
        raise ValidationError(problems)
    return edit
