"""What the other workstations changed, as it happens (a register on a server).

The listener (desktop.store.notify) hears (table, id) of each committed change to a customer or a
request; the window then reloads what it shows through the other services, with this user's
rights — the notice itself carries no data. A file register has one user: no listener.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.services.access.current_user import CurrentUser
from desktop.store.notify import Callback, ChangeListener
from desktop.store.register import Register


class ChangeFeed:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def available(self) -> bool:
        return self.register.files.server is not None

    def listener(
        self, callback: Callback, on_connected: Callable[[bool], None] | None = None
    ) -> ChangeListener:
        """A listener, not yet started. Only where available(). `on_connected` hears when the
        connection to the server goes and comes back (the window says so)."""
        if self.register.files.server is None:
            raise RuntimeError("a file register has nothing to listen to")
        return ChangeListener(self.register.engine, callback, on_connected=on_connected)
