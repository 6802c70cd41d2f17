"""Merging two records of the same person: the user chooses which one is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validation import phone_for_display
from desktop.services.customers.search import CustomerRow


class MergeDialog(QDialog):
    def __init__(
        self, first: CustomerRow, second: CustomerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.rows = (first, second)
        intro = QLabel(
            self.tr(
                "Choose the record to keep. The other record's contact details, consents, contact "
                "history, orders and attachments are moved to it, and the other record is removed. "
                "This cannot be undone."
            )
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for index, row in enumerate(self.rows):
            details = " · ".join(
                part for part in (row.email, phone_for_display(row.phone), row.municipality) if part
            )
            text = self.tr("Keep {name} (customer {number})").format(
                name=row.name, number=row.number
            )
            button = QRadioButton(f"{text}\n{details}" if details else text)
            button.setObjectName(f"keep{index}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        # The older record (smaller number) is usually the one others refer to.
        self.group.button(0 if first.number <= second.number else 1).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("confirmMerge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def keep_and_remove(self) -> tuple[CustomerRow, CustomerRow]:
        keep = self.group.checkedId()
        return self.rows[keep], self.rows[1 - keep]
