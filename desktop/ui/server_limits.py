"""What a register on the office server cannot do from a workstation yet, said plainly instead of
failing part-way (issue 18): backups to a file and restoring one are the server's own for now."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.access.workstation import ServerBackupNotAvailable
from desktop.services.container import Services
from desktop.ui.i18n import error_text
from desktop.ui.messages import show_info


def on_server(services: Services) -> bool:
    return services.register_info.files().on_server


def refused_on_server(parent: QWidget, services: Services) -> bool:
    """True (and said) when the register is on the server: no backup file, no restore here."""
    if not on_server(services):
        return False
    show_info(parent, error_text(ServerBackupNotAvailable()))
    return True
