"""What the window shows about the open register itself: whether it is the demo, where its file
is, and its id (printed on the recovery sheet). Anyone logged in may read it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.roles import Permission
from desktop.services.access.current_user import CurrentUser
from desktop.store.register import Register
from desktop.store.register import RegisterFiles as RegisterFiles  # returned by files()


class RegisterInfoService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def is_demo(self) -> bool:
        self.current.require(Permission.VIEW)
        return self.register.is_demo()

    def register_id(self) -> str:
        self.current.require(Permission.VIEW)
        return self.register.register_id

    def location(self) -> Path:
        """The database file (the about dialog shows it; the recovery sheet names it)."""
        self.current.require(Permission.VIEW)
        return self.register.files.db

    def files(self) -> RegisterFiles:
        """Where the register lives, for the restore wizard that replaces it."""
        self.current.require(Permission.VIEW)
        return self.register.files
