"""Forms whose fields say what is wrong right beneath them, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError, ValidationError
from desktop.ui.i18n import error_text, field_texts
from desktop.ui.messages import show_error
from desktop.ui.widgets.message import ReservedLabel, grow_to_fit

ERROR_STYLE = "color: #b00020;"
W = TypeVar("W", bound=QWidget)


class CheckedForm(QFormLayout):
    """A QFormLayout where every field has an error label (hidden until there is a problem).

    With `reserve=True` each error label keeps one line free beneath its field even while
    hidden, so fields do not move as errors come and go (a longer error makes its row taller)."""

    def __init__(self, parent: QWidget | None = None, *, reserve: bool = False) -> None:
        super().__init__(parent)
        self.reserve = reserve
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_field(self, name: str, label: str, widget: W) -> W:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ReservedLabel(1) if self.reserve else QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.addRow(label, box)
        self.errors[name] = error
        self.fields[name] = widget
        clear_when_edited(widget, error)
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
            parent = self.parentWidget()
            if parent is not None:
                grow_to_fit(parent)

    def clear_errors(self) -> None:
        self.show_errors({})

    def show_problem(self, error: UserError, parent: QWidget) -> None:
        """A ValidationError beneath its fields; any other problem in a message over `parent`."""
        show_problem(error, parent, self.show_errors)


# The signal each kind of field sends when the user changes it, most specific first.
EDIT_SIGNALS = ("textEdited", "currentIndexChanged", "dateChanged", "valueChanged", "toggled")


def clear_when_edited(field: QWidget, error: QLabel) -> None:
    """A field's message goes as soon as the user changes the field: a stale "not a valid
    business ID" must not stay on screen until the next Save or Next. A row of several fields
    (a date and a time) clears on any of them."""
    for widget in (field, *field.findChildren(QWidget)):
        if isinstance(widget, QAbstractSlider):  # scrolling is not editing
            continue
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(error.hide)
            continue
        for name in EDIT_SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args: error.hide())
                break


def show_problem(
    error: UserError, parent: QWidget, show_errors: Callable[[dict[str, str]], None]
) -> None:
    """A ValidationError through `show_errors` (beneath the fields it names); any other problem
    in a message over `parent`."""
    if isinstance(error, ValidationError):
        show_errors(field_texts(error))
    else:
        show_error(parent, error_text(error))


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, save: Callable[[], None]) -> None:
    """The form above Save and Cancel. Save calls `save`, which closes the dialog once the
    record is saved; Cancel closes it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
