"""Forms whose fields say what is wrong right beneath them, in the user's language."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
W = TypeVar("W", bound=QWidget)


class CheckedForm(QFormLayout):
    """A QFormLayout where every field has an error label (hidden until there is a problem)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_field(self, name: str, label: str, widget: W) -> W:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.addRow(label, box)
        self.errors[name] = error
        self.fields[name] = widget
        return widget

    def show_errors(self, problems: dict[str, str]) -> None:
        """Show each field's problem and put the cursor in the first field that has one."""
        first = None
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            if text and first is None:
                first = self.fields[name]
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        self.show_errors({})
