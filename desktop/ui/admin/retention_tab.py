"""Administration → Retention: how long each kind of record is kept, one row per category.

The defaults come from the register description (or the built-in periods); the Accounting Act's
minimums cannot be undercut. Only the main user may change the rules; others see them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.retention_rules import (
    CATEGORY_LABELS,
    LEGAL_MINIMUM_YEARS,
    MAX_AMOUNT,
    START_LABELS,
    UNIT_LABELS,
    Category,
    RetentionRule,
    Unit,
)
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.ui.ops import run_op
from desktop.ui.widgets.wrapped_check import WrappedCheck

CONTEXT = "Retention"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RuleRow:
    """The widgets of one category's rule."""

    def __init__(self, category: Category, parent: QWidget) -> None:
        self.category = category
        # A wrapping check box: the category names are long in Finnish and Swedish.
        self.enabled_row = WrappedCheck(_t(CATEGORY_LABELS[category]), parent)
        self.enabled = self.enabled_row.box
        self.enabled.setObjectName(f"retention_{category.value}_enabled")
        self.amount = QSpinBox(parent)
        self.amount.setObjectName(f"retention_{category.value}_amount")
        self.amount.setRange(LEGAL_MINIMUM_YEARS.get(category, 1), MAX_AMOUNT[Unit.MONTHS])
        self.unit = QComboBox(parent)
        self.unit.setObjectName(f"retention_{category.value}_unit")
        units = (Unit.YEARS,) if category in LEGAL_MINIMUM_YEARS else (Unit.MONTHS, Unit.YEARS)
        for unit in units:
            self.unit.addItem(_t(UNIT_LABELS[unit]), unit.value)
        self.unit.currentIndexChanged.connect(lambda _i: self._limit())
        self.start = QLabel(_t(START_LABELS[category]), parent)
        self.start.setWordWrap(True)
        self.default = QLabel(parent)
        self.default.setObjectName(f"retention_{category.value}_default")

    def _limit(self) -> None:
        unit = Unit(self.unit.currentData())
        self.amount.setMaximum(MAX_AMOUNT[unit])

    def show(self, rule: RetentionRule, default: RetentionRule) -> None:
        self.enabled.setChecked(rule.enabled)
        self.unit.setCurrentIndex(max(0, self.unit.findData(rule.unit.value)))
        self._limit()
        self.amount.setValue(rule.amount)
        self.default.setText(f"{default.amount} {_t(UNIT_LABELS[default.unit])}")

    def rule(self) -> RetentionRule:
        return RetentionRule(
            self.category,
            self.amount.value(),
            Unit(self.unit.currentData()),
            self.enabled.isChecked(),
        )

    def set_editable(self, editable: bool) -> None:
        for widget in (self.enabled, self.amount, self.unit):
            widget.setEnabled(editable)


class RetentionTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editable = services.user.can(Permission.MANAGE_SETTINGS)
        intro = QLabel(
            self.tr(
                "How long each kind of record is kept. When the time is up, the record is listed "
                "under “Due for erasure”, where the main user reviews it before anything is "
                "erased. Untick a category to keep its records until you decide otherwise. "
                "Orders and invoices are kept at least as long as the Accounting Act requires."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        headers = (
            self.tr("Records"),
            self.tr("Kept for"),
            "",
            self.tr("Counted"),
            self.tr("Default"),
        )
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, column)
        self.rows: dict[Category, RuleRow] = {}
        for number, category in enumerate(Category, start=1):
            row = RuleRow(category, self)
            row.set_editable(self.editable)
            self.rows[category] = row
            grid.addWidget(row.enabled_row, number, 0)
            grid.addWidget(row.amount, number, 1)
            grid.addWidget(row.unit, number, 2)
            grid.addWidget(row.start, number, 3)
            grid.addWidget(row.default, number, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 1)
        note = QLabel(
            self.tr(
                "The defaults are the periods your register description names (for example "
                "“chats: 3 months”); where it names none, Kirjuri suggests one."
            )
        )
        note.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Use the defaults"))
        self.reset_button.setObjectName("retentionDefaults")
        self.reset_button.clicked.connect(self.use_defaults)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save retention rules"))
        self.save_button.setObjectName("saveRetention")
        self.save_button.clicked.connect(self.save)
        for button in (self.reset_button, self.revert_button, self.save_button):
            button.setVisible(self.editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._loaded: dict[Category, RetentionRule] = {}
        self._defaults: dict[Category, RetentionRule] = {}

    def values(self) -> dict[Category, RetentionRule]:
        return {category: row.rule() for category, row in self.rows.items()}

    def refresh(self) -> None:
        def loaded(
            result: tuple[dict[Category, RetentionRule], dict[Category, RetentionRule]],
        ) -> None:
            rules, defaults = result
            self._defaults = defaults
            self._show(rules)
            self._loaded = self.values()

        run_op(
            parent=self,
            work=lambda: (self.services.retention.rules(), self.services.retention.defaults()),
            on_success=loaded,
        )

    def _show(self, rules: dict[Category, RetentionRule]) -> None:
        for category, row in self.rows.items():
            row.show(rules[category], self._defaults.get(category, rules[category]))

    def use_defaults(self) -> None:
        self._show(
            {
                c: replace(rule, enabled=self.rows[c].enabled.isChecked())
                for c, rule in self._defaults.items()
            }
        )

    def has_unsaved_changes(self) -> bool:
        return self.editable and bool(self._loaded) and self.values() != self._loaded

    def discard(self) -> None:
        self.refresh()

    def save(self) -> bool:
        saved = False

        def done(rules: dict[Category, RetentionRule]) -> None:
            nonlocal saved
            saved = True
            self._show(rules)
            self._loaded = self.values()

        run_op(
            parent=self,
            work=lambda: self.services.retention.save_rules(self.values()),
            on_success=done,
        )
        return saved
