"""Python dates out of Qt's date editors: QDate.toPython() is typed as returning `object`."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDateTimeEdit


def date_of(edit: QDateTimeEdit) -> date:
    """The day shown in a QDateEdit (or the date part of a QDateTimeEdit)."""
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def datetime_of(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value
