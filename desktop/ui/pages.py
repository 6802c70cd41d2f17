"""Which pages the main window shows, in order. Later features replace the "coming" pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.services.container import Services
from desktop.ui.admin.page import AdminPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.page import ComingPage, Page
from desktop.ui.preferences import Preferences


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def build_pages(
    services: Services, preferences: Preferences, on_settings_saved: Callable[[], None]
) -> list[tuple[str, Page]]:
    return [
        (_tr("Dashboard"), DashboardPage(services)),
        (
            _tr("Customers"),
            ComingPage(
                _tr("Customers"),
                _tr(
                    "The customer register comes in the next version: people, contact details, "
                    "consents and marketing bans, contact history and orders."
                ),
            ),
        ),
        (
            _tr("Requests"),
            ComingPage(
                _tr("Requests"),
                _tr(
                    "The log of data-protection requests, with their legal deadlines, comes in a "
                    "later version."
                ),
            ),
        ),
        (
            _tr("Documents"),
            ComingPage(
                _tr("Documents"),
                _tr(
                    "Signed letters, the privacy statement and mailing labels come in a later "
                    "version."
                ),
            ),
        ),
        (
            _tr("Register description"),
            ComingPage(
                _tr("Register description"),
                _tr(
                    "The description of the register, from which the privacy statement is made, "
                    "comes in a later version."
                ),
            ),
        ),
        (_tr("Administration"), AdminPage(services, preferences, on_settings_saved)),
    ]
