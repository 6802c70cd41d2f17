"""The application's icon (resources/icons, rendered from kirjuri.svg by tools/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.resources import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size, so each place (title bar, task bar, Alt+Tab) gets a sharp one."""
    icon = QIcon()
    for size in SIZES:
        path = resource("icons", f"kirjuri-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
