"""First start: create the register — the business, its main user and the recovery key."""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from desktop.core.roles import Role
from desktop.core.validation import EXAMPLE_BUSINESS_ID
from desktop.documents.recovery_sheet import RecoverySheet
from desktop.errors import UserError, ValidationError
from desktop.services.access.setup import NewRegister, RegisterFiles, create_new_register
from desktop.services.access.users import NewUser
from desktop.services.demo.fill import DEMO_PASSWORD, DEMO_USERNAME
from desktop.services.register.business import BusinessDetails
from desktop.ui.i18n import error_text, field_texts, ui_language
from desktop.ui.messages import show_error
from desktop.ui.widgets.form import CheckedForm
from desktop.ui.widgets.message import ReservedLabel
from desktop.ui.widgets.privacy_contact import FIELDS as PRIVACY_FIELDS
from desktop.ui.widgets.privacy_contact import PrivacyContactFields
from desktop.ui.widgets.recovery_key_panel import RecoveryKeyPanel


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def suggest_username(full_name: str) -> str:
    """ "Maija Meikäläinen" → "maija": the first name without diacritics, lower case."""
    first = full_name.strip().split(" ")[0] if full_name.strip() else ""
    ascii_name = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_name.lower() if ch.isalnum() or ch in "._-")


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Kirjuri"))
        text = QLabel(
            self.tr(
                "Kirjuri keeps your customer register and your data-protection requests the way "
                "the law expects.\n\n"
                "First we create the register. It is encrypted on this computer: nobody can read "
                "it without a password. You will need:\n"
                "  • your business's name and business ID (Y-tunnus)\n"
                "  • a user name and a password of at least 10 characters for yourself\n"
                "  • a pen and paper, or a printer, for the recovery key."
            )
        )
        text.setWordWrap(True)
        demo_text = QLabel(
            self.tr(
                "Just looking? Try Kirjuri first with a demo register of made-up customers. It is "
                "kept apart from your own register. Its user is {username} and its password "
                "{password}."
            ).format(username=DEMO_USERNAME, password=DEMO_PASSWORD)
        )
        demo_text.setObjectName("demoText")
        demo_text.setWordWrap(True)
        demo_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_button = QPushButton(self.tr("Try Kirjuri with demo data"))
        self.demo_button.setObjectName("tryDemo")
        self.demo_button.clicked.connect(wizard.choose_demo)
        # Enter means "Next" here: the demo and the restore are chosen only by a click or Space.
        self.demo_button.setAutoDefault(False)
        restore_text = QLabel(
            self.tr(
                "Moving to a new computer, or the old one broke? Restore the register from a "
                "backup drive instead of creating a new one."
            )
        )
        restore_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.clicked.connect(wizard.choose_restore)
        self.restore_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(demo_text)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(restore_text)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        server_text = QLabel(
            self.tr(
                "Does your office keep the register on its server? Connect this workstation "
                "to it instead."
            )
        )
        server_text.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Office server…"))
        self.server_button.setObjectName("useOfficeServer")
        self.server_button.clicked.connect(wizard.choose_server)
        self.server_button.setAutoDefault(False)
        layout.addWidget(server_text)
        layout.addWidget(self.server_button, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        # The focus on Next, not on the first button of the page (the demo).
        wizard = self.wizard()
        if wizard is not None:
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            QTimer.singleShot(0, next_button.setFocus)


class BusinessPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your business"))
        # In the page, not as the wizard's subtitle: QWizard cuts a subtitle that wraps.
        intro = ReservedLabel(1)
        intro.setText(
            self.tr("The business that keeps the register. It appears on letters and statements.")
        )
        self.form = CheckedForm(reserve=True)
        self.name = self.form.add_field("name", self.tr("Business name"), _line("businessName"))
        self.business_id = self.form.add_field(
            "business_id",
            self.tr("Business ID (Y-tunnus)"),
            _line("businessId", EXAMPLE_BUSINESS_ID),
        )
        self.form.insertRow(0, intro)
        self.street = self.form.add_field("street", self.tr("Street address"), _line("street"))
        self.postal_code = self.form.add_field(
            "postal_code", self.tr("Postal code"), _line("postalCode", "00100")
        )
        self.post_office = self.form.add_field(
            "post_office", self.tr("Post office"), _line("postOffice")
        )
        self.phone = self.form.add_field("phone", self.tr("Phone"), _line("phone", "040 123 4567"))
        self.email = self.form.add_field(
            "email", self.tr("Email"), _line("email", "info@example.fi")
        )
        self.setLayout(self.form)

    def details(self) -> BusinessDetails:
        return BusinessDetails(
            name=self.name.text(),
            business_id=self.business_id.text(),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            post_office=self.post_office.text(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        from desktop.services.register.business import check_business

        try:
            check_business(self.details())
        except ValidationError as exc:
            self.form.show_errors(field_texts(exc))
            return False
        self.form.clear_errors()
        return True


class PrivacyPage(QWizardPage):
    """Who answers data-protection questions and whether the business has a web site: the
    template privacy statement names them instead of guessing."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Data protection"))
        intro = ReservedLabel(2)
        intro.setText(
            self.tr(
                "The privacy statement names a contact person and describes the cookies of your "
                "web site. All of these can be left empty and changed later in Administration."
            )
        )
        self.form = CheckedForm(reserve=True)
        self.form.addRow(intro)
        self.fields = PrivacyContactFields(self.form, self)
        self.setLayout(self.form)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        from desktop.services.register.business import check_business

        wizard = self.wizard()
        details = wizard.business_details() if isinstance(wizard, SetupWizard) else None
        if details is None:
            return True
        try:
            check_business(details)
        except ValidationError as exc:
            self.form.show_errors(field_texts(exc))
            return False
        self.form.clear_errors()
        return True


class MainUserPage(QWizardPage):
    """Creating the register happens when this page is accepted (a commit page)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("You, the main user"))
        intro = ReservedLabel(1)  # in the page: QWizard cuts a subtitle that wraps
        intro.setText(
            self.tr(
                "The main user may do everything, including adding other users. Everyone who uses "
                "Kirjuri gets their own user name and password later."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the register"))
        self.form = CheckedForm(reserve=True)
        self.form.addRow(intro)
        self.full_name = self.form.add_field("full_name", self.tr("Your name"), _line("fullName"))
        self.title_edit = self.form.add_field(
            "title", self.tr("Title"), _line("title", self.tr("for example Entrepreneur"))
        )
        self.username = self.form.add_field("username", self.tr("User name"), _line("username"))
        self.password = self.form.add_field("password", self.tr("Password"), _line("password"))
        self.repeat = self.form.add_field(
            "repeat", self.tr("Password again"), _line("repeatPassword")
        )
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        hint = ReservedLabel(1)  # wrapped, and never cut to fewer lines than it needs
        hint.setText(
            self.tr(
                "Choose a password of at least 10 characters. A short sentence is easy to remember "
                "and hard to guess."
            )
        )
        self.form.addRow(hint)
        self.setLayout(self.form)
        self._username_touched = False
        self.username.textEdited.connect(lambda _t: setattr(self, "_username_touched", True))
        self.full_name.textChanged.connect(self._suggest)

    def _suggest(self, full_name: str) -> None:
        if not self._username_touched:
            self.username.setText(suggest_username(full_name))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.password.text() != self.repeat.text():
            self.form.show_errors({"repeat": self.tr("The passwords do not match.")})
            return False
        return self._wizard.create_register()


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("This is shown only once. Write it down or print it now."))
        self.panel = RecoveryKeyPanel()
        self.key_label = self.panel.key_label
        self.confirm = self.panel.confirm
        self.print_button = self.panel.print_button
        self.save_button = self.panel.save_button
        self.registerField("recoveryKeyWritten*", self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    @property
    def sheet(self) -> RecoverySheet | None:
        return self.panel.sheet

    def show_key(self, recovery_key: str, sheet: RecoverySheet | None = None) -> None:
        self.panel.show_key(recovery_key, sheet)

    def sheet_pdf(self) -> bytes:
        return self.panel.sheet_pdf()


class SetupWizard(QWizard):
    """`created` holds the new register, its main user and their key once the wizard is done.

    `restored` is True when a backup was restored instead: the app then shows the login.
    `wants_demo` is True when the user chose to try the demo register instead (the wizard is then
    accepted without creating anything); the app opens the demo register.
    """

    def __init__(self, files: RegisterFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.created: NewRegister | None = None
        self.wants_demo = False
        self.wants_server = False  # the office server instead: the app asks for its address
        self.restored = False
        self.setWindowTitle(self.tr("Create the register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome = WelcomePage(self)
        self.business = BusinessPage()
        self.privacy = PrivacyPage()
        self.main_user = MainUserPage(self)
        self.recovery = RecoveryKeyPage()
        for page in (self.welcome, self.business, self.privacy, self.main_user, self.recovery):
            self.addPage(page)
        self.setMinimumSize(640, 520)
        # Each page as tall as its wrapped texts need at the wizard's width.
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._fit_page))

    def _fit_page(self) -> None:
        """QWizard sizes its pages by their minimum size, which leaves word wrap out: grow the
        wizard by what the page's wrapped texts need beyond it."""
        if not isValid(self):  # queued, and the wizard closed meanwhile
            return
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        missing = layout.totalHeightForWidth(page.width()) - page.height()
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    def business_details(self) -> BusinessDetails:
        """The business page and the data-protection page together."""
        return self.privacy.fields.apply(self.business.details())

    def choose_restore(self) -> None:
        """A backup becomes the register; the app then shows the login."""
        from desktop.ui.backup.restore_wizard import RestoreWizard

        restore = RestoreWizard(self.files, parent=self)
        restore.exec()
        if restore.result_ is not None:
            self.restored = True
            self.done(QDialog.DialogCode.Accepted)

    def choose_server(self) -> None:
        self.wants_server = True
        self.done(QDialog.DialogCode.Rejected)

    def choose_demo(self) -> None:
        self.wants_demo = True
        self.done(QDialog.DialogCode.Accepted)

    def create_register(self) -> bool:
        page = self.main_user
        admin = NewUser(
            username=page.username.text(),
            full_name=page.full_name.text(),
            role=Role.ADMIN,
            title=page.title_edit.text(),
        )
        try:
            self.created = create_new_register(
                self.files, self.business_details(), admin, page.password.text()
            )
        except ValidationError as exc:
            texts = field_texts(exc)
            page.form.show_errors(
                {k.removeprefix("admin."): v for k, v in texts.items() if k.startswith("admin.")}
            )
            business = {
                k.removeprefix("business."): v
                for k, v in texts.items()
                if k.startswith("business.")
            }
            if business:
                privacy = {k: v for k, v in business.items() if k in PRIVACY_FIELDS}
                self.business.form.show_errors(
                    {k: v for k, v in business.items() if k not in privacy}
                )
                self.privacy.form.show_errors(privacy)
            return False
        except UserError as exc:
            show_error(self, error_text(exc))
            return False
        page.form.clear_errors()
        sheet = RecoverySheet(
            business=self.business.details().name.strip(),
            register=self.files.db.name,
            register_id=self.created.register_id,
            key=self.created.recovery_key,
            made_on=date.today(),
            lang=ui_language(),
        )
        self.recovery.show_key(self.created.recovery_key, sheet)
        return True
