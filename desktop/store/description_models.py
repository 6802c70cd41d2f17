"""Versions of the register description: every save adds a version, none is overwritten, so the
privacy statement and the access replies of any day can be traced to the text then in force."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class RegisterDescriptionRow(Base):
    __tablename__ = "register_descriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    updated_on: Mapped[date] = mapped_column(Date)
    saved_by: Mapped[str] = mapped_column(String(32), default="")
    document: Mapped[str] = mapped_column(Text)  # desktop.core.register_description.to_json
