"""The calm dialog for Kirjuri's own bugs, with a report the user can copy for support."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.crash_report import build_report
from desktop.errors import UserError
from desktop.ui.i18n import error_text

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Kirjuri ran into an error it did not expect. Your saved data is safe: what was "
                "being saved when this happened was either saved whole or not at all.\n\n"
                "If this keeps happening, copy the report below and send it to support. It "
                "holds no names or other personal data."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setObjectName("crashReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def show_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: user errors that slipped through get a plain message, bugs the dialog."""
    if isinstance(exc, UserError):
        from desktop.ui.messages import show_error

        show_error(None, error_text(exc))
        return
    report = build_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    CrashDialog(report, QApplication.activeWindow()).exec()


def install_excepthook() -> None:
    sys.excepthook = show_unexpected
