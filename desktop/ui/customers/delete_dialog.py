"""Deleting a customer (main user): what will be deleted, what the law keeps and why, and only
then "Delete customer". Where the law requires keeping the data (a legal hold, a restriction, an
open request), the page says so instead and nothing is offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.customers.deletion import DeletionPlan
from desktop.ui.customers.tables import fill_table, make_table
from desktop.ui.i18n import format_date
from desktop.ui.requests.erasure_dialog import (
    DESTRUCTIVE_STYLE,
    deleted_text,
    fit_height,
    retention_text,
)


class DeleteCustomerDialog(QDialog):
    def __init__(self, plan: DeletionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteCustomerDialog")
        self.setWindowTitle(self.tr("Delete customer"))
        question = self.tr("Delete {name} (customer {number})?").format(
            name=plan.name, number=plan.customer_number
        )
        if plan.anonymise:
            what = self.tr(
                "The law requires keeping some of their records, so the customer record stays, "
                "emptied of personal data, for those records to point at. Everything else is "
                "deleted for good and cannot be restored."
            )
        else:
            what = self.tr(
                "Everything recorded about them is deleted for good and cannot be restored."
            )
        self.intro = QLabel(f"{question}\n\n{what}")
        self.intro.setObjectName("deleteIntro")
        self.intro.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        self.deleted = make_table("deleteDeleted", [self.tr("What"), self.tr("How many")], 0)
        fill_table(
            self.deleted,
            [[deleted_text(key), str(count)] for key, count in plan.deleted.items() if count],
        )
        fit_height(self.deleted)
        layout.addWidget(self._title(self.tr("Will be deleted")))
        layout.addWidget(self.deleted)
        self.kept = make_table(
            "deleteKept", [self.tr("What"), self.tr("Kept until"), self.tr("Why")], 2
        )
        self.kept.setWordWrap(True)
        fill_table(
            self.kept,
            [
                [
                    retention_text(item.what) + (f" — {item.detail}" if item.detail else ""),
                    format_date(item.until) if item.until else self.tr("no fixed date"),
                    retention_text(item.reason),
                ]
                for item in plan.kept
            ],
        )
        if plan.kept:
            self.kept.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kept.resizeRowsToContents()
            self.kept.setMinimumHeight(160)
            layout.addSpacing(6)
            layout.addWidget(self._title(self.tr("Kept, because the law requires it")))
            layout.addWidget(self.kept, 1)
        else:
            self.kept.hide()
            layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(
            self.tr("Delete customer"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("confirmDelete")
        self.delete_button.setStyleSheet(
            DESTRUCTIVE_STYLE.replace("#confirmErase", "#confirmDelete")
        )
        self.delete_button.setAutoDefault(False)  # Enter must not delete
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520 if plan.kept else 360)

    @staticmethod
    def _title(text: str) -> QLabel:
        title = QLabel(text)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        return title
