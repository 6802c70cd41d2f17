"""The small dialogs of request handling: a reason, a read-only text, consent kinds, rectification."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.customer_fields import CONSENT_LABELS, ConsentKind
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.customers.labels import FIELD_LABELS
from desktop.ui.widgets.form import CheckedForm

# The fields a rectification may change, as the customer editor names them.
RECTIFIABLE_FIELDS = (
    "first_name",
    "last_name",
    "title",
    "organisation",
    "municipality",
    "web_address",
    "notes",
    "emails.0.address",
    "phones.0.number",
    "addresses.0.street",
    "addresses.0.postal_code",
    "addresses.0.post_office",
)
# The first email, phone and address: what people ask to have corrected in practice.
CONTACT_FIELD_LABELS = {
    "emails.0.address": QT_TRANSLATE_NOOP("RectifyDialog", "Email address"),
    "phones.0.number": QT_TRANSLATE_NOOP("RectifyDialog", "Phone number"),
    "addresses.0.street": QT_TRANSLATE_NOOP("RectifyDialog", "Street address"),
    "addresses.0.postal_code": QT_TRANSLATE_NOOP("RectifyDialog", "Postal code"),
    "addresses.0.post_office": QT_TRANSLATE_NOOP("RectifyDialog", "Post office"),
}


def field_label(name: str) -> str:
    if name in CONTACT_FIELD_LABELS:
        return QCoreApplication.translate("RectifyDialog", CONTACT_FIELD_LABELS[name])
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("CustomerFieldNames", source) if source else name


class ReasonDialog(QDialog):
    """Asks for a reason or note. `required`: an empty text is refused at the field."""

    def __init__(
        self,
        title: str,
        intro: str,
        label: str,
        button: str,
        *,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.required = required
        text = QLabel(intro)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.form = CheckedForm()
        self.form.add_field("reason", label, self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmReason")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def check(self) -> None:
        if self.required and not self.text():
            self.form.show_errors({"reason": self.tr("Write the reason.")})
            return
        self.accept()


class TextDialog(QDialog):
    """A read-only text (the data extract) that can be copied."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("extractText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        copy = QPushButton(self.tr("Copy all"))
        copy.setObjectName("copyText")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)


class ConsentKindsDialog(QDialog):
    """Which uses of the data the person objects to or withdraws consent from."""

    def __init__(self, title: str, intro: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentKindsDialog")
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.boxes: dict[ConsentKind, QCheckBox] = {}
        grid = QGridLayout()
        for index, kind in enumerate(ConsentKind):
            box = QCheckBox(QCoreApplication.translate("CustomerFields", CONSENT_LABELS[kind]))
            box.setObjectName(f"consent_{kind.value}")
            self.boxes[kind] = box
            grid.addWidget(box, index // 2, index % 2)
        self.error = QLabel(self.tr("Choose at least one."))
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmKinds")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def kinds(self) -> list[ConsentKind]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def check(self) -> None:
        if not self.kinds():
            self.error.show()
            return
        self.accept()


class RectifyDialog(QDialog):
    """One field and its corrected value; or, with `refuse`, the value asked and why not."""

    def __init__(self, refuse: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refuseRectificationDialog" if refuse else "rectifyDialog")
        self.refuse = refuse
        self.setWindowTitle(
            self.tr("Refuse a rectification") if refuse else self.tr("Rectify the data")
        )
        self.field = QComboBox()
        self.field.setObjectName("rectifyField")
        for name in RECTIFIABLE_FIELDS:
            self.field.addItem(field_label(name), name)
        self.value = QLineEdit()
        self.value.setObjectName("rectifyValue")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("refusalReason")
        self.reason.setTabChangesFocus(True)
        self.form = CheckedForm()
        self.form.add_field("field", self.tr("Field"), self.field)
        self.form.add_field(
            "value", self.tr("Value asked for") if refuse else self.tr("Correct value"), self.value
        )
        if refuse:
            self.form.add_field("reason", self.tr("Why it is not changed"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(
            self.tr("Refuse") if refuse else self.tr("Rectify"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setObjectName("confirmRectification")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def field_name(self) -> str:
        return str(self.field.currentData())

    def check(self) -> None:
        problems = {}
        if self.refuse and not self.reason.toPlainText().strip():
            problems["reason"] = self.tr("Write the reason.")
        if not self.refuse and not self.value.text().strip():
            problems["value"] = self.tr("Write the correct value.")
        self.form.show_errors(problems)
        if not problems:
            self.accept()
