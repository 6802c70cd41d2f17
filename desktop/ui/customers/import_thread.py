"""The customer import off the GUI thread: progress, cancelling and the outcome as signals."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QThread, Signal

from desktop.services.container import Services
from desktop.services.customers.importing import ImportPlan


class ImportThread(QThread):
    """Runs CustomerImporter.run; reports progress and the outcome through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, services: Services, plan: ImportPlan, options: dict[str, bool]) -> None:
        super().__init__()
        self.services = services
        self.plan = plan
        self.options = options
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self.services.importer.run(
                self.plan,
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=self.cancel_requested.is_set,
                **self.options,
            )
        except BaseException:  # handed to the GUI thread, never lost
            self.failed.emit(sys.exc_info())
            return
        self.succeeded.emit(result)
