"""The checklist's items as text in the user's language, and the warnings shown before a
statement is published (the window's Print and Save buttons, and `kirjuri statement`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.register_description import RegisterDescription
from desktop.core.statement_checklist import WARNING, CheckItem, checklist
from desktop.ui.statement.fields import SECTIONS


def section_labels() -> dict[str, str]:
    """A standard section's key (or a field's name) → the editor's label for it."""
    labels: dict[str, str] = {}
    for name, section, label, _ in SECTIONS:
        text = QCoreApplication.translate("Statement", label)
        for key in (section, name):
            if key:
                labels.setdefault(key, text)
    return labels


def item_text(item: CheckItem, labels: dict[str, str] | None = None) -> str:
    """The item's label with its sections named as the editor names them (own headings as
    written)."""
    labels = section_labels() if labels is None else labels
    params = {name: labels.get(value, value) for name, value in item.params}
    return QCoreApplication.translate("Checklist", item.label).format(**params)


def publishing_warnings(description: RegisterDescription) -> list[str]:
    """What a person should read before the statement goes out; empty when nothing is wrong."""
    labels = section_labels()
    return [item_text(item, labels) for item in checklist(description) if item.state == WARNING]
