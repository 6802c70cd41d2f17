"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page shows itself on `refresh()` and may hold edits that are not saved yet."""

    def refresh(self) -> None:
        """Reload what the page shows; called each time it becomes visible."""

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        """Another workstation changed rows of these tables ("customers", "requests"): a page
        showing them reloads what is on screen (desktop.ui.live_updates)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits. Returns False if they could not be saved (the page says why)."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits."""
