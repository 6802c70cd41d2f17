"""How requests read on screen: kinds, statuses, "n days left / late" and its colour, events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.deadlines import days_left
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import (
    CHANNEL_LABELS,
    IDENTITY_METHOD_LABELS,
    KIND_LABELS,
    OPEN_STATUSES,
    STATUS_LABELS,
    IdentityMethod,
    RequestChannel,
    RequestKind,
    RequestStatus,
)
from desktop.services.requests.log import RequestRow
from desktop.ui.i18n import format_date

CONTEXT = "RequestLabels"
LATE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#a15c00")  # amber, dark enough to read on white
SOON_DAYS = 7

# Short names for the lists, where the article numbers would not fit: the same words as
# KIND_LABELS without the article (tests/ui/requests/test_kind_names.py keeps them one name).
SHORT_KIND_LABELS = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("RequestLabels", "access to data"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("RequestLabels", "rectification"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("RequestLabels", "erasure"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("RequestLabels", "restriction of processing"),
    RequestKind.PORTABILITY: QT_TRANSLATE_NOOP("RequestLabels", "data portability"),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("RequestLabels", "objection"),
    RequestKind.MARKETING_BAN: QT_TRANSLATE_NOOP("RequestLabels", "direct-marketing ban"),
    RequestKind.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("RequestLabels", "withdrawal of consent"),
}
EVENT_LABELS = {
    "logged": QT_TRANSLATE_NOOP("RequestLabels", "Logged"),
    "letter_drafted": QT_TRANSLATE_NOOP("RequestLabels", "Letter drafted"),
    "letter_discarded": QT_TRANSLATE_NOOP("RequestLabels", "Letter draft discarded"),
    "letter_signed": QT_TRANSLATE_NOOP("RequestLabels", "Letter signed"),
    "letter_printed": QT_TRANSLATE_NOOP("RequestLabels", "Letter printed"),
    "letter_saved": QT_TRANSLATE_NOOP("RequestLabels", "Letter saved as PDF"),
    "letter_sent": QT_TRANSLATE_NOOP("RequestLabels", "Letter sent"),
    "identity_checked": QT_TRANSLATE_NOOP("RequestLabels", "Identity checked"),
    "extended": QT_TRANSLATE_NOOP("RequestLabels", "Time extended"),
    "reopened": QT_TRANSLATE_NOOP("RequestLabels", "Reopened"),
    "attachment_added": QT_TRANSLATE_NOOP("RequestLabels", "File attached"),
    "attachment_deleted": QT_TRANSLATE_NOOP("RequestLabels", "Attachment deleted"),
    "identity_copy_added": QT_TRANSLATE_NOOP("RequestLabels", "ID copy attached"),
    "identity_copy_deleted": QT_TRANSLATE_NOOP("RequestLabels", "ID copy deleted"),
    "access_extract_made": QT_TRANSLATE_NOOP("RequestLabels", "Data extract made"),
    "rectified": QT_TRANSLATE_NOOP("RequestLabels", "Rectified"),
    "rectification_refused": QT_TRANSLATE_NOOP("RequestLabels", "Rectification refused"),
    "erased": QT_TRANSLATE_NOOP("RequestLabels", "Data erased"),
    "restricted": QT_TRANSLATE_NOOP("RequestLabels", "Processing restricted"),
    "restriction_lifted": QT_TRANSLATE_NOOP("RequestLabels", "Restriction lifted"),
    "portability_exported": QT_TRANSLATE_NOOP("RequestLabels", "Portable copy saved"),
    "portability_encrypted": QT_TRANSLATE_NOOP(
        "RequestLabels", "Portable copy encrypted, password sent separately"
    ),
    "portability_password_letter": QT_TRANSLATE_NOOP("RequestLabels", "Password letter printed"),
    "objection_recorded": QT_TRANSLATE_NOOP("RequestLabels", "Objection recorded"),
    "marketing_banned": QT_TRANSLATE_NOOP("RequestLabels", "Direct marketing banned"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("RequestLabels", "Consent withdrawn"),
    "reply_address_removed": QT_TRANSLATE_NOOP("RequestLabels", "Reply address removed"),
    "decision_recorded": QT_TRANSLATE_NOOP("RequestLabels", "Decision recorded"),
    "refusal_late": QT_TRANSLATE_NOOP("RequestLabels", "Refusal sent late, reason recorded"),
    "identity_check_overridden": QT_TRANSLATE_NOOP(
        "RequestLabels", "Identity check overridden by the main user"
    ),
    "processing_prohibited": QT_TRANSLATE_NOOP(
        "RequestLabels", "Processing prohibited (objection upheld)"
    ),
    "restriction_lift_planned": QT_TRANSLATE_NOOP(
        "RequestLabels", "Lifting of the restriction planned"
    ),
    "supplementary_statement_recorded": QT_TRANSLATE_NOOP(
        "RequestLabels", "Supplementary statement recorded"
    ),
}
STATUS_EVENT = QT_TRANSLATE_NOOP("RequestLabels", "Status: {status}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: RequestKind) -> str:
    return QCoreApplication.translate("Requests", KIND_LABELS[kind])


def kinds_text(kinds: Iterable[RequestKind]) -> str:
    return ", ".join(_tr(SHORT_KIND_LABELS[kind]) for kind in kinds)


def status_text(status: RequestStatus) -> str:
    return QCoreApplication.translate("Requests", STATUS_LABELS[status])


def channel_text(channel: RequestChannel) -> str:
    return QCoreApplication.translate("Requests", CHANNEL_LABELS[channel])


def identity_methods() -> list[tuple[IdentityMethod, str]]:
    return [
        (method, QCoreApplication.translate("Requests", label))
        for method, label in IDENTITY_METHOD_LABELS.items()
        if method is not IdentityMethod.MAIN_USER_OVERRIDE  # only through the main user's override
    ]


def received_text(value: datetime | None) -> str:
    """24.11.2026 9.30"""
    if value is None:
        return ""
    return f"{format_date(value)} {value.hour}.{value.minute:02d}"


def identity_method_text(value: str) -> str:
    for method, label in IDENTITY_METHOD_LABELS.items():
        if method.value == value:
            return QCoreApplication.translate("Requests", label)
    return value


def days_text(due: date, today: date) -> str:
    """ "5 days left", "due today", "3 days late"."""
    left = days_left(due, today)
    if left > 0:
        return QCoreApplication.translate("RequestLabels", "%n day(s) left", "", left)
    if left == 0:
        return _tr(QT_TRANSLATE_NOOP("RequestLabels", "due today"))
    return QCoreApplication.translate("RequestLabels", "%n day(s) late", "", -left)


def deadline_colour(due: date, today: date) -> QColor | None:
    """Red when late, amber within a week, nothing otherwise."""
    left = days_left(due, today)
    if left < 0:
        return LATE_COLOUR
    if left <= SOON_DAYS:
        return SOON_COLOUR
    return None


def row_days_text(row: RequestRow, today: date) -> str:
    """Only open requests have a deadline still running; for the others nothing is shown."""
    return days_text(row.due_on, today) if row.status in OPEN_STATUSES else ""


def row_colour(row: RequestRow, today: date) -> QColor | None:
    return deadline_colour(row.due_on, today) if row.status in OPEN_STATUSES else None


def event_text(action: str) -> str:
    if action in EVENT_LABELS:
        return _tr(EVENT_LABELS[action])
    if action.startswith("status_"):
        try:
            status = RequestStatus(action.removeprefix("status_"))
        except ValueError:
            return action
        return _tr(STATUS_EVENT).format(status=status_text(status))
    return action.replace("_", " ").capitalize()
