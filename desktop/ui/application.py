"""The running QApplication, typed as one (Qt's QApplication.instance() says QCoreApplication)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication


def widget_application(argv: Sequence[str]) -> QApplication:
    """The QApplication already running (pytest-qt's, the self-test's), or a new one."""
    app = QApplication.instance()
    if app is None:
        return QApplication(list(argv))
    if not isinstance(app, QApplication):  # a CLI command's QCoreApplication: no windows there
        raise RuntimeError("a QCoreApplication is running; windows need a QApplication")
    return app
