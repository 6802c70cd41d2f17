"""Start-up: arguments → paths → logging → error hook → QApplication → exec."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)
# benchmarks/startup.py: print a marker and leave as soon as the first window is on screen.
BENCH_EXIT_ON_SHOWN = "KIRJURI_BENCH_EXIT_ON_SHOWN"
BENCH_MARKER = "kirjuri-bench: window shown"


def _exit_when_shown(app: object) -> None:
    """Cold-start measurement only: the first top-level window's first paint ends the process."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstWindow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                QTimer.singleShot(0, lambda: _leave(type(watched).__name__))
            return False

    def _leave(name: str) -> None:
        print(f"{BENCH_MARKER} {name}", flush=True)
        os._exit(0)  # no clean-up: the benchmark's register is a throw-away copy

    watcher = FirstWindow(app)  # type: ignore[arg-type]
    app.installEventFilter(watcher)  # type: ignore[attr-defined]


def run_gui(db: Path | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.app import KirjuriApp
    from desktop.logs import configure_logging
    from desktop.paths import Paths
    from desktop.ui import i18n
    from desktop.ui.app_icon import app_icon
    from desktop.ui.dialogs.crash import install_excepthook
    from desktop.ui.preferences import Preferences

    paths = Paths.default(db)
    configure_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kirjuri")
    app.setApplicationDisplayName("Kirjuri")
    app.setDesktopFileName("fi.kirjuri.Kirjuri")  # Wayland/X11 match it to the .desktop file
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    if os.environ.get(BENCH_EXIT_ON_SHOWN):
        _exit_when_shown(app)
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
