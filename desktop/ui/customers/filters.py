"""The filters above the customer list: status, segment, marketing channel, restriction and
open data-protection requests."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.customer_fields import STATUS_LABELS, ConsentKind
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.customers.search import CustomerQuery
from desktop.ui.customers.labels import fill_combo
from desktop.ui.widgets.flow_layout import FlowLayout

MARKETING_LABELS = {
    ConsentKind.MARKETING_POST: QT_TRANSLATE_NOOP("CustomerFilters", "post"),
    ConsentKind.MARKETING_EMAIL: QT_TRANSLATE_NOOP("CustomerFilters", "email"),
    ConsentKind.MARKETING_PHONE: QT_TRANSLATE_NOOP("CustomerFilters", "phone"),
    ConsentKind.MARKETING_SMS: QT_TRANSLATE_NOOP("CustomerFilters", "SMS"),
}
ALL, ONLY, HIDE = "all", "only", "hide"
ANY_CHANNEL = "any"
ACTIVE_STYLE = "font-weight: bold;"  # a filter that narrows the list


class CustomerFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        fill_combo(self.status, STATUS_LABELS)
        self.tag = QComboBox()
        self.tag.setObjectName("tagFilter")
        self.tag.setToolTip(self.tr("Segment"))
        self.tag.addItem(self.tr("All segments"), None)
        self.marketing = QComboBox()
        self.marketing.setObjectName("marketingFilter")
        self.marketing.addItem(self.tr("not filtered"), None)
        self.marketing.addItem(self.tr("any channel"), ANY_CHANNEL)
        for kind, text in MARKETING_LABELS.items():
            self.marketing.addItem(QCoreApplication.translate("CustomerFilters", text), kind.value)
        self.restricted = QComboBox()
        self.restricted.setObjectName("restrictedFilter")
        self.restricted.addItem(self.tr("Restricted and others"), ALL)
        self.restricted.addItem(self.tr("Only restricted"), ONLY)
        self.restricted.addItem(self.tr("Hide restricted"), HIDE)
        self.restricted.setToolTip(self.tr("Customers whose processing is restricted"))
        self.open_requests = QCheckBox(self.tr("Has open requests"))
        self.open_requests.setObjectName("openRequestsFilter")
        self.open_requests.setToolTip(
            self.tr("Customers with a data-protection request not yet answered")
        )
        self.open_requests.toggled.connect(lambda _c: self.changed.emit())
        marketing_label = QLabel(self.tr("Marketing allowed on"))
        marketing_label.setBuddy(self.marketing)
        marketing = QWidget()
        marketing_row = QHBoxLayout(marketing)
        marketing_row.setContentsMargins(0, 0, 0, 0)
        marketing_row.addWidget(marketing_label)
        marketing_row.addWidget(self.marketing)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Show every customer again"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        # One row when there is room; the filters wrap rather than widen the window.
        row = FlowLayout(self, spacing=8)
        for widget in (
            self.status,
            self.tag,
            marketing,
            self.restricted,
            self.open_requests,
            self.clear_button,
        ):
            row.addWidget(widget)
        for combo in (self.status, self.tag, self.marketing, self.restricted):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.changed.connect(self._mark_active)

    # --- which filters are on --------------------------------------------------------------------
    def _filters(self) -> list[QWidget]:
        return [self.status, self.tag, self.marketing, self.restricted, self.open_requests]

    def is_active(self, widget: QWidget) -> bool:
        if widget is self.open_requests:
            return self.open_requests.isChecked()
        assert isinstance(widget, QComboBox)
        return widget.currentIndex() > 0  # the first item of each is "everyone"

    def active(self) -> list[QWidget]:
        return [widget for widget in self._filters() if self.is_active(widget)]

    def _mark_active(self) -> None:
        """A filter left on (the page remembers it) is marked, and Clear filters shows."""
        for widget in self._filters():
            widget.setStyleSheet(ACTIVE_STYLE if self.is_active(widget) else "")
        self.clear_button.setVisible(bool(self.active()))

    def clear(self) -> None:
        for widget in self._filters():
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                self.open_requests.setChecked(False)
            widget.blockSignals(False)
        self.changed.emit()

    def set_tags(self, tags: list[str]) -> None:
        """Offer the segments in use now, keeping the chosen one if it still exists."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for tag in tags:
            self.tag.addItem(tag, tag)
        index = self.tag.findData(chosen) if chosen else 0
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if chosen and index < 0:
            self.changed.emit()

    def apply(self, query: CustomerQuery) -> CustomerQuery:
        marketing = self.marketing.currentData()
        restricted = self.restricted.currentData()
        return replace(
            query,
            status=self.status.currentData(),
            tag=self.tag.currentData(),
            marketing_allowed_on=(
                ConsentKind(marketing) if marketing and marketing != ANY_CHANNEL else None
            ),
            marketing_on_any=marketing == ANY_CHANNEL,
            restricted=True if restricted == ONLY else None,
            include_restricted=restricted != HIDE,
            has_open_requests=True if self.open_requests.isChecked() else None,
        )
