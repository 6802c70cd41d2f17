"""Editor → Disclosures: to whom this customer's data was given, when, what and on what basis.
Art. 19 notices go to these recipients only, and the access reply lists them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.disclosures import BASIS_LABELS, Basis, NewDisclosure, default_language
from desktop.core.register_description import LANGUAGES, Recipient
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.disclosures.log import DisclosureRow
from desktop.ui.customers.tables import RecordTab, buttons_above_table, fill_table, make_table
from desktop.ui.i18n import format_date
from desktop.ui.ops import run_op
from desktop.ui.statement.fields import LANGUAGE_NAMES
from desktop.ui.widgets.form import CheckedForm, lay_out_form_dialog


def basis_text(basis: Basis) -> str:
    return QCoreApplication.translate("Disclosures", BASIS_LABELS[basis])


class DisclosuresTab(RecordTab):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.table = make_table(
            "disclosures",
            [self.tr("Date"), self.tr("Recipient"), self.tr("What"), self.tr("Basis")],
            stretch=2,
        )
        self.add_button = QPushButton(self.tr("Record a disclosure…"))
        self.add_button.setObjectName("addDisclosure")
        self.add_button.clicked.connect(self.add)
        self.add_button.setVisible(services.user.can(Permission.EDIT_CUSTOMERS))
        layout = buttons_above_table(self, [self.add_button], self.table)
        note = QLabel(
            self.tr(
                "Record each time this customer's data is given to someone outside the business. "
                "Notices of a rectification, erasure or restriction (GDPR Art. 19) go to these "
                "recipients only, and the customer's access reply lists them."
            )
        )
        note.setWordWrap(True)
        layout.insertWidget(0, note)

    def load(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.disclosures.for_customer(self.customer_id),
            on_success=self._show,
        )

    def _show(self, rows: list[DisclosureRow]) -> None:
        fill_table(
            self.table,
            [
                [
                    format_date(row.disclosed_on),
                    f"{row.recipient} ({row.country})" if row.country else row.recipient,
                    row.what,
                    basis_text(row.basis),
                ]
                for row in rows
            ],
            [row.id for row in rows],
        )

    def add(self) -> None:
        if DisclosureDialog(self.services, self.customer_id, self).exec():
            self.load()


class DisclosureDialog(QDialog):
    def __init__(self, services: Services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDialog")
        self.setWindowTitle(self.tr("Record a disclosure"))
        self.services = services
        self.customer_id = customer_id
        self.listed: dict[str, Recipient] = {
            r.name: r for r in services.descriptions.current().recipients
        }
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.recipient.setEditable(True)
        self.recipient.addItems(list(self.listed))
        self.recipient.setCurrentText("")
        self.recipient.currentTextChanged.connect(self._recipient_chosen)
        self.country = QLineEdit()
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("for example FI"))
        self.country.textChanged.connect(lambda _text: self._country_changed())
        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang in LANGUAGES:
            self.language.addItem(
                QCoreApplication.translate("Statement", LANGUAGE_NAMES[lang]), lang
            )
        self.disclosed_on = QDateEdit(QDate.currentDate())
        self.disclosed_on.setObjectName("disclosedOn")
        self.disclosed_on.setCalendarPopup(True)
        self.disclosed_on.setDisplayFormat("d.M.yyyy")
        self.what = QLineEdit()
        self.what.setObjectName("what")
        self.what.setPlaceholderText(self.tr("for example name, address and the invoice"))
        self.basis = QComboBox()
        self.basis.setObjectName("basis")
        for basis in Basis:
            self.basis.addItem(basis_text(basis), basis.value)
        self.form = CheckedForm()
        self.form.add_field("recipient", self.tr("Recipient"), self.recipient)
        self.form.add_field("country", self.tr("Country"), self.country)
        self.form.add_field("language", self.tr("Language of notices"), self.language)
        self.form.add_field("disclosed_on", self.tr("Date"), self.disclosed_on)
        self.form.add_field("what", self.tr("What was disclosed"), self.what)
        self.form.add_field("basis", self.tr("Basis"), self.basis)
        lay_out_form_dialog(self, self.form, self.save)
        self.setMinimumWidth(520)

    def _recipient_chosen(self, name: str) -> None:
        listed = self.listed.get(name)
        if listed is not None:
            self.country.setText(listed.country)
            self._country_changed()

    def _country_changed(self) -> None:
        index = self.language.findData(default_language(self.country.text()))
        self.language.setCurrentIndex(max(index, 0))

    def values(self) -> NewDisclosure:
        picked = self.disclosed_on.date()
        return NewDisclosure(
            recipient=self.recipient.currentText(),
            disclosed_on=date(picked.year(), picked.month(), picked.day()),
            what=self.what.text(),
            basis=Basis(self.basis.currentData()),
            country=self.country.text(),
            language=str(self.language.currentData()),
        )

    def save(self) -> None:
        new = self.values()
        run_op(
            parent=self,
            work=lambda: self.services.disclosures.record(self.customer_id, new),
            on_success=lambda _r: self.accept(),
            on_user_error=lambda error: self.form.show_problem(error, self),
        )
