"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page shows itself on `refresh()` and may hold edits that are not saved yet."""

    def refresh(self) -> None:
        """Reload what the page shows; called each time it becomes visible."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits. Returns False if they could not be saved (the page says why)."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits."""


class ComingPage(Page):
    """A page that a later version fills. It says so plainly instead of showing empty controls."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        body = QLabel(text)
        body.setObjectName("comingText")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
