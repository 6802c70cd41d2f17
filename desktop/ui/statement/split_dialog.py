"""Splitting a section in two: the user picks the paragraph the new section starts at (the one the
cursor was in, to begin with) and types its heading. Cancel leaves the statement as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SplitDialog(QDialog):
    def __init__(
        self, section: str, paragraphs: list[str], current: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("splitSection")
        self.setWindowTitle(self.tr("Split a section in two"))
        intro = QLabel(
            self.tr(
                "“{section}”: choose the paragraph the new section starts at. It and the "
                "paragraphs after it move to the new section, right after this one."
            ).format(section=section)
        )
        intro.setWordWrap(True)
        self.paragraphs = QListWidget()
        self.paragraphs.setObjectName("splitParagraphs")
        self.paragraphs.setWordWrap(True)
        for index, text in enumerate(paragraphs):
            item = QListWidgetItem(text)
            if index == 0:  # the first part must keep some text
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.paragraphs.addItem(item)
        self.paragraphs.setCurrentRow(min(max(current, 1), len(paragraphs) - 1))
        self.heading = QLineEdit()
        self.heading.setObjectName("splitHeading")
        self.heading.setPlaceholderText(self.tr("Heading of the new section"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Split"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.heading.textChanged.connect(self._ready)
        self.paragraphs.currentRowChanged.connect(self._ready)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paragraphs, 1)
        layout.addWidget(QLabel(self.tr("Heading of the new section:")))
        layout.addWidget(self.heading)
        layout.addWidget(self.buttons)
        self.resize(560, 420)  # fits 1280x720 at 125 %
        self._ready()
        self.heading.setFocus()

    def _ready(self, *_args: object) -> None:
        self.ok.setEnabled(bool(self.heading.text().strip()) and self.line() >= 1)

    def line(self) -> int:
        return self.paragraphs.currentRow()
