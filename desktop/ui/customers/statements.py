"""The customer's supplementary statements (GDPR Art. 16) across the top of the editor: the
person holds some of the data incomplete or wrong and has said so; whoever uses the data sees
their words beside it (the refusal letter promised that).

One line per statement, cut with "…" at the editor's width, the whole texts in the tooltip: a
wrapping label would make the editor's page taller than a 1366×768 screen and scroll it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.services.rights.statements import StatementRow
from desktop.ui.i18n import format_date
from desktop.ui.requests.small_dialogs import field_label

NOTE_STYLE = (
    "QLabel#supplementaryStatements { background: #e8f1fb; color: #0b2e50;"
    " border: 1px solid #7fa7d0; border-radius: 4px; padding: 6px 10px; }"
)
MOST_LINES = 3  # statements shown on the card; the rest are counted and in the tooltip
PADDING = 2 * 10 + 2 * 1 + 4  # the style's horizontal padding and border, and a little air


class StatementsNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplementaryStatements")
        self.setStyleSheet(NOTE_STYLE)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # As wide as the editor gives, never wider: the lines are cut to fit instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.lines: list[str] = []
        self.hide()

    def show_rows(self, rows: list[StatementRow]) -> None:
        lines, whole = [], []
        for row in rows:
            concerns = field_label(row.field) if row.field else self.tr("the data in general")
            line = self.tr("{date}, on {field}: “{text}” (request {diary})")
            values = {
                "date": format_date(row.received_on),
                "field": concerns,
                "diary": row.evidence,
            }
            lines.append(line.format(text=" ".join(row.statement.split()), **values))
            whole.append(line.format(text=row.statement.strip(), **values))
        shown = lines[:MOST_LINES]
        if len(lines) > MOST_LINES:
            shown.append(
                self.tr(
                    "… and %n more (hold the pointer here to read them all)",
                    "",
                    len(lines) - MOST_LINES,
                )
            )
        self.lines = [self.tr("Supplementary statement by the customer (GDPR Art. 16):"), *shown]
        self.setToolTip("\n\n".join(whole))
        self._cut()
        self.setVisible(bool(rows))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._cut()

    def _cut(self) -> None:
        width = max(self.width() - PADDING, 40)
        metrics = self.fontMetrics()
        text = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in self.lines
        )
        if text != self.text():
            self.setText(text)
