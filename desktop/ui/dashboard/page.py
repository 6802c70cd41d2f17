"""The first page after login: who is working, for which business, and which requests need
attention — overdue, due within a week, waiting for identification, extended — by due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import ROLE_LABELS, Permission
from desktop.services.container import Services
from desktop.services.register.backups import BackupStatus
from desktop.services.requests.dashboard import DashboardSummary, FirstSteps, RequestList
from desktop.ui.customers.tables import fill_table, make_table, selected_key
from desktop.ui.dashboard.first_steps import FirstStepsBox
from desktop.ui.models.requests_model import request_cell
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.preferences import Preferences
from desktop.ui.requests.labels import row_colour

LIST_KEYS = ("diary", "requester", "kinds", "days")  # the due date is the deadline's tooltip
DIARY_COLUMN = 0
REQUESTER_COLUMN = 1
KINDS_COLUMN = 2
DAYS_COLUMN = 3
REMINDER_STYLE = "color: #8a4b00; font-weight: bold;"


class RequestListBox(QFrame):
    """One of the four lists: a title with its count and the requests, soonest due first.

    The four are the same size whatever they hold; a name too long for its column is cut with
    "…" and only then has the whole name as its tooltip."""

    def __init__(
        self,
        name: str,
        title: str,
        parent: QWidget | None = None,
        *,
        lift: bool = False,
    ) -> None:
        super().__init__(parent)
        self.title = title
        # A restriction's lift date is when it may be lifted, not a deadline to miss.
        self.lift = lift
        self.setObjectName(f"{name}Box")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = make_table(
            name,
            [
                self.tr("Diary no."),
                self.tr("Requester"),
                self.tr("Kinds"),
                self.tr("Deadline"),
            ],
            stretch=REQUESTER_COLUMN,
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        # Sized by _fit_columns: the name first, long kinds and deadlines give way.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self.empty = QLabel(self.tr("None."))
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def show_list(self, requests: RequestList, today: date) -> None:
        rows = requests.rows
        heading = f"{self.title} ({requests.count})"
        if requests.count > len(rows):
            heading += " · " + self.tr("the first {shown} shown").format(shown=len(rows))
        self.heading.setText(heading)
        fill_table(
            self.table,
            [[request_cell(row, key, today) for key in LIST_KEYS] for row in rows],
            [row.id for row in rows],
        )
        for index, row in enumerate(rows):
            colour = None if self.lift else row_colour(row, today)
            item = self.table.item(index, DAYS_COLUMN)
            if item is not None:
                item.setToolTip(request_cell(row, "due", today))
                if self.lift:
                    item.setText(
                        self.tr("can be lifted now")
                        if row.due_on <= today
                        else self.tr("from {date}").format(date=request_cell(row, "due", today))
                    )
                if colour is not None:
                    item.setForeground(QBrush(colour))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column as wide as its text when there is room; when there is not, the kinds
        and then the deadline give way first (cut with "…" and a tooltip), and the name keeps
        at least 40 % of the width. Never a horizontal scroll bar."""
        table = self.table
        header = table.horizontalHeader()
        available = table.viewport().width()
        if available <= 0:
            return
        wanted = [
            max(table.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in range(table.columnCount())
        ]
        widths = list(wanted)
        others = [c for c in range(len(widths)) if c != REQUESTER_COLUMN]
        name = min(
            wanted[REQUESTER_COLUMN],
            max(int(available * 0.4), available - sum(wanted[c] for c in others)),
        )
        room = available - name
        for column in (KINDS_COLUMN, DAYS_COLUMN, DIARY_COLUMN):
            over = sum(widths[c] for c in others) - room
            if over <= 0:
                break
            widths[column] = max(min(widths[column], 30), widths[column] - over)
        # What is left (or all the spare width) is the name's.
        widths[REQUESTER_COLUMN] = max(available - sum(widths[c] for c in others), 30)
        for column in [REQUESTER_COLUMN, *others]:
            header.resizeSection(column, widths[column])
        self._tooltips()

    def _tooltips(self) -> None:
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        for column in (REQUESTER_COLUMN, KINDS_COLUMN):
            width = self.table.columnWidth(column)
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is None:
                    continue
                cut = metrics.horizontalAdvance(item.text()) + padding > width
                item.setToolTip(item.text() if cut else "")


class DashboardPage(Page):
    review_due_requested = Signal()  # the main window opens Administration → Due for erasure
    open_page_requested = Signal(str)  # "customers", "statement" or "users": the window opens it

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.preferences = preferences
        self.today: date | None = None  # None: the real date (tests set a day)
        self.summary: DashboardSummary | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.greeting.setFont(font)
        self.business = QLabel()
        self.business.setObjectName("dashboardBusiness")
        self.role = QLabel()
        self.role.setObjectName("dashboardRole")
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(card)
        grid.addWidget(QLabel(self.tr("Business")), 0, 0)
        grid.addWidget(self.business, 0, 1)
        grid.addWidget(QLabel(self.tr("Your role")), 1, 0)
        grid.addWidget(self.role, 1, 1)
        grid.setColumnStretch(1, 1)

        self.backup_age = QLabel()
        self.backup_age.setObjectName("backupAge")
        self.backup_age.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("dashboardBackup")
        self.backup_button.clicked.connect(self.back_up)
        self.backup_button.setVisible(services.user.can(Permission.BACKUP))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_age, 1)
        backup_row.addWidget(self.backup_button)

        # Records past their retention: only the main user reviews and erases them.
        self.can_erase = services.user.can(Permission.ERASE_EXPIRED)
        self.due_counted: int | None = None  # the last count shown; None while counting
        self.due_text = QLabel()
        self.due_text.setObjectName("erasureDue")
        self.due_text.setWordWrap(True)
        self.due_button = QPushButton(self.tr("Review…"))
        self.due_button.setObjectName("dashboardReviewDue")
        self.due_button.clicked.connect(self.review_due_requested.emit)
        self.due_row = QWidget()
        due_layout = QHBoxLayout(self.due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_text, 1)
        due_layout.addWidget(self.due_button)
        self.due_row.setVisible(False)

        self.first_steps = FirstStepsBox(
            can_edit=services.user.can(Permission.EDIT_DESCRIPTION),
            can_back_up=services.user.can(Permission.BACKUP),
            is_main_user=services.user.can(Permission.MANAGE_USERS),
        )
        self.first_steps.open_page.connect(self.open_page_requested.emit)
        self.first_steps.backup_requested.connect(self.back_up)
        self.first_steps.hide()

        # Every open request is in one of the three by its due date; extended ones among them.
        self.overdue = RequestListBox("overdueRequests", self.tr("Overdue"))
        self.due_soon = RequestListBox("dueSoonRequests", self.tr("Due within 7 days"))
        self.due_later = RequestListBox("dueLaterRequests", self.tr("Due later"))
        self.waiting = RequestListBox("waitingRequests", self.tr("Waiting for identification"))
        # The deadlines inside a request's time, under the four boxes, each shown only while it
        # holds something: the notice of an extension (Art. 12(3)) and a refusal (12(4)) are due
        # within the first month; a restriction may be lifted once the notice's wait is over
        # (18(3)). Each row's deadline is that date, not the reply's.
        self.extension_notice = RequestListBox(
            "extensionNoticeDue", self.tr("Extension notice not sent")
        )
        self.extension_notice.heading.setToolTip(
            self.tr(
                "The time was extended, but the person has not been told yet. The notice, with "
                "its reasons, is due within one month of receipt (Art. 12(3)): the date shown."
            )
        )
        self.refusal_due = RequestListBox("refusalDue", self.tr("Extended, refusal due"))
        self.refusal_due.heading.setToolTip(
            self.tr(
                "Extended requests without a decision. A refusal must be sent within one month "
                "of receipt, also when the time was extended (Art. 12(4)): the date shown."
            )
        )
        self.lift_waiting = RequestListBox(
            "liftWaiting", self.tr("Restriction to be lifted"), lift=True
        )
        self.lift_waiting.heading.setToolTip(
            self.tr(
                "The notice before lifting the restriction has been sent (Art. 18(3)). The "
                "restriction can be lifted once the waiting period is over: the date shown."
            )
        )
        self.deadlines = QWidget()
        self.deadlines.setObjectName("deadlineLists")
        # Sized by the grid's stretch like the four boxes, never by the tables' wishes.
        self.deadlines.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        deadlines = QHBoxLayout(self.deadlines)
        deadlines.setContentsMargins(0, 0, 0, 0)
        deadlines.setSpacing(14)
        for box in self.deadline_boxes():
            # Two rows always readable: on a small screen the page scrolls instead.
            table = box.table
            table.setMinimumHeight(
                table.horizontalHeader().sizeHint().height()
                + 2 * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
            )
            box.hide()
            deadlines.addWidget(box, 1)
            box.table.doubleClicked.connect(lambda _i, t=box.table: self.open_from(t))
        self.deadlines.hide()
        self.lists = QWidget()
        self.lists.setObjectName("requestLists")
        lists = QGridLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.setSpacing(14)
        for index, box in enumerate(self.boxes()):
            lists.addWidget(box, index // 2, index % 2)
            box.table.doubleClicked.connect(lambda _i, t=box.table: self.open_from(t))
        for line in (0, 1):
            lists.setRowStretch(line, 1)
            lists.setColumnStretch(line, 1)
        lists.addWidget(self.deadlines, 2, 0, 1, 2)
        self.lists_grid = lists
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(card)
        layout.addLayout(backup_row)
        layout.addWidget(self.due_row)
        layout.addWidget(self.first_steps)
        layout.addSpacing(6)
        layout.addWidget(self.lists, 100)
        # While the lists are hidden (a new register), the spare height goes here, not between
        # the greeting and the boxes.
        layout.addStretch(1)

    def boxes(self) -> tuple[RequestListBox, ...]:
        return (self.overdue, self.due_soon, self.due_later, self.waiting)

    def deadline_boxes(self) -> tuple[RequestListBox, ...]:
        return (self.extension_notice, self.refusal_due, self.lift_waiting)

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        self.refresh()  # its counts come from both customers and requests

    def refresh(self) -> None:
        user = self.services.user
        self.greeting.setText(self.tr("Welcome, {name}").format(name=user.full_name))
        details = self.services.business.get()
        self.business.setText(
            f"{details.name} ({details.business_id})" if details.business_id else details.name
        )
        self.role.setText(QCoreApplication.translate("Roles", ROLE_LABELS[user.role]))
        run_op(
            parent=self,
            work=lambda: self.services.dashboard.summary(self.today),
            on_success=self.show_summary,
        )
        run_op(
            parent=self,
            work=lambda: self.services.backups.status(self.today),
            on_success=self.show_backup_status,
        )
        run_op(
            parent=self, work=self.services.dashboard.first_steps, on_success=self.show_first_steps
        )
        if self.can_erase:
            # Counting runs over every contact event (~0.8 s on 100 000 customers): off the GUI
            # thread and without a busy cursor, so the dashboard is usable at once.
            self.due_counted = None
            run_op(
                parent=self,
                work=lambda: sum(self.services.retention.due_counts(self.today).values()),
                on_success=self.show_due_count,
                background=True,
                busy_cursor=False,
            )

    def show_due_count(self, count: int) -> None:
        """Told only when something is due; counted with one COUNT query per kind of record."""
        self.due_counted = count
        self.due_row.setVisible(count > 0)
        self.due_text.setText(
            self.tr("%n record(s) due for erasure under the retention rules.", "", count)
        )
        self.due_text.setStyleSheet(REMINDER_STYLE if count else "")

    def show_backup_status(self, status: BackupStatus) -> None:
        days = status.age_days
        if days is None:
            text = self.tr("No backup yet.")
        elif days == 0:
            text = self.tr("Last backup today.")
        elif days == 1:
            text = self.tr("Last backup yesterday.")
        else:
            text = self.tr("Last backup {days} days ago.").format(days=days)
        if status.reminder_needed:
            text += " " + self.tr("Time to back up: plug in the backup drive.")
            self.backup_age.setStyleSheet(REMINDER_STYLE)
        else:
            self.backup_age.setStyleSheet("")
        self.backup_age.setText(text)

    def back_up(self) -> None:
        from desktop.ui.backup.dialog import BackupDialog

        BackupDialog(self.services, self, self.preferences).exec()
        self.refresh()

    def show_first_steps(self, steps: FirstSteps) -> None:
        """Until the register has its description, customers and a backup. While it has no
        requests either, the steps stand in for four empty lists."""
        self.first_steps.show_steps(steps)
        self.first_steps.setVisible(not steps.all_done)
        self._show_lists()

    def _show_lists(self) -> None:
        summary = self.summary
        anything = summary is None or any(
            requests.count
            for requests in (
                summary.overdue,
                summary.due_within_7_days,
                summary.due_later,
                summary.waiting_for_identification,
                summary.refusal_due,
                summary.lift_waiting,
            )
        )
        self.lists.setVisible(anything or self.first_steps.isHidden())

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        for box, requests in zip(
            self.boxes(),
            (
                summary.overdue,
                summary.due_within_7_days,
                summary.due_later,
                summary.waiting_for_identification,
            ),
            strict=True,
        ):
            box.show_list(requests, summary.today)
        shown = False
        for box, requests in zip(
            self.deadline_boxes(),
            (summary.extension_notice_due, summary.refusal_due, summary.lift_waiting),
            strict=True,
        ):
            box.show_list(requests, summary.today)
            box.setVisible(requests.count > 0)
            shown = shown or requests.count > 0
        self.deadlines.setVisible(shown)
        # A third row as tall as the others while it shows anything.
        self.lists_grid.setRowStretch(2, 1 if shown else 0)
        self._show_lists()

    def open_from(self, table: QTableWidget) -> None:
        request_id = selected_key(table)
        if request_id is not None:
            self.open_request(request_id)

    def open_request(self, request_id: int) -> None:
        from desktop.ui.requests.page import open_request_dialog

        open_request_dialog(self.services, request_id, self)
        self.refresh()
