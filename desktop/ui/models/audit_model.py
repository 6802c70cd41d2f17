"""The audit log as a Qt table model, newest first, read a page at a time (fetchMore)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.register.audit_view import AuditFilter, AuditLine, AuditViewer
from desktop.ui.customers.labels import ACTION_LABELS, action_label
from desktop.ui.i18n import format_datetime
from desktop.ui.models.audit_names import field_text
from desktop.ui.models.paged import PagedTableModel

CONTEXT = "AuditModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "When"),
    QT_TRANSLATE_NOOP("AuditModel", "Who"),
    QT_TRANSLATE_NOOP("AuditModel", "What"),
    QT_TRANSLATE_NOOP("AuditModel", "Record"),
    QT_TRANSLATE_NOOP("AuditModel", "Fields"),
)
CUSTOMER_NUMBER = QT_TRANSLATE_NOOP("AuditModel", "Customer {number}")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP("AuditModel", "Customer (erased)")


class AuditModel(PagedTableModel[AuditLine]):
    context = CONTEXT
    headers = COLUMNS

    def __init__(self, viewer: AuditViewer, page_size: int = 200) -> None:
        super().__init__(page_size)
        self.viewer = viewer
        self.where = AuditFilter()

    @property
    def lines(self) -> list[AuditLine]:
        return self.rows

    def set_filter(self, where: AuditFilter) -> None:
        with self._starting_over():
            self.where = where

    def _read_page(self, loaded: Sequence[AuditLine]) -> list[AuditLine]:
        return self.viewer.page(self.where, loaded[-1].id if loaded else None, self.page_size)

    def row_data(self, line: AuditLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return line.action
        return None

    @staticmethod
    def text(line: AuditLine, column: int) -> str:
        if column == 0:
            return format_datetime(line.at)
        if column == 1:
            return line.username
        if column == 2:
            return action_text(line.action)
        if column == 3:
            return record_text(line)
        return ", ".join(field_text(name) for name in line.fields)


# Actions the customer history does not name; the rest come from desktop.ui.customers.labels.
MORE_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditModel", "Logged in"),
    "logout": QT_TRANSLATE_NOOP("AuditModel", "Logged out"),
    "lock": QT_TRANSLATE_NOOP("AuditModel", "Locked"),
    "login_failed": QT_TRANSLATE_NOOP("AuditModel", "Failed login"),
    "login_refused": QT_TRANSLATE_NOOP("AuditModel", "Login refused"),
    "unlock": QT_TRANSLATE_NOOP("AuditModel", "Unlocked"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditModel", "Settings changed"),
    "retention_rules_changed": QT_TRANSLATE_NOOP("AuditModel", "Retention rules changed"),
    "retention_batch": QT_TRANSLATE_NOOP("AuditModel", "Erasure batch (retention)"),
    "retention_erased": QT_TRANSLATE_NOOP("AuditModel", "Erased (retention ended)"),
    "retention_anonymised": QT_TRANSLATE_NOOP("AuditModel", "Anonymised (retention ended)"),
    "retention_contact_deleted": QT_TRANSLATE_NOOP(
        "AuditModel", "Contact deleted (retention ended)"
    ),
    "retention_attachment_deleted": QT_TRANSLATE_NOOP(
        "AuditModel", "Attachment deleted (retention ended)"
    ),
    "retention_order_deleted": QT_TRANSLATE_NOOP("AuditModel", "Order deleted (retention ended)"),
    "customer_erased": QT_TRANSLATE_NOOP("AuditModel", "Erased on request"),
    "customer_anonymised": QT_TRANSLATE_NOOP("AuditModel", "Anonymised on request"),
    "customers_exported": QT_TRANSLATE_NOOP("AuditModel", "Customers exported"),
    "customers_imported": QT_TRANSLATE_NOOP("AuditModel", "Customers imported"),
    "labels_printed": QT_TRANSLATE_NOOP("AuditModel", "Address labels printed"),
    "audit_exported": QT_TRANSLATE_NOOP("AuditModel", "Audit log exported"),
    "register_created": QT_TRANSLATE_NOOP("AuditModel", "Register created"),
    "restore_completed_after_interruption": QT_TRANSLATE_NOOP(
        "AuditModel", "Interrupted restore put right on opening"
    ),
    "business_created": QT_TRANSLATE_NOOP("AuditModel", "Business details entered"),
    "business_updated": QT_TRANSLATE_NOOP("AuditModel", "Business details changed"),
    "register_description_saved": QT_TRANSLATE_NOOP("AuditModel", "Register description saved"),
    "statement_published": QT_TRANSLATE_NOOP("AuditModel", "Privacy statement published"),
    "request_logged": QT_TRANSLATE_NOOP("AuditModel", "Request logged"),
    "request_status_changed": QT_TRANSLATE_NOOP("AuditModel", "Request status changed"),
    "user_created": QT_TRANSLATE_NOOP("AuditModel", "User added"),
    "user_updated": QT_TRANSLATE_NOOP("AuditModel", "User changed"),
    "user_removed": QT_TRANSLATE_NOOP("AuditModel", "User removed"),
    "password_changed": QT_TRANSLATE_NOOP("AuditModel", "Password changed"),
    "user_password_reset": QT_TRANSLATE_NOOP("AuditModel", "Password reset"),
    "recovery_key_replaced": QT_TRANSLATE_NOOP("AuditModel", "New recovery key made"),
    "access_extract_made": QT_TRANSLATE_NOOP("AuditModel", "Data extract made"),
    "backup_made": QT_TRANSLATE_NOOP("AuditModel", "Backup made"),
    "customer_extract_printed": QT_TRANSLATE_NOOP("AuditModel", "Customer's data printed"),
    "customer_rectified": QT_TRANSLATE_NOOP("AuditModel", "Rectified on request"),
    "demo_data_added": QT_TRANSLATE_NOOP("AuditModel", "Demo data added"),
    "register_moved_to_server": QT_TRANSLATE_NOOP("AuditModel", "Register moved to the server"),
    "register_moved_here": QT_TRANSLATE_NOOP("AuditModel", "Register moved here from a file"),
    "register_exported_to_file": QT_TRANSLATE_NOOP("AuditModel", "Register exported to a file"),
    "register_exported_here": QT_TRANSLATE_NOOP(
        "AuditModel", "Register exported here from the server"
    ),
    "letter_drafted": QT_TRANSLATE_NOOP("AuditModel", "Letter drafted"),
    "letter_edited": QT_TRANSLATE_NOOP("AuditModel", "Letter draft edited"),
    "letter_discarded": QT_TRANSLATE_NOOP("AuditModel", "Letter draft discarded"),
    "letter_signed": QT_TRANSLATE_NOOP("AuditModel", "Letter signed"),
    "letter_printed": QT_TRANSLATE_NOOP("AuditModel", "Letter printed"),
    "letter_saved": QT_TRANSLATE_NOOP("AuditModel", "Letter saved as PDF"),
    "letter_sent": QT_TRANSLATE_NOOP("AuditModel", "Letter marked as sent"),
    "pdf_signed": QT_TRANSLATE_NOOP("AuditModel", "PDF signed digitally"),
    "portability_exported": QT_TRANSLATE_NOOP("AuditModel", "Portable copy saved"),
    "portability_password_letter": QT_TRANSLATE_NOOP("AuditModel", "Password letter printed"),
    "rectification_refused": QT_TRANSLATE_NOOP("AuditModel", "Rectification refused"),
    "register_restored": QT_TRANSLATE_NOOP("AuditModel", "Register restored from a backup"),
    "request_attachment_added": QT_TRANSLATE_NOOP("AuditModel", "File attached to a request"),
    "request_attachment_opened": QT_TRANSLATE_NOOP("AuditModel", "Request attachment opened"),
    "request_attachment_deleted": QT_TRANSLATE_NOOP("AuditModel", "Request attachment deleted"),
    "request_closed_cleanup": QT_TRANSLATE_NOOP("AuditModel", "Request closed: copies removed"),
    "request_extended": QT_TRANSLATE_NOOP("AuditModel", "Request deadline extended"),
    "request_identity_checked": QT_TRANSLATE_NOOP("AuditModel", "Requester's identity checked"),
    "signature_saved": QT_TRANSLATE_NOOP("AuditModel", "Scanned signature saved"),
    "signing_certificate_set": QT_TRANSLATE_NOOP("AuditModel", "Signing certificate set"),
    "signing_certificate_removed": QT_TRANSLATE_NOOP("AuditModel", "Signing certificate removed"),
    "statement_given": QT_TRANSLATE_NOOP("AuditModel", "Register description handed out"),
    "audit_anchor_mismatch": QT_TRANSLATE_NOOP(
        "AuditModel", "Audit log does not match its anchor (possible tampering)"
    ),
    "login_refused_forged": QT_TRANSLATE_NOOP(
        "AuditModel", "Login refused: user changed outside Kirjuri"
    ),
    "signing_key_created": QT_TRANSLATE_NOOP("AuditModel", "Main users' signing key made"),
    "disclosure_recorded": QT_TRANSLATE_NOOP("AuditModel", "Disclosure recorded"),
    "request_decided": QT_TRANSLATE_NOOP("AuditModel", "Decision recorded"),
    "request_identity_overridden": QT_TRANSLATE_NOOP(
        "AuditModel", "Identity check overridden by the main user"
    ),
    "restriction_lift_planned": QT_TRANSLATE_NOOP("AuditModel", "Lifting of a restriction planned"),
    "processing_prohibited": QT_TRANSLATE_NOOP(
        "AuditModel", "Processing prohibited (objection upheld)"
    ),
    "supplementary_statement_recorded": QT_TRANSLATE_NOOP(
        "AuditModel", "Supplementary statement recorded (Art. 16)"
    ),
    "retention_request_logs_erased": QT_TRANSLATE_NOOP(
        "AuditModel", "Closed requests erased (retention ended)"
    ),
}


def action_text(action: str) -> str:
    if action in MORE_ACTIONS:
        return QCoreApplication.translate(CONTEXT, MORE_ACTIONS[action])
    return action_label(action) if action in ACTION_LABELS else action


def record_text(line: AuditLine) -> str:
    if line.entity == "customer":
        if line.customer_number is not None:
            return QCoreApplication.translate(CONTEXT, CUSTOMER_NUMBER).format(
                number=line.customer_number
            )
        return QCoreApplication.translate(CONTEXT, CUSTOMER_ERASED)
    if line.entity in ENTITY_LABELS:
        name = QCoreApplication.translate(CONTEXT, ENTITY_LABELS[line.entity])
        # A register's id is a long UUID that tells the user nothing.
        if line.entity == "register" or not line.entity_id:
            return name
        if line.entity == "register_description":
            version = QCoreApplication.translate(CONTEXT, DESCRIPTION_VERSION)
            return version.format(name=name, version=line.entity_id)
        return f"{name} {line.entity_id}"
    return f"{line.entity} {line.entity_id}".strip()


ENTITY_LABELS = {
    "user": QT_TRANSLATE_NOOP("AuditModel", "User"),
    "business": QT_TRANSLATE_NOOP("AuditModel", "Business"),
    "register": QT_TRANSLATE_NOOP("AuditModel", "Register"),
    "request": QT_TRANSLATE_NOOP("AuditModel", "Request"),
    "letter": QT_TRANSLATE_NOOP("AuditModel", "Letter"),
    "settings": QT_TRANSLATE_NOOP("AuditModel", "Settings"),
    "retention": QT_TRANSLATE_NOOP("AuditModel", "Retention"),
    "customers": QT_TRANSLATE_NOOP("AuditModel", "Customers"),
    "register_description": QT_TRANSLATE_NOOP("AuditModel", "Register description"),
    "backup": QT_TRANSLATE_NOOP("AuditModel", "Backup"),
    "document": QT_TRANSLATE_NOOP("AuditModel", "Document"),
    "export": QT_TRANSLATE_NOOP("AuditModel", "Export"),
    "import": QT_TRANSLATE_NOOP("AuditModel", "Import"),
    "audit": QT_TRANSLATE_NOOP("AuditModel", "Audit log"),
}
DESCRIPTION_VERSION = QT_TRANSLATE_NOOP("AuditModel", "{name}, version {version}")
