"""The Requests page: the log of data-protection requests by due date, filters, and logging one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.ui.models.requests_model import RequestFilter, RequestsModel
from desktop.ui.page import Page
from desktop.ui.requests.labels import kind_label
from desktop.ui.widgets.list_table import SelectionMode, list_table, select_row

REQUESTER_COLUMN = 2
NOT_CLOSED = frozenset(set(RequestStatus) - {RequestStatus.CLOSED})
SHOWN = {
    "open": NOT_CLOSED,
    "all": None,
    "closed": frozenset({RequestStatus.CLOSED}),
}


class RequestsPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.log_dialog: QWidget | None = None  # while one is open, for tests and screenshots
        self.today: date | None = None  # None: the real date (tests set a day)
        can_handle = services.user.can(Permission.HANDLE_REQUESTS)

        heading = QLabel(self.tr("Data-protection requests"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        self.shown = QComboBox()
        self.shown.setObjectName("requestStatusFilter")
        self.shown.addItem(self.tr("Not closed"), "open")
        self.shown.addItem(self.tr("All requests"), "all")
        self.shown.addItem(self.tr("Closed"), "closed")
        self.kind = QComboBox()
        self.kind.setObjectName("requestKindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in RequestKind:
            self.kind.addItem(kind_label(kind), kind.value)
        for combo in (self.shown, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        self.count_label.setObjectName("requestCount")

        self.model = RequestsModel(services.requests)
        self.table = list_table(
            "requestTable",
            self.model,
            [REQUESTER_COLUMN],
            SelectionMode.SingleSelection,
            highlight_header=False,
        )
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.new_button = QPushButton(self.tr("Log a request…"))
        self.new_button.setObjectName("logRequest")
        self.new_button.setToolTip(self.tr("Log a request (Ctrl+N)"))
        self.new_button.clicked.connect(self.log_request)
        self.new_button.setVisible(can_handle)
        self.new_action = QAction(self.tr("Log a request…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # page shown only
        self.new_action.triggered.connect(self.log_request)
        self.new_action.setEnabled(can_handle)
        self.addAction(self.new_action)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openRequest")
        self.open_button.clicked.connect(self.open_selected)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.shown)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- the list ------------------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        kind = self.kind.currentData()
        return RequestFilter(
            statuses=SHOWN[self.shown.currentData()],
            kind=RequestKind(kind) if kind else None,
        )

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        """Another workstation logged or handled a request: the list again, selection kept."""
        if "requests" in tables:
            self.refresh(keep=self.selected_id())

    def refresh(self, keep: int | None = None) -> None:
        self.model.set_filter(self.current_filter(), self.today)
        rows = len(self.model.rows)
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("%n request(s)", "", rows) + more)
        if keep is not None:
            self.select_request(keep)
        self._update_buttons()

    def select_request(self, request_id: int) -> None:
        select_row(self.table, self.model.row_of(request_id))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row is not None else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    # --- logging and opening -------------------------------------------------------------------
    def log_request(self) -> None:
        if not self.services.user.can(Permission.HANDLE_REQUESTS):
            return
        from desktop.ui.requests.log_dialog import LogRequestDialog

        dialog = LogRequestDialog(self.services, self)
        self.log_dialog = dialog
        accepted = dialog.exec()
        self.log_dialog = None
        if accepted and dialog.logged is not None:
            self.refresh(keep=dialog.logged.id)

    def open_selected(self) -> None:
        request_id = self.selected_id()
        if request_id is not None:
            self.open_request(request_id)

    def open_request(self, request_id: int) -> None:
        open_request_dialog(self.services, request_id, self)
        self.refresh(keep=request_id)


def open_request_dialog(services: Services, request_id: int, parent: QWidget) -> None:
    """The request's own dialog, modal; the lists showing it refresh after."""
    from desktop.ui.requests.detail_dialog import RequestDialog

    dialog = RequestDialog(services, request_id, parent)
    dialog.exec()
