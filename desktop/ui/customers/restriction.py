"""Restriction of processing (GDPR Art. 18): the banner in the editor and the reason dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.customers.records import CustomerDetail
from desktop.ui.i18n import format_date
from desktop.ui.widgets.form import CheckedForm

BANNER_STYLE = (
    "QLabel#restrictedBanner { background: #fff4ce; color: #4d3800; border: 1px solid #e0b800;"
    " border-radius: 4px; padding: 8px 10px; font-weight: bold; }"
)


class RestrictionBanner(QLabel):
    """Shown across the top of the editor while the customer's data may only be stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictedBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, detail: CustomerDetail | None) -> None:
        if detail is None or not detail.restricted:
            self.hide()
            return
        text = self.tr("Processing restricted since {date}: {reason}").format(
            date=format_date(detail.restricted_on), reason=detail.restriction_reason
        )
        self.setText(text)
        self.setToolTip(
            self.tr(
                "The data is kept but not used: the customer is left out of mailings and exports."
            )
        )
        self.show()


class RestrictDialog(QDialog):
    """Asks why processing is restricted; the reason is required."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictDialog")
        self.setWindowTitle(self.tr("Restrict processing"))
        intro = QLabel(
            self.tr(
                "The data of {name} is kept but not used for marketing, mailings or exports until "
                "the restriction is lifted."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("restrictionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("For example: the customer disputes the accuracy of the data (request 12/2026)")
        )
        self.form = CheckedForm()
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restrict = buttons.addButton(
            self.tr("Restrict processing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        restrict.setObjectName("confirmRestriction")
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def check(self) -> None:
        if not self.text():
            self.form.show_errors({"reason": self.tr("Write down why processing is restricted.")})
            return
        self.accept()
