"""Above the editor: how many sections of each language are untranslated or older than their
Finnish text, the two bulk actions on them, and the choice to print such sections in Finnish."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.register_description import LANGUAGES, PRIMARY, Currency, RegisterDescription
from desktop.ui.statement.fields import LANGUAGE_NAMES


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


class TranslationBar(QWidget):
    mark_checked = Signal()  # every translation of the language(s) concerned read and right
    clear_stale = Signal()  # the out-of-date translations of those languages removed
    fallback_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setObjectName("missingTranslations")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #8a5a00;")
        self.check_button = QPushButton(self.tr("Mark all as checked"))
        self.check_button.setObjectName("markTranslationsChecked")
        self.check_button.setToolTip(
            self.tr(
                "Use this only after reading each translation against the Finnish text: they are "
                "then taken as up to date."
            )
        )
        self.check_button.clicked.connect(self.mark_checked.emit)
        self.clear_button = QPushButton(self.tr("Clear out-of-date translations"))
        self.clear_button.setObjectName("clearStaleTranslations")
        self.clear_button.clicked.connect(self.clear_stale.emit)
        self.fallback = QCheckBox(self.tr("Print such sections in Finnish"))
        self.fallback.setToolTip(
            self.tr(
                "Print sections without an up-to-date translation in Finnish in the Swedish and "
                "English statements (marked as Finnish)"
            )
        )
        self.fallback.setObjectName("finnishFallback")
        self.fallback.toggled.connect(self.fallback_changed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.fallback)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.problems = 0

    def show_status(self, description: RegisterDescription, lang: str, editable: bool) -> None:
        """The counts of every other language; the buttons act on `lang` (both when Finnish)."""
        parts = []
        self.problems = 0
        stale_here = 0
        for other in LANGUAGES[1:]:
            status = description.translation_status(other)
            stale, missing = len(status[Currency.STALE]), len(status[Currency.MISSING])
            self.problems += stale + missing
            if lang in (PRIMARY, other):
                stale_here += stale
            if stale or missing:
                parts.append(
                    self.tr("{language}: {stale} out of date, {missing} untranslated").format(
                        language=_tr(LANGUAGE_NAMES[other]), stale=stale, missing=missing
                    )
                )
        text = ""
        if parts:
            text = self.tr(
                "Out-of-date and untranslated sections are not printed in that language: the "
                "statement is refused, or the section is printed in Finnish if you choose so "
                "below. {list}"
            ).format(list="; ".join(parts) + ".")
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.check_button.setVisible(editable and stale_here > 0)
        self.clear_button.setVisible(editable and stale_here > 0)
        self.fallback.setVisible(bool(text) or self.fallback.isChecked())
        self.fallback.setEnabled(editable)
