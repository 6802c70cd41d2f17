"""On a Swedish or English section whose Finnish text changed after it was translated: the Finnish
text the translation was made from beside the Finnish text now, the words removed struck through
and the words added underlined (marked by more than colour), so the translator sees what to
change instead of reading the whole section again."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.statement_sections import Change, word_changes

STALE_STYLE = "color: #8a5a00;"
REMOVED = "background-color: #ffd7d5; color: #6b0000; text-decoration: line-through;"
ADDED = "background-color: #c8f0c8; color: #0b4a0b; text-decoration: underline;"


def _html(changes: list[Change], hide: str, style: str) -> str:
    """The runs of one side: `hide` is the kind that belongs to the other side."""
    out = []
    for change in changes:
        if change.kind == hide:
            continue
        text = escape(change.text).replace("\n", "<br>")
        out.append(text if change.kind == "equal" else f'<span style="{style}">{text}</span>')
    return "".join(out)


class StaleDiff(QWidget):
    """Hidden while the translation is current. `removed` and `added` hold the changed words."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"stale_{name}")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(STALE_STYLE)
        self.before_title = QLabel(self.tr("Finnish when this was translated"))
        self.after_title = QLabel(self.tr("Finnish now"))
        self.before = self._column(f"staleBefore_{name}")
        self.after = self._column(f"staleAfter_{name}")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, text) in enumerate(
            ((self.before_title, self.before), (self.after_title, self.after))
        ):
            title.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, 0, column)
            grid.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        self.removed: list[str] = []
        self.added: list[str] = []
        self.plain = ("", "")  # the two Finnish texts, as plain text
        self.hide()

    @staticmethod
    def _column(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMinimumWidth(120)  # two columns side by side even in a narrow window
        return label

    def show_change(self, note: str, old: str | None, new: str) -> None:
        """`old` is the Finnish the translation was made from, None where it is not known (saved
        before Kirjuri kept it): then the Finnish text now is shown alone."""
        self.note.setText(note)
        new = new.strip() or "—"
        self.plain = (old.strip() if old is not None else "", new)
        if old is None:
            self.removed, self.added = [], []
            self.before.setText(
                escape(self.tr("Not known: saved before Kirjuri kept the translated text."))
            )
            self.after.setText(escape(new).replace("\n", "<br>"))
        else:
            changes = word_changes(old.strip(), new)
            self.removed = [c.text.strip() for c in changes if c.kind == "removed"]
            self.added = [c.text.strip() for c in changes if c.kind == "added"]
            self.before.setText(_html(changes, "added", REMOVED) or "—")
            self.after.setText(_html(changes, "removed", ADDED))
        self.show()

    def clear(self) -> None:
        self.removed, self.added = [], []
        self.hide()

    def text(self) -> str:
        """The note and both columns as plain text (for reading aloud and for tests)."""
        before = self.plain[0] or self.before.text()
        parts = (self.note.text(), self.before_title.text(), before)
        return "\n".join((*parts, self.after_title.text(), self.plain[1]))
