"""File → My signature…: the title and scanned signature printed in the user's letters.

The picture is read, cut to a sensible size and stored as PNG in the register (encrypted); the
chosen file itself is not kept or copied anywhere."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.letters.service import Signature
from desktop.ui.file_dialogs import FolderKind, open_file_name
from desktop.ui.messages import show_error
from desktop.ui.ops import run_op
from desktop.ui.widgets.form import CheckedForm

MAX_WIDTH = 900


def image_bytes(image: QImage) -> bytes:
    """The picture as PNG, at most MAX_WIDTH wide (a scanner's 600 dpi page is far more)."""
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter, not image.save(buffer, "PNG"): PySide6's stub for save() wants bytes while the
    # binding takes only str; the writer is typed right and writes the same PNG.
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


class SignatureDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(self.tr("My signature"))
        self.services = services
        self.image: bytes | None = None
        intro = QLabel(
            self.tr(
                "Your name, title and scanned signature are printed in the signature block of "
                "the letters you sign. Scan your signature on white paper; a PNG or JPEG picture "
                "is fine."
            )
        )
        intro.setWordWrap(True)
        self.name = QLabel(services.user.full_name)
        self.title = QLineEdit()
        self.title.setObjectName("signatureTitle")
        self.title.setPlaceholderText(self.tr("e.g. Entrepreneur"))
        self.picture = QLabel()
        self.picture.setObjectName("signaturePicture")
        self.picture.setMinimumSize(320, 100)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: white; border: 1px solid #bbb;")
        choose = QPushButton(self.tr("Choose picture…"))
        choose.setObjectName("chooseSignature")
        choose.clicked.connect(self.choose)
        self.remove = QPushButton(self.tr("Remove picture"))
        self.remove.setObjectName("removeSignature")
        self.remove.clicked.connect(lambda: self.set_image(None))
        picture_buttons = QHBoxLayout()
        picture_buttons.addWidget(choose)
        picture_buttons.addWidget(self.remove)
        picture_buttons.addStretch(1)
        self.form = CheckedForm()
        self.form.add_field("name", self.tr("Name"), self.name)
        self.form.add_field("title", self.tr("Title"), self.title)
        self.form.add_field("image", self.tr("Signature"), self.picture)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addLayout(picture_buttons)
        layout.addWidget(buttons)
        run_op(parent=self, work=services.letters.my_signature, on_success=self._show)

    def _show(self, signature: Signature) -> None:
        self.title.setText(signature.title)
        self.set_image(signature.image)

    def set_image(self, image: bytes | None) -> None:
        self.image = image
        self.remove.setEnabled(image is not None)
        if image is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No picture: the letters leave room to sign by hand."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(image)
        self.picture.setPixmap(
            pixmap.scaled(
                320,
                100,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose(self) -> None:
        chosen = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("Choose the signature picture"),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if chosen is not None:
            self.load_file(str(chosen))

    def load_file(self, name: str) -> None:
        image = QImage(name)
        if image.isNull():
            show_error(
                self, self.tr("The file is not a picture Kirjuri can read. Use PNG or JPEG.")
            )
            return
        self.set_image(image_bytes(image))

    def accept(self) -> None:
        title, image = self.title.text(), self.image
        run_op(
            parent=self,
            work=lambda: self.services.letters.save_my_signature(title, image),
            on_success=lambda _s: super(SignatureDialog, self).accept(),
        )
