"""Per-computer preferences (language, window size, remember-me policy cache) in an INI file.

Nothing personal goes here: no names, no user names, no secrets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Preferences:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._settings.value("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, code: str | None) -> None:
        self._settings.setValue("ui/language", code or "")
        self._settings.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/geometry", geometry)
        self._settings.sync()

    def remember_allowed(self, register_id: str) -> bool:
        """Cached from the register so the login can decide before anything is unlocked."""
        return (
            str(self._settings.value(f"registers/{register_id}/allow_remember", "true")) == "true"
        )

    def set_remember_allowed(self, register_id: str, allowed: bool) -> None:
        self._settings.setValue(
            f"registers/{register_id}/allow_remember", "true" if allowed else "false"
        )
        self._settings.sync()
