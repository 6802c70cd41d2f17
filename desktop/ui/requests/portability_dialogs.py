"""The portability package: whether to encrypt it (and how the password goes), and the password
shown once afterwards, with the separate password letter to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.rights.portability import PasswordDelivery


class PackageDialog(QDialog):
    """Encrypted with the password by letter (the default), by telephone, or not encrypted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portabilityPackageDialog")
        self.setWindowTitle(self.tr("Export the data"))
        intro = QLabel(
            self.tr(
                "The file holds the person's data. A USB stick in the post can be lost: encrypt "
                "the file and give the password apart from the stick. The person opens it with "
                "the free 7-Zip or a similar program; the cover letter tells them how."
            )
        )
        intro.setWordWrap(True)
        self.by_letter = QRadioButton(self.tr("Encrypt; send the password in a separate letter"))
        self.by_letter.setObjectName("passwordByLetter")
        self.by_phone = QRadioButton(self.tr("Encrypt; tell the password by telephone"))
        self.by_phone.setObjectName("passwordByPhone")
        self.plain = QRadioButton(self.tr("Do not encrypt (handed over in person)"))
        self.plain.setObjectName("notEncrypted")
        group = QButtonGroup(self)
        for button in (self.by_letter, self.by_phone, self.plain):
            group.addButton(button)
        self.by_letter.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save the file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("savePackage")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.by_letter, self.by_phone, self.plain):
            layout.addWidget(button)
        layout.addWidget(buttons)

    def delivery(self) -> PasswordDelivery | None:
        if self.by_letter.isChecked():
            return PasswordDelivery.LETTER
        if self.by_phone.isChecked():
            return PasswordDelivery.PHONE
        return None


class PasswordDialog(QDialog):
    """The password, once: it is kept nowhere. By letter, the password letter is printed here."""

    def __init__(
        self,
        file_name: str,
        password: str,
        delivery: PasswordDelivery,
        print_letter: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portabilityPasswordDialog")
        self.setWindowTitle(self.tr("Password of the file"))
        intro = QLabel(self.tr("The password of {name}:").format(name=file_name))
        intro.setWordWrap(True)
        self.password = QLabel(password)
        self.password.setObjectName("password")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.password.setFont(font)
        self.password.setTextInteractionFlags(
            self.password.textInteractionFlags().TextSelectableByMouse
        )
        if delivery is PasswordDelivery.LETTER:
            how = self.tr(
                "Print the password letter now and post it separately from the stick. Kirjuri "
                "does not keep the password: after this window it cannot be shown again."
            )
        else:
            how = self.tr(
                "Tell the password to the person by telephone, after making sure you are "
                "speaking to them. Kirjuri does not keep the password: after this window it "
                "cannot be shown again."
            )
        note = QLabel(how)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(note)
        self.print_button: QPushButton | None = None
        if delivery is PasswordDelivery.LETTER:
            self.print_button = buttons.addButton(
                self.tr("Print the password letter…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.print_button.setObjectName("printPasswordLetter")
            self.print_button.clicked.connect(print_letter)
        layout.addWidget(buttons)
