"""Administration → Audit log (main user only): the hash-chain check at the top, filters by
user, dates, action and customer, the paged list and a CSV export of what is shown.

The same view, filtered to one customer's "opened" entries, answers "who viewed this customer"
from the customer editor (AuditDialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.container import Services
from desktop.services.register.audit_view import VIEWED, AuditFilter, ChainResult
from desktop.ui.file_dialogs import FolderKind, save_file_name
from desktop.ui.messages import show_info
from desktop.ui.models.audit_model import COLUMNS, AuditModel, action_text
from desktop.ui.ops import run_op
from desktop.ui.widgets.dates import date_of
from desktop.ui.widgets.list_table import list_table

EXPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("AuditView", "When"),
    QT_TRANSLATE_NOOP("AuditView", "Who"),
    QT_TRANSLATE_NOOP("AuditView", "What"),
    QT_TRANSLATE_NOOP("AuditView", "Action code"),
    QT_TRANSLATE_NOOP("AuditView", "Record type"),
    QT_TRANSLATE_NOOP("AuditView", "Record id"),
    QT_TRANSLATE_NOOP("AuditView", "Customer number"),
    QT_TRANSLATE_NOOP("AuditView", "Fields"),
)


class AuditView(QWidget):
    def __init__(
        self, services: Services, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id  # fixed when opened for one customer
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.chain.setFrameShape(QFrame.Shape.StyledPanel)
        self.chain.setMargin(8)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.use_since = QCheckBox(self.tr("From"))
        self.since = self._date_edit("auditSince", QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self.tr("To"))
        self.until = self._date_edit("auditUntil", QDate.currentDate())
        self.customer = QLineEdit()
        self.customer.setObjectName("auditCustomer")
        self.customer.setPlaceholderText(self.tr("Customer number"))
        self.customer.setMaximumWidth(140)
        self.customer.setVisible(customer_id is None)
        self.customer.editingFinished.connect(self.apply)
        self.customer_problem = QLabel()
        self.customer_problem.setObjectName("auditCustomerProblem")
        self.customer_problem.setVisible(False)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.model = AuditModel(services.audit_log)
        self.table = list_table("auditTable", self.model, [len(COLUMNS) - 1])
        self.export_button = QPushButton(self.tr("Export as CSV…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export)
        note = QLabel(
            self.tr("The log names who did what and which fields changed, never the values.")
        )
        note.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.user)
        filters.addWidget(self.action)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addWidget(self.customer)
        filters.addWidget(self.customer_problem)
        filters.addStretch(1)
        filters.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        for box in (self.use_since, self.use_until):
            box.toggled.connect(lambda _c: self.apply())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.apply())
        self._loading = False

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d.M.yyyy")
        return edit

    # --- loading -------------------------------------------------------------------------------
    def refresh(self, action: str | None = None) -> None:
        """Check the chain, fill the choices and show the newest entries."""
        self._loading = True
        viewer = self.services.audit_log
        chosen_user, chosen_action = self.user.currentData(), action or self.action.currentData()
        self.user.clear()
        self.user.addItem(self.tr("All users"), None)
        for choice in viewer.users():
            self.user.addItem(f"{choice.username} ({choice.full_name})", choice.id)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen_user)))
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for code in viewer.actions():
            self.action.addItem(action_text(code), code)
        if chosen_action and self.action.findData(chosen_action) < 0:
            self.action.addItem(action_text(chosen_action), chosen_action)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen_action)))
        self._loading = False
        run_op(parent=self, work=viewer.verify, on_success=self._show_chain)
        self.apply()

    def _show_chain(self, result: ChainResult) -> None:
        if result.ok:
            text = self.tr(
                "The log is intact: all %n entries check out against their hashes.",
                "",
                result.entries,
            )
            style = "background: #e6f4ea; color: #1e4620;"
        else:
            text = self.tr(
                "The log has been changed outside Kirjuri: the chain breaks at entry {entry}. "
                "Entries before it check out ({count}). Keep the backups and find out who had "
                "access to the register file."
            ).format(entry=result.first_broken_id, count=result.entries)
            style = "background: #fce8e6; color: #8c1d18; font-weight: bold;"
        self.chain.setText(text)
        self.chain.setStyleSheet(style)
        self.chain.setProperty("chainOk", result.ok)

    def current_filter(self) -> AuditFilter | None:
        """The filter as chosen; None while the customer number is not one we know."""
        customer_id = self.customer_id
        typed = self.customer.text().strip()
        self.customer_problem.setVisible(False)
        if customer_id is None and typed:
            number = int(typed) if typed.isdigit() else -1
            customer_id = self.services.audit_log.customer_id_of(number) if number > 0 else None
            if customer_id is None:
                self.customer_problem.setText(self.tr("No customer has this number."))
                self.customer_problem.setVisible(True)
                return None
        return AuditFilter(
            user_id=self.user.currentData(),
            since=date_of(self.since) if self.use_since.isChecked() else None,
            until=date_of(self.until) if self.use_until.isChecked() else None,
            action=self.action.currentData(),
            customer_id=customer_id,
        )

    def apply(self) -> None:
        if self._loading:
            return
        where = self.current_filter()
        if where is None:
            return

        def shown(count: int) -> None:
            self.model.set_filter(where)
            self.count.setText(self.tr("%n entries", "", count))

        run_op(parent=self, work=lambda: self.services.audit_log.count(where), on_success=shown)

    # --- export --------------------------------------------------------------------------------
    def export(self, target: Path | None = None) -> None:
        where = self.current_filter()
        if where is None:
            return
        if target is None:
            chosen = save_file_name(
                self,
                FolderKind.EXPORTS,
                self.tr("Export the audit log"),
                self.tr("audit-log.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if chosen is None:
                return
            target = chosen
        headers = [QCoreApplication.translate("AuditView", text) for text in EXPORT_COLUMNS]
        run_op(
            parent=self,
            work=lambda: self.services.audit_log.export_csv(where, target, headers, action_text),
            on_success=lambda count: show_info(
                self, self.tr("%n entries were written to {path}.", "", count).format(path=target)
            ),
        )


class AuditDialog(QDialog):
    """ "Who viewed this customer": the audit view for one customer, opened entries first."""

    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who has viewed this customer"))
        self.resize(820, 480)
        self.view = AuditView(services, customer_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.view.refresh(action=VIEWED)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
