"""What a register on the office server cannot do from a workstation, said plainly instead of
failing part-way (issue 18): restoring a backup over it (backups themselves are made from any
workstation, store/server_backup.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.access.workstation import ServerRestoreElsewhere
from desktop.services.container import Services
from desktop.ui.i18n import error_text
from desktop.ui.messages import show_info


def on_server(services: Services) -> bool:
    return services.register_info.files().on_server


def refused_on_server(parent: QWidget, services: Services) -> bool:
    """True (and said) when the register is on the server: no restore over it from here."""
    if not on_server(services):
        return False
    show_info(parent, error_text(ServerRestoreElsewhere()))
    return True
