"""Languages: Finnish first, Swedish and English. Follows the system locale unless the user chose.

Compiled .qm files are made by `tools/translations.py build` (never committed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.errors import UserError, ValidationError
from desktop.resources import translations_root
from desktop.ui import pseudo

LANGUAGES = ("fi", "sv", "en")
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}  # each in its own language
DEFAULT_LANGUAGE = "fi"
TRANSLATIONS_DIR = translations_root()

_installed: list[QTranslator] = []
_current: list[str] = []


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def choose_language(preferred: str | None) -> str:
    if preferred in LANGUAGES:
        return preferred
    return system_language()


def install(language: str, translations_dir: Path = TRANSLATIONS_DIR) -> bool:
    """Load Kirjuri's and Qt's own translations. Returns whether Kirjuri's file was found.

    With KIRJURI_PSEUDO=1 Kirjuri's texts are also lengthened (desktop/ui/pseudo.py)."""
    app = QCoreApplication.instance()
    assert app is not None
    uninstall()
    QLocale.setDefault(QLocale(language))
    _current[:] = [language]
    found = False
    ours = QTranslator(app)
    if ours.load(str(translations_dir / f"kirjuri_{language}.qm")):
        found = True
    if pseudo.enabled():  # every text lengthened, on top of the language's own
        ours = pseudo.PseudoTranslator(ours if found else None, app)
    if found or pseudo.enabled():
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own (file, print and message dialogs) after Kirjuri's: Qt asks the newest first, so
    # qtbase answers what it knows and Kirjuri's fills its gaps (desktop/ui/qt_gaps.py).
    for qt_dir in qt_translation_dirs():
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}", str(qt_dir)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
            break
    return found


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_fi.qm, …) are: Qt's configured folder, then PySide6's
    own translations folder (a bundle or a venv whose qt.conf points elsewhere)."""
    import PySide6

    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
        Path(PySide6.__file__).resolve().parent / "translations",
    ]
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]


def qt_catalogue_loaded() -> bool:
    """Whether Qt's own catalogue for the current language is on (none exists for English)."""
    return len(_installed) > 1 or current_language() == "en"


def uninstall() -> None:
    """Remove the translators install() put on the application (before it is shut down)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: UserError) -> str:
    return error.text(translate)


def field_texts(error: ValidationError) -> dict[str, str]:
    """Each field's problem in the user's language, placeholders filled."""
    return {
        name: translate("Validation", message).format(**error.params)
        for name, message in error.fields.items()
    }


def format_date(value: object) -> str:
    """d.m.yyyy in Finnish (and Swedish); the locale's short form otherwise."""
    from datetime import date, datetime

    if isinstance(value, datetime | date):
        if QLocale().language() in (QLocale.Language.Finnish, QLocale.Language.Swedish):
            return f"{value.day}.{value.month}.{value.year}"
        return value.strftime("%d/%m/%Y")
    return ""


def format_datetime(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return f"{format_date(value)} {value:%H.%M}"
    return ""


def current_language() -> str | None:
    """The language install() put on now; None before the first install."""
    return _current[0] if _current else None


def ui_language() -> str:
    """ "fi", "sv" or "en": the language the window speaks now (documents default to it)."""
    language = QLocale().language()
    if language == QLocale.Language.Swedish:
        return "sv"
    if language == QLocale.Language.English:
        return "en"
    return "fi"
