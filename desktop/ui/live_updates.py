"""Lists and the dashboard follow the other workstations' changes (register on a server).

desktop.store.notify's listener thread hears each committed change as (table, id); here the
changes of a moment are gathered (a save touches several rows) and the page on screen is told
which tables changed, once. The page reloads what it shows — the current page of the list, the
dashboard's counts — never the whole table. Pages not on screen read afresh when shown anyway.
A file register has one user: there is nothing to listen to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.container import Services

GATHER_MS = 300  # changes within this long after the first are told together


class LiveUpdates(QObject):
    tables_changed = Signal(object)  # frozenset[str]: "customers", "requests"
    connected = Signal(bool)  # the connection to the server went (False) or came back
    _arrived = Signal(str, str)  # from the listener's thread; queued into the GUI thread
    _connection = Signal(bool)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._tell)
        self._arrived.connect(self._gather)
        self._connection.connect(self.connected.emit)
        self.listener = services.changes.listener(self._arrived.emit, self._connection.emit)

    @classmethod
    def for_services(cls, services: Services, parent: QObject) -> LiveUpdates | None:
        """Started and listening, or None on a file register (nothing to follow)."""
        if not services.changes.available():
            return None
        live = cls(services, parent)
        live.listener.start()
        return live

    def stop(self) -> None:
        self._timer.stop()
        self.listener.stop()

    def _gather(self, table: str, _row_id: str) -> None:
        self._tables.add(table)
        if not self._timer.isActive():
            self._timer.start()

    def _tell(self) -> None:
        tables, self._tables = frozenset(self._tables), set()
        if tables:
            self.tables_changed.emit(tables)
