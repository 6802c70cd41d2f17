"""Editor → Contact history: the latest contacts first, a page at a time; add and delete."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.core.customer_fields import CHANNEL_LABELS, Channel
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.contact_history import ContactEventRow
from desktop.ui.customers.labels import combo_of, label
from desktop.ui.customers.tables import (
    RecordTab,
    buttons_above_table,
    fill_table,
    make_table,
    selected_key,
)
from desktop.ui.i18n import format_datetime
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.widgets.dates import datetime_of
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog

PAGE = 100


class ContactHistoryTab(RecordTab):
    load_at_opening = True  # the first page is part of opening a customer

    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.events: list[ContactEventRow] = []
        self.total = 0
        can_edit = services.user.can(Permission.EDIT_CUSTOMERS)
        self.table = make_table(
            "contactEvents",
            [self.tr("When"), self.tr("How"), self.tr("What about"), self.tr("Handled by")],
            stretch=2,
        )
        self.shown = QLabel()
        self.shown.setObjectName("contactsShown")
        self.more_button = QPushButton(self.tr("Show older"))
        self.more_button.setObjectName("olderContacts")
        self.more_button.clicked.connect(self.load_more)
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.add_button.setObjectName("addContact")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteContact")
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.delete_button):
            button.setVisible(can_edit)
        buttons_above_table(
            self, [self.add_button, self.delete_button], self.table, [self.shown, self.more_button]
        )

    def load(self) -> None:
        customer_id, history = self.customer_id, self.services.contact_history
        run_op(
            parent=self,
            work=lambda: (history.page(customer_id, 0, PAGE), history.count(customer_id)),
            on_success=lambda result: self._show(result[0], result[1], replace=True),
        )

    def load_more(self) -> None:
        customer_id, offset = self.customer_id, len(self.events)
        run_op(
            parent=self,
            work=lambda: self.services.contact_history.page(customer_id, offset, PAGE),
            on_success=lambda rows: self._show(rows, self.total, replace=False),
        )

    def _show(self, rows: list[ContactEventRow], total: int, *, replace: bool) -> None:
        self.events = list(rows) if replace else [*self.events, *rows]
        self.total = total

        fill_table(
            self.table,
            [
                [
                    format_datetime(event.occurred_at),
                    label(CHANNEL_LABELS, event.channel),
                    event.summary.replace("\n", " "),
                    event.handled_by,
                ]
                for event in self.events
            ],
            [event.id for event in self.events],
        )
        for row, event in enumerate(self.events):
            item = self.table.item(row, 2)
            if item is not None:
                item.setToolTip(event.summary)
        self.shown.setText(
            self.tr("{shown} of {total}").format(shown=len(self.events), total=total)
        )
        self.shown.setVisible(total > len(self.events))
        self.more_button.setVisible(total > len(self.events))

    def add(self) -> None:
        dialog = ContactDialog(self.services, self.customer_id, self)
        if dialog.exec():
            self.load()

    def delete(self) -> None:
        event_id = selected_key(self.table)
        if event_id is None:
            return
        if confirm(self, self.tr("Delete the selected contact?"), self.tr("Delete")):
            run_op(
                parent=self,
                work=lambda: self.services.contact_history.delete(event_id),
                on_success=lambda _r: self.load(),
            )


class ContactDialog(QDialog):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Add contact"))
        self.services = services
        self.customer_id = customer_id
        self.occurred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setObjectName("occurredAt")
        self.occurred_at.setDisplayFormat("d.M.yyyy HH.mm")
        self.occurred_at.setCalendarPopup(True)
        self.channel: QComboBox = combo_of(CHANNEL_LABELS, "channel")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.handled_by = QLineEdit(services.user.full_name)
        self.handled_by.setObjectName("handledBy")
        self.form = CheckedForm()
        self.form.add_field("occurred_at", self.tr("When"), self.occurred_at)
        self.form.add_field("channel", self.tr("How"), self.channel)
        self.form.add_field("summary", self.tr("What about"), self.summary)
        self.form.add_field("handled_by", self.tr("Handled by"), self.handled_by)
        lay_out_form_dialog(self, self.form, self.save)
        self.setMinimumWidth(480)

    def save(self) -> None:
        occurred_at = datetime_of(self.occurred_at)
        channel = Channel(self.channel.currentData())
        summary, handled_by = self.summary.toPlainText(), self.handled_by.text()
        run_op(
            parent=self,
            work=lambda: self.services.contact_history.add(
                self.customer_id,
                occurred_at=occurred_at,
                channel=channel,
                summary=summary,
                handled_by=handled_by,
            ),
            on_success=lambda _r: self.accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )
