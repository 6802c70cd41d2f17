"""Which pages the main window shows, in order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.container import Services
from desktop.ui.admin.page import AdminPage
from desktop.ui.customers.page import CustomersPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.documents.page import DocumentsPage
from desktop.ui.page import Page
from desktop.ui.preferences import Preferences
from desktop.ui.requests.page import RequestsPage
from desktop.ui.statement.page import StatementPage


def _tr(text: str) -> str:
    """Texts are marked below with QT_TRANSLATE_NOOP so lupdate sees them."""
    return QCoreApplication.translate("Pages", text)


def build_pages(
    services: Services, preferences: Preferences, on_settings_saved: Callable[[], None]
) -> list[tuple[str, Page]]:
    pages = [
        (
            _tr(QT_TRANSLATE_NOOP("Pages", "Dashboard")),
            DashboardPage(services, preferences=preferences),
        ),
        (_tr(QT_TRANSLATE_NOOP("Pages", "Customers")), CustomersPage(services)),
        (_tr(QT_TRANSLATE_NOOP("Pages", "Requests")), RequestsPage(services)),
        (_tr(QT_TRANSLATE_NOOP("Pages", "Documents")), DocumentsPage(services)),
        (_tr(QT_TRANSLATE_NOOP("Pages", "Register description")), StatementPage(services)),
        (
            _tr(QT_TRANSLATE_NOOP("Pages", "Administration")),
            AdminPage(services, preferences, on_settings_saved),
        ),
    ]
    for (_title, page), topic in zip(pages, HELP_TOPICS, strict=True):
        page.setProperty("helpTopic", topic)  # F1 opens this page of the user guide
    return pages


# The user guide's page for each page above (resources/guide/<lang>/<topic>.html).
HELP_TOPICS = (
    "first-steps",
    "customers",
    "requests",
    "documents",
    "statement",
    "administration",
)
