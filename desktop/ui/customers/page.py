"""The Customers page: search as you type, filters, the paged list, and what to do with a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.deletion import DeletionPlan
from desktop.services.customers.records import CustomerDetail
from desktop.services.customers.search import CustomerQuery, CustomerRow
from desktop.ui.customers.delete_dialog import DeleteCustomerDialog
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.filters import CustomerFilters
from desktop.ui.customers.merge_dialog import MergeDialog
from desktop.ui.i18n import error_text
from desktop.ui.messages import show_error
from desktop.ui.models.customers_model import CustomersModel
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.list_table import SelectionMode, list_table, select_row

SEARCH_DELAY_MS = 150
STRETCHED_COLUMNS = (1, 2, 3)  # name, organisation, email take the spare width


class CustomersPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editor: CustomerEditor | None = None  # while one is open
        self.labels_dialog: QWidget | None = None
        self.delete_dialog: QWidget | None = None
        can_edit = services.user.can(Permission.EDIT_CUSTOMERS)

        self._build_search()
        self._build_table()
        self._build_actions(can_edit)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filters, 1)
        filter_row.addWidget(self.count_label)
        # Two flows, what acts on the chosen rows on the left and on the whole list on the right:
        # on a small screen the long Finnish and Swedish texts wrap instead of making the page
        # scroll sideways.
        chosen, whole = FlowLayout(), FlowLayout()
        for button in (self.open_button, self.delete_button, self.merge_button):
            chosen.addWidget(button)
        for button in (self.labels_button, self.import_button, self.export_button):
            whole.addWidget(button)
        button_row = QHBoxLayout()
        button_row.addLayout(chosen, 1)
        button_row.addLayout(whole)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row)
        self._update_buttons()

    # --- building ------------------------------------------------------------------------------
    def _build_search(self) -> None:
        """The search field (it searches once typing pauses), the filters and the count."""
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, email, phone, address or customer number")
        )
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.filters = CustomerFilters()
        self.filters.changed.connect(self.apply_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

    def _build_table(self) -> None:
        """The list, sorted in the register by the header clicked."""
        self.model = CustomersModel(self.services.customer_queries)
        self.table = list_table(
            "customerTable",
            self.model,
            STRETCHED_COLUMNS,
            SelectionMode.ExtendedSelection,
            highlight_header=False,
        )
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model sorts in the register
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def _build_actions(self, can_edit: bool) -> None:
        """The buttons and shortcuts; those that change the register only for those who may."""
        self.new_action = self._action(self.tr("New customer"), "Ctrl+N", self.new_customer)
        self.find_action = self._action(
            self.tr("Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.new_button = self._button(self.tr("New customer"), "newCustomer", self.new_customer)
        self.new_button.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.open_button = self._button(self.tr("Open"), "openCustomer", self.open_selected)
        self.delete_button = self._button(self.tr("Delete"), "deleteCustomer", self.delete_selected)
        self.merge_button = self._button(
            self.tr("Merge duplicates…"), "mergeCustomers", self.merge_selected
        )
        self.merge_button.setToolTip(self.tr("Select the two records of the same person first."))
        self.import_button = self._button(self.tr("Import…"), "importCustomers", self.import_file)
        self.export_button = self._button(self.tr("Export…"), "exportCustomers", self.export_file)
        self.labels_button = self._button(
            self.tr("Print labels…"), "printLabels", self.print_labels
        )
        self.labels_button.setToolTip(self.tr("Address labels for the customers listed now"))
        self.labels_button.setVisible(self.services.user.can(Permission.PRINT_LETTERS))
        for widget in (self.new_button, self.merge_button, self.import_button):
            widget.setVisible(can_edit)
        # Deleting keeps to what the law keeps (legal holds, the accounts): the main user's call.
        self.delete_button.setVisible(self.services.user.can(Permission.DELETE_CUSTOMERS))
        self.new_action.setEnabled(can_edit)
        self.export_button.setVisible(self.services.user.can(Permission.EXPORT))

    def _action(
        self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # The whole window while this page shows (a hidden page's shortcuts do not fire): right
        # after a click in the navigation, the focus is there, and Ctrl+F must still find.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- searching -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.filters.set_tags(self.services.customer_queries.tags())
        self.apply_search()

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        """The list's current page again, the selected customer still selected."""
        if "customers" in tables:
            selected = self.selected_rows()
            self.apply_search(keep=selected[0].id if len(selected) == 1 else None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_query(self) -> CustomerQuery:
        """What is typed and chosen now, in the list's current order."""
        return replace(self.filters.apply(self.model.query), text=self.search.text())

    def apply_search(self, keep: int | None = None) -> None:
        """Run the search now (the timer calls this once typing pauses)."""
        self.search_timer.stop()
        query = self.current_query()
        self.model.set_query(query)
        count = self.services.customer_queries.count(query)
        self.count_label.setText(self.tr("%Ln customer(s)", "", count))
        if keep is not None:
            self.select_customer(keep)
        self._update_buttons()

    def select_customer(self, customer_id: int) -> None:
        select_row(self.table, self.model.row_of(customer_id))

    def selected_rows(self) -> list[CustomerRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [row for row in (self.model.row_at(r) for r in rows) if row is not None]

    def _update_buttons(self) -> None:
        count = len(self.selected_rows())
        self.open_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if key == Qt.Key.Key_Delete and self.delete_button.isVisible():
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # --- opening and editing -------------------------------------------------------------------
    def new_customer(self) -> None:
        if self.services.user.can(Permission.EDIT_CUSTOMERS):
            self._edit(None)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_customer(rows[0].id)

    def open_customer(self, customer_id: int) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.customers.get(customer_id),  # records who looked
            on_success=self._edit,
        )

    def _edit(self, detail: CustomerDetail | None) -> None:
        editor = CustomerEditor(self.services, detail, self)
        saved: list[int] = []
        editor.saved.connect(saved.append)
        self.editor = editor  # for tests and screenshots
        editor.exec()
        self.editor = None
        if saved or editor.open_instead is not None:
            self.filters.set_tags(self.services.customer_queries.tags())
            self.apply_search(keep=editor.open_instead or (saved[-1] if saved else None))
        if editor.open_instead is not None:
            self.open_customer(editor.open_instead)

    def delete_selected(self) -> None:
        """First what deleting would do (or why the law does not allow it), then, if the main
        user confirms, the deletion under the same rules."""
        rows = self.selected_rows()
        if len(rows) != 1 or not self.services.user.can(Permission.DELETE_CUSTOMERS):
            return
        customer_id = rows[0].id
        run_op(
            parent=self,
            work=lambda: self.services.customer_deletion.plan(customer_id),
            on_success=self._confirm_delete,
        )

    def _confirm_delete(self, plan: DeletionPlan) -> None:
        refusal = plan.refusal()
        if refusal is not None:
            show_error(self, error_text(refusal), self.tr("Delete customer"))
            return
        dialog = DeleteCustomerDialog(plan, self)
        self.delete_dialog = dialog  # for tests and screenshots
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.delete_dialog = None
        if accepted:
            run_op(
                parent=self,
                work=lambda: self.services.customer_deletion.delete(plan.customer_id),
                on_success=lambda _r: self.refresh(),
            )

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2 or not self.services.user.can(Permission.EDIT_CUSTOMERS):
            return
        dialog = MergeDialog(rows[0], rows[1], self)
        if not dialog.exec():
            return
        keep, remove = dialog.keep_and_remove()
        run_op(
            parent=self,
            work=lambda: self.services.merge.merge(keep_id=keep.id, remove_id=remove.id),
            on_success=lambda detail: self.apply_search(keep=detail.id),
        )

    # --- import and export (their dialogs live in their own modules) ---------------------------
    def import_file(self) -> None:
        from desktop.ui.customers.import_dialog import ImportDialog

        ImportDialog(self.services, self).exec()
        self.refresh()

    def print_labels(self) -> None:
        from desktop.ui.customers.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.services, self.current_query(), self)
        self.labels_dialog = dialog  # for tests and screenshots
        dialog.exec()
        self.labels_dialog = None

    def export_file(self) -> None:
        from desktop.ui.customers.export_dialog import ExportDialog

        ExportDialog(self.services, self.current_query(), self).exec()
