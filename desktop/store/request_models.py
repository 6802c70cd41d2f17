"""The rights-request log. Kept after a person's data is erased, holding what proves handling."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models import Base


class Request(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    diary_year: Mapped[int] = mapped_column(Integer)
    diary_sequence: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(12))
    signed_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    reply_language: Mapped[str] = mapped_column(String(2), default="fi")
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_address: Mapped[str] = mapped_column(Text, default="")
    representative_name: Mapped[str] = mapped_column(String(200), default="")
    representative_authorisation: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), index=True)
    identity_method: Mapped[str] = mapped_column(String(24), default="")
    identity_note: Mapped[str] = mapped_column(Text, default="")
    identity_checked_by: Mapped[str] = mapped_column(String(32), default="")
    identity_checked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")  # what was done, or why refused
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The portability export (Art. 20): its file name only, and its SHA-256 for the cover letter.
    portability_sha256: Mapped[str] = mapped_column(String(64), default="")
    portability_file: Mapped[str] = mapped_column(String(255), default="")
    # What an erasure did (JSON: deleted counts, kept items with reason and date), for the letter.
    erasure_summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    kinds: Mapped[list[RequestKindRow]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestKindRow.id"
    )

    __table_args__ = (UniqueConstraint("diary_year", "diary_sequence", name="uq_diary_number"),)


class RequestKindRow(Base):
    __tablename__ = "request_kinds"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    request: Mapped[Request] = relationship(back_populates="kinds")


class RequestEvent(Base):
    """What happened to a request and when: status changes, reopening, actions taken."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_request_events_request", "request_id", "id"),)


class RequestAttachment(Base):
    """The scanned original (and, if one was attached anyway, an ID copy: deleted at closing)."""

    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    is_identity_document: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(32), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class Rectification(Base):
    """A change made (or refused) through a rectification request: old and new value kept."""

    __tablename__ = "rectifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class RequestDecision(Base):
    """The decision on one right asked in a request (desktop.core.decisions): granted, granted
    in part, refused or (objection) continued, its ground from the law's list, and the reasons
    the letter gives. The latest row for a right is the one in force."""

    __tablename__ = "request_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))  # the right (RequestKind)
    decision: Mapped[str] = mapped_column(String(20))
    ground: Mapped[str] = mapped_column(String(24), default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")  # objection: the processing purpose
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(32), default="")
