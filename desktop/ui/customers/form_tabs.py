"""The editor's form tabs: the person, how to reach them, and the customer relationship.

Each tab reads its part of a CustomerForm, writes it back, and shows validation problems at the
field they concern ("emails.1.address" beneath the second email address).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_fields import (
    CONTACT_KIND_LABELS,
    LANGUAGE_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    ContactKind,
)
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.identity_code import mask
from desktop.core.validation import EXAMPLE_BUSINESS_ID, phone_for_display, phone_is_landline
from desktop.ui.customers.labels import combo_of, field_label, select_value
from desktop.ui.widgets.form import CheckedForm
from desktop.ui.widgets.repeating_rows import Column, RepeatingRow, RepeatingRows


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    return edit


def _first_error(form: CheckedForm, problems: Mapping[str, str]) -> QWidget | None:
    form.show_errors({k: v for k, v in problems.items() if k in form.fields})
    return next((form.fields[name] for name in form.fields if problems.get(name)), None)


def _set_read_only(widgets: list[QWidget], read_only: bool) -> None:
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)


class PersonTab(QWidget):
    NAMES = (
        "first_name",
        "last_name",
        "title",
        "organisation",
        "organisation_id",
        "municipality",
        "web_address",
    )

    def __init__(
        self,
        custom_fields: list[dict[str, str]] | None = None,
        parent: QWidget | None = None,
        *,
        identity_codes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.edits = {name: _line(name) for name in self.NAMES}
        self.edits["organisation_id"].setPlaceholderText(EXAMPLE_BUSINESS_ID)
        self.edits["web_address"].setPlaceholderText("www.example.fi")
        self.language = combo_of(LANGUAGE_LABELS, "language")
        self.form = CheckedForm(reserve=True)
        for name in self.NAMES[:5]:
            self.form.add_field(name, field_label(name), self.edits[name])
        self.form.add_field("language", field_label("language"), self.language)
        for name in self.NAMES[5:]:
            self.form.add_field(name, field_label(name), self.edits[name])
        # The business's own fields (Administration → Settings), keyed "custom.<key>".
        self.custom: dict[str, QLineEdit] = {}
        for spec in custom_fields or []:
            edit = _line(f"custom_{spec['key']}")
            self.form.add_field(f"custom.{spec['key']}", spec["label"], edit)
            self.custom[spec["key"]] = edit
        # The personal identity code only when the main user keeps them, and never in full:
        # the stored code shows masked; typing replaces it, the checkbox removes it.
        self.identity_code: QLineEdit | None = None
        self.remove_identity_code = QCheckBox(self.tr("Remove the stored identity code"))
        self.remove_identity_code.setObjectName("removeIdentityCode")
        self.remove_identity_code.hide()
        self._stored_identity_code = ""
        if identity_codes:
            self.identity_code = _line("identity_code")
            self.identity_code.setToolTip(
                self.tr("Shown masked. Type a new code to replace the stored one.")
            )
            self.form.add_field(
                "identity_code", self.tr("Personal identity code"), self.identity_code
            )
            self.form.addRow("", self.remove_identity_code)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def load(self, form: CustomerForm) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(form, name))
        select_value(self.language, form.language)
        for key, edit in self.custom.items():
            edit.setText(form.custom.get(key, ""))
        self._stored_identity_code = form.identity_code
        if self.identity_code is not None:
            self.identity_code.clear()
            self.identity_code.setPlaceholderText(
                mask(form.identity_code) or self.tr("not recorded")
            )
            self.remove_identity_code.setChecked(False)
            self.remove_identity_code.setVisible(bool(form.identity_code))

    def identity_code_value(self) -> str:
        """What to save: the typed code, the stored one, or nothing when removal is ticked."""
        if self.identity_code is None:
            return self._stored_identity_code
        if self.remove_identity_code.isChecked():
            return ""
        return self.identity_code.text().strip() or self._stored_identity_code

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values["language"] = self.language.currentData()
        return values

    def custom_values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.custom.items()}

    def show_errors(self, problems: Mapping[str, str]) -> QWidget | None:
        return _first_error(self.form, problems)

    def set_read_only(self, read_only: bool) -> None:
        widgets: list[QWidget] = [*self.edits.values(), self.language, *self.custom.values()]
        if self.identity_code is not None:
            widgets += [self.identity_code, self.remove_identity_code]
        _set_read_only(widgets, read_only)


def _kind_combo(default: ContactKind) -> QComboBox:
    combo = combo_of(CONTACT_KIND_LABELS)
    select_value(combo, default.value)
    return combo


class ContactTab(QScrollArea):
    """Addresses, phone numbers and email addresses. A new row's kind follows what is typed
    until the user picks one: a fixed-line number is a landline, a company's address is work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        remove = self.tr("Remove")
        self.company = False
        self._untouched: set[QComboBox] = set()  # kinds of new rows the user has not picked

        def country() -> QLineEdit:
            edit = QLineEdit("FI")
            edit.setMaxLength(2)
            edit.setMaximumWidth(44)
            return edit

        self.addresses = RepeatingRows(
            "addresses",
            [
                Column("street", self.tr("Street address"), QLineEdit, 4),
                Column("postal_code", self.tr("Postal code"), QLineEdit, 1),
                Column("post_office", self.tr("Post office"), QLineEdit, 2),
                Column("country", self.tr("Country"), country, 0),
                Column("kind", self.tr("Kind"), lambda: _kind_combo(self._address_kind()), 0),
                Column("source", self.tr("Source"), lambda: combo_of(SOURCE_LABELS), 0),
            ],
            add_text=self.tr("Add address"),
            remove_text=remove,
        )
        self.phones = RepeatingRows(
            "phones",
            [
                Column("number", self.tr("Phone number"), QLineEdit, 3),
                Column("kind", self.tr("Kind"), lambda: _kind_combo(ContactKind.MOBILE), 0),
                Column("source", self.tr("Source"), lambda: combo_of(SOURCE_LABELS), 0),
            ],
            add_text=self.tr("Add phone number"),
            remove_text=remove,
        )
        self.emails = RepeatingRows(
            "emails",
            [
                Column("address", self.tr("Email address"), QLineEdit, 3),
                Column("kind", self.tr("Kind"), lambda: _kind_combo(ContactKind.HOME), 0),
                Column("source", self.tr("Source"), lambda: combo_of(SOURCE_LABELS), 0),
            ],
            add_text=self.tr("Add email address"),
            remove_text=remove,
        )
        self.addresses.row_added.connect(self._watch_kind)
        self.phones.row_added.connect(self._watch_phone)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, rows in (
            (self.tr("Addresses"), self.addresses),
            (self.tr("Phone numbers"), self.phones),
            (self.tr("Email addresses"), self.emails),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(rows)
            column.addWidget(group)
        column.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    # --- kinds that follow what is typed ---------------------------------------------------------
    def _address_kind(self) -> ContactKind:
        return ContactKind.WORK if self.company else ContactKind.HOME

    def _watch_kind(self, row: RepeatingRow, new: bool) -> QComboBox:
        combo = row.fields["kind"]
        assert isinstance(combo, QComboBox)
        if new:
            self._untouched.add(combo)
            combo.activated.connect(lambda _i: self._untouched.discard(combo))
            combo.destroyed.connect(lambda _o=None: self._untouched.discard(combo))
        return combo

    def _watch_phone(self, row: RepeatingRow, new: bool) -> None:
        combo = self._watch_kind(row, new)
        number = row.fields["number"]
        assert isinstance(number, QLineEdit)
        number.textEdited.connect(lambda text: self._phone_typed(combo, text))

    def _phone_typed(self, combo: QComboBox, text: str) -> None:
        if combo not in self._untouched:
            return
        landline = phone_is_landline(text)
        if landline is not None:
            kind = ContactKind.LANDLINE if landline else ContactKind.MOBILE
            select_value(combo, kind.value)

    def set_company(self, company: bool) -> None:
        """A business customer (an organisation, no person's name): new addresses are work."""
        if company == self.company:
            return
        self.company = company
        for row in self.addresses.rows:
            combo = row.fields["kind"]
            if isinstance(combo, QComboBox) and combo in self._untouched:
                select_value(combo, self._address_kind().value)

    def load(self, form: CustomerForm) -> None:
        self._untouched.clear()
        self.company = bool(form.organisation) and not (form.first_name or form.last_name)
        self.addresses.set_rows(
            [
                {
                    "street": a.street,
                    "postal_code": a.postal_code,
                    "post_office": a.post_office,
                    "country": a.country,
                    "kind": a.kind,
                    "source": a.source,
                }
                for a in form.addresses
            ]
            or [{}]
        )
        self.phones.set_rows(
            [
                {"number": phone_for_display(p.number), "kind": p.kind, "source": p.source}
                for p in form.phones
            ]
            or [{}]
        )
        self.emails.set_rows(
            [{"address": e.address, "kind": e.kind, "source": e.source} for e in form.emails]
            or [{}]
        )

    def values(self) -> dict[str, Any]:
        return {
            "addresses": tuple(AddressForm(**row) for row in self.addresses.values()),
            "phones": tuple(PhoneForm(**row) for row in self.phones.values()),
            "emails": tuple(EmailForm(**row) for row in self.emails.values()),
        }

    def show_errors(self, problems: Mapping[str, str]) -> QWidget | None:
        first = None
        for rows in (self.addresses, self.phones, self.emails):
            widget = rows.show_errors(problems)
            first = first or widget
        if first is not None:
            self.ensureWidgetVisible(first)
        return first

    def set_read_only(self, read_only: bool) -> None:
        for rows in (self.addresses, self.phones, self.emails):
            rows.set_read_only(read_only)


class RelationshipTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        date_hint = self.tr("d.m.yyyy")
        self.number = QLabel("—")
        self.number.setObjectName("customerNumber")
        self.status = combo_of(STATUS_LABELS, "status")
        self.level = _line("level")
        self.started_on = _line("started_on", date_hint)
        self.ended_on = _line("ended_on", date_hint)
        self.source = combo_of(SOURCE_LABELS, "source")
        self.tags = _line("tags", self.tr("Separate with commas: VIP, Lunch"))
        self.feedback = _text("feedback")
        self.notes = _text("notes")
        self.form = CheckedForm(reserve=True)
        self.form.addRow(self.tr("Customer number"), self.number)
        for name, widget in (
            ("status", self.status),
            ("level", self.level),
            ("started_on", self.started_on),
            ("ended_on", self.ended_on),
            ("source", self.source),
            ("tags", self.tags),
            ("feedback", self.feedback),
            ("notes", self.notes),
        ):
            self.form.add_field(name, field_label(name), widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def load(self, form: CustomerForm, number: int | None) -> None:
        self.number.setText(str(number) if number else self.tr("Given when saved"))
        select_value(self.status, form.status)
        select_value(self.source, form.source)
        self.level.setText(form.level)
        self.started_on.setText(form.started_on)
        self.ended_on.setText(form.ended_on)
        self.tags.setText(", ".join(form.tags))
        self.feedback.setPlainText(form.feedback)
        self.notes.setPlainText(form.notes)

    def values(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "source": self.source.currentData(),
            "level": self.level.text(),
            "started_on": self.started_on.text(),
            "ended_on": self.ended_on.text(),
            "tags": tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            "feedback": self.feedback.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def show_errors(self, problems: Mapping[str, str]) -> QWidget | None:
        return _first_error(self.form, problems)

    def set_read_only(self, read_only: bool) -> None:
        _set_read_only(list(self.form.fields.values()), read_only)
