"""Opening the demo register chosen in the set-up wizard (desktop.services.demo.opening does the
work); making and filling it the first time takes a moment, so the cursor says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.demo.opening import DEMO_CUSTOMERS, DemoSession, open_demo


def open_demo_register(path: Path, *, customers: int = DEMO_CUSTOMERS) -> DemoSession:
    """Create (or reuse) the demo register at `path`, fill it if empty, and log in as demo."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_demo(path, customers=customers)
    finally:
        QApplication.restoreOverrideCursor()
