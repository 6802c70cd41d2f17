"""Mark a signed letter as sent: the date it left, how, and a registered letter's tracking
number. The business's proof that the answer left, and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letters import Delivery
from desktop.ui.documents.labels import deliveries
from desktop.ui.ops import run_op
from desktop.ui.widgets.dates import date_of
from desktop.ui.widgets.form import CheckedForm

Submit = Callable[[date, Delivery, str, bool], Any]  # the last: close the request too


class MarkSentDialog(QDialog):
    def __init__(
        self,
        explanation: str,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        may_close: bool = False,
    ) -> None:
        """`may_close`: the letter is the final reply, so sending it closes the request unless
        the user unticks the box (one step instead of sent → answered → closed)."""
        super().__init__(parent)
        self.submit = submit
        self.setObjectName("markSentDialog")
        self.setWindowTitle(self.tr("Mark as sent"))
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("d.M.yyyy")
        self.how = QComboBox()
        self.how.setObjectName("sentHow")
        for how, label in deliveries():
            self.how.addItem(label, how.value)
        self.tracking = QLineEdit()
        self.tracking.setObjectName("trackingNumber")
        self.tracking.setPlaceholderText(self.tr("e.g. JJFI12345678901234"))
        self.form = CheckedForm()
        self.form.add_field("sent_on", self.tr("Sent on"), self.sent_on)
        self.form.add_field("sent_how", self.tr("How"), self.how)
        self.form.add_field("tracking_number", self.tr("Tracking number"), self.tracking)
        self.how.currentIndexChanged.connect(self._how_changed)
        self._how_changed()
        self.close_request = QCheckBox(
            self.tr("This is the final reply: close the request (identity copies are deleted)")
        )
        self.close_request.setObjectName("closeRequestWhenSent")
        self.close_request.setChecked(may_close)
        self.close_request.setVisible(may_close)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Mark as sent"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmSent")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(self.close_request)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Kept open, with the problem at its field, until the service takes it."""
        self.form.clear_errors()
        day, how, tracking = self.day(), self.delivery(), self.tracking_number()
        close = self.close_request.isVisibleTo(self) and self.close_request.isChecked()
        run_op(
            parent=self,
            work=lambda: self.submit(day, how, tracking, close),
            on_success=lambda _row: super(MarkSentDialog, self).accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )

    def _how_changed(self) -> None:
        self.tracking.setEnabled(self.delivery() is Delivery.REGISTERED)

    def delivery(self) -> Delivery:
        return Delivery(self.how.currentData())

    def day(self) -> date:
        return date_of(self.sent_on)

    def tracking_number(self) -> str:
        return self.tracking.text() if self.delivery() is Delivery.REGISTERED else ""
