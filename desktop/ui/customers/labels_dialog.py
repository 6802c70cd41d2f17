"""Customers → Print labels…: address labels for the list as filtered now.

Says first how many labels there will be and who is left out and why (a postal direct-marketing
ban, a restriction of processing, no postal address); then prints through the system print
dialog, drawn straight at the printer's resolution, or saves a PDF where the user chooses.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.labels import (
    SHEET_LABELS,
    SHEETS,
    LabelSheet,
    PlacedLabel,
    layout,
    sheet_count,
)
from desktop.resources import resource
from desktop.services.container import Services
from desktop.services.customers.mailing_labels import LabelCounts, LabelRun
from desktop.services.customers.search import CustomerQuery
from desktop.services.saving import save_file
from desktop.ui.file_dialogs import FolderKind, save_file_name
from desktop.ui.messages import show_info
from desktop.ui.ops import run_op

CUSTOM = "custom"


@cache
def label_font_family() -> str:
    """The PDF's font, for the printer too, so both look the same."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "DejaVuSans.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "DejaVu Sans"


def paint_labels(printer: QPrinter, placed: list[PlacedLabel]) -> None:
    """Draw the labels on A4 pages, positions in millimetres from the paper's corner."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    painter = QPainter(printer)
    try:
        per_mm = printer.resolution() / 25.4
        font = QFont(label_font_family())
        page = 0
        for label in placed:
            while label.page > page:
                printer.newPage()
                page += 1
            font.setPointSizeF(label.font_size)
            painter.setFont(font)
            for line in label.lines:
                painter.drawText(QPointF(line.x * per_mm, line.baseline * per_mm), line.text)
    finally:
        painter.end()


class LabelsDialog(QDialog):
    def __init__(
        self, services: Services, query: CustomerQuery, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.query = query
        self.counts: LabelCounts | None = None
        self.setWindowTitle(self.tr("Print address labels"))
        self.setMinimumWidth(560)
        self.summary = QLabel()
        self.summary.setObjectName("labelsSummary")
        self.summary.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setObjectName("labelsLeftOut")
        self.left_out.setWordWrap(True)
        form = self._sheet_form()
        self.custom = self._custom_sheet_box()
        layout_ = QVBoxLayout(self)
        layout_.addWidget(self.summary)
        layout_.addWidget(self.left_out)
        layout_.addLayout(form)
        layout_.addWidget(self.custom)
        layout_.addStretch(1)
        layout_.addLayout(self._button_row())
        self._sheet_changed()
        run_op(parent=self, work=lambda: services.labels.preview(query), on_success=self._counted)

    # --- building ------------------------------------------------------------------------------
    def _sheet_form(self) -> QFormLayout:
        """Which label sheet, and the first label to print on."""
        self.sheet = QComboBox()
        self.sheet.setObjectName("labelSheet")
        for key, text in SHEET_LABELS.items():
            self.sheet.addItem(QCoreApplication.translate("Labels", text), key)
        self.sheet.addItem(self.tr("Own sheet…"), CUSTOM)
        self.sheet.currentIndexChanged.connect(lambda _i: self._sheet_changed())
        self.skip = QSpinBox()
        self.skip.setObjectName("labelStart")
        self.skip.setRange(1, 24)
        self.skip.setToolTip(self.tr("On a sheet already partly used, start at this label."))
        self.skip.valueChanged.connect(lambda _v: self._update_summary())
        form = QFormLayout()
        form.addRow(self.tr("Label sheet"), self.sheet)
        form.addRow(self.tr("Start at label"), self.skip)
        return form

    def _custom_sheet_box(self) -> QGroupBox:
        """The measures of a sheet of one's own, each with its problem beneath it."""
        custom = QGroupBox(self.tr("Own sheet (millimetres)"))
        custom.setObjectName("customSheet")
        self.columns = self._int_spin("labelColumns", 3, 1, 10)
        self.rows = self._int_spin("labelRows", 8, 1, 30)
        self.fields: dict[str, QDoubleSpinBox | QSpinBox] = {
            "columns": self.columns,
            "rows": self.rows,
            "label_width": self._mm_spin("labelWidth", 70.0, 15, 210),
            "label_height": self._mm_spin("labelHeight", 37.0, 15, 297),
            "top_margin": self._mm_spin("labelTop", 0.5, 0, 100),
            "left_margin": self._mm_spin("labelLeft", 0.0, 0, 100),
            "column_gap": self._mm_spin("labelColumnGap", 0.0, 0, 50),
            "row_gap": self._mm_spin("labelRowGap", 0.0, 0, 50),
        }
        names = {
            "columns": self.tr("Columns"),
            "rows": self.tr("Rows"),
            "label_width": self.tr("Label width"),
            "label_height": self.tr("Label height"),
            "top_margin": self.tr("Top margin"),
            "left_margin": self.tr("Left margin"),
            "column_gap": self.tr("Gap between columns"),
            "row_gap": self.tr("Gap between rows"),
        }
        self.problems: dict[str, QLabel] = {}
        grid = QGridLayout(custom)
        for number, (key, widget) in enumerate(self.fields.items()):
            row, column = divmod(number, 2)
            problem = QLabel()
            problem.setObjectName(f"problem_{key}")
            problem.setStyleSheet("color: #b3261e;")
            problem.setVisible(False)
            self.problems[key] = problem
            grid.addWidget(QLabel(names[key]), row * 2, column * 2)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            grid.addWidget(problem, row * 2 + 1, column * 2, 1, 2)
            widget.valueChanged.connect(lambda _v: self._update_summary())
        return custom

    def _button_row(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printLabels")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_labels())
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveLabelsPdf")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        return buttons

    def _int_spin(self, name: str, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _mm_spin(self, name: str, value: float, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    # --- the sheet -----------------------------------------------------------------------------
    def chosen_sheet(self) -> LabelSheet:
        key = self.sheet.currentData()
        if key != CUSTOM:
            return SHEETS[key]
        values = {key: widget.value() for key, widget in self.fields.items()}
        return LabelSheet(
            columns=int(values["columns"]),
            rows=int(values["rows"]),
            label_width=float(values["label_width"]),
            label_height=float(values["label_height"]),
            top_margin=float(values["top_margin"]),
            left_margin=float(values["left_margin"]),
            column_gap=float(values["column_gap"]),
            row_gap=float(values["row_gap"]),
        )

    def _sheet_changed(self) -> None:
        self.custom.setVisible(self.sheet.currentData() == CUSTOM)
        self.adjustSize()
        self._update_summary()

    def sheet_problems(self) -> dict[str, str]:
        problems = self.chosen_sheet().problems()
        for key, label in self.problems.items():
            text = problems.get(key)
            label.setText(QCoreApplication.translate("Labels", text) if text else "")
            label.setVisible(bool(text))
        return problems

    # --- counts --------------------------------------------------------------------------------
    def _counted(self, counts: LabelCounts) -> None:
        self.counts = counts
        self._update_summary()

    def _update_summary(self) -> None:
        sheet = self.chosen_sheet()
        problems = self.sheet_problems()
        self.skip.setMaximum(max(1, sheet.per_sheet))
        counts = self.counts
        if counts is None:
            return
        text = self.tr("%n customer(s) in the list.", "", counts.in_list)
        text += " " + self.tr("%n label(s)", "", counts.labels)
        if problems:  # the sheet does not fit A4: how many sheets is not known yet
            text += "."
        else:
            sheets = sheet_count(counts.labels, sheet, self.skip.value() - 1)
            text += " " + self.tr("on %n sheet(s).", "", sheets)
        self.summary.setText(text)
        reasons = []
        if counts.marketing_ban:
            reasons.append(self.tr("%n banned direct marketing by post", "", counts.marketing_ban))
        if counts.restricted:
            reasons.append(self.tr("%n with processing restricted", "", counts.restricted))
        if counts.no_address:
            reasons.append(self.tr("%n without a postal address", "", counts.no_address))
        if reasons:
            text = self.tr("%n left out: {reasons}.", "", counts.left_out).format(
                reasons="; ".join(reasons)
            )
        else:
            text = self.tr("Nobody was left out.")
        self.left_out.setText(text)
        ready = counts.labels > 0 and not problems
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- output --------------------------------------------------------------------------------
    def _make(self) -> LabelRun | None:
        if self.sheet_problems():
            return None
        sheet, skip = self.chosen_sheet(), self.skip.value() - 1
        made: list[LabelRun] = []
        run_op(
            parent=self,
            work=lambda: self.services.labels.make(self.query, sheet, skip),
            on_success=made.append,
        )
        return made[0] if made else None

    def print_labels(self) -> bool:
        """Through the system print dialog, drawn at the printer's own resolution."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        run = self._make()
        if run is None:
            return False
        sheet, skip = self.chosen_sheet(), self.skip.value() - 1
        paint_labels(printer, layout(run.lines, sheet, skip))
        return True

    def save_pdf(self, target: Path | None = None) -> bool:
        if target is None:
            chosen = save_file_name(
                self,
                FolderKind.LETTERS,
                self.tr("Save labels as PDF"),
                self.tr("address-labels.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if chosen is None:
                return False
            target = chosen
        run = self._make()
        if run is None:
            return False
        saved: list[bool] = []
        run_op(
            parent=self,
            work=lambda: save_file(target, run.pdf),
            on_success=lambda _r: saved.append(True),
        )
        if saved:
            show_info(self, self.tr("The labels were saved in {path}.").format(path=target))
        return bool(saved)
