"""Erasure (Art. 17): what will be deleted, what the law keeps and until when, whom to tell —
then "Erase", asked once more, and what was done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.rights.erasure import DELETED_LABELS, ErasurePreview, ErasureResult
from desktop.ui.customers.tables import fill_table, make_table
from desktop.ui.i18n import format_date
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op

DESTRUCTIVE_STYLE = "QPushButton#confirmErase { color: #b00020; font-weight: bold; }"


def retention_text(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


def deleted_text(key: str) -> str:
    source = DELETED_LABELS.get(key)
    return QCoreApplication.translate("Erasure", source) if source else key


def fit_height(table: QTableWidget) -> None:
    """A short table shown whole, without a scroll bar."""
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth())
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def bold_title(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


def recipient_text(recipient: Any) -> str:
    function = getattr(recipient, "function", "")
    return f"{recipient.name} — {function}" if function else recipient.name


class ErasureDialog(QDialog):
    def __init__(
        self, rights: Any, request_id: int, preview: ErasurePreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        self.setWindowTitle(self.tr("Erasure"))
        self.rights = rights
        self.request_id = request_id
        self.erased: ErasureResult | None = None
        intro = QLabel(
            self.tr(
                "The customer record stays, emptied of personal data, because records the law "
                "keeps point at it."
            )
            if preview.anonymise
            else self.tr("The customer record and everything on it is deleted.")
        )
        intro.setObjectName("erasureIntro")
        intro.setWordWrap(True)
        self.deleted = self._deleted_table(preview)
        self.kept = self._kept_table(preview)
        self.recipients = self._recipients_label(preview)
        self.outcome = QLabel()
        self.outcome.setObjectName("erasureOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self._build_buttons(preview)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(bold_title(self.tr("Will be deleted")))
        layout.addWidget(self.deleted)
        layout.addSpacing(6)
        layout.addWidget(bold_title(self.tr("Kept, because the law requires it")))
        layout.addWidget(self.kept, 1)
        layout.addSpacing(6)
        layout.addWidget(bold_title(self.tr("Tell about the erasure (Art. 19)")))
        layout.addWidget(self.recipients)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(900, 720)

    def _deleted_table(self, preview: ErasurePreview) -> QTableWidget:
        table = make_table("erasureDeleted", [self.tr("What"), self.tr("How many")], 0)
        fill_table(
            table,
            [[deleted_text(key), str(count)] for key, count in preview.deleted.items() if count],
        )
        fit_height(table)
        return table

    def _kept_table(self, preview: ErasurePreview) -> QTableWidget:
        table = make_table(
            "erasureKept", [self.tr("What"), self.tr("Kept until"), self.tr("Why")], 2
        )
        table.setWordWrap(True)
        fill_table(
            table,
            [
                [
                    retention_text(item.what) + (f" — {item.detail}" if item.detail else ""),
                    format_date(item.until)
                    if item.until
                    else retention_text(item.ends).format(
                        date=format_date(item.then) if item.then else ""
                    ),
                    retention_text(item.reason),
                ]
                for item in preview.kept
            ],
        )
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().sectionResized.connect(lambda *_a: table.resizeRowsToContents())
        table.setMinimumHeight(220)
        return table

    def _recipients_label(self, preview: ErasurePreview) -> QLabel:
        text = "\n".join(f"• {recipient_text(r)}" for r in preview.recipients) or self.tr(
            "No disclosure of this person's data is recorded: no recipient to tell."
        )
        if preview.partner_disclosure_granted:
            text += "\n" + self.tr("The person once allowed disclosure to partners: tell them too.")
        label = QLabel(text)
        label.setObjectName("erasureRecipients")
        label.setWordWrap(True)
        return label

    def _build_buttons(self, preview: ErasurePreview) -> None:
        """Cancel and Erase; under a legal hold Erase is off and the outcome says why."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("confirmErase")
        self.erase_button.setStyleSheet(DESTRUCTIVE_STYLE)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        if preview.blocked_by_legal_hold:
            self.erase_button.setEnabled(False)
            self.outcome.setText(
                self.tr(
                    "The customer is under a legal hold: nothing can be erased now. Refuse the "
                    "erasure with the reason, or lift the hold when the claim is settled."
                )
            )
            self.outcome.show()

    def erase(self) -> None:
        text = self.tr(
            "Erase the person's data now? What is listed as kept stays; everything else is "
            "deleted for good and cannot be restored."
        )
        if not confirm(self, text, self.tr("Erase for good")):
            return
        run_op(
            parent=self,
            work=lambda: self.rights.erase(self.request_id),
            on_success=self._erased,
        )

    def _erased(self, result: ErasureResult) -> None:
        self.erased = result
        self.erase_button.hide()
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.outcome.setText(
            self.tr("Erased. The request and the kept records stay in the register.")
        )
        self.outcome.show()
