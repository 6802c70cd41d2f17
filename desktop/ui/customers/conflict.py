"""When someone else saved the customer after this user opened it: a calm question.

The save was refused and nothing was written (CustomerChangedMeanwhile). The user chooses:
"Reload" (their typing is dropped, on purpose, with the button saying so), "Compare" (theirs
and yours side by side, field by field) or "Keep editing" (the other person's changes are taken
into the fields this user did not touch; what they typed stays).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_form import CustomerForm
from desktop.core.edit_conflict import differing_fields
from desktop.services.customers.records import CustomerChangedMeanwhile
from desktop.ui.customers.labels import FIELD_LABELS
from desktop.ui.i18n import error_text

RELOAD = "reload"
KEEP = "keep"


def field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("CustomerFieldNames", source) if source else ""


def shown_value(form: CustomerForm, name: str) -> str:
    """A field's value as one cell shows it: lists one item a line."""
    value = getattr(form, name)
    if name == "addresses":
        return "\n".join(
            ", ".join(p for p in (a.street, f"{a.postal_code} {a.post_office}".strip()) if p)
            for a in value
        )
    if name == "phones":
        return "\n".join(p.number for p in value)
    if name == "emails":
        return "\n".join(e.address for e in value)
    if name == "tags":
        return ", ".join(value)
    if name == "custom":
        return "\n".join(f"{key}: {text}" for key, text in sorted(value.items()))
    return str(value)


class ConflictDialog(QDialog):
    """`choice` is RELOAD or KEEP once closed; closing it any other way keeps editing.
    `mine` is what the user typed, `theirs` the customer as saved now, both as the editor
    shows them."""

    def __init__(
        self,
        conflict: CustomerChangedMeanwhile,
        mine: CustomerForm,
        theirs: CustomerForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editConflict")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = KEEP
        labels = [label for label in map(field_label, conflict.fields) if label]
        text = error_text(conflict)
        if labels:
            text += "\n\n" + self.tr("Changed since you opened it: {fields}.").format(
                fields=", ".join(labels)
            )
        self.message = QLabel(text)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictComparison")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours (not saved)"), self.tr("Theirs (saved)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for name in differing_fields(mine, theirs):
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (field_label(name) or name, shown_value(mine, name), shown_value(theirs, name))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeRowsToContents()
        self.table.hide()

        self.reload_button = QPushButton(self.tr("Reload (your changes are lost)"))
        self.reload_button.setObjectName("conflictReload")
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("conflictCompare")
        self.keep_button = QPushButton(self.tr("Keep editing"))
        self.keep_button.setObjectName("conflictKeep")
        self.keep_button.setDefault(True)  # the safe answer: nothing typed is lost
        self.reload_button.clicked.connect(self._reload)
        self.compare_button.clicked.connect(self._compare)
        self.keep_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # The wrapped message whole at its width (a Finnish text runs to three lines).
        self.setMinimumWidth(560)
        self.adjustSize()

    def _reload(self) -> None:
        self.choice = RELOAD
        self.accept()

    def _compare(self) -> None:
        self.table.show()
        self.compare_button.setEnabled(False)
        self.resize(max(self.width(), 720), max(self.height(), 420))
