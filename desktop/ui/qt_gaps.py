"""Texts of Qt's own dialogs that Qt's Finnish catalogue (qtbase_fi) leaves in English.

Qt asks the translators newest first: qtbase_<lang> answers what it knows, and Kirjuri's catalogue
(installed before it) answers the rest, from these entries. tests/ui/test_qt_dialogs_language.py
builds the file, print and message dialogs in Finnish and Swedish and fails on any English left.
Nothing imports this module: lupdate reads it.
"""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)
