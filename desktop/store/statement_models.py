"""Which version of the privacy statement each customer was given, when and how: the business's
proof that it informed the person (GDPR Art. 13/14); and every statement published, as it was."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class StatementHandout(Base):
    __tablename__ = "statement_handouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    description_version: Mapped[int] = mapped_column(Integer)  # 0: the unsaved template
    language: Mapped[str] = mapped_column(String(2))
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))  # desktop.core.statement.HandoutMethod
    recorded_by: Mapped[str] = mapped_column(String(32), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class PublishedStatement(Base):
    """The privacy statement exactly as it was published (saved as PDF or HTML, printed, or
    written by `kirjuri statement`): the bytes, their SHA-256, the description version and the
    date printed on it. Kept inside the encrypted register like a signed letter, so any version
    can be given again byte for byte and its hash proves it."""

    __tablename__ = "published_statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    description_version: Mapped[int] = mapped_column(Integer)  # 0: the unsaved template
    language: Mapped[str] = mapped_column(String(2))
    format: Mapped[str] = mapped_column(String(4))  # "pdf" or "html"
    statement_date: Mapped[date] = mapped_column(Date)  # the date the statement bears
    published_at: Mapped[datetime] = mapped_column(DateTime)
    published_by: Mapped[str] = mapped_column(String(32), default="")
    how: Mapped[str] = mapped_column(String(16), default="")  # saved, printed, command
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_published_statements_version", "description_version", "language", "format"),
    )
