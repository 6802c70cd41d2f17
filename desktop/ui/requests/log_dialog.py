"""Logging a request as it arrived: who asked (a customer, or a person not in the register), what
for, when and how, in which language to reply, a representative, and the scanned original."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_form import BAD_DATE, parse_date
from desktop.core.deadlines import add_months
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestChannel, RequestKind
from desktop.errors import UserError, ValidationError
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery, CustomerRow
from desktop.services.requests.log import RequestForm, RequestRow
from desktop.ui.file_dialogs import FolderKind, open_file_name
from desktop.ui.i18n import format_date
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.requests.labels import channel_text, kind_label
from desktop.ui.widgets.form import CheckedForm, show_problem
from desktop.ui.widgets.screen import fit_to_screen, scrolled

SEARCH_DELAY_MS = 150
MATCHES_SHOWN = 20
TIME = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*$")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "Enter the time as h.mm, for example 9.30.")
REPLY_LANGUAGES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))  # in their own words


class RequesterPicker(QWidget):
    """A customer found by searching, or the name and address of someone not in the register."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.in_register = QRadioButton(self.tr("A customer in the register"))
        self.in_register.setObjectName("requesterInRegister")
        self.not_in_register = QRadioButton(self.tr("A person not in the register"))
        self.not_in_register.setObjectName("requesterNotInRegister")
        self.in_register.setChecked(True)
        self.search = QLineEdit()
        self.search.setObjectName("requesterSearch")
        self.search.setPlaceholderText(self.tr("Search by name, customer number, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("requesterMatches")
        self.matches.setMaximumHeight(110)
        self.chosen = QLabel()
        self.chosen.setObjectName("requesterChosen")
        self.name = QLineEdit()
        self.name.setObjectName("requesterName")
        self.name.setPlaceholderText(self.tr("Name"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("requesterAddress")
        self.address.setPlaceholderText(self.tr("Postal address"))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(56)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.matches.currentItemChanged.connect(lambda *_a: self._show_choice())
        self.in_register.toggled.connect(lambda _c: self._update())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.in_register)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        layout.addWidget(self.not_in_register)
        layout.addWidget(self.name)
        layout.addWidget(self.address)
        self._update()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        self.matches.clear()
        if not text:
            return
        run_op(
            parent=self,
            work=lambda: self.services.customer_queries.page(
                CustomerQuery(text=text), limit=MATCHES_SHOWN
            ),
            on_success=self._show_matches,
        )

    def _show_matches(self, rows: list[CustomerRow]) -> None:
        self.matches.clear()
        for row in rows:
            place = f" · {row.municipality}" if row.municipality else ""
            item = QListWidgetItem(
                self.tr("{name} · customer {number}").format(name=row.name, number=row.number)
                + place
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if len(rows) == 1:
            self.matches.setCurrentRow(0)

    def _show_choice(self) -> None:
        item = self.matches.currentItem()
        self.chosen.setText(
            self.tr("Chosen: {customer}").format(customer=item.text()) if item else ""
        )

    def _update(self) -> None:
        in_register = self.in_register.isChecked()
        for widget in (self.search, self.matches, self.chosen):
            widget.setEnabled(in_register)
        for field in (self.name, self.address):
            field.setEnabled(not in_register)

    def customer_id(self) -> int | None:
        item = self.matches.currentItem()
        if not self.in_register.isChecked() or item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def values(self) -> tuple[str, str]:
        if self.in_register.isChecked():
            return "", ""
        return self.name.text(), self.address.toPlainText()


class LogRequestDialog(QDialog):
    """After a successful log, `logged` holds the new request's row."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logRequestDialog")
        self.setWindowTitle(self.tr("Log a request"))
        self.services = services
        self.logged: RequestRow | None = None
        self.original_path: Path | None = None

        left = self._request_form()
        right = self._arrival_form()
        self.forms = (right, left)  # the left one last, so its first problem gets the cursor

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = buttons.addButton(
            self.tr("Log the request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.log_button.setObjectName("saveRequest")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        right_column = QVBoxLayout()
        right_column.addLayout(right)
        right_column.addStretch(1)
        columns.addLayout(right_column, 2)
        body = QWidget()
        body.setObjectName("logRequestBody")
        body.setLayout(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)  # the buttons below, always on the screen
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 600)

    # --- building -----------------------------------------------------------------------------
    def _request_form(self) -> CheckedForm:
        """Who asks, for what, in their words."""
        self.requester = RequesterPicker(self.services)
        self.kinds: dict[RequestKind, QCheckBox] = {}
        kinds_box = QWidget()
        kinds_grid = QGridLayout(kinds_box)
        kinds_grid.setContentsMargins(0, 0, 0, 0)
        for index, kind in enumerate(RequestKind):
            box = QCheckBox(kind_label(kind))
            box.setObjectName(f"kind_{kind.value}")
            self.kinds[kind] = box
            kinds_grid.addWidget(box, index, 0)
        self.description = QPlainTextEdit()
        self.description.setObjectName("requestDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What exactly was asked, in their words"))
        self.description.setMaximumHeight(80)
        form = CheckedForm()
        form.add_field("requester_name", self.tr("Requester"), self.requester)
        form.add_field("kinds", self.tr("Asks for"), kinds_box)
        form.add_field("description", self.tr("What was asked"), self.description)
        return form

    def _arrival_form(self) -> CheckedForm:
        """When and how the request came, who acts for the person, the reply's language."""
        self.channel = QComboBox()
        self.channel.setObjectName("requestChannel")
        for channel in RequestChannel:
            self.channel.addItem(channel_text(channel), channel.value)
        self.signed = QCheckBox(self.tr("Written and signed by hand"))
        self.signed.setObjectName("signedByHand")
        self.language = QComboBox()
        self.language.setObjectName("replyLanguage")
        # By default the reply speaks the customer's language (as kept in the register).
        self.language.addItem(self.tr("The customer's language"), "")
        for code, name in REPLY_LANGUAGES:
            self.language.addItem(name, code)
        self.representative = QLineEdit()
        self.representative.setObjectName("representativeName")
        self.representative.setPlaceholderText(self.tr("Only if someone acts for the person"))
        self.authorisation = QLineEdit()
        self.authorisation.setObjectName("representativeAuthorisation")
        self.authorisation.setPlaceholderText(
            self.tr("For example: power of attorney dated 1.11.2026, guardian")
        )
        form = CheckedForm()
        form.add_field("received_at", self.tr("Received"), self._received_row())
        form.add_field("channel", self.tr("Came by"), self.channel)
        form.add_field("signed_by_hand", "", self.signed)
        form.add_field("reply_language", self.tr("Reply in"), self.language)
        form.add_field("representative_name", self.tr("Representative"), self.representative)
        form.add_field("representative_authorisation", self.tr("Authorisation"), self.authorisation)
        form.add_field("original", self.tr("Original"), self._original_row())
        return form

    def _received_row(self) -> QWidget:
        """The day and time received, now to begin with."""
        now = datetime.now()
        self.received_on = QLineEdit(f"{now.day}.{now.month}.{now.year}")
        self.received_on.setObjectName("receivedOn")
        self.received_on.setPlaceholderText(self.tr("d.m.yyyy"))
        self.received_time = QLineEdit(f"{now.hour}.{now.minute:02d}")
        self.received_time.setObjectName("receivedTime")
        self.received_time.setPlaceholderText(self.tr("h.mm"))
        self.received_time.setMaximumWidth(70)
        received = QWidget()
        row = QHBoxLayout(received)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.received_on, 1)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.received_time)
        return received

    def _original_row(self) -> QWidget:
        self.attach_button = QPushButton(self.tr("Attach the scanned original…"))
        self.attach_button.setObjectName("attachOriginal")
        self.attach_button.clicked.connect(self.choose_original)
        self.original_label = QLabel(self.tr("No file attached"))
        self.original_label.setObjectName("originalFile")
        original = QWidget()
        row = QHBoxLayout(original)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attach_button)
        row.addWidget(self.original_label, 1)
        return original

    # --- the original --------------------------------------------------------------------------
    def choose_original(self) -> None:
        chosen = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("The scanned original"),
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        if chosen is not None:
            self.set_original(chosen)

    def set_original(self, path: Path | None) -> None:
        self.original_path = path
        self.original_label.setText(path.name if path else self.tr("No file attached"))

    # --- saving --------------------------------------------------------------------------------
    def read_form(self) -> RequestForm:
        """Raises ValidationError when the date or time received cannot be read."""
        try:
            day = parse_date(self.received_on.text())
        except ValueError:
            day = None
        match = TIME.match(self.received_time.text())
        if day is None:
            raise ValidationError({"received_at": BAD_DATE})
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValidationError({"received_at": BAD_TIME})
        name, address = self.requester.values()
        return RequestForm(
            received_at=datetime(day.year, day.month, day.day, int(match[1]), int(match[2])),
            channel=RequestChannel(self.channel.currentData()),
            kinds=tuple(kind for kind, box in self.kinds.items() if box.isChecked()),
            customer_id=self.requester.customer_id(),
            requester_name=name,
            requester_address=address,
            signed_by_hand=self.signed.isChecked(),
            reply_language=self.language.currentData(),
            representative_name=self.representative.text(),
            representative_authorisation=self.authorisation.text(),
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        self.show_errors({})
        if not self.received_date_confirmed():
            self.received_on.setFocus()
            self.received_on.selectAll()
            return
        run_op(
            parent=self,
            work=lambda: self.services.requests.log(self.read_form()),
            on_success=self._logged,
            on_user_error=self._problem,
        )

    def received_date_confirmed(self, today: date | None = None) -> bool:
        """A date more than a month back is asked about (a typo, or a deadline already gone);
        a date that cannot be read is left to the form's own message."""
        try:
            day = parse_date(self.received_on.text())
        except ValueError:
            return True
        today = today or date.today()
        if day is None or day >= add_months(today, -1):
            return True
        text = self.tr(
            "The request was received on {day}, more than a month ago. Its one-month deadline "
            "may already have passed. Is the date right?"
        )
        return confirm(
            self,
            text.format(day=format_date(day)),
            self.tr("The date is right"),
            no=self.tr("Correct the date"),
        )

    def _logged(self, row: RequestRow) -> None:
        self.logged = row
        path = self.original_path
        if path is not None:
            # The request stays logged even if the file cannot be read; the error says why.
            run_op(
                parent=self,
                work=lambda: self.services.request_attachments.add(row.id, path),
            )
        self.accept()

    def _problem(self, error: UserError) -> None:
        show_problem(error, self, self.show_errors)

    def show_errors(self, problems: dict[str, str]) -> None:
        for form in self.forms:
            form.show_errors(problems)
