"""The editor's top rows: the language being edited, the saved versions, Save, and the buttons
that bring in a statement the business already has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from desktop.core.register_description import LANGUAGES
from desktop.ui.statement.fields import LANGUAGE_NAMES


class TopBar(QObject):
    """The widgets; the page connects them. `rows()` lays them out."""

    def __init__(self, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.setObjectName("statementLanguage")
        for lang in LANGUAGES:
            self.language.addItem(
                QCoreApplication.translate("Statement", LANGUAGE_NAMES[lang]), lang
            )
        self.versions = QComboBox()
        self.versions.setObjectName("descriptionVersions")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveDescription")
        self.save_button.setToolTip(self.tr("Saves a new version (Ctrl+S)"))
        self.save_button.setVisible(editable)
        self.import_button = QPushButton(self.tr("Import a statement…"))
        self.import_button.setObjectName("importStatement")
        self.import_button.setToolTip(
            self.tr("Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt")
        )
        self.paste_button = QPushButton(self.tr("Paste a statement…"))
        self.paste_button.setObjectName("pasteStatement")
        for button in (self.import_button, self.paste_button):
            button.setVisible(editable)

    def rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The language, versions and Save; then the import buttons."""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the texts:")))
        top.addWidget(self.language)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.versions, 1)
        top.addWidget(self.save_button)
        imports = QHBoxLayout()
        imports.addWidget(self.import_button)
        imports.addWidget(self.paste_button)
        imports.addStretch(1)
        return top, imports
