"""Start-up: arguments → paths → logging → error hook → QApplication → exec."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def run_gui(db: Path | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.app import KirjuriApp
    from desktop.logs import configure_logging
    from desktop.paths import Paths
    from desktop.ui import i18n
    from desktop.ui.dialogs.crash import install_excepthook
    from desktop.ui.preferences import Preferences

    paths = Paths.default(db)
    configure_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kirjuri")
    app.setApplicationDisplayName("Kirjuri")
    app.setQuitOnLastWindowClosed(True)
    preferences = Preferences(paths.settings_file)
    language = i18n.choose_language(lang or preferences.language)
    if not i18n.install(language):
        log.warning("translation for %s not found; showing source texts", language)
    install_excepthook()
    kirjuri = KirjuriApp(paths, preferences)
    if not kirjuri.start():
        return 0
    try:
        return app.exec()
    finally:
        kirjuri.shutdown()


if __name__ == "__main__":
    from desktop.cli import main

    raise SystemExit(main())
