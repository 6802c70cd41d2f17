"""Importing customers from a file: choose it, map its columns, check, then import.

Reading, checking and importing all run off the GUI thread. The import itself shows a progress
bar and can be cancelled; a cancelled or failed import adds nobody (one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importing.flags import cell_flags, visible
from desktop.core.importing.mapping import FIELDS, NOT_IMPORTED, guess_mapping
from desktop.core.importing.readers import Table, read_table
from desktop.errors import UserError
from desktop.services.container import Services
from desktop.services.customers.importing import (
    ImportCancelled,
    ImportOutdated,
    ImportPlan,
    ImportResult,
)
from desktop.ui.customers.import_findings import plan_lines
from desktop.ui.customers.import_thread import ImportThread
from desktop.ui.dialogs.crash import show_unexpected
from desktop.ui.file_dialogs import FolderKind, open_file_name, save_file_name, start_folder
from desktop.ui.i18n import error_text, translate
from desktop.ui.messages import show_error
from desktop.ui.ops import run_op
from desktop.ui.widgets.screen import fit_to_screen, scrolled

PREVIEW_ROWS = 10
ENCODINGS = {
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}
FLAGGED_BACKGROUND = QColor("#fff3c4")  # a pale yellow: look here, not an error


class ImportDialog(QDialog):
    imported = Signal(int)  # how many customers were added, for the list to refresh

    def __init__(
        self, services: Services, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.table: Table | None = None
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        # Not `result`: that would hide QDialog.result(), the code the dialog closed with.
        self.import_result: ImportResult | None = None
        self._thread: ImportThread | None = None
        self._imported_plan: ImportPlan | None = None  # added already: not twice
        self._combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import customers"))

        body = QWidget()
        body.setObjectName("importBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Choose a CSV file, an Excel workbook or contact cards."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.detected = QLabel()
        layout.addWidget(self.detected)

        layout.addWidget(
            QLabel(self.tr("Choose the customer field for each column. The first rows are shown."))
        )
        self.mapping_table = QTableWidget()
        self.mapping_table.setObjectName("importMapping")
        layout.addWidget(self.mapping_table, 2)

        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Two lines kept free: the counts wrap in Finnish, and the table must not jump.
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing())
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        # One click maps the unmapped columns that look like emails or phones, and checks again.
        self.suggest_button = QPushButton(self.tr("Import these columns too"))
        self.suggest_button.setObjectName("importSuggestedColumns")
        self.suggest_button.clicked.connect(self.map_suggested)
        check_row.addWidget(self.suggest_button)
        layout.addLayout(check_row)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("importDetails")
        layout.addWidget(self.details, 1)

        self.skip_suppressed = QCheckBox(
            self.tr("Leave out people who earlier banned direct marketing or whose data was erased")
        )
        self.skip_suppressed.setChecked(True)
        self.skip_duplicates = QCheckBox(self.tr("Leave out possible duplicates"))
        for box in (self.skip_suppressed, self.skip_duplicates):
            box.toggled.connect(self._show_counts)
            layout.addWidget(box)

        action_row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Save report of rejected rows…"))
        self.report_button.clicked.connect(lambda: self.save_report())
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.start_import)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        for widget in (self.report_button, self.import_button, self.progress, self.cancel_button):
            action_row.addWidget(widget)
        layout.addLayout(action_row)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(body), 1)  # Close below, always on the screen
        outer.addWidget(buttons)
        fit_to_screen(self, 900, 640)
        self._set_running(False)
        self._set_plan(None)
        if path is not None:
            self.load(path)

    # --- the file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = open_file_name(
            self,
            FolderKind.IMPORTS,
            self.tr("Choose the file to import"),
            self.tr("Customer files (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;All files (*)"),
        )
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        self.status.clear()
        self.choose_button.setEnabled(False)
        run_op(
            parent=self,
            work=lambda: read_table(path),
            on_success=lambda table: self._show_table(path, table),
            on_done=lambda: self.choose_button.setEnabled(True),
            background=True,
        )

    def _show_table(self, path: Path, table: Table) -> None:
        self.path, self.table = path, table
        self.file_label.setText(str(path))
        if table.kind == "csv":
            delimiter = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}
            self.detected.setText(
                self.tr("Encoding: {encoding} · Separator: {delimiter} · Rows: {rows}").format(
                    encoding=ENCODINGS.get(table.encoding, table.encoding),
                    delimiter=delimiter.get(table.delimiter, table.delimiter),
                    rows=table.data_rows,
                )
            )
        else:
            self.detected.setText(self.tr("Rows: {rows}").format(rows=table.data_rows))
        if table.notes:
            notes = " ".join(translate("Import", note) for note in table.notes)
            self.detected.setText(f"{self.detected.text()}\n{notes}")
        guessed = guess_mapping(table.headers)
        grid = self.mapping_table
        grid.clear()
        grid.setColumnCount(len(table.headers))
        preview = table.rows[:PREVIEW_ROWS]
        grid.setRowCount(1 + len(preview))
        grid.setHorizontalHeaderLabels(
            [
                h or self.tr("Column {number}").format(number=i + 1)
                for i, h in enumerate(table.headers)
            ]
        )
        grid.setVerticalHeaderLabels(
            [self.tr("Field"), *(str(table.row_number(i)) for i in range(len(preview)))]
        )
        self._combos = []
        for column in range(len(table.headers)):
            combo = QComboBox()
            combo.addItem(translate("ImportFields", NOT_IMPORTED), None)
            for field in FIELDS:
                combo.addItem(translate("ImportFields", field.label), field.key)
            wanted = guessed.get(column)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
            combo.currentIndexChanged.connect(lambda _index: self._set_plan(None))
            grid.setCellWidget(0, column, combo)
            self._combos.append(combo)
            for row, values in enumerate(preview, start=1):
                grid.setItem(row, column, self._preview_item(values, column, table.delimiter))
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._set_plan(None)
        self.check_button.setEnabled(True)

    def _preview_item(self, values: list[str], column: int, delimiter: str) -> QTableWidgetItem:
        """The cell with its line breaks and control characters made visible; a cell worth a
        look (see core.importing.flags) is tinted and says why in its tooltip."""
        value = values[column] if column < len(values) else ""
        item = QTableWidgetItem(visible(value))
        flags = cell_flags(value, delimiter or ";")
        if flags:
            item.setBackground(FLAGGED_BACKGROUND)
            item.setToolTip(", ".join(translate("Import", flag) for flag in flags))
        return item

    def mapping(self) -> dict[int, str]:
        return {
            column: combo.currentData()
            for column, combo in enumerate(self._combos)
            if combo.currentData()
        }

    def map_suggested(self) -> None:
        """Map the columns the preview says look like emails or phones, then check again."""
        if self.plan is None:
            return
        for column, key in self.plan.looks_like.items():
            if column < len(self._combos):
                combo = self._combos[column]
                combo.setCurrentIndex(max(0, combo.findData(key)))
        self.check()

    # --- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        table, mapping = self.table, self.mapping()
        if table is None:
            return
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking the rows…"))
        run_op(
            parent=self,
            work=lambda: self.services.importer.plan(table, mapping),
            on_success=self._set_plan,
            on_done=lambda: self.check_button.setEnabled(self.table is not None),
            background=True,
        )

    def _set_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.details.clear()
        self.status.clear()
        if plan is not None:
            self.details.setPlainText("\n".join(plan_lines(plan)))
        self._show_counts()

    def _show_counts(self) -> None:
        plan = self.plan
        running = self._thread is not None
        fresh = plan is not None and plan is not self._imported_plan
        self.import_button.setEnabled(fresh and bool(self._rows_to_add()) and not running)
        self.report_button.setEnabled(bool(plan and plan.rejected) and not running)
        self.suggest_button.setVisible(bool(plan and plan.looks_like) and not running)
        if plan is None:
            self.summary.setText(self.tr("Press Check to see what would be imported."))
            return
        self.summary.setText(
            self.tr(
                "Rows in the file: {rows} = accepted {accepted} + rejected {rejected} · To add: "
                "{added} · Possible duplicates: {duplicates} · Earlier banned or erased: "
                "{suppressed} · Rows to look at: {flagged}"
            ).format(
                rows=plan.data_rows,
                accepted=len(plan.accepted),
                added=len(self._rows_to_add()),
                rejected=len(plan.rejected),
                duplicates=len(plan.duplicates),
                suppressed=len(plan.suppressed),
                flagged=len(plan.flagged),
            )
        )
        extra = []
        if plan.program:
            extra.append(self.tr("Read as an export of {program}.").format(program=plan.program))
        if plan.unreadable:
            extra.append(
                self.tr("Of the rejected, unreadable contacts: {count}").format(
                    count=len(plan.unreadable)
                )
            )
        if plan.not_imported:
            extra.append(
                self.tr("Columns with data that are not imported: {columns}").format(
                    columns=", ".join(plan.not_imported)
                )
            )
        extra += plan.looks_like_lines(translate)
        if extra:
            self.summary.setText("\n".join([self.summary.text(), *extra]))

    def _rows_to_add(self) -> list[Any]:
        if self.plan is None:
            return []
        return self.plan.rows_to_add(**self._options())

    def _options(self) -> dict[str, bool]:
        return {
            "skip_suppressed": self.skip_suppressed.isChecked(),
            "skip_duplicates": self.skip_duplicates.isChecked(),
        }

    def save_report(self, path: Path | None = None) -> None:
        plan = self.plan
        if plan is None or not plan.rejected:
            return
        if path is None:
            folder = self.path.parent if self.path else start_folder(FolderKind.EXPORTS)
            chosen = save_file_name(
                self,
                FolderKind.EXPORTS,
                self.tr("Save report of rejected rows"),
                str(folder / self.tr("rejected-rows.csv")),
                self.tr("CSV files (*.csv)"),
            )
            if chosen is None:
                return
            path = chosen
        target = path
        run_op(
            parent=self,
            work=lambda: self.services.importer.write_rejected_report(plan, target, translate),
            on_success=lambda count: self.status.setText(
                self.tr(
                    "Saved {count} rejected rows to {path}. Fix them there and import that file."
                ).format(count=count, path=target)
            ),
        )

    # --- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None or self._thread is not None:
            return
        thread = ImportThread(self.services, self.plan, self._options())
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        self._thread = thread
        self._set_running(True)
        self.status.setText(self.tr("Importing…"))
        thread.start()

    def cancel_import(self) -> None:
        if self._thread is not None:
            self._thread.cancel_requested.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, result: ImportResult) -> None:
        self._finished()
        self.import_result = result
        self._imported_plan = self.plan
        self._show_counts()
        self.status.setText(
            self.tr("Added {added} customers. Left out: {skipped}. Rejected: {rejected}.").format(
                added=result.added, skipped=result.skipped, rejected=result.rejected
            )
        )
        self.imported.emit(result.added)

    def _failed(self, info: tuple[type[BaseException], BaseException, Any]) -> None:
        self._finished()
        error = info[1]
        if isinstance(error, ImportCancelled):
            self.status.setText(error_text(error))
        elif isinstance(error, UserError):
            if isinstance(error, ImportOutdated):
                self._set_plan(None)  # the plan no longer holds: the user checks again
            self.status.setText(error_text(error))
            show_error(self, error_text(error))
        else:
            show_unexpected(*info)

    def _finished(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)
        for widget in (self.choose_button, self.check_button, self.mapping_table):
            ready = widget is not self.check_button or self.table is not None
            widget.setEnabled(not running and ready)
        for box in (self.skip_suppressed, self.skip_duplicates):
            box.setEnabled(not running)
        self._show_counts()

    def is_running(self) -> bool:
        return self._thread is not None

    def done(self, result: int) -> None:
        """Closing while importing cancels the import and waits for the rollback."""
        if self._thread is not None:
            self._thread.cancel_requested.set()
            self._thread.wait()
        super().done(result)
