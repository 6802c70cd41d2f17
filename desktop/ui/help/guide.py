"""The user guide window: F1 opens the page for what is on screen, in the window's language.

The pages are plain HTML shipped with the program (resources/guide/fi|sv|en/), so they read
without a network; links between them are relative. tests/ui/test_guide.py checks that every page
exists in the three languages and that every link and anchor resolves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import resource
from desktop.ui.i18n import LANGUAGES, ui_language

# Every page of the guide; each language has all of them.
PAGES = (
    "index",
    "first-steps",
    "customers",
    "requests",
    "rights",
    "documents",
    "statement",
    "administration",
    "backups",
    "lost-computer",
)
HOME = "index"


def guide_folder(language: str) -> Path:
    return resource("guide", language if language in LANGUAGES else "fi")


def page_path(topic: str, language: str) -> Path:
    page, _hash, _anchor = topic.partition("#")
    return guide_folder(language) / f"{page if page in PAGES else HOME}.html"


class GuideWindow(QDialog):
    """One window for the whole program; show_topic() turns it to a page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)  # nothing leaves the program
        self.browser.setOpenLinks(True)
        self.browser.document().setDocumentMargin(14)
        self.back_button = QPushButton()
        self.back_button.setObjectName("guideBack")
        self.back_button.setShortcut(QKeySequence.StandardKey.Back)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("guideForward")
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button = QPushButton()
        self.home_button.setObjectName("guideHome")
        self.home_button.clicked.connect(lambda: self.show_topic(HOME))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(lambda _url: self._title())
        row = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.topic = HOME
        self.language = ui_language()
        self._retranslate()
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 720, 640
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    def show_topic(self, topic: str) -> None:
        """Turn to a page ("rights#erasure"), in the window's language, and bring it up."""
        self.topic = topic
        self.language = ui_language()
        path = page_path(topic, self.language)
        url = QUrl.fromLocalFile(str(path))
        _page, _hash, anchor = topic.partition("#")
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        self._title()
        if self.isVisible():  # already open behind the window: bring it forward
            self.activateWindow()
        else:
            self.show()

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _title(self) -> str:
        title = self.browser.documentTitle() or self.tr("User guide")
        self.setWindowTitle(title)  # Qt adds " — Kirjuri"
        return title

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.forward_button.setText(self.tr("Forward"))
        self.home_button.setText(self.tr("Contents"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.language != ui_language() and self.browser.source().isValid():
                self.show_topic(f"{self.current_page()}")
        super().changeEvent(event)
