"""Reply letters and the users' scanned signatures. A signed letter's PDF is kept here, inside
the encrypted register, exactly as it was printed: its SHA-256 proves it on paper."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    document_name: Mapped[str] = mapped_column(String(60), default="")
    recipient: Mapped[str] = mapped_column(Text, default="")  # address rows, one a line
    text: Mapped[str] = mapped_column(Text, default="")  # subject line, then the body
    enclosures: Mapped[str] = mapped_column(Text, default="")  # one a line
    copies: Mapped[str] = mapped_column(Text, default="")  # "Tiedoksi", one a line
    state: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(32), default="")
    signed_by: Mapped[str] = mapped_column(String(32), default="")
    signed_by_name: Mapped[str] = mapped_column(String(200), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    pdf_size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_how: Mapped[str] = mapped_column(String(16), default="")
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    sent_marked_by: Mapped[str] = mapped_column(String(32), default="")

    __table_args__ = (Index("ix_letters_request", "request_id", "id"),)


class UserSignature(Base):
    """A user's scanned signature (PNG or JPEG) for the signature block of their letters."""

    __tablename__ = "user_signatures"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
