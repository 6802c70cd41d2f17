""" "Give privacy statement…": the statement printed or saved for the customer, and a record of
which version they got, when and how (Art. 13/14: the business can show it informed them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.handouts import HANDOUT_LABELS, HandoutMethod
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES
from desktop.errors import UserError, ValidationError
from desktop.services.container import Services
from desktop.services.statement.handouts import HandoutRow
from desktop.ui.i18n import error_text, field_texts, format_date, ui_language
from desktop.ui.ops import run_op
from desktop.ui.printing import print_pdf, save_pdf
from desktop.ui.statement.fields import LANGUAGE_NAMES
from desktop.ui.widgets.form import ERROR_STYLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


def handout_text(row: HandoutRow | None) -> str:
    """ "Privacy statement: version 3 (Finnish), handed over 24.11.2026" for the customer's card."""
    if row is None:
        return _tr(QT_TRANSLATE_NOOP("Statement", "Privacy statement: not given yet"))
    version = (
        str(row.description_version)
        if row.description_version
        else _tr(QT_TRANSLATE_NOOP("Statement", "template"))
    )
    return _tr(
        QT_TRANSLATE_NOOP(
            "Statement", "Privacy statement: version {version} ({language}), {how} {date}"
        )
    ).format(
        version=version,
        language=_tr(LANGUAGE_NAMES.get(row.language, row.language)),
        how=_tr(HANDOUT_LABELS[row.method]).lower(),
        date=format_date(row.given_on),
    )


class HandoutDialog(QDialog):
    """Choose the day, the way and the language; then print, save or only record."""

    def __init__(
        self, services: Services, customer_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Give privacy statement"))
        self.services = services
        self.customer_id = customer_id
        self.recorded: HandoutRow | None = None
        saved = services.descriptions.saved()
        self.version = saved.version
        if saved.version:
            about = self.tr("The customer gets version {version}, last updated {date}.").format(
                version=saved.version, date=format_date(saved.updated_on)
            )
        else:
            about = self.tr(
                "The register description has not been saved yet: the customer gets the template."
            )
        intro = QLabel(about)
        intro.setWordWrap(True)

        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setObjectName("handoutDate")
        self.given_on.setDisplayFormat("d.M.yyyy")
        self.given_on.setCalendarPopup(True)
        self.given_on.setMaximumDate(QDate.currentDate())
        self.methods = QButtonGroup(self)
        method_box = QWidget()
        method_column = QVBoxLayout(method_box)
        method_column.setContentsMargins(0, 0, 0, 0)
        for index, method in enumerate(HandoutMethod):
            radio = QRadioButton(_tr(HANDOUT_LABELS[method]))
            radio.setObjectName(f"handout_{method.value}")
            radio.setChecked(index == 0)
            self.methods.addButton(radio, index)
            method_column.addWidget(radio)
        self.language = QComboBox()
        self.language.setObjectName("handoutLanguage")
        for lang in LANGUAGES:
            self.language.addItem(_tr(LANGUAGE_NAMES[lang]), lang)
        wanted = language if language in LANGUAGES else ui_language()
        self.language.setCurrentIndex(self.language.findData(wanted))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.given_on)
        form.addRow(self.tr("How"), method_box)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(
            self.tr("Print and record…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("handoutPrint")
        self.save_button = buttons.addButton(
            self.tr("Save PDF and record…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("handoutSave")
        self.record_button = buttons.addButton(
            self.tr("Record only"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("handoutRecord")
        self.print_button.clicked.connect(lambda: self._give("print"))
        self.save_button.clicked.connect(lambda: self._give("save"))
        self.record_button.clicked.connect(lambda: self._give("record"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @property
    def method(self) -> HandoutMethod:
        return list(HandoutMethod)[self.methods.checkedId()]

    def _give(self, how: str) -> None:
        lang = str(self.language.currentData())
        pdf = b""
        if how != "record":
            try:
                pdf = self.services.descriptions.statement(lang, "pdf", self.version or None)
            except UserError as error:  # that language's statement is not up to date
                self.error.setText(error_text(error))
                self.error.show()
                return
            title = self.tr("Privacy statement")
            done = (
                print_pdf(self, pdf, title)
                if how == "print"
                else save_pdf(self, pdf, self.tr("privacy-statement.pdf")) is not None
            )
            if not done:
                return  # nothing was given, so nothing is recorded
        day = self.given_on.date()
        given_on = date(day.year(), day.month(), day.day())

        def refused(error: Exception) -> None:
            texts = field_texts(error) if isinstance(error, ValidationError) else {}
            self.error.setText("\n".join(texts.values()) or str(error))
            self.error.show()

        def work() -> HandoutRow:
            row = self.services.handouts.record(
                self.customer_id,
                given_on=given_on,
                method=self.method,
                language=lang,
                version=self.version or 0,
            )
            if pdf:  # the statement the customer got, kept as it was printed or saved
                kept_how = "printed" if how == "print" else "saved"
                self.services.published.record(row.description_version, lang, "pdf", pdf, kept_how)
            return row

        run_op(
            parent=self,
            work=work,
            on_success=self._recorded,
            on_user_error=refused,
        )

    def _recorded(self, row: HandoutRow) -> None:
        self.recorded = row
        self.accept()
