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

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consistency import Finding
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letter_text import join_copies, lines
from desktop.core.letters import (
    Delivery,
    LetterKind,
    LetterState,
    suggested_kind,
)
from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.documents.letter_layout import render_letter
from desktop.errors import UserError, writing_to
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.services.disclosures.consistency import findings, require_consistent
from desktop.services.letters.filling import draft_letter, password_draft
from desktop.services.letters.notice_recipients import recipients
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
from desktop.services.letters.sending import record_sent
from desktop.services.letters.signatures import check_signature_image, save_signature, signature_of
from desktop.services.letters.signed_search import signed_letters
from desktop.services.requests.log import add_event
from desktop.services.rights.base import load_request
from desktop.services.rights.decisions import decision_row, latest_decisions
from desktop.services.statement.description import current_description
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Customer
from desktop.store.letter_models import Letter
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


class LetterNotFound(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The letter was not found.")


class LetterAlreadySigned(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The letter has been signed and cannot be changed. Write a new letter instead."
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
        return signature_of(session, self.current)

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
        with self.register.write() as session:
            letter, request = self._load(session, letter_id)
            if letter.state != LetterState.SIGNED.value:
                raise LetterNotSigned()
            record_sent(
                session,
                letter,
                request,
                self.current.username,
                sent_on,
                how,
                tracking_number,
                today,
            )
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
            found = signed_letters(
                session,
                offset=offset,
                limit=limit,
                text=text,
                kind=kind,
                signed_from=signed_from,
                signed_to=signed_to,
            )
            return [row_of(letter, request) for letter, request in found]

    # --- signatures ----------------------------------------------------------------------------
    def my_signature(self) -> Signature:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return self._signature(session)

    def save_my_signature(self, title: str, image: bytes | None) -> Signature:
        """The logged-in user's title and scanned signature (None removes the image)."""
        self.current.require(Permission.VIEW)
        check_signature_image(image)
        with self.register.write() as session:
            save_signature(session, self.current, title, image)
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
