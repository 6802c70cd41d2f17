"""First steps on a new register: what to do before the register is of use, each with the button
that does it, shown on the dashboard until the description, the customers and a backup are there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.services.requests.dashboard import FirstSteps

DONE_MARK = "✓"
TODO_MARK = "•"
DONE_STYLE = "color: #1b5e20;"


class FirstStepsBox(QGroupBox):
    """Emits the page to open ("statement", "customers", "users") or asks for a backup."""

    open_page = Signal(str)
    backup_requested = Signal()

    def __init__(
        self,
        *,
        can_edit: bool,
        can_back_up: bool,
        is_main_user: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setTitle(self.tr("First steps"))
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        steps = [
            (
                "description",
                self.tr(
                    "Fill in the register description: what you keep and why. The privacy "
                    "statement is made from it."
                ),
                self.tr("Register description"),
                can_edit,
            ),
            (
                "customers",
                self.tr("Add your customers one by one, or import them from a spreadsheet."),
                self.tr("Customers"),
                True,
            ),
            (
                "backup",
                self.tr(
                    "Make the first backup onto a USB stick, and keep it apart from the computer."
                ),
                self.tr("Back up now…"),
                can_back_up,
            ),
            (
                "recovery",
                self.tr(
                    "Print the recovery sheet and keep it in a safe place. If it was not printed "
                    "or is lost, make a new recovery key under Users."
                ),
                self.tr("Users"),
                is_main_user,
            ),
        ]
        for row, (name, text, button_text, allowed) in enumerate(steps):
            mark = QLabel(TODO_MARK)
            mark.setObjectName(f"firstStepMark_{name}")
            label = QLabel(text)
            label.setObjectName(f"firstStep_{name}")
            label.setWordWrap(True)
            button = QPushButton(button_text)
            button.setObjectName(f"firstStepButton_{name}")
            button.setVisible(allowed)
            button.clicked.connect(lambda _c=False, n=name: self._go(n))
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.marks[name] = mark
            self.buttons[name] = button

    def _go(self, name: str) -> None:
        if name == "backup":
            self.backup_requested.emit()
        elif name == "recovery":
            self.open_page.emit("users")
        else:
            self.open_page.emit("statement" if name == "description" else "customers")

    def show_steps(self, steps: FirstSteps) -> None:
        for name, done in (
            ("description", steps.description_saved),
            ("customers", steps.has_customers),
            ("backup", steps.backup_made),
        ):
            self.marks[name].setText(DONE_MARK if done else TODO_MARK)
            self.marks[name].setStyleSheet(DONE_STYLE if done else "")
            self.marks[name].setToolTip(self.tr("Done") if done else "")
