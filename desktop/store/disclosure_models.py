"""The disclosure log: to whom a customer's data was actually disclosed, when, what and on what
basis. Art. 19 notices go to these recipients only (telling someone who never had the data that
"we disclosed it to you" would itself be a disclosure), and the access reply lists them
(Art. 15(1)(c))."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class Disclosure(Base):
    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    recipient: Mapped[str] = mapped_column(String(200))  # as named in the register description
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166, "" when unknown
    language: Mapped[str] = mapped_column(String(2), default="fi")  # of the recipient's notices
    disclosed_on: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text, default="")  # which data, in the user's words
    basis: Mapped[str] = mapped_column(String(32))  # desktop.core.disclosures.Basis
    source: Mapped[str] = mapped_column(String(16), default="recorded")  # or "export"
    recorded_by: Mapped[str] = mapped_column(String(32), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
