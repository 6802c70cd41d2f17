"""Editor → Consents: what the customer allows now, per kind, and every decision ever recorded.

Entries are never edited: "Change…" records a new decision with its date, source and evidence.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_fields import (
    CONSENT_LABELS,
    CONSENT_STATE_LABELS,
    SOURCE_LABELS,
    ConsentKind,
    ConsentState,
)
from desktop.core.customer_form import BAD_DATE, format_date, parse_date
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.consents import ConsentRow, ConsentStatus, ProhibitionRow
from desktop.ui.customers.labels import combo_of, label
from desktop.ui.customers.tables import RecordTab, fill_table, make_table
from desktop.ui.i18n import format_date as show_date
from desktop.ui.i18n import format_datetime, translate
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog

ALLOWED_STYLE = "color: #1b5e20;"
NOT_ALLOWED_STYLE = "color: #b00020;"


class ConsentsTab(RecordTab):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        can_edit = services.user.can(Permission.EDIT_CUSTOMERS)
        current = QGroupBox(self.tr("Now in force"))
        grid = QGridLayout(current)
        grid.setColumnStretch(0, 1)
        self.states: dict[ConsentKind, QLabel] = {}
        self.allowed: dict[ConsentKind, QLabel] = {}
        self.change_buttons: dict[ConsentKind, QPushButton] = {}
        for row, kind in enumerate(ConsentKind):
            state = QLabel()
            state.setObjectName(f"consentState_{kind.value}")
            allowed = QLabel()
            allowed.setObjectName(f"consentAllowed_{kind.value}")
            change = QPushButton(self.tr("Change…"))
            change.setObjectName(f"changeConsent_{kind.value}")
            change.setVisible(can_edit)
            change.clicked.connect(lambda _c=False, k=kind: self.change(k))
            name = QLabel(label(CONSENT_LABELS, kind))
            name.setWordWrap(True)  # long consent names take two lines, not the dialog's width
            grid.addWidget(name, row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(allowed, row, 2)
            grid.addWidget(change, row, 3)
            self.states[kind], self.allowed[kind] = state, allowed
            self.change_buttons[kind] = change
        self.history = make_table(
            "consentHistory",
            [
                self.tr("Recorded"),
                self.tr("Kind"),
                self.tr("Decision"),
                self.tr("Decided on"),
                self.tr("Source"),
                self.tr("Evidence"),
                self.tr("Recorded by"),
            ],
            stretch=5,
        )
        # Art. 21(1): objections upheld through a request, one purpose each, for good.
        self.prohibited = QLabel()
        self.prohibited.setObjectName("processingProhibitions")
        self.prohibited.setWordWrap(True)
        self.prohibited_box = QGroupBox(self.tr("Processing prohibited (objection upheld)"))
        QVBoxLayout(self.prohibited_box).addWidget(self.prohibited)
        self.prohibited_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(self.prohibited_box)
        layout.addWidget(QLabel(self.tr("History (entries are never changed, only added)")))
        layout.addWidget(self.history, 1)

    def load(self) -> None:
        customer_id = self.customer_id
        consents = self.services.consents
        run_op(
            parent=self,
            work=lambda: (
                consents.current_consents(customer_id),
                consents.history(customer_id),
                consents.prohibitions(customer_id),
            ),
            on_success=lambda result: self._show(*result),
        )

    def _show(
        self,
        statuses: list[ConsentStatus],
        history: list[ConsentRow],
        prohibitions: list[ProhibitionRow] | None = None,
    ) -> None:
        self.prohibited.setText(
            "\n".join(
                self.tr("{purpose}: prohibited since {date} (request {diary})").format(
                    purpose=row.purpose, date=show_date(row.decided_on), diary=row.evidence
                )
                for row in prohibitions or ()
            )
        )
        self.prohibited_box.setVisible(bool(prohibitions))
        for status in statuses:
            state = self.states.get(status.kind)
            if state is None:
                continue
            if status.state is None:
                state.setText(self.tr("Not asked"))
            else:
                state.setText(
                    self.tr("{state} {date}").format(
                        state=label(CONSENT_STATE_LABELS, status.state),
                        date=show_date(status.decided_on),
                    )
                )
            allowed = self.allowed[status.kind]
            allowed.setText(
                self.tr("may be used") if status.allowed else self.tr("may not be used")
            )
            allowed.setStyleSheet(ALLOWED_STYLE if status.allowed else NOT_ALLOWED_STYLE)
        fill_table(
            self.history,
            [
                [
                    format_datetime(row.recorded_at),
                    label(CONSENT_LABELS, row.kind),
                    label(CONSENT_STATE_LABELS, row.state),
                    show_date(row.decided_on),
                    label(SOURCE_LABELS, row.source),
                    row.evidence,
                    row.recorded_by,
                ]
                for row in history
            ],
            [row.id for row in history],
        )

    def change(self, kind: ConsentKind) -> None:
        dialog = ConsentDialog(self.services, self.customer_id, kind, self)
        if dialog.exec():
            self.load()


class ConsentDialog(QDialog):
    """Records one new decision about one kind of processing."""

    def __init__(
        self,
        services: Services,
        customer_id: int,
        kind: ConsentKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.services = services
        self.customer_id = customer_id
        self.kind = kind
        self.setWindowTitle(label(CONSENT_LABELS, kind))
        self.state: QComboBox = combo_of(CONSENT_STATE_LABELS, "consentState")
        self.decided_on = QLineEdit(format_date(date.today()))
        self.decided_on.setObjectName("decidedOn")
        self.decided_on.setPlaceholderText(self.tr("d.m.yyyy"))
        self.source: QComboBox = combo_of(SOURCE_LABELS, "consentSource")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(
            self.tr("For example: signed form in the attachments, phone call 3.2.2026")
        )
        self.form = CheckedForm()
        self.form.add_field("state", self.tr("Decision"), self.state)
        self.form.add_field("decided_on", self.tr("Decided on"), self.decided_on)
        self.form.add_field("source", self.tr("Source"), self.source)
        self.form.add_field("evidence", self.tr("Evidence"), self.evidence)
        lay_out_form_dialog(self, self.form, self.save)
        self.setMinimumWidth(480)

    def save(self) -> None:
        try:
            decided_on = parse_date(self.decided_on.text())
        except ValueError:
            decided_on = None
        if decided_on is None:
            self.form.show_errors({"decided_on": translate("Validation", BAD_DATE)})
            return
        customer_id, kind = self.customer_id, self.kind
        state = ConsentState(self.state.currentData())
        source, evidence = str(self.source.currentData()), self.evidence.text()
        run_op(
            parent=self,
            work=lambda: self.services.consents.record(
                customer_id, kind, state, decided_on=decided_on, source=source, evidence=evidence
            ),
            on_success=lambda _row: self.accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )
