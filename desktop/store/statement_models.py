"""Which version of the privacy statement each customer was given, when and how: the business's
proof that it informed the person (GDPR Art. 13/14)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String
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
