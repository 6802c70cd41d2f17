"""Administration: users, the business's details, settings, retention, what is due for
erasure, the audit log and the office server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.services.container import Services
from desktop.ui.admin.audit_tab import AuditView
from desktop.ui.admin.business_tab import BusinessTab
from desktop.ui.admin.due_tab import DueTab
from desktop.ui.admin.retention_tab import RetentionTab
from desktop.ui.admin.server_tab import ServerTab
from desktop.ui.admin.settings_tab import SettingsTab
from desktop.ui.admin.signature_tab import SignatureTab
from desktop.ui.admin.users_tab import UsersTab
from desktop.ui.page import Page
from desktop.ui.preferences import Preferences


class AdminPage(Page):
    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        on_settings_saved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        # Every tab's name whole: on a small screen the page scrolls sideways instead.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.users = UsersTab(services)
        self.business = BusinessTab(services)
        self.settings = SettingsTab(services, preferences, on_settings_saved)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.business, self.tr("Business"))
        self.signature = SignatureTab(services)
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.tabs.addTab(self.signature, self.tr("Digital signature"))
        self.retention = RetentionTab(services)
        self.tabs.addTab(self.retention, self.tr("Retention"))
        # Reviewing and erasing what is due, and reading the log: the main user only.
        self.due: DueTab | None = None
        self.audit: AuditView | None = None
        if services.user.can(Permission.ERASE_EXPIRED):
            self.due = DueTab(services)
            self.tabs.addTab(self.due, self.tr("Due for erasure"))
        if services.user.can(Permission.VIEW_AUDIT):
            self.audit = AuditView(services)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        # Moving the register to the office server (or back): the main user only.
        self.server: ServerTab | None = None
        if services.server_move.allowed():
            self.server = ServerTab(services)
            self.tabs.addTab(self.server, self.tr("Office server"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.users.refresh()
        self.signature.refresh()
        if not self.business.has_unsaved_changes():
            self.business.refresh()
        if not self.settings.has_unsaved_changes():
            self.settings.refresh()
        if not self.retention.has_unsaved_changes():
            self.retention.refresh()
        if self.due is not None:
            self.due.refresh()
        if self.audit is not None:
            self.audit.refresh()
        if self.server is not None:
            self.server.refresh()

    def has_unsaved_changes(self) -> bool:
        return (
            self.business.has_unsaved_changes()
            or self.settings.has_unsaved_changes()
            or self.retention.has_unsaved_changes()
        )

    def save_changes(self) -> bool:
        ok = True
        if self.business.has_unsaved_changes():
            ok = self.business.save() and ok
        if self.settings.has_unsaved_changes():
            ok = self.settings.save() and ok
        if self.retention.has_unsaved_changes():
            ok = self.retention.save() and ok
        return ok

    def discard_changes(self) -> None:
        self.business.discard()
        self.settings.discard()
        self.retention.discard()
