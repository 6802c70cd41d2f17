"""Request → Handling → Rectification → Record a supplementary statement (GDPR Art. 16).

The refusal letter offers the person to complete the data with a statement of their own. When it
comes, it is typed (or copied) here with the day it arrived and the data it concerns; it is kept
with the customer, shown in the customer editor and printed in every access reply."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.ui.ops import run_op
from desktop.ui.requests.small_dialogs import RECTIFIABLE_FIELDS, field_label
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog


class StatementDialog(QDialog):
    """`refused`: the fields whose rectification this request refused, offered first."""

    def __init__(
        self,
        services: Services,
        request_id: int,
        refused: tuple[str, ...] = (),
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setWindowTitle(self.tr("Record a supplementary statement"))
        self.services = services
        self.request_id = request_id
        self.today = today or date.today()
        intro = QLabel(
            self.tr(
                "The person may complete data they hold incomplete or wrong with a statement of "
                "their own (GDPR Art. 16). It is kept with the customer, shown with their data "
                "and included in every access reply. Write it as the person gave it."
            )
        )
        intro.setWordWrap(True)
        self.field = QComboBox()
        self.field.setObjectName("statementField")
        self.field.addItem(self.tr("The data in general"), "")
        for name in dict.fromkeys((*refused, *RECTIFIABLE_FIELDS)):
            self.field.addItem(field_label(name), name)
        if refused:
            self.field.setCurrentIndex(1)  # the refused field first: the usual case
        self.received = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.received.setObjectName("statementReceived")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("d.M.yyyy")
        self.text = QPlainTextEdit()
        self.text.setObjectName("statementText")
        self.text.setTabChangesFocus(True)
        self.form = CheckedForm()
        self.form.add_field("field", self.tr("Concerns"), self.field)
        self.form.add_field("received_on", self.tr("Received on"), self.received)
        self.form.add_field("statement", self.tr("Statement"), self.text)
        lay_out_form_dialog(self, self.form, self.save)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # made by lay_out_form_dialog
            layout.insertWidget(0, intro)
        self.setMinimumWidth(520)

    def received_on(self) -> date:
        picked = self.received.date()
        return date(picked.year(), picked.month(), picked.day())

    def save(self) -> None:
        text, field, received = (
            self.text.toPlainText(),
            str(self.field.currentData()),
            self.received_on(),
        )
        today = self.today
        run_op(
            parent=self,
            work=lambda: self.services.rights.record_supplementary_statement(
                self.request_id, text, field=field, received_on=received, today=today
            ),
            on_success=lambda _row: self.accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )
