"""Every privacy statement the business published, kept as it was: when a statement is saved as
PDF or HTML, printed, or written by `kirjuri statement`, its bytes go into the encrypted register
with their SHA-256, the description version and the date the statement bears. Any of them can be
opened or saved again byte for byte; the same bytes published twice are kept once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.statement.description import FORMATS, saved_version
from desktop.store import audit
from desktop.store.register import Register
from desktop.store.statement_models import PublishedStatement

HOW = ("saved", "printed", "command")


class NoSuchPublication(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "That published statement is not in the register.")
    exit_code = 2


class PublicationDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The kept copy of that statement does not match its SHA-256: it was changed outside "
        "Kirjuri. Restore a backup.",
    )
    exit_code = 5


@dataclass(frozen=True)
class PublishedRow:
    id: int
    description_version: int
    language: str
    format: str
    statement_date: date
    published_at: datetime
    published_by: str
    how: str
    size: int
    sha256: str


def _row(row: PublishedStatement) -> PublishedRow:
    return PublishedRow(
        row.id,
        row.description_version,
        row.language,
        row.format,
        row.statement_date,
        row.published_at,
        row.published_by,
        row.how,
        row.size,
        row.sha256,
    )


class PublishedStatementService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current

    def record(self, version: int, lang: str, fmt: str, content: bytes, how: str) -> PublishedRow:
        """`content` (the statement of description `version`, 0 for the template) was published;
        keep it. Called after the file was written or the printer took it, so a cancelled
        dialog keeps nothing."""
        self.user.require(Permission.VIEW)
        starts = {"pdf": b"%PDF-", "html": b"<!DOCTYPE html>"}
        if lang not in LANGUAGES or fmt not in FORMATS or how not in HOW:
            raise ValueError(f"not a statement to keep: {lang} {fmt} {how}")
        if not content.startswith(starts[fmt]):  # what Kirjuri makes, nothing else
            raise ValueError(f"not a {fmt} statement")
        digest = hashlib.sha256(content).hexdigest()
        with self.register.write() as session:
            saved = saved_version(session, version)  # NoSuchVersion for an unknown one
            kept = session.scalar(
                select(PublishedStatement).where(
                    PublishedStatement.description_version == saved.version,
                    PublishedStatement.language == lang,
                    PublishedStatement.format == fmt,
                    PublishedStatement.sha256 == digest,
                )
            )
            if kept is not None:  # the same bytes again: one copy is proof enough
                return _row(kept)
            row = PublishedStatement(
                description_version=saved.version,
                language=lang,
                format=fmt,
                statement_date=saved.updated_on,
                published_at=datetime.now(),
                published_by=self.user.username,
                how=how,
                content=content,
                size=len(content),
                sha256=digest,
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                self.user.actor,
                "statement_published",
                entity="register_description",
                entity_id=saved.version,
            )
            return _row(row)

    def published(self) -> list[PublishedRow]:
        """Newest first."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.scalars(
                select(PublishedStatement).order_by(
                    PublishedStatement.published_at.desc(), PublishedStatement.id.desc()
                )
            )
            return [_row(row) for row in rows]

    def content(self, published_id: int) -> bytes:
        """The bytes as they were published, checked against their SHA-256."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            row = session.get(PublishedStatement, published_id)
            if row is None:
                raise NoSuchPublication()
            content = bytes(row.content)
            if hashlib.sha256(content).hexdigest() != row.sha256:
                raise PublicationDamaged()
            return content
