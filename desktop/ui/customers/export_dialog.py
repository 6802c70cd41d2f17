"""Exporting the customers the list shows: Kirjuri's CSV or Excel file, vCards, Google or Outlook
CSV for other address books, or "Excel (fi)" for a Finnish office (main user only; audited)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosures import Basis, NewDisclosure
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.customers.exporting import SUFFIXES, Format
from desktop.services.customers.search import CustomerQuery
from desktop.ui.customers.disclosures_tab import basis_text
from desktop.ui.file_dialogs import FolderKind, save_file_name, start_folder
from desktop.ui.i18n import translate
from desktop.ui.ops import run_op
from desktop.ui.widgets.screen import fit_to_screen, scrolled


class ExportDialog(QDialog):
    exported = Signal(int)

    def __init__(
        self, services: Services, query: CustomerQuery, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.query = query
        self.count: int | None = None
        self.setWindowTitle(self.tr("Export customers"))
        body = QWidget()
        body.setObjectName("exportBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "The customers the list shows now are written to a file. The file is not "
                "encrypted: keep it safe and delete it when it is no longer needed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV for Excel (.csv)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("vCard 3.0 for phones and Outlook (.vcf)"), "vcard3")
        self.format.addItem(self.tr("vCard 4.0 (.vcf)"), "vcard4")
        self.format.addItem(self.tr("Google Contacts CSV (.csv)"), "google_csv")
        self.format.addItem(self.tr("Outlook CSV (.csv)"), "outlook_csv")
        self.format.addItem(self.tr("Excel (fi): Finnish headers, one value per cell (.xlsx)"),
                            "excel_fi")  # fmt: skip
        self.format.addItem(self.tr("Excel (fi) as CSV (.csv)"), "excel_fi_csv")
        self.format.currentIndexChanged.connect(self._match_suffix)
        form.addRow(self.tr("Format"), self.format)
        self.include_restricted = QCheckBox(
            self.tr("Include customers whose processing is restricted")
        )
        form.addRow("", self.include_restricted)
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(start_folder(FolderKind.EXPORTS) / self.tr("customers.csv")))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        form.addRow(self.tr("File"), file_row)
        # A file that leaves the business is a disclosure: each exported customer's log gets it.
        self.recipient = QLineEdit()
        self.recipient.setObjectName("exportRecipient")
        self.recipient.setPlaceholderText(
            self.tr("Empty if the file stays with you; otherwise who gets it")
        )
        form.addRow(self.tr("Given to"), self.recipient)
        self.basis = QComboBox()
        self.basis.setObjectName("exportBasis")
        for basis in Basis:
            self.basis.addItem(basis_text(basis), basis.value)
        form.addRow(self.tr("Basis"), self.basis)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(body), 1)  # the buttons below, always on the screen
        outer.addWidget(buttons)
        fit_to_screen(self, 640, 320)
        if not services.user.can(Permission.EXPORT):
            self.export_button.setEnabled(False)
            self.status.setText(self.tr("Only a main user may export customer data."))

    def _fmt(self) -> Format:
        chosen = self.format.currentData()
        return cast(Format, chosen) if chosen in SUFFIXES else "csv"

    def _match_suffix(self) -> None:
        path = Path(self.path_edit.text().strip() or "customers")
        self.path_edit.setText(str(path.with_suffix(SUFFIXES[self._fmt()])))

    def choose_file(self) -> None:
        filters = {
            ".csv": self.tr("CSV files (*.csv)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".vcf": self.tr("Contact cards (*.vcf)"),
        }
        chosen = save_file_name(
            self,
            FolderKind.EXPORTS,
            self.tr("Export to"),
            self.path_edit.text(),
            filters[SUFFIXES[self._fmt()]],
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._match_suffix()

    def export(self, path: Path | None = None) -> None:
        target = path or Path(self.path_edit.text().strip())
        fmt = self._fmt()
        include = self.include_restricted.isChecked()
        recipient = self.recipient.text().strip()
        disclosed_to = (
            NewDisclosure(
                recipient,
                date.today(),
                self.tr("Customer list: names, email addresses, phone numbers and addresses"),
                Basis(self.basis.currentData()),
            )
            if recipient
            else None
        )
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def done(count: int) -> None:
            self.count = count
            self.status.setText(
                self.tr("Exported {count} customers to {path}.").format(count=count, path=target)
            )
            self.exported.emit(count)

        run_op(
            parent=self,
            work=lambda: self.services.exporter.export(
                self.query,
                target,
                fmt=fmt,
                include_restricted=include,
                translate=translate,
                disclosed_to=disclosed_to,
            ),
            on_success=done,
            on_user_error=lambda error: self.status.setText(error.text(translate)),
            on_done=lambda: self.export_button.setEnabled(
                self.services.user.can(Permission.EXPORT)
            ),
            background=True,
        )
