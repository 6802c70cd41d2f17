"""Human names for the field names the services write to the audit log (never values).

Customer fields, retention categories, settings, export and import columns, erasure counts and
the register description's sections already have translated labels elsewhere; they are looked
up there. The names no other table knows are listed here. tests/ui/test_audit_names.py walks
every name the code writes and fails when one has no label.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing.mapping import FIELD_BY_KEY
from desktop.core.retention_rules import CATEGORY_LABELS
from desktop.core.settings import BY_KEY
from desktop.services.customers.exporting import COLUMNS
from desktop.services.register.signing import SETTING_KEY as SIGNING_KEY
from desktop.services.rights.erasure import DELETED_LABELS
from desktop.ui.customers.labels import FIELD_LABELS
from desktop.ui.statement.fields import SECTIONS

CONTEXT = "AuditFields"
RECORDS_PREFIX = "records:"  # "records:12" — how many records a retention batch erased

MORE_FIELDS = {
    # customers (the rest are in desktop.ui.customers.labels)
    "identity_code": QT_TRANSLATE_NOOP("AuditFields", "Personal identity code"),
    # users
    "username": QT_TRANSLATE_NOOP("AuditFields", "Username"),
    "full_name": QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    "password": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    "signature": QT_TRANSLATE_NOOP("AuditFields", "Scanned signature"),
    SIGNING_KEY: QT_TRANSLATE_NOOP("AuditFields", "Signing certificate"),
    # the business
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "business_id": QT_TRANSLATE_NOOP("AuditFields", "Business ID"),
    "street": QT_TRANSLATE_NOOP("AuditFields", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("AuditFields", "Postal code"),
    "post_office": QT_TRANSLATE_NOOP("AuditFields", "Post office"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "Email"),
    "contact_person": QT_TRANSLATE_NOOP("AuditFields", "Contact person for data protection"),
    "contact_email": QT_TRANSLATE_NOOP("AuditFields", "Contact person's email"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditFields", "Contact person's phone"),
    "has_website": QT_TRANSLATE_NOOP("AuditFields", "Has a web site"),
    "website": QT_TRANSLATE_NOOP("AuditFields", "Web site"),
    # requests
    "kinds": QT_TRANSLATE_NOOP("AuditFields", "Kinds of request"),
    "received_at": QT_TRANSLATE_NOOP("AuditFields", "Received"),
    "due_on": QT_TRANSLATE_NOOP("AuditFields", "Due date"),
    "identity_method": QT_TRANSLATE_NOOP("AuditFields", "Identity check"),
    "identity_document": QT_TRANSLATE_NOOP("AuditFields", "Copy of an identity document"),
    "extended": QT_TRANSLATE_NOOP("AuditFields", "Deadline extended"),
    "extension_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for the extension"),
    "statement_handout": QT_TRANSLATE_NOOP("AuditFields", "Register description handed out"),
    "merged": QT_TRANSLATE_NOOP("AuditFields", "Merged record"),
    "order": QT_TRANSLATE_NOOP("AuditFields", "Order"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    # contact history and orders
    "occurred_at": QT_TRANSLATE_NOOP("AuditFields", "Time of contact"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Channel"),
    "summary": QT_TRANSLATE_NOOP("AuditFields", "Summary"),
    "handled_by": QT_TRANSLATE_NOOP("AuditFields", "Handled by"),
    "ordered_on": QT_TRANSLATE_NOOP("AuditFields", "Order date"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "amount_cents": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "invoice_number": QT_TRANSLATE_NOOP("AuditFields", "Invoice number"),
    "paid": QT_TRANSLATE_NOOP("AuditFields", "Paid"),
    "period_end": QT_TRANSLATE_NOOP("AuditFields", "End of the financial period"),
    # retention batches: how the records went
    "delete": QT_TRANSLATE_NOOP("AuditFields", "Deleted"),
    "anonymise": QT_TRANSLATE_NOOP("AuditFields", "Anonymised"),
    "recipients": QT_TRANSLATE_NOOP("AuditFields", "Recipients"),
    "translations": QT_TRANSLATE_NOOP("AuditFields", "Translations"),
    "extra_sections": QT_TRANSLATE_NOOP("AuditFields", "Additional sections"),
    "also_topics": QT_TRANSLATE_NOOP("AuditFields", "Topics of merged sections"),
    "finnish_fallback": QT_TRANSLATE_NOOP(
        "AuditFields", "Out-of-date translations printed in Finnish"
    ),
    "translated_from": QT_TRANSLATE_NOOP("AuditFields", "Finnish text translated"),
    "translated_source": QT_TRANSLATE_NOOP(
        "AuditFields", "Finnish text a translation was made from"
    ),
    # decisions and disclosures
    "decision": QT_TRANSLATE_NOOP("AuditFields", "Decision"),
    "ground": QT_TRANSLATE_NOOP("AuditFields", "Legal ground"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "disclosure": QT_TRANSLATE_NOOP("AuditFields", "Disclosure"),
    "purpose": QT_TRANSLATE_NOOP("AuditFields", "Purpose of processing"),
    # supplementary statements (Art. 16)
    "field": QT_TRANSLATE_NOOP("AuditFields", "Field concerned"),
    "statement": QT_TRANSLATE_NOOP("AuditFields", "Supplementary statement"),
}


def _tables() -> list[tuple[Mapping[str, str], str]]:
    """(labels by name, their translation context) in the order they are asked."""
    return [
        (FIELD_LABELS, "CustomerFieldNames"),
        (MORE_FIELDS, CONTEXT),
        ({category.value: text for category, text in CATEGORY_LABELS.items()}, "Retention"),
        ({key: spec.label for key, spec in BY_KEY.items() if spec.label}, "Settings"),
        (dict(COLUMNS), "Export"),
        ({key: field.label for key, field in FIELD_BY_KEY.items()}, "ImportFields"),
        (DELETED_LABELS, "Erasure"),
        ({name: label for name, _section, label, _hint in SECTIONS}, "Statement"),
    ]


def field_text(name: str) -> str:
    """The field's name in the user's language; the raw name only if nothing knows it."""
    if name.startswith(RECORDS_PREFIX) and name[len(RECORDS_PREFIX) :].isdigit():
        count = int(name[len(RECORDS_PREFIX) :])
        return QCoreApplication.translate("AuditFields", "%n record(s)", "", count)
    for labels, context in _tables():
        if name in labels:
            return QCoreApplication.translate(context, labels[name])
    return name


def has_label(name: str) -> bool:
    if name.startswith(RECORDS_PREFIX):
        return True
    return any(name in labels for labels, _context in _tables())
