"""The Documents page: every signed letter, newest first, with a filter by text, kind and date,
and preview, print and save as PDF for the chosen one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letters import LetterKind
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.services.letters.service import LetterRow
from desktop.ui.documents.actions import preview_letter, print_letter, save_letter
from desktop.ui.documents.labels import kinds
from desktop.ui.models.letters_model import COLUMNS as LETTER_COLUMNS
from desktop.ui.models.letters_model import LetterFilter, LettersModel
from desktop.ui.page import Page
from desktop.ui.widgets.dates import date_of


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setEnabled(False)
    return edit


class DocumentsPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPage")
        self.services = services
        heading = QLabel(self.tr("Signed letters"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)

        filters = self._filters()
        self.view = self._letters_view()
        buttons = self._button_row()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())

    # --- building ------------------------------------------------------------------------------
    def _filters(self) -> QVBoxLayout:
        """Search text and letter kind on one row, the signing dates on the next."""
        self.search = QLineEdit()
        self.search.setObjectName("letterSearch")
        self.search.setPlaceholderText(self.tr("Search: name, diary number, SHA-256…"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.kind = QComboBox()
        self.kind.setObjectName("letterKindFilter")
        self.kind.addItem(self.tr("All letters"), "")
        for kind, label in kinds():
            self.kind.addItem(label, kind.value)
        self.use_dates = QCheckBox(self.tr("Signed between"))
        self.use_dates.setObjectName("letterDates")
        self.date_from = _date_edit("letterFrom")
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.date_to = _date_edit("letterTo")
        # Two rows: the search gets room to type even with the long Finnish labels.
        filters = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.kind, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(first)
        filters.addLayout(dates)
        return filters

    def _letters_view(self) -> QTableView:
        self.model = LettersModel(self.services.letters)
        view = QTableView()
        view.setObjectName("lettersView")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The sent column shows whole ("2.12.2026, kirjeenä — määräajassa 23.12.2026"); the
        # 64-digit checksum takes what is left, shortened, and shows whole as its tooltip.
        sha = len(LETTER_COLUMNS) - 1
        header.setSectionResizeMode(sha, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.doubleClicked.connect(lambda _index: self.open_preview())
        return view

    def _button_row(self) -> QHBoxLayout:
        """How many letters are listed, and what can be done with the chosen one."""
        self.preview_button = QPushButton(self.tr("Open"))
        self.preview_button.setObjectName("openLetter")
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.clicked.connect(self.print_selected)
        self.print_button.setVisible(self.services.user.can(Permission.PRINT_LETTERS))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveDocument")
        self.save_button.clicked.connect(self.save_selected)
        self.count = QLabel()
        self.count.setObjectName("letterCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_selected)
        return buttons

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def current_filter(self) -> LetterFilter:
        kind = self.kind.currentData()
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (date_of(self.date_from), date_of(self.date_to))
        return LetterFilter(self.search.text(), LetterKind(kind) if kind else None, *dates)

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count.setText(self.tr("%n letter(s)", "", shown) + more)
        if shown:
            self.view.selectRow(0)

    def selected(self) -> LetterRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_preview(self) -> None:
        row = self.selected()
        if row is not None:
            preview_letter(self, self.services, row)

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None and self.services.user.can(Permission.PRINT_LETTERS):
            print_letter(self, self.services, row)

    def save_selected(self) -> None:
        row = self.selected()
        if row is not None:
            save_letter(self, self.services, row)
