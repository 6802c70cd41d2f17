"""The recovery key shown once: large and selectable, with its sheet to print or save, and the
box the user ticks to say it is written down. Used by the set-up wizard and by Administration
when a new key is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.documents.recovery_sheet import RecoverySheet, recovery_sheet_pdf
from desktop.ui.printing import print_pdf, save_pdf
from desktop.ui.widgets.wrapped_check import WrappedCheck


class RecoveryKeyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explanation = QLabel(
            self.tr(
                "If every password is forgotten, this key is the only way to open the register. "
                "Write it on paper (or print this page), and keep the paper in a safe or a locked "
                "drawer — not on this computer and not with the backups."
            )
        )
        explanation.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        confirm = WrappedCheck(
            self.tr("I have written down the recovery key and will keep it in a safe place.")
        )
        self.confirm = confirm.box
        self.confirm.setObjectName("confirmRecoveryKey")
        self.sheet: RecoverySheet | None = None
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printRecoverySheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveRecoverySheet")
        self.save_button.setToolTip(
            self.tr("Save it only on a USB stick that goes into the safe with the paper.")
        )
        self.save_button.clicked.connect(self.save_sheet)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addSpacing(12)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(confirm)
        layout.addStretch(1)

    def show_key(self, recovery_key: str, sheet: RecoverySheet | None = None) -> None:
        self.key_label.setText(recovery_key)
        self.sheet = sheet
        self.print_button.setEnabled(sheet is not None)
        self.save_button.setEnabled(sheet is not None)

    def sheet_pdf(self) -> bytes:
        """The sheet made in memory, each time anew: the key is never kept in a file."""
        assert self.sheet is not None
        return recovery_sheet_pdf(self.sheet)

    def print_sheet(self) -> None:
        print_pdf(self, self.sheet_pdf(), self.tr("Recovery key"))

    def save_sheet(self) -> None:
        save_pdf(self, self.sheet_pdf(), self.tr("recovery-key.pdf"))
