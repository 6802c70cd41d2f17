"""The editor's tabs that belong to a saved customer and save their own changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.container import Services
from desktop.ui.customers.attachments_tab import AttachmentsTab
from desktop.ui.customers.consents_tab import ConsentsTab
from desktop.ui.customers.contact_history_tab import ContactHistoryTab
from desktop.ui.customers.disclosures_tab import DisclosuresTab
from desktop.ui.customers.history_tab import HistoryTab
from desktop.ui.customers.orders_tab import OrdersTab
from desktop.ui.customers.tables import RecordTab


def record_tabs(services: Services, customer_id: int) -> list[tuple[str, RecordTab]]:
    return [
        (
            QCoreApplication.translate("CustomerEditor", "Consents"),
            ConsentsTab(services, customer_id),
        ),
        (
            QCoreApplication.translate("CustomerEditor", "Contact history"),
            ContactHistoryTab(services, customer_id),
        ),
        (QCoreApplication.translate("CustomerEditor", "Orders"), OrdersTab(services, customer_id)),
        (
            QCoreApplication.translate("CustomerEditor", "Attachments"),
            AttachmentsTab(services, customer_id),
        ),
        (
            QCoreApplication.translate("CustomerEditor", "Disclosures"),
            DisclosuresTab(services, customer_id),
        ),
        (
            QCoreApplication.translate("CustomerEditor", "History"),
            HistoryTab(services, customer_id),
        ),
    ]
