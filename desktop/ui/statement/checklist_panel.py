"""Beside the editor: the Art. 13 checklist of the description as it is on screen, each item
covered (with the sections that cover it), missing, optional, or a warning of a text that would
be false if left in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.core.register_description import RegisterDescription
from desktop.core.statement_checklist import COVERED, MISSING, OPTIONAL, WARNING, checklist
from desktop.ui.statement.warnings import item_text, section_labels

MARKS = {COVERED: "✔", MISSING: "✖", OPTIONAL: "–", WARNING: "⚠"}
COLOURS = {COVERED: "#1d6b2a", MISSING: "#a11", OPTIONAL: "#666", WARNING: "#8a5a00"}
STATE_ROLE = Qt.ItemDataRole.UserRole
WARNINGS_STYLE = f"color: {COLOURS[WARNING]}; font-weight: bold;"


class ChecklistPanel(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("Art. 13 checklist"))
        self.setObjectName("art13Panel")
        self.list = QListWidget()
        self.list.setObjectName("art13Checklist")
        self.list.setWordWrap(True)
        # The count of warnings under the title, not in it: a group box title cannot wrap.
        self.warnings = QLabel()
        self.warnings.setObjectName("art13Warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNINGS_STYLE)
        self.warnings.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.list)
        self.setMinimumWidth(200)
        self.setMaximumWidth(320)

    def show_description(self, description: RegisterDescription) -> None:
        labels = section_labels()
        self.list.clear()
        items = checklist(description)
        # Warnings first: they are what to read before publishing, and the list scrolls.
        items.sort(key=lambda item: item.state != WARNING)
        count = sum(item.state == WARNING for item in items)
        self.setTitle(self.tr("Art. 13 checklist"))
        self.warnings.setText(self.tr("warnings: {count}").format(count=count))
        self.warnings.setVisible(count > 0)
        for item in items:
            text = item_text(item, labels)
            line = f"{MARKS[item.state]} {item.article} {text}"
            if item.where:
                where = ", ".join(labels.get(name, name) for name in item.where)
                line += "\n    " + self.tr("In: {sections}").format(sections=where)
            elif item.state == MISSING:
                line += "\n    " + self.tr("Missing from the statement")
            entry = QListWidgetItem(line)
            entry.setData(STATE_ROLE, item.state)
            entry.setForeground(QBrush(QColor(COLOURS[item.state])))
            self.list.addItem(entry)

    def states(self) -> list[tuple[str, str]]:
        """(the item's text, its state): for the tests."""
        return [
            (self.list.item(i).text(), str(self.list.item(i).data(STATE_ROLE)))
            for i in range(self.list.count())
        ]
