"""Administration → Business: the controller's name, business ID and contact details, its
contact person for data protection and its web site."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.core.validation import EXAMPLE_BUSINESS_ID, phone_for_display
from desktop.errors import UserError, ValidationError
from desktop.services.container import Services
from desktop.services.register.business import BusinessDetails
from desktop.ui.i18n import error_text, field_texts
from desktop.ui.messages import show_error
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm
from desktop.ui.widgets.privacy_contact import PrivacyContactFields

FIELDS = ("name", "business_id", "street", "postal_code", "post_office", "phone", "email")


class BusinessTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = CheckedForm()
        labels = {
            "name": self.tr("Business name"),
            "business_id": self.tr("Business ID (Y-tunnus)"),
            "street": self.tr("Street address"),
            "postal_code": self.tr("Postal code"),
            "post_office": self.tr("Post office"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }
        self.edits: dict[str, QLineEdit] = {}
        editable = services.user.can(Permission.MANAGE_SETTINGS)
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"business_{name}")
            edit.setReadOnly(not editable)
            self.edits[name] = self.form.add_field(name, labels[name], edit)
        self.edits["business_id"].setPlaceholderText(EXAMPLE_BUSINESS_ID)
        self.privacy = PrivacyContactFields(self.form, self)
        self.privacy.set_read_only(not editable)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveBusiness")
        self.save_button.setVisible(editable)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._loaded: tuple[dict[str, str], tuple[str, str, str, bool, str]] | None = None

    def _values(self) -> tuple[dict[str, str], tuple[str, str, str, bool, str]]:
        return {name: edit.text() for name, edit in self.edits.items()}, self.privacy.values()

    def refresh(self) -> None:
        details = self.services.business.get()
        for name, edit in self.edits.items():
            value = getattr(details, name)
            edit.setText(phone_for_display(value) if name == "phone" else value)
        self.privacy.show(details)
        self.form.clear_errors()
        self._loaded = self._values()

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self._values() != self._loaded

    def discard(self) -> None:
        self.refresh()

    def save(self) -> bool:
        saved = False

        def done(_result: object) -> None:
            nonlocal saved
            saved = True
            self.refresh()

        def problem(error: UserError) -> None:
            if isinstance(error, ValidationError):
                self.form.show_errors(field_texts(error))
            else:
                show_error(self, error_text(error))

        text = {name: edit.text() for name, edit in self.edits.items()}
        details = self.privacy.apply(
            BusinessDetails(
                name=text["name"],
                business_id=text["business_id"],
                street=text["street"],
                postal_code=text["postal_code"],
                post_office=text["post_office"],
                phone=text["phone"],
                email=text["email"],
            )
        )
        run_op(
            parent=self,
            work=lambda: self.services.business.update(details),
            on_success=done,
            on_user_error=problem,
        )
        return saved
