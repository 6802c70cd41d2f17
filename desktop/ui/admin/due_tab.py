"""Administration → Due for erasure: what has passed its retention, reviewed and erased in a
batch by the main user. Nothing is erased until they tick the records and confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.retention.due import DUE_KIND_LABELS, DueKind
from desktop.services.retention.rules import MODES, BatchResult, Mode
from desktop.ui.messages import confirm, show_info
from desktop.ui.models.due_model import DueModel
from desktop.ui.ops import run_op
from desktop.ui.widgets.list_table import list_table


class DueTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        intro = QLabel(
            self.tr(
                "These records have been kept for as long as the retention rules say. Review "
                "them, tick what may go and erase it in one go. Records that must still be kept "
                "are shown greyed with the reason and cannot be ticked."
            )
        )
        intro.setWordWrap(True)
        # A closed request is proof of how it was handled for 3 years from the end of its
        # handling (the erasure letter says so); then it goes with its whole log.
        self.requests_due = QLabel()
        self.requests_due.setObjectName("requestLogsDue")
        self.requests_due.setWordWrap(True)
        self.erase_requests_button = QPushButton(self.tr("Erase these requests…"))
        self.erase_requests_button.setObjectName("eraseRequestLogs")
        self.erase_requests_button.clicked.connect(self.erase_request_logs)
        self.requests_count = 0
        self.kind = QComboBox()
        self.kind.setObjectName("dueKind")
        for kind in DueKind:
            self.kind.addItem(
                QCoreApplication.translate("Retention", DUE_KIND_LABELS[kind]), kind.value
            )
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.refresh_button = QPushButton(self.tr("Update list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model = DueModel(
            lambda kind, after, limit: self.services.retention.due_page(kind, after, limit)
        )
        self.model.dataChanged.connect(lambda *_a: self._update())
        self.model.modelReset.connect(self._update)
        self.table = list_table("dueTable", self.model, [4])
        self.empty = QLabel(self.tr("Nothing of this kind is due for erasure."))
        self.empty.setObjectName("dueEmpty")
        self.select_all = QPushButton(self.tr("Tick all shown"))
        self.select_all.clicked.connect(lambda: self.model.check_all(True))
        self.select_none = QPushButton(self.tr("Untick all"))
        self.select_none.clicked.connect(lambda: self.model.check_all(False))
        self.delete_mode = QRadioButton(self.tr("Delete (anonymise where orders must stay)"))
        self.delete_mode.setObjectName("dueDelete")
        self.delete_mode.setChecked(True)
        self.anonymise_mode = QRadioButton(self.tr("Anonymise (keep the empty record)"))
        self.anonymise_mode.setObjectName("dueAnonymise")
        self.selected_label = QLabel()
        self.selected_label.setObjectName("dueSelected")
        self.erase_button = QPushButton(self.tr("Erase ticked…"))
        self.erase_button.setObjectName("eraseDue")
        self.erase_button.clicked.connect(self.erase_checked)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        modes = QHBoxLayout()
        modes.addWidget(self.delete_mode)
        modes.addWidget(self.anonymise_mode)
        modes.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all)
        bottom.addWidget(self.select_none)
        bottom.addStretch(1)
        bottom.addWidget(self.selected_label)
        bottom.addWidget(self.erase_button)
        requests_row = QHBoxLayout()
        requests_row.addWidget(self.requests_due, 1)
        requests_row.addWidget(self.erase_requests_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(modes)
        layout.addLayout(bottom)
        layout.addLayout(requests_row)
        self._show_requests_due(0)
        self._update()

    def current_kind(self) -> DueKind:
        return DueKind(self.kind.currentData())

    def refresh(self) -> None:
        def counted(counts: dict[DueKind, int]) -> None:
            for row in range(self.kind.count()):
                kind = DueKind(self.kind.itemData(row))
                label = QCoreApplication.translate("Retention", DUE_KIND_LABELS[kind])
                self.kind.setItemText(row, f"{label} ({counts[kind]})")
            self.model.set_kind(self.current_kind())

        run_op(parent=self, work=self.services.retention.due_counts, on_success=counted)
        run_op(
            parent=self,
            work=self.services.retention.request_logs_due,
            on_success=self._show_requests_due,
        )

    def _show_requests_due(self, count: int) -> None:
        self.requests_count = count
        self.requests_due.setText(
            self.tr(
                "Closed data-protection requests kept for 3 years from the end of their "
                "handling: %n due for erasure.",
                "",
                count,
            )
        )
        self.erase_requests_button.setEnabled(count > 0)

    def erase_request_logs(self) -> None:
        text = self.tr(
            "Erase %n closed request(s) for good, with their event logs, attachments and "
            "letters? Their 3 years from the end of handling have passed. This cannot be "
            "undone.",
            "",
            self.requests_count,
        )
        if not confirm(self, text, self.tr("Erase")):
            return
        run_op(
            parent=self,
            work=self.services.retention.erase_request_logs,
            on_success=lambda n: show_info(self, self.tr("Erased: %n request(s).", "", n)),
            on_done=self.refresh,
        )

    def _kind_changed(self) -> None:
        run_op(parent=self, work=lambda: self.model.set_kind(self.current_kind()))

    def _update(self) -> None:
        modes = MODES[self.current_kind()]
        self.anonymise_mode.setVisible(Mode.ANONYMISE in modes)
        self.delete_mode.setVisible(Mode.ANONYMISE in modes)
        if Mode.ANONYMISE not in modes:
            self.delete_mode.setChecked(True)
        count = len(self.model.checked)
        self.selected_label.setText(self.tr("%n ticked", "", count))
        self.erase_button.setEnabled(count > 0)
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.select_all.setEnabled(not empty)

    def mode(self) -> Mode:
        return Mode.ANONYMISE if self.anonymise_mode.isChecked() else Mode.DELETE

    def erase_checked(self) -> None:
        ids = self.model.checked_ids()
        if not ids:
            return
        kind, mode = self.current_kind(), self.mode()
        what = QCoreApplication.translate("Retention", DUE_KIND_LABELS[kind])
        if mode is Mode.ANONYMISE:
            text = self.tr(
                "Anonymise %n record(s) of “{what}”? Names, contact details, consents, contact "
                "history and attachments are erased; an empty record stays with its orders. "
                "This cannot be undone.",
                "",
                len(ids),
            )
        else:
            text = self.tr(
                "Erase %n record(s) of “{what}” for good? Where orders must still be kept under "
                "the Accounting Act, the customer is anonymised instead. This cannot be undone.",
                "",
                len(ids),
            )
        if not confirm(self, text.format(what=what), self.tr("Erase")):
            return
        run_op(
            parent=self,
            work=lambda: self.services.retention.erase(kind, ids, mode),
            on_success=self._erased,
            on_done=self.refresh,
        )

    def _erased(self, result: BatchResult) -> None:
        text = self.tr("Erased: %n deleted", "", result.deleted)
        if result.anonymised:
            text += ", " + self.tr("%n anonymised", "", result.anonymised)
        show_info(self, text + ".")
