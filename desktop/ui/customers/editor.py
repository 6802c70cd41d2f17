"""The customer editor: the record's form tabs, its consents, contacts, orders and attachments,
and its restriction of processing.

Save (Ctrl+S) writes the form tabs and keeps the dialog open; the other tabs save each change by
themselves. A failed save leaves everything as typed and shows each problem at its field.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_form import CustomerForm
from desktop.core.edit_conflict import keep_editing
from desktop.core.roles import Permission
from desktop.core.settings import CUSTOM_FIELDS, IDENTITY_CODE_ENABLED
from desktop.errors import ServerUnreachable, UserError
from desktop.services.container import Services
from desktop.services.customers.duplicates import DuplicateHit
from desktop.services.customers.records import CustomerChangedMeanwhile, CustomerDetail
from desktop.services.statement.handouts import HandoutRow
from desktop.ui.customers.conflict import RELOAD, ConflictDialog, field_label
from desktop.ui.customers.form_tabs import ContactTab, PersonTab, RelationshipTab
from desktop.ui.customers.record_tabs import record_tabs
from desktop.ui.customers.restriction import RestrictDialog, RestrictionBanner
from desktop.ui.customers.statement_handout import HandoutDialog, handout_text
from desktop.ui.customers.statements import StatementsNote
from desktop.ui.customers.tables import RecordTab
from desktop.ui.documents.extract import show_customer_extract
from desktop.ui.i18n import error_text
from desktop.ui.messages import confirm
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import show_problem
from desktop.ui.widgets.screen import fit_to_screen, scrolled

RETRY_MS = 5000  # a save refused for a lost server connection is tried again after this


class CustomerEditor(QDialog):
    """`detail` is None for a new customer. `saved` carries the customer's id after each save."""

    saved = Signal(int)

    def __init__(
        self, services: Services, detail: CustomerDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditor")
        self.services = services
        self.detail = detail
        self.open_instead: int | None = None  # a duplicate the user chose to open instead
        self.can_edit = services.user.can(Permission.EDIT_CUSTOMERS)

        top = self._top_row()
        self.banner = RestrictionBanner()
        self.statements = StatementsNote()
        self.tabs = self._form_tabs()
        self.new_note = QLabel(
            self.tr(
                "Consents, contact history, orders and attachments can be added once the "
                "customer is saved."
            )
        )
        self.new_note.setWordWrap(True)
        bottom = self._bottom_row()
        body = QWidget()
        body.setObjectName("customerBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.statement_label)
        column.addWidget(self.banner)
        column.addWidget(self.statements)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.new_note)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)  # Save and Close below, always on the screen
        layout.addLayout(bottom)
        fit_to_screen(self, 860, 640)

        for tab in (self.person, self.contact, self.relationship):
            tab.set_read_only(not self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self._show_detail()
        self.saved_form = self.read_form()
        # After a lost connection to the server the save is tried again (see _problem).
        self.retry_ms = RETRY_MS
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._retry_save)
        if self.can_edit:  # Ctrl+N, then type: the cursor waits in the first field
            self.person.edits["first_name"].setFocus()

    # --- building ------------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        """The customer's name and what can be done for the person as a whole."""
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        # A long name wraps rather than widening the editor past a small screen.
        self.heading.setWordWrap(True)
        self.restrict_button = QPushButton(self.tr("Restrict processing…"))
        self.restrict_button.setObjectName("restrictProcessing")
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_button = QPushButton(self.tr("Lift restriction"))
        self.lift_button.setObjectName("liftRestriction")
        self.lift_button.clicked.connect(self.lift_restriction)
        self.extract_button = QPushButton(self.tr("Print data extract…"))
        self.extract_button.setObjectName("printExtract")
        self.extract_button.setToolTip(
            self.tr("Everything the register holds on this customer, as a PDF to print or save.")
        )
        self.extract_button.clicked.connect(self.print_extract)
        self.statement_button = QPushButton(self.tr("Give privacy statement…"))
        self.statement_button.setObjectName("giveStatement")
        self.statement_button.clicked.connect(self.give_statement)
        self.statement_label = QLabel()
        self.statement_label.setObjectName("statementGiven")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.statement_button)
        top.addWidget(self.extract_button)
        top.addWidget(self.restrict_button)
        top.addWidget(self.lift_button)
        return top

    def _form_tabs(self) -> QTabWidget:
        """The person, contact and relationship tabs; the record tabs follow once saved."""
        custom_fields = self.services.settings.get(CUSTOM_FIELDS)
        self.person = PersonTab(
            custom_fields if isinstance(custom_fields, list) else [],
            identity_codes=bool(self.services.settings.get(IDENTITY_CODE_ENABLED)),
        )
        self.contact = ContactTab()
        for name in ("first_name", "last_name", "organisation"):
            self.person.edits[name].textEdited.connect(self._company_or_person)
        self.relationship = RelationshipTab()
        tabs = QTabWidget()
        tabs.setObjectName("editorTabs")
        # Every tab's name whole: on a small screen the editor scrolls sideways instead.
        tabs.tabBar().setUsesScrollButtons(False)
        tabs.addTab(self.person, self.tr("Person"))
        tabs.addTab(self.contact, self.tr("Contact"))
        tabs.addTab(self.relationship, self.tr("Relationship"))
        self.record_tabs: list[RecordTab] = []
        self._loaded: set[int] = set()
        tabs.currentChanged.connect(self._tab_shown)
        return tabs

    def _company_or_person(self) -> None:
        """An organisation without a person's name is a business customer: its new address
        rows are work addresses."""
        edits = self.person.edits
        person = edits["first_name"].text().strip() or edits["last_name"].text().strip()
        self.contact.set_company(bool(edits["organisation"].text().strip()) and not person)

    def _bottom_row(self) -> QHBoxLayout:
        """When it was saved last, Save (also Ctrl+S) and Close."""
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(buttons)
        return bottom

    # --- showing -------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        detail = self.detail
        form = detail.form if detail else CustomerForm()
        self.person.load(form)
        self.contact.load(form)
        self.relationship.load(form, detail.number if detail else None)
        self._show_header()
        if detail is not None and not self.record_tabs:
            for title, tab in record_tabs(self.services, detail.id):
                self.record_tabs.append(tab)
                self.tabs.addTab(tab, title)
                if tab.load_at_opening:
                    self._load_tab(tab)
            # Wide enough for every tab's name (longer in Finnish and Swedish), so the record
            # does not scroll sideways where the screen has the room. The tab widget does not
            # tell its parent's layout of new tabs by itself before it is shown.
            self.tabs.updateGeometry()
            fit_to_screen(self, self.width(), self.height())
        self.new_note.setVisible(detail is None and self.can_edit)

    def _show_header(self) -> None:
        detail = self.detail
        if detail is None:
            self.heading.setText(self.tr("New customer"))
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.heading.setText(
                self.tr("{name} · customer {number}").format(name=detail.name, number=detail.number)
            )
            self.setWindowTitle(detail.name)
        self.banner.show_for(detail)
        restricted = detail is not None and detail.restricted
        self.restrict_button.setVisible(self.can_edit and detail is not None and not restricted)
        self.lift_button.setVisible(self.can_edit and restricted)
        self.statement_button.setVisible(self.can_edit and detail is not None)
        self.statement_label.setVisible(detail is not None)
        self.extract_button.setVisible(
            detail is not None and self.services.user.can(Permission.PRINT_LETTERS)
        )
        if detail is not None:
            customer_id = detail.id
            run_op(
                parent=self,
                work=lambda: self.services.handouts.for_customer(customer_id),
                on_success=self._show_handouts,
            )
            run_op(
                parent=self,
                work=lambda: self.services.rights.supplementary_statements(customer_id),
                on_success=self.statements.show_rows,
            )

    def _show_handouts(self, rows: list[HandoutRow]) -> None:
        """The latest statement given on the card; every earlier one in the tooltip."""
        self.statement_label.setText(handout_text(rows[0] if rows else None))
        self.statement_label.setToolTip("\n".join(handout_text(row) for row in rows))

    def give_statement(self) -> None:
        if self.detail is None:
            return
        dialog = HandoutDialog(self.services, self.detail.id, self.detail.form.language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_header()

    def print_extract(self) -> None:
        """The access reply's data appendix on its own, in the customer's language."""
        if self.detail is None:
            return
        show_customer_extract(self, self.services, self.detail.id, self.detail.form.language)

    def _tab_shown(self, index: int) -> None:
        self._load_tab(self.tabs.widget(index))

    def _load_tab(self, tab: QWidget | None) -> None:
        """The record tabs read the register the first time they are shown, not at opening."""
        if isinstance(tab, RecordTab) and id(tab) not in self._loaded:
            self._loaded.add(id(tab))
            tab.load()

    def read_form(self) -> CustomerForm:
        stored = self.detail.form if self.detail else CustomerForm()
        # Values of fields no longer defined in the settings are kept as they are.
        custom = {**stored.custom, **self.person.custom_values()}
        return CustomerForm(
            **self.person.values(),
            **self.contact.values(),
            **self.relationship.values(),
            custom={key: value for key, value in custom.items() if value.strip()},
            identity_code=self.person.identity_code_value(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.can_edit and self.read_form() != self.saved_form

    def discard_changes(self) -> None:
        """Forget what was typed since the last save (closing then asks nothing)."""
        self._show_detail()
        self.saved_form = self.read_form()

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.can_edit:
            return
        self.retry_timer.stop()
        form = self.read_form()
        self.show_errors({})
        self.saved_label.clear()
        if self.detail is None:
            run_op(
                parent=self,
                work=lambda: self.services.duplicates.for_form(form),
                on_success=lambda hits: self._create_unless_duplicate(form, hits),
                on_user_error=self._problem,
            )
        else:
            customer_id, opened = self.detail.id, self.detail
            run_op(
                parent=self,
                work=lambda: self.services.customers.update(customer_id, form, opened=opened),
                on_success=self._saved,
                on_user_error=lambda error: self._save_refused(error, form),
            )

    def _create_unless_duplicate(self, form: CustomerForm, hits: list[DuplicateHit]) -> None:
        if hits:
            answer = ask_about_duplicates(self, hits)
            if answer == "open":
                self.open_instead = hits[0].customer_id
                self.saved_form = form  # the user chose to leave this one unsaved
                self.reject()
                return
            if answer != "create":
                return
        run_op(
            parent=self,
            work=lambda: self.services.customers.create(form),
            on_success=self._saved,
            on_user_error=self._problem,
        )

    def _saved(self, detail: CustomerDetail) -> None:
        self.detail = detail
        self._show_detail()  # the stored form of what was typed: +358 numbers, 1234567-8 ...
        self.saved_form = self.read_form()
        self.saved_label.setText(self.tr("Saved."))
        self.saved.emit(detail.id)

    def _problem(self, error: UserError) -> None:
        if isinstance(error, ServerUnreachable):
            # Said where Saved. is said, the form as typed, and the save tried again soon.
            self.saved_label.setText(error_text(error))
            self.retry_timer.start(self.retry_ms)
            return
        show_problem(error, self, self.show_errors)

    def _retry_save(self) -> None:
        if self.isVisible() and self.has_unsaved_changes():
            self.save()

    def _save_refused(self, error: UserError, typed: CustomerForm) -> None:
        """Someone saved the customer since it was opened: the user decides (see conflict).
        Forms are compared as the editor shows them (040 123 4567, not +358401234567)."""
        if not isinstance(error, CustomerChangedMeanwhile) or error.theirs is None:
            self._problem(error)
            return
        opened, theirs = self.saved_form, error.theirs
        self.detail = theirs
        self._show_detail()
        shown = self.saved_form = self.read_form()  # the customer as stored now
        self._load_form(typed)  # the typing stays in view while the user decides
        dialog = ConflictDialog(error, typed, shown, self)
        dialog.exec()
        if dialog.choice == RELOAD:
            self._load_form(shown)
            self.saved_label.setText(self.tr("Reloaded: the customer as it is saved now."))
            return
        merged = keep_editing(opened, typed, shown)
        self._load_form(merged.form)
        labels = ", ".join(filter(None, map(field_label, merged.both_changed)))
        self.saved_label.setText(
            self.tr("Not saved yet. Their changes are in the form; yours are kept.")
            if not labels
            else self.tr(
                "Not saved yet. You both changed {fields}: yours is shown, check it before saving."
            ).format(fields=labels)
        )

    def _load_form(self, form: CustomerForm) -> None:
        self.person.load(form)
        self.contact.load(form)
        self.relationship.load(form, self.detail.number if self.detail else None)

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each problem beneath its field; the first tab with a problem comes to the front."""
        first: tuple[QWidget, QWidget] | None = None
        for tab in (self.person, self.contact, self.relationship):
            widget = tab.show_errors(problems)
            if widget is not None and first is None:
                first = (tab, widget)
        if first is not None:
            self.tabs.setCurrentWidget(first[0])
            first[1].setFocus()

    # --- restriction ---------------------------------------------------------------------------
    def restrict(self) -> None:
        if self.detail is None:
            return
        dialog = RestrictDialog(self.detail.name, self)
        if dialog.exec():
            customer_id, reason = self.detail.id, dialog.text()
            run_op(
                parent=self,
                work=lambda: self.services.customers.set_restriction(customer_id, reason),
                on_success=self._restriction_changed,
            )

    def lift_restriction(self) -> None:
        if self.detail is None:
            return
        text = self.tr(
            "Lift the restriction of processing for {name}? Their data may then be used again "
            "as before."
        ).format(name=self.detail.name)
        if confirm(self, text, self.tr("Lift restriction")):
            customer_id = self.detail.id
            run_op(
                parent=self,
                work=lambda: self.services.customers.lift_restriction(customer_id),
                on_success=self._restriction_changed,
            )

    def _restriction_changed(self, detail: CustomerDetail) -> None:
        assert self.detail is not None
        # What is typed in the form tabs stays as it is.
        self.detail = replace(detail, form=self.detail.form)
        self._show_header()
        self.saved.emit(detail.id)

    # --- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The changes to this customer are not saved. Save them now?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                if self.has_unsaved_changes():
                    return  # the save failed; the problems are shown
        super().reject()


def ask_about_duplicates(parent: QWidget, hits: list[DuplicateHit]) -> str:
    """Returns "create", "open" or "" (cancel)."""
    lines = [
        QCoreApplication.translate(
            "CustomerEditor", "{name} (customer {number}): {reasons}"
        ).format(
            name=hit.name,
            number=hit.number,
            reasons=", ".join(QCoreApplication.translate("Duplicates", r) for r in hit.reasons),
        )
        for hit in hits
    ]
    box = QMessageBox(parent)
    box.setObjectName("duplicateQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CustomerEditor", "Possible duplicate"))
    box.setText(
        QCoreApplication.translate(
            "CustomerEditor", "This customer may already be in the register:"
        )
    )
    box.setInformativeText("\n".join(lines))
    box.setTextFormat(Qt.TextFormat.PlainText)
    create = box.addButton(
        QCoreApplication.translate("CustomerEditor", "Create anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_existing = box.addButton(
        QCoreApplication.translate("CustomerEditor", "Open existing"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("CustomerEditor", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is create:
        return "create"
    if clicked is open_existing:
        return "open"
    return ""
