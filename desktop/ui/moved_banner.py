"""The notice above every page of a register moved to the office server: the file is kept
read-only, and says where the register now is (the words of the refusal of a change)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.container import Services
from desktop.ui.i18n import error_text

STYLE = """
QLabel#movedBanner { background: #dbe9ff; color: #0b2a55; font-weight: bold; padding: 6px 12px;
                     border-bottom: 1px solid #8fb3e8; }
"""


class MovedBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movedBanner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, services: Services) -> None:
        notice = services.server_move.moved_notice()
        self.setText(error_text(notice) if notice is not None else "")
        self.setVisible(notice is not None)
