"""Per-computer preferences (language, window size, remember-me policy cache) in an INI file.

Nothing personal goes here: no names, no user names, no secrets. The file and its folder are
private all the same (0600/0700): QSettings would write them with the umask's mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.private_files import make_folder, make_private, prepare_file


class Preferences:
    def __init__(self, path: Path) -> None:
        make_folder(path.parent)
        prepare_file(path)
        self._path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _sync(self) -> None:
        """Qt rewrites the file through a new temporary one: tighten what it leaves."""
        self._settings.sync()
        make_private(self._path)

    @property
    def language(self) -> str | None:
        value = self._settings.value("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, code: str | None) -> None:
        self._settings.setValue("ui/language", code or "")
        self._sync()

    def user_language(self, register_id: str, user_id: int) -> str | None:
        """A user's own language (File → Language); by their number, never their name."""
        value = self._settings.value(f"registers/{register_id}/users/{user_id}/language", "")
        return str(value) or None

    def set_user_language(self, register_id: str, user_id: int, code: str) -> None:
        self._settings.setValue(f"registers/{register_id}/users/{user_id}/language", code)
        self._sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/geometry", geometry)
        self._sync()

    def last_folder(self, kind: str) -> str | None:
        """The folder a file dialog of this kind (letters, backups, …) last used."""
        value = self._settings.value(f"folders/{kind}", "")
        return str(value) or None

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._settings.setValue(f"folders/{kind}", folder)
        self._sync()

    def remember_allowed(self, register_id: str) -> bool:
        """Cached from the register so the login can decide before anything is unlocked."""
        return (
            str(self._settings.value(f"registers/{register_id}/allow_remember", "true")) == "true"
        )

    def set_remember_allowed(self, register_id: str, allowed: bool) -> None:
        self._settings.setValue(
            f"registers/{register_id}/allow_remember", "true" if allowed else "false"
        )
        self._sync()

    def last_backup_folder(self) -> Path | None:
        """Where the last backup on this computer went: the restore looks there first."""
        value = str(self._settings.value("backup/last_folder", ""))
        return Path(value) if value else None

    def set_last_backup_folder(self, folder: Path) -> None:
        self._settings.setValue("backup/last_folder", str(folder))
        self._sync()
