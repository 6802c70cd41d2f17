"""Push buttons inside dialogs and dialog tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def dialog_button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    """A named button that Enter never presses: in a dialog, Enter belongs to its default button
    or to the field being typed in."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAutoDefault(False)
    widget.clicked.connect(slot)
    return widget
