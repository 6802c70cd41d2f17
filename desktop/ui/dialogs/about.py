"""Help → About Kirjuri."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import __version__


class AboutDialog(QDialog):
    def __init__(self, register_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kirjuri"))
        title = QLabel(f"<h2>Kirjuri {__version__}</h2>")
        title.setObjectName("aboutTitle")
        body = QLabel(
            self.tr(
                "Kirjuri keeps a small business's customer register and its data-protection "
                "requests as the EU General Data Protection Regulation and the Finnish Data "
                "Protection Act expect: encrypted, with personal logins and an audit log."
            )
        )
        body.setWordWrap(True)
        where = QLabel(self.tr("Register: {path}").format(path=register_path))
        where.setWordWrap(True)
        versions = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, body, where, versions, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
