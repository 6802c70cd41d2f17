"""The business's contact person for data-protection matters and its web site: asked in the
set-up wizard and in Administration → Business. The template privacy statement uses them (the
contact person section, a cookies section only when there is a web site)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from desktop.core.validation import phone_for_display
from desktop.services.register.business import BusinessDetails
from desktop.ui.widgets.form import CheckedForm

FIELDS = ("contact_person", "contact_email", "contact_phone", "website")


class PrivacyContactFields(QObject):
    """Adds the rows to `form`; `values()` gives them as BusinessDetails fields."""

    def __init__(self, form: CheckedForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contact_person = self._line("contactPerson", self.tr("Leave empty if it is you"))
        self.contact_email = self._line("contactEmail", "tietosuoja@example.fi")
        self.contact_phone = self._line("contactPhone", "040 123 4567")
        form.add_field(
            "contact_person", self.tr("Contact person for data protection"), self.contact_person
        )
        form.add_field("contact_email", self.tr("Contact person's email"), self.contact_email)
        form.add_field("contact_phone", self.tr("Contact person's phone"), self.contact_phone)

        row = QWidget()
        row.setObjectName("websiteRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.no_website = QRadioButton(self.tr("No"))
        self.no_website.setObjectName("noWebsite")
        self.has_website = QRadioButton(self.tr("Yes, address:"))
        self.has_website.setObjectName("hasWebsite")
        self.website = self._line("website", "www.example.fi")
        self.buttons = QButtonGroup(row)
        for button in (self.no_website, self.has_website):
            self.buttons.addButton(button)
            line.addWidget(button)
        line.addWidget(self.website, 1)
        self.no_website.setChecked(True)
        self.website.setEnabled(False)
        self.has_website.toggled.connect(self.website.setEnabled)
        form.add_field("website", self.tr("Do you have a web site?"), row)
        self.row = row

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def values(self) -> tuple[str, str, str, bool, str]:
        """What is on screen, to compare with what was loaded."""
        has_site = self.has_website.isChecked()
        return (
            self.contact_person.text(),
            self.contact_email.text(),
            self.contact_phone.text(),
            has_site,
            self.website.text() if has_site else "",
        )

    def apply(self, details: BusinessDetails) -> BusinessDetails:
        """`details` with the rows' values."""
        person, email, phone, has_site, website = self.values()
        return replace(
            details,
            contact_person=person,
            contact_email=email,
            contact_phone=phone,
            has_website=has_site,
            website=website,
        )

    def show(self, details: BusinessDetails) -> None:
        self.contact_person.setText(details.contact_person)
        self.contact_email.setText(details.contact_email)
        phone = details.contact_phone
        self.contact_phone.setText(phone_for_display(phone) if phone else "")
        (self.has_website if details.has_website else self.no_website).setChecked(True)
        self.website.setText(details.website)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.contact_person, self.contact_email, self.contact_phone, self.website):
            edit.setReadOnly(read_only)
        for button in (self.no_website, self.has_website):
            button.setEnabled(not read_only)
