"""The main window: navigation on the left, the page on the right; the session (desktop.ui.session)
locks both behind the lock screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import ROLE_LABELS, Permission
from desktop.core.settings import AUTO_LOCK_MINUTES
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.ui.admin.page import AdminPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.dialogs.about import AboutDialog
from desktop.ui.dialogs.change_password import ChangePasswordDialog
from desktop.ui.dialogs.signature import SignatureDialog
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.pages import build_pages
from desktop.ui.preferences import Preferences
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.services.access.gate import LoginResult
    from desktop.ui.backup.restore_wizard import RestoreWizard
    from desktop.ui.dialogs.login import LoginForm

DEFAULT_SIZE = (1280, 760)  # px; never more than the screen's free area
NAV_WIDTH = 210  # px; wider when a page name needs it
NAV_ITEM_PADDING = 14  # px left and right of each page name
NAV_STYLE = f"""
QListWidget#navigation {{ border: none; background: palette(window); font-size: 11pt; }}
QListWidget#navigation::item {{ padding: 9px {NAV_ITEM_PADDING}px; }}
QListWidget#navigation::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
"""
DEMO_BANNER_STYLE = """
QLabel#demoBanner { background: #ffe45c; color: #2b2300; font-weight: bold; padding: 6px 12px;
                    border-bottom: 1px solid #d4b400; }
"""


class MainWindow(QMainWindow):
    leave_demo_requested = Signal()  # "Create my own register…" in the demo: the app handles it

    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        remembered: RememberedLogins,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.preferences = preferences
        self.remembered = remembered
        self.setObjectName("mainWindow")
        self.resize(*DEFAULT_SIZE)  # made to fit the screen below
        if geometry := preferences.window_geometry():
            self.restoreGeometry(geometry)
        self._fit_to_screen()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.page_list: list[Page] = []
        self.register_replaced = False  # a restore closed the register: quit without a logout
        self.remind_at_login = False  # KirjuriApp turns it on; the widget tests leave it off
        self.session = Session(self, workspace, remembered, preferences, self._lock_timeout_ms())
        self.session.taken_over.connect(self._install)
        self.idle = self.session.idle
        self.demo_banner = QLabel(
            self.tr(
                "Demo register — the people in it are made up. Your own register is kept "
                "separately."
            )
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(DEMO_BANNER_STYLE)
        self.demo_banner.setWordWrap(True)
        self.demo_banner.hide()
        # The way out of the demo: close it and create one's own register, without quitting.
        self.own_register_button = QPushButton(self.tr("Create my own register…"))
        self.own_register_button.setObjectName("createOwnRegister")
        self.own_register_button.clicked.connect(self.leave_demo_requested.emit)
        self.demo_bar = QWidget()
        self.demo_bar.setObjectName("demoBar")
        bar = QHBoxLayout(self.demo_bar)
        bar.setContentsMargins(0, 0, 8, 0)
        bar.addWidget(self.demo_banner, 1)
        bar.addWidget(self.own_register_button)
        self.demo_bar.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_bar)
        column.addWidget(self.session.cover, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.statusBar().addPermanentWidget(self.user_label)

        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self._install(services)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a 1280×720 laptop at 125 % has 1024×576)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # The frame (title bar, borders) comes on top of the size given here.
        frame = self.frameGeometry().size() - self.size()
        width = min(self.width(), free.width() - max(frame.width(), 0))
        height = min(self.height(), free.height() - max(frame.height(), 0))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    # --- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_current)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore_backup)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock)
        self.signature_action = QAction(self.tr("My si&gnature…"), self)
        self.signature_action.setObjectName("signatureAction")
        self.signature_action.triggered.connect(self.edit_signature)
        self.switch_action = QAction(self.tr("S&witch user…"), self)
        self.switch_action.triggered.connect(self.session.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.save_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.password_action,
            self.signature_action,
            self.lock_action,
            self.switch_action,
            None,
            self.quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Kirjuri"), self)
        about.triggered.connect(self.show_about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about)
        help_menu.addAction(about_qt)

    def _install(self, services: Services) -> None:
        """Build the pages for the person now logged in (their role decides what they see)."""
        self.services = services
        for page in self.page_list:
            self.pages.removeWidget(page)
            page.deleteLater()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.go_menu.clear()
        self.page_list = []
        for index, (title, page) in enumerate(
            build_pages(services, self.preferences, self._settings_saved)
        ):
            self.page_list.append(page)
            self.pages.addWidget(page)
            if isinstance(page, DashboardPage):
                page.review_due_requested.connect(self.open_due_for_erasure)
                page.open_page_requested.connect(self.open_page)
            self.nav.addItem(title)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.nav.setCurrentRow(i))
            self.go_menu.addAction(action)
        self.nav.blockSignals(False)
        # As wide as the longest page name needs (Swedish and Finnish names are longer).
        self.nav.ensurePolished()  # the style sheet's font size, before measuring
        metrics = self.nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
            default=0,
        )
        needed = longest + 2 * NAV_ITEM_PADDING + 2 * self.nav.frameWidth() + 8
        self.nav.setFixedWidth(max(NAV_WIDTH, needed))
        self.nav.setCurrentRow(0)
        self._show_page(0)
        user = services.user
        self.backup_action.setVisible(user.can(Permission.BACKUP))
        # Restoring replaces everything: the main user's decision.
        self.restore_action.setVisible(user.can(Permission.MANAGE_SETTINGS))
        role = QCoreApplication.translate("Roles", ROLE_LABELS[user.role])
        self.user_label.setText(f"{user.full_name} · {role}")
        business = services.business.get().name
        is_demo = services.register_info.is_demo()
        demo = self.tr(" — DEMO REGISTER") if is_demo else ""
        self.setWindowTitle(f"Kirjuri — {business}{demo}")
        self.demo_banner.setVisible(is_demo)
        self.demo_bar.setVisible(is_demo)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.page_list):
            self.pages.setCurrentIndex(index)
            self.page_list[index].refresh()

    def open_due_for_erasure(self) -> None:
        """Administration → Due for erasure (from the dashboard's reminder)."""
        for index, page in enumerate(self.page_list):
            if isinstance(page, AdminPage) and page.due is not None:
                page.tabs.setCurrentWidget(page.due)
                self.nav.setCurrentRow(index)
                return

    def open_page(self, name: str) -> None:
        """From the dashboard's first steps: "customers", "statement" or "users"."""
        from desktop.ui.customers.page import CustomersPage
        from desktop.ui.statement.page import StatementPage

        kinds: dict[str, type[Page]] = {
            "customers": CustomersPage,
            "statement": StatementPage,
            "users": AdminPage,
        }
        for index, page in enumerate(self.page_list):
            if isinstance(page, kinds[name]):
                if isinstance(page, AdminPage):
                    page.tabs.setCurrentWidget(page.users)
                self.nav.setCurrentRow(index)
                return

    def current_page(self) -> Page:
        return self.page_list[self.pages.currentIndex()]

    # --- actions -------------------------------------------------------------------------------
    def save_current(self) -> None:
        page = self.current_page()
        if page.has_unsaved_changes():
            page.save_changes()

    def edit_signature(self) -> None:
        SignatureDialog(self.services, self).exec()

    def change_password(self) -> None:
        def changed(kek: bytes) -> None:
            # A remembered secret for the old password is stale; store the new one if one was.
            if self.remembered.recall(self.services.user.username) is not None:
                self.remembered.remember(self.services.user.username, kek)

        ChangePasswordDialog(self.services.users, changed, self).exec()

    def back_up(self) -> None:
        from desktop.ui.backup.dialog import BackupDialog

        BackupDialog(self.services, self, self.preferences).exec()
        self.current_page().refresh()

    def restore_wizard(self) -> RestoreWizard:
        """The register is closed just before it is replaced (after the backup is unlocked and
        the user has confirmed); afterwards the restored register is opened in this window."""
        from desktop.ui.backup.restore_wizard import RestoreWizard

        gate = self.services.gate

        def close_register() -> None:
            self.register_replaced = True
            gate.close()

        return RestoreWizard(
            self.services.register_info.files(), close_register, self, self.preferences
        )

    def restore_backup(self) -> None:
        self.restore_wizard().exec()
        if self.register_replaced:
            self.reopen_after_restore()

    def reopen_after_restore(self) -> None:
        """The restored register in place of the old one: log in to it here, no restart. Who
        may log in is the backup's business, so the login asks again."""
        from desktop.ui.dialogs.login import LoginDialog

        gate = self.services.gate
        self.nav.setEnabled(False)
        self.pages.setEnabled(False)
        remembered = RememberedLogins(gate.register_id())
        login = LoginDialog(gate, remembered, self.preferences, self)
        login.form.heading.setText(self.tr("The backup was restored. Log in to the register."))
        login.restore_button.hide()
        if login.exec() != QDialog.DialogCode.Accepted or login.result_ is None:
            self.close()  # nobody logged in: the window goes, nothing is written
            return
        self.register_replaced = False
        self.remembered = remembered
        self.session.remembered = remembered
        self.nav.setEnabled(True)
        self.pages.setEnabled(True)
        self._install(Services.for_user(gate, login.result_.user))
        self.idle.touch()

    def show_about(self) -> None:
        AboutDialog(str(self.services.register_info.location()), self).exec()

    def _lock_timeout_ms(self) -> int:
        minutes = int(self.services.settings.get(AUTO_LOCK_MINUTES))
        return minutes * 60_000

    def _settings_saved(self) -> None:
        self.idle.set_timeout(self._lock_timeout_ms())

    # --- locking (the session's) ---------------------------------------------------------------
    @property
    def lock_form(self) -> LoginForm | None:
        return self.session.lock_form

    def is_locked(self) -> bool:
        return self.session.is_locked()

    def lock(self) -> None:
        self.session.lock()

    def _unlocked(self, result: LoginResult) -> None:
        self.session.unlocked(result)

    def remind_of_deadlines(self) -> None:
        """After a login: requests due within a week or late are told of, once."""
        if not self.remind_at_login:
            return
        from desktop.ui.dashboard.reminder import show_reminder

        run_op(
            parent=self,
            work=self.services.dashboard.summary,
            on_success=lambda summary: show_reminder(
                self, summary, lambda: self.nav.setCurrentRow(0)
            ),
        )

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.session.may_close():
            event.ignore()
            return
        self.preferences.set_window_geometry(self.saveGeometry())
        self.session.end()
        event.accept()
