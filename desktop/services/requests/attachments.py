"""Attachments of a request: the scanned original letter, a signed authorisation, and (if one
was attached anyway) a copy of an identity document. Kirjuri records how identity was checked,
not a copy of the ID; a copy marked as one is deleted when the request is closed
(RightsService.close). Files pass the same type and size checks as customer attachments."""

from __future__ import annotations

import builtins
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.core.roles import Permission
from desktop.errors import writing_to
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.attachments import FILENAME_LENGTH, AttachmentNotFound, read_checked
from desktop.services.requests.log import add_event
from desktop.services.rights.base import load_request
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.register import Register
from desktop.store.request_models import RequestAttachment


@dataclass(frozen=True)
class RequestAttachmentRow:
    id: int
    request_id: int
    filename: str
    mime_type: str
    size: int
    sha256: str
    is_identity_document: bool
    added_at: datetime
    added_by: str


def _row(attachment: RequestAttachment) -> RequestAttachmentRow:
    return RequestAttachmentRow(
        attachment.id,
        attachment.request_id,
        attachment.filename,
        attachment.mime_type,
        attachment.size,
        attachment.sha256,
        attachment.is_identity_document,
        attachment.added_at,
        attachment.added_by,
    )


class RequestAttachmentService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def add(
        self, request_id: int, path: Path, *, identity_document: bool = False
    ) -> RequestAttachmentRow:
        self.current.require(Permission.HANDLE_REQUESTS)
        name, data, mime_type = read_checked(Path(path))
        with self.register.write() as session:
            request = load_request(session, request_id)
            attachment = RequestAttachment(
                request_id=request.id,
                filename=name[:FILENAME_LENGTH],
                mime_type=mime_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                is_identity_document=identity_document,
                added_at=datetime.now(),
                added_by=self.current.username,
                data=data,
            )
            session.add(attachment)
            session.flush()
            action = "identity_copy_added" if identity_document else "attachment_added"
            add_event(session, request, self.current.username, action)
            audit.append(
                session,
                self.current.actor,
                "request_attachment_added",
                entity="request",
                entity_id=request.id,
                fields=("identity_document" if identity_document else "attachments",),
            )
            return _row(attachment)

    def list(self, request_id: int) -> builtins.list[RequestAttachmentRow]:
        """Oldest first; the contents stay in the register (the column is deferred)."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.scalars(
                select(RequestAttachment)
                .where(RequestAttachment.request_id == request_id)
                .order_by(RequestAttachment.id)
            )
            return [_row(attachment) for attachment in rows]

    def read(self, attachment_id: int) -> bytes:
        """The contents; opening is audited like opening a customer attachment."""
        self.current.require(Permission.VIEW)
        with self.register.write() as session:
            attachment = session.get(RequestAttachment, attachment_id)
            if attachment is None:
                raise AttachmentNotFound()
            audit.append(
                session,
                self.current.actor,
                "request_attachment_opened",
                entity="request",
                entity_id=attachment.request_id,
                fields=("attachments",),
            )
            return attachment.data

    def save_copy(self, attachment_id: int, target: Path) -> None:
        """A copy where the user chose: private (0600), whole or not at all, and a full or
        read-only disk said plainly."""
        data = self.read(attachment_id)
        with writing_to(target.parent):
            atomic_write_bytes(target, data)

    def delete(self, attachment_id: int) -> None:
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            attachment = session.get(RequestAttachment, attachment_id)
            if attachment is None:
                raise AttachmentNotFound()
            request = load_request(session, attachment.request_id)
            session.delete(attachment)
            add_event(session, request, self.current.username, "attachment_deleted")
            audit.append(
                session,
                self.current.actor,
                "request_attachment_deleted",
                entity="request",
                entity_id=request.id,
                fields=("attachments",),
            )
