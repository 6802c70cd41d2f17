"""Reply letters: drafted from the templates, edited, signed, archived in the register, sent.

A draft is filled text the user may edit. Signing renders the final PDF with the signer's name,
title and scanned signature, stores its bytes (inside the encrypted register) with the SHA-256,
and freezes the letter: a reprint gives the very same bytes. "Mark as sent" records when and how
the answer left, which tells whether it left within the request's deadline.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desktop.core.consistency import Finding
from desktop.core.customer_form import format_date
from desktop.core.deadlines import extension_notice_due
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letter_text import join_copies, lines
from desktop.core.letters import (
    Delivery,
    LetterKind,
    LetterState,
    format_letter_date,
    suggested_kind,
)
from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.documents.letter_layout import render_letter
from desktop.errors import UserError, ValidationError, writing_to
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.services.disclosures.consistency import findings, require_consistent
from desktop.services.letters.filling import draft_letter, password_draft, recipients
from desktop.services.letters.rendering import (
    IdentityNotCheckedForLetter,
    customer_extract_content,
    letter_content,
)
from desktop.services.letters.rows import (
    LetterDetail,
    LetterEdit,
    LetterRow,
    Signature,
    check_edit,
    detail_of,
    row_of,
)
from desktop.services.requests.log import add_event
from desktop.services.rights.base import load_request
from desktop.services.rights.decisions import decision_row, latest_decisions
from desktop.services.statement.description import current_description
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Customer
from desktop.store.letter_models import Letter, UserSignature
from desktop.store.models import User
from desktop.store.register import Register
from desktop.store.request_models import Request

__all__ = [
    "IdentityNotCheckedForLetter",
    "LetterAlreadySigned",
    "LetterDetail",
    "LetterEdit",
    "LetterNotFound",
    "LetterNotSigned",
    "LetterRow",
    "LetterService",
    "Signature",
    "write_pdf",
]

NEEDS_TRACKING = QT_TRANSLATE_NOOP(
    "Validation", "Write the tracking number of the registered letter."
)
SENT_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date sent cannot be in the future.")
SENT_BEFORE_SIGNING = QT_TRANSLATE_NOOP(
    "Validation", "The letter cannot have been sent before it was signed."
)
SIGNATURE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "The signature image is too large: use a picture under 2 MB."
)
MAX_SIGNATURE = 2 * 1024 * 1024


class LetterNotFound(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The letter was not found.")


class LetterAlreadySigned(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The letter has been signed and cannot be changed. Write a new letter instead."
    )


class ExtensionNoticeLate(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The extension notice had to be sent by {due}, within the first month after receipt "
        "(Art. 12(3)). Sent later, it does not extend the time: answer the request now.",
    )


class LetterNotSigned(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Sign the letter first.")


def write_pdf(path: Path, pdf: bytes) -> None:
    """A copy the user asked for (a USB stick): written whole or not at all, and a full or
    read-only disk said plainly."""
    with writing_to(path.parent):
        atomic_write_bytes(path, pdf)


class LetterService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- shared --------------------------------------------------------------------------------
    def _audit(self, session: Session, action: str, entity: str, entity_id: object) -> None:
        audit.append(session, self.current.actor, action, entity=entity, entity_id=entity_id)

    @staticmethod
    def _load(session: Session, letter_id: int) -> tuple[Letter, Request]:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise LetterNotFound()
        return letter, load_request(session, letter.request_id)

    def _signature(self, session: Session) -> Signature:
        user = session.get(User, self.current.id)
        image = session.get(UserSignature, self.current.id)
        return Signature(
            user.full_name if user else self.current.full_name,
            user.title if user else "",
            image.image if image else None,
        )

    # --- drafting ------------------------------------------------------------------------------
    def suggest(self, request_id: int) -> LetterKind:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            has_letters = session.scalar(
                select(Letter.id).where(Letter.request_id == request_id).limit(1)
            )
            decided = latest_decisions(session, request)
            if decided:  # the decision chooses the letter (desktop.core.decisions)
                return decision_row(max(decided.values(), key=lambda row: row.id)).letter
            return suggested_kind(
                RequestStatus(request.status),
                tuple(RequestKind(k.kind) for k in request.kinds),
                identity_checked=bool(request.identity_method),
                has_letters=has_letters is not None,
            )

    def recipients(self, request_id: int) -> list[str]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            return recipients(session, request)

    def description_findings(self, request_id: int) -> list[Finding]:
        """Where the register description disagrees with this person's data: the blocking ones
        stop `create`, the others are shown as warnings with the draft."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            description = current_description(session, request.reply_language)
            return findings(session, description, request.customer_id, whole_register=False)

    def create(
        self,
        request_id: int,
        kind: LetterKind,
        *,
        recipient: str | None = None,
        today: date | None = None,
    ) -> LetterDetail:
        """A new draft, filled from the template; nothing is sent or printed yet."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            description = current_description(session, request.reply_language)
            require_consistent(
                findings(session, description, request.customer_id, whole_register=False)
            )
            draft = draft_letter(session, request, kind, today, recipient=recipient)
            letter = Letter(
                request_id=request.id,
                kind=kind.value,
                language=draft.language,
                document_name=draft.document_name,
                recipient=draft.recipient,
                text=draft.text,
                enclosures="\n".join(draft.enclosures),
                copies="\n".join(draft.copies),
                state=LetterState.DRAFT.value,
                created_at=datetime.now(),
                created_by=self.current.username,
            )
            session.add(letter)
            session.flush()
            add_event(session, request, self.current.username, "letter_drafted", kind.value)
            self._audit(session, "letter_drafted", "letter", letter.id)
            return detail_of(letter, request)

    def get(self, letter_id: int) -> LetterDetail:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            letter, request = self._load(session, letter_id)
            return detail_of(letter, request)

    def update(self, letter_id: int, edit: LetterEdit) -> LetterDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        check_edit(edit)
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.DRAFT.value:
                raise LetterAlreadySigned()
            self._apply(letter, edit)
            self._audit(session, "letter_edited", "letter", letter.id)
            return detail_of(letter, request)

    @staticmethod
    def _apply(letter: Letter, edit: LetterEdit) -> None:
        letter.text = edit.text.strip()
        letter.recipient = "\n".join(lines(edit.recipient))
        letter.enclosures = "\n".join(lines(edit.enclosures))
        letter.copies = join_copies(edit.copies, edit.distribution)

    def discard(self, letter_id: int) -> None:
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.DRAFT.value:
                raise LetterAlreadySigned()
            session.delete(letter)
            add_event(session, request, self.current.username, "letter_discarded", letter.kind)
            self._audit(session, "letter_discarded", "letter", letter_id)

    def preview(
        self, letter_id: int, edit: LetterEdit | None = None, *, today: date | None = None
    ) -> bytes:
        """The letter as it would print now (with any unsaved edit), in memory only."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.read() as session:
            letter, request = self._load(session, letter_id)
            if letter.state == LetterState.SIGNED.value:
                return self._stored(session, letter)
            if edit is not None:
                check_edit(edit)
                session.expunge(letter)
                self._apply(letter, edit)
            content = letter_content(session, letter, request, self._signature(session), today)
            return render_letter(content)

    def sign(
        self, letter_id: int, edit: LetterEdit | None = None, *, today: date | None = None
    ) -> LetterRow:
        """Freeze the letter: render the final PDF, keep its bytes and SHA-256 in the register."""
        self.current.require(Permission.PRINT_LETTERS)
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.DRAFT.value:
                raise LetterAlreadySigned()
            if edit is not None:
                self._apply(letter, check_edit(edit))
            signer = self._signature(session)
            pdf = render_letter(letter_content(session, letter, request, signer, today))
            letter.pdf = pdf
            letter.pdf_size = len(pdf)
            letter.sha256 = hashlib.sha256(pdf).hexdigest()
            letter.state = LetterState.SIGNED.value
            letter.signed_by = self.current.username
            letter.signed_by_name = signer.full_name
            letter.signed_at = datetime.now()
            note = f"{letter.kind} {letter.sha256}"
            add_event(session, request, self.current.username, "letter_signed", note)
            self._audit(session, "letter_signed", "letter", letter.id)
            if letter.kind == LetterKind.ACCESS.value and request.customer_id:
                self._audit(session, "access_extract_made", "customer", request.customer_id)
            return row_of(letter, request)

    @staticmethod
    def _stored(session: Session, letter: Letter) -> bytes:
        pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter.id))
        if pdf is None:
            raise LetterNotSigned()
        return bytes(pdf)

    def pdf(self, letter_id: int) -> bytes:
        """The signed letter's stored bytes: a reprint is the very document that was signed."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            letter, _request = self._load(session, letter_id)
            return self._stored(session, letter)

    def record_output(self, letter_id: int, how: str) -> None:
        """A printout or a saved copy of a signed letter, in the request's event log."""
        self.current.require(Permission.PRINT_LETTERS)
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.SIGNED.value:
                raise LetterNotSigned()
            action = "letter_printed" if how == "print" else "letter_saved"
            add_event(session, request, self.current.username, action, letter.kind)
            self._audit(session, action, "letter", letter.id)

    # --- sending -------------------------------------------------------------------------------
    def mark_sent(
        self,
        letter_id: int,
        sent_on: date,
        how: Delivery,
        tracking_number: str = "",
        *,
        today: date | None = None,
    ) -> LetterRow:
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        tracking = tracking_number.strip()
        problems = {}
        if how is Delivery.REGISTERED and not tracking:
            problems["tracking_number"] = NEEDS_TRACKING
        if sent_on > today:
            problems["sent_on"] = SENT_IN_FUTURE
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.SIGNED.value:
                raise LetterNotSigned()
            if letter.signed_at is not None and sent_on < letter.signed_at.date():
                problems.setdefault("sent_on", SENT_BEFORE_SIGNING)
            if problems:
                raise ValidationError(problems)
            notice_due = extension_notice_due(request.received_at.date())
            if letter.kind == LetterKind.EXTENSION.value and sent_on > notice_due:
                raise ExtensionNoticeLate(due=format_date(notice_due))
            letter.sent_on = sent_on
            letter.sent_how = how.value
            letter.tracking_number = tracking[:40]
            letter.sent_marked_by = self.current.username
            note = f"{letter.kind} {how.value} {format_letter_date(sent_on)} {tracking}".strip()
            add_event(session, request, self.current.username, "letter_sent", note)
            self._audit(session, "letter_sent", "letter", letter.id)
            return row_of(letter, request)

    # --- lists ---------------------------------------------------------------------------------
    def for_request(self, request_id: int) -> list[LetterRow]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            letters = session.scalars(
                select(Letter).where(Letter.request_id == request_id).order_by(Letter.id)
            )
            return [row_of(letter, request) for letter in letters]

    def signed_page(
        self,
        *,
        offset: int = 0,
        limit: int = 100,
        text: str = "",
        kind: LetterKind | None = None,
        signed_from: date | None = None,
        signed_to: date | None = None,
    ) -> list[LetterRow]:
        """Signed letters for the Documents page, newest first, one page at a time."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            query = (
                select(Letter, Request)
                .join(Request, Request.id == Letter.request_id)
                .where(Letter.state == LetterState.SIGNED.value)
            )
            if kind is not None:
                query = query.where(Letter.kind == kind.value)
            if signed_from is not None:
                query = query.where(
                    Letter.signed_at >= datetime.combine(signed_from, datetime.min.time())
                )
            if signed_to is not None:
                query = query.where(
                    Letter.signed_at <= datetime.combine(signed_to, datetime.max.time())
                )
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
                        (Request.diary_year == int(year))
                        & (Request.diary_sequence == int(sequence))
                    )
                query = query.where(or_(*conditions))
            rows = session.execute(
                query.order_by(Letter.signed_at.desc(), Letter.id.desc())
                .offset(offset)
                .limit(limit)
            ).all()
            return [row_of(letter, request) for letter, request in rows]

    # --- signatures ----------------------------------------------------------------------------
    def my_signature(self) -> Signature:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return self._signature(session)

    def save_my_signature(self, title: str, image: bytes | None) -> Signature:
        """The logged-in user's title and scanned signature (None removes the image)."""
        self.current.require(Permission.VIEW)
        if image is not None and len(image) > MAX_SIGNATURE:
            raise ValidationError({"image": SIGNATURE_TOO_BIG})
        with self.register.write() as session:
            user = session.get(User, self.current.id)
            assert user is not None
            user.title = title.strip()[:200]
            row = session.get(UserSignature, self.current.id)
            if image is None and row is not None:
                session.delete(row)
            elif image is not None:
                if row is None:
                    session.add(
                        UserSignature(user_id=user.id, image=image, updated_at=datetime.now())
                    )
                else:
                    row.image = image
                    row.updated_at = datetime.now()
            audit.append(
                session,
                self.current.actor,
                "signature_saved",
                entity="user",
                entity_id=user.id,
                fields=("title", "signature"),
            )
            return self._signature(session)

    # --- the password of an encrypted portability package --------------------------------------
    def portability_password_pdf(
        self, request_id: int, password: str, *, today: date | None = None
    ) -> bytes:
        """The separate password letter (Art. 32: never in the same envelope as the stick). Not
        archived, so the password is kept nowhere; printing it is logged, without it."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            draft = password_draft(session, request, password, today)
            unsaved = Letter(
                request_id=request.id,
                kind=draft.kind.value,
                language=draft.language,
                document_name=draft.document_name,
                recipient=draft.recipient,
                text=draft.text,
                enclosures="",
                copies="",
            )
            content = letter_content(session, unsaved, request, self._signature(session), today)
            content = replace(content, highlight=(password,))
            add_event(session, request, self.current.username, "portability_password_letter")
            self._audit(session, "portability_password_letter", "request", request.id)
            return render_letter(content)

    # --- the customer's printed extract --------------------------------------------------------
    def customer_extract_pdf(
        self, customer_id: int, lang: str = "fi", *, today: date | None = None
    ) -> bytes:
        """Everything on one customer as a standalone PDF (the access reply's data appendix)."""
        self.current.require(Permission.PRINT_LETTERS)
        today = today or date.today()
        with self.register.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise CustomerNotFound()
            description = current_description(session, lang)
            require_consistent(findings(session, description, customer.id))
            content = customer_extract_content(
                session, customer, lang, self._signature(session), today
            )
            self._audit(session, "customer_extract_printed", "customer", customer.id)
            return render_letter(content)
