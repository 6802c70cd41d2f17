"""Translated labels for the customer vocabulary, and combo boxes that offer it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.core.customer_fields import (
    CHANNEL_LABELS,
    CONSENT_LABELS,
    CONSENT_STATE_LABELS,
    CONTACT_KIND_LABELS,
    LANGUAGE_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.rights.erasure import ERASED_NAME

FIELDS = "CustomerFields"

# Field names as the audit log and the history tab name them.
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("CustomerFieldNames", "First name"),
    "last_name": QT_TRANSLATE_NOOP("CustomerFieldNames", "Last name"),
    "title": QT_TRANSLATE_NOOP("CustomerFieldNames", "Title"),
    "organisation": QT_TRANSLATE_NOOP("CustomerFieldNames", "Organisation"),
    "organisation_id": QT_TRANSLATE_NOOP("CustomerFieldNames", "Business ID (Y-tunnus)"),
    "language": QT_TRANSLATE_NOOP("CustomerFieldNames", "Language"),
    "municipality": QT_TRANSLATE_NOOP("CustomerFieldNames", "Municipality"),
    "web_address": QT_TRANSLATE_NOOP("CustomerFieldNames", "Web address"),
    "status": QT_TRANSLATE_NOOP("CustomerFieldNames", "Status"),
    "level": QT_TRANSLATE_NOOP("CustomerFieldNames", "Customer level"),
    "started_on": QT_TRANSLATE_NOOP("CustomerFieldNames", "Customer since"),
    "ended_on": QT_TRANSLATE_NOOP("CustomerFieldNames", "Customer until"),
    "source": QT_TRANSLATE_NOOP("CustomerFieldNames", "Source of the data"),
    "feedback": QT_TRANSLATE_NOOP("CustomerFieldNames", "Feedback"),
    "notes": QT_TRANSLATE_NOOP("CustomerFieldNames", "Notes"),
    "addresses": QT_TRANSLATE_NOOP("CustomerFieldNames", "Addresses"),
    "phones": QT_TRANSLATE_NOOP("CustomerFieldNames", "Phone numbers"),
    "emails": QT_TRANSLATE_NOOP("CustomerFieldNames", "Email addresses"),
    "tags": QT_TRANSLATE_NOOP("CustomerFieldNames", "Segments"),
    "custom": QT_TRANSLATE_NOOP("CustomerFieldNames", "Custom fields"),
    "restricted": QT_TRANSLATE_NOOP("CustomerFieldNames", "Restriction of processing"),
    "restriction_reason": QT_TRANSLATE_NOOP("CustomerFieldNames", "Reason for restriction"),
}

ACTION_LABELS = {
    "customer_created": QT_TRANSLATE_NOOP("CustomerHistory", "Created"),
    "customer_viewed": QT_TRANSLATE_NOOP("CustomerHistory", "Opened"),
    "customer_updated": QT_TRANSLATE_NOOP("CustomerHistory", "Changed"),
    "customer_deleted": QT_TRANSLATE_NOOP("CustomerHistory", "Deleted"),
    "customer_anonymised_on_delete": QT_TRANSLATE_NOOP(
        "CustomerHistory", "Deleted; anonymised record kept for the accounts"
    ),
    "customer_merged": QT_TRANSLATE_NOOP("CustomerHistory", "Merged"),
    "restriction_set": QT_TRANSLATE_NOOP("CustomerHistory", "Processing restricted"),
    "restriction_lifted": QT_TRANSLATE_NOOP("CustomerHistory", "Restriction lifted"),
    "consent_recorded": QT_TRANSLATE_NOOP("CustomerHistory", "Consent or ban recorded"),
    "contact_added": QT_TRANSLATE_NOOP("CustomerHistory", "Contact added"),
    "contact_deleted": QT_TRANSLATE_NOOP("CustomerHistory", "Contact deleted"),
    "order_added": QT_TRANSLATE_NOOP("CustomerHistory", "Order added"),
    "order_updated": QT_TRANSLATE_NOOP("CustomerHistory", "Order changed"),
    "order_deleted": QT_TRANSLATE_NOOP("CustomerHistory", "Order deleted"),
    "attachment_added": QT_TRANSLATE_NOOP("CustomerHistory", "Attachment added"),
    "attachment_opened": QT_TRANSLATE_NOOP("CustomerHistory", "Attachment opened"),
    "attachment_deleted": QT_TRANSLATE_NOOP("CustomerHistory", "Attachment deleted"),
}


ERASED = QT_TRANSLATE_NOOP("CustomerFields", "(erased)")


def shown_name(name: str) -> str:
    """A customer's name as lists show it: an erased customer's stored marker in words."""
    if ERASED_NAME not in name:
        return name
    return name.replace(ERASED_NAME, QCoreApplication.translate(FIELDS, ERASED)).strip()


def label(labels: Mapping[Any, str], value: str | None, context: str = FIELDS) -> str:
    """The translated label of a stored code; the code itself if it is not a known one."""
    if value is None:
        return ""
    source = labels.get(value)
    return QCoreApplication.translate(context, source) if source else value


def field_label(name: str) -> str:
    return label(FIELD_LABELS, name, "CustomerFieldNames")


def action_label(action: str) -> str:
    return label(ACTION_LABELS, action, "CustomerHistory")


def fill_combo(
    combo: QComboBox, labels: Mapping[Any, str], values: Iterable[str] | None = None
) -> QComboBox:
    for value in values if values is not None else labels:
        combo.addItem(label(labels, value), str(value))
    return combo


def select_value(combo: QComboBox, value: str) -> None:
    """Select the item holding `value`; an unknown stored code is kept as an extra item."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def combo_of(labels: Mapping[Any, str], name: str = "") -> QComboBox:
    combo = fill_combo(QComboBox(), labels)
    if name:
        combo.setObjectName(name)
    return combo


__all__ = [
    "CHANNEL_LABELS",
    "CONSENT_LABELS",
    "CONSENT_STATE_LABELS",
    "CONTACT_KIND_LABELS",
    "LANGUAGE_LABELS",
    "SOURCE_LABELS",
    "STATUS_LABELS",
    "action_label",
    "combo_of",
    "field_label",
    "fill_combo",
    "label",
    "select_value",
]
