"""Editor → Orders: the customer's orders and invoices with euro amounts; add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.customer_form import format_date
from desktop.core.money import format_euros
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.orders import OrderForm, OrderRow
from desktop.ui.customers.tables import (
    RecordTab,
    buttons_above_table,
    fill_table,
    make_table,
    selected_key,
)
from desktop.ui.i18n import format_date as show_date
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog


class OrdersTab(RecordTab):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.orders: dict[int, OrderRow] = {}
        self.can_edit = services.user.can(Permission.EDIT_CUSTOMERS)
        self.table = make_table(
            "orders",
            [
                self.tr("Date"),
                self.tr("Description"),
                self.tr("Amount"),
                self.tr("Invoice"),
                self.tr("Paid"),
                self.tr("Financial period ends"),
            ],
            stretch=1,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Add order…"))
        self.add_button.setObjectName("addOrder")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editOrder")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteOrder")
        self.delete_button.clicked.connect(self.delete)
        buttons = [self.add_button, self.edit_button, self.delete_button]
        for button in buttons:
            button.setVisible(self.can_edit)
        buttons_above_table(self, buttons, self.table)

    def load(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.orders.list(self.customer_id),
            on_success=self._show,
        )

    def _show(self, orders: list[OrderRow]) -> None:
        self.orders = {order.id: order for order in orders}
        fill_table(
            self.table,
            [
                [
                    show_date(order.ordered_on),
                    order.description,
                    format_euros(order.amount_cents),
                    order.invoice_number,
                    self.tr("Yes") if order.paid else self.tr("No"),
                    show_date(order.period_end),
                ]
                for order in orders
            ],
            [order.id for order in orders],
        )
        for row in range(len(orders)):
            item = self.table.item(row, 2)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def add(self) -> None:
        if OrderDialog(self.services, self.customer_id, None, self).exec():
            self.load()

    def edit(self) -> None:
        order = self.orders.get(selected_key(self.table) or 0)
        if (
            order is not None
            and self.can_edit
            and OrderDialog(self.services, self.customer_id, order, self).exec()
        ):
            self.load()

    def delete(self) -> None:
        order = self.orders.get(selected_key(self.table) or 0)
        if order is None:
            return
        text = self.tr("Delete the order of {date} ({amount})?").format(
            date=show_date(order.ordered_on), amount=format_euros(order.amount_cents)
        )
        if confirm(self, text, self.tr("Delete")):
            run_op(
                parent=self,
                work=lambda: self.services.orders.delete(order.id),
                on_success=lambda _r: self.load(),
            )


class OrderDialog(QDialog):
    def __init__(
        self,
        services: Services,
        customer_id: int,
        order: OrderRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self.setWindowTitle(self.tr("New order") if order is None else self.tr("Edit order"))
        self.services = services
        self.customer_id = customer_id
        self.order = order
        date_hint = self.tr("d.m.yyyy")
        self.ordered_on = self._line("orderedOn", date_hint)
        self.description = self._line("description")
        self.amount = self._line("amount", self.tr("for example 12,50"))
        self.invoice_number = self._line("invoiceNumber")
        self.paid = QCheckBox(self.tr("Paid"))
        self.paid.setObjectName("paid")
        self.period_end = self._line("periodEnd", self.tr("empty: 31.12. of the order's year"))
        self.form = CheckedForm()
        self.form.add_field("ordered_on", self.tr("Date"), self.ordered_on)
        self.form.add_field("description", self.tr("Description"), self.description)
        self.form.add_field("amount", self.tr("Amount (€)"), self.amount)
        self.form.add_field("invoice_number", self.tr("Invoice number"), self.invoice_number)
        self.form.add_field("paid", "", self.paid)
        self.form.add_field("period_end", self.tr("Financial period ends"), self.period_end)
        if order is not None:
            self.ordered_on.setText(format_date(order.ordered_on))
            self.description.setText(order.description)
            self.amount.setText(format_euros(order.amount_cents))
            self.invoice_number.setText(order.invoice_number)
            self.paid.setChecked(order.paid)
            self.period_end.setText(format_date(order.period_end))
        lay_out_form_dialog(self, self.form, self.save)
        self.setMinimumWidth(460)

    @staticmethod
    def _line(name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def form_values(self) -> OrderForm:
        return OrderForm(
            ordered_on=self.ordered_on.text(),
            description=self.description.text(),
            amount=self.amount.text(),
            invoice_number=self.invoice_number.text(),
            paid=self.paid.isChecked(),
            period_end=self.period_end.text(),
        )

    def save(self) -> None:
        form = self.form_values()
        orders, order = self.services.orders, self.order
        run_op(
            parent=self,
            work=lambda: (
                orders.add(self.customer_id, form)
                if order is None
                else orders.update(order.id, form)
            ),
            on_success=lambda _r: self.accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )
