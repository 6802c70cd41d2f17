"""The decision on one right of a request: granted, granted in part, refused or (objection)
continued, with its ground from the law's list (desktop.core.decisions) and the reasons the
letter gives. The choices offered are the table's rows for the right, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.decisions import (
    COMMON_REFUSALS,
    DECISION_LABELS,
    GROUND_LABELS,
    Decision,
    Ground,
    decisions_for,
    grounds_for,
    rule_for,
)
from desktop.core.requests import RequestKind
from desktop.ui.requests.labels import kind_label


def decision_text(decision: Decision) -> str:
    return QCoreApplication.translate("Decisions", DECISION_LABELS[decision])


def ground_text(ground: Ground) -> str:
    return QCoreApplication.translate("Decisions", GROUND_LABELS[ground])


class DecisionDialog(QDialog):
    def __init__(
        self, right: RequestKind, parent: QWidget | None = None, *, whole_request: bool = False
    ) -> None:
        """`whole_request`: every right asked is refused on one ground they all share."""
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.right = right
        self.whole_request = whole_request
        self.setWindowTitle(
            self.tr("Refuse the request")
            if whole_request
            else self.tr("Decision: {right}").format(right=kind_label(right))
        )
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        offered = [Decision.REFUSED] if whole_request else decisions_for(right)
        for decision in offered:
            self.decision.addItem(decision_text(decision), decision.value)
        self.ground = QComboBox()
        self.ground.setObjectName("ground")
        # The law's wording is long (20(1), 21(1)): the box keeps a fixed width so the dialog
        # fits 1280x720 at 125 %; the open list and the tooltip show the whole label.
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground.setMinimumContentsLength(48)
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("reasons")
        self.reasons.setTabChangesFocus(True)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.late_reason = QLineEdit()
        self.late_reason.setObjectName("lateReason")
        self.remedies = QLabel()
        self.remedies.setObjectName("remediesNote")
        self.remedies.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Ground in law"), self.ground)
        form.addRow(self.tr("Reasons (go into the letter)"), self.reasons)
        if right is RequestKind.OBJECTION:
            form.addRow(self.tr("Purpose of the processing"), self.purpose)
        form.addRow(self.tr("Why late (only for a late refusal)"), self.late_reason)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("Record the decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("recordDecision")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remedies)
        layout.addWidget(buttons)
        self.decision.currentIndexChanged.connect(self._fill_grounds)
        self.ground.currentIndexChanged.connect(self._explain)
        self._fill_grounds()

    def chosen_decision(self) -> Decision:
        return Decision(self.decision.currentData())

    def chosen_ground(self) -> Ground:
        data = self.ground.currentData()
        return Ground(data) if data is not None else Ground.NONE

    def choose(self, decision: Decision, ground: Ground = Ground.NONE) -> None:
        self.decision.setCurrentIndex(self.decision.findData(decision.value))
        self.ground.setCurrentIndex(self.ground.findData(ground.value))

    def _fill_grounds(self) -> None:
        self.ground.clear()
        for ground in grounds_for(self.right, self.chosen_decision()):
            if not self.whole_request or ground in COMMON_REFUSALS:
                self.ground.addItem(ground_text(ground), ground.value)
                self.ground.setItemData(
                    self.ground.count() - 1, ground_text(ground), Qt.ItemDataRole.ToolTipRole
                )
        self._explain()

    def _explain(self) -> None:
        self.ground.setToolTip(self.ground.currentText())
        rule = rule_for(self.right, self.chosen_decision(), self.chosen_ground())
        self.remedies.setText(
            self.tr(
                "The letter gives the reasons and tells the person they may complain to the Data "
                "Protection Ombudsman or bring an action in court (Art. 12(4))."
            )
            if rule is not None and rule.remedies
            else ""
        )
