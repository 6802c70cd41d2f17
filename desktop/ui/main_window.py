"""The main window: navigation on the left, the page on the right; the session (desktop.ui.session)
locks both behind the lock screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import ROLE_LABELS, Permission
from desktop.core.settings import AUTO_LOCK_MINUTES
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.admin.page import AdminPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.dialogs.about import AboutDialog
from desktop.ui.dialogs.change_password import ChangePasswordDialog
from desktop.ui.dialogs.signature import SignatureDialog
from desktop.ui.help.guide import GuideWindow
from desktop.ui.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.moved_banner import MovedBanner
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.pages import build_pages
from desktop.ui.preferences import Preferences
from desktop.ui.server_limits import refused_on_server
from desktop.ui.session import Session
from desktop.ui.widgets.screen import FRAME_HEIGHT, FRAME_WIDTH, PageStack, scrolled

if TYPE_CHECKING:
    from desktop.services.access.gate import LoginResult
    from desktop.ui.backup.restore_wizard import RestoreWizard
    from desktop.ui.dialogs.login import LoginForm

DEFAULT_SIZE = (1280, 760)  # px; never more than the screen's free area
NAV_WIDTH = 170  # px; wider when a page name needs it
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
        self.pages = PageStack()
        self.pages.setObjectName("pages")
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        # A page that needs more than a small screen has (1280×720 at 125 % leaves 1024×576)
        # scrolls rather than making the window larger than the screen.
        row.addWidget(scrolled(self.pages), 1)

        self.page_list: list[Page] = []
        self._pages_language: str | None = None  # the language the pages were built in
        self._start_language = i18n.current_language()
        self._retranslating = False
        self.guide: GuideWindow | None = None
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
        self.moved_banner = MovedBanner()  # a register moved to the office server: read-only
        column.addWidget(self.moved_banner)
        column.addWidget(self.session.cover, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.statusBar().addPermanentWidget(self.user_label)

        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self._install(services)
        # On a server: the page on screen follows the other workstations' changes.
        self.live = LiveUpdates.for_services(services, self)
        self.offline_label = QLabel()
        self.offline_label.setObjectName("statusOffline")
        self.offline_label.setWordWrap(True)
        self.offline_label.hide()
        self._offline_text()
        self.statusBar().addWidget(self.offline_label, 1)
        if self.live is not None:
            self.live.tables_changed.connect(self._changed_elsewhere)
            self.live.connected.connect(self._server_connection)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a 1280×720 laptop at 125 % has 1024×576)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # The frame (title bar, borders) comes on top of the size given here.
        # Before the first show it is not known yet: the usual title bar and borders then.
        frame = self.frameGeometry().size() - self.size()
        frame_width = frame.width() if frame.width() > 0 else FRAME_WIDTH
        frame_height = frame.height() if frame.height() > 0 else FRAME_HEIGHT
        width = min(self.width(), free.width() - frame_width)
        height = min(self.height(), free.height() - frame_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    # --- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menus and their actions; their texts are set by _retranslate_menus (again on a
        change of language)."""
        self.file_menu = self.menuBar().addMenu("")
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_current)
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore_backup)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock)
        self.signature_action = QAction(self)
        self.signature_action.setObjectName("signatureAction")
        self.signature_action.triggered.connect(self.edit_signature)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.session.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        # Each user's own language, in its own name (a Swede finds "Svenska" in a Finnish menu).
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        entries: tuple[QAction | QMenu | None, ...] = (
            self.save_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.password_action,
            self.signature_action,
            self.language_menu,
            self.lock_action,
            self.switch_action,
            None,
            self.quit_action,
        )
        for entry in entries:
            if entry is None:
                self.file_menu.addSeparator()
            elif isinstance(entry, QMenu):
                self.file_menu.addMenu(entry)
            else:
                self.file_menu.addAction(entry)

        self.go_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        # F1 also in the dialogs the window opens: the guide turns to what is on screen.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda: self.show_help())
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)
        self._retranslate_menus()

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.save_action.setText(self.tr("&Save"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.signature_action.setText(self.tr("My si&gnature…"))
        self.switch_action.setText(self.tr("S&witch user…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("La&nguage"))
        current = self.language_actions.get(i18n.ui_language())
        if current is not None:
            current.setChecked(True)
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &guide"))
        self.about_action.setText(self.tr("&About Kirjuri"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.demo_banner.setText(
            self.tr(
                "Demo register — the people in it are made up. Your own register is kept "
                "separately."
            )
        )

    def _install(self, services: Services) -> None:
        """Build the pages for the person now logged in (their role decides what they see), in
        their own language."""
        self.services = services
        self._apply_user_language(taking_over=self._pages_language is not None)
        self._build_pages(keep_page=False)

    def _build_pages(self, *, keep_page: bool) -> None:
        services = self.services
        shown = max(0, self.nav.currentRow()) if keep_page else 0
        self._pages_language = i18n.ui_language()
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
        shown = shown if shown < self.nav.count() else 0
        # The list was cleared (no current row): this emits currentRowChanged, whose _show_page
        # shows and refreshes the page — once; a second call ran the dashboard's queries twice.
        self.nav.setCurrentRow(shown)
        user = services.user
        self.backup_action.setVisible(user.can(Permission.BACKUP))
        # Restoring replaces everything: the main user's decision.
        self.restore_action.setVisible(user.can(Permission.MANAGE_SETTINGS))
        role = QCoreApplication.translate("Roles", ROLE_LABELS[user.role])
        self.user_label.setText(f"{user.full_name} · {role}")
        business = services.business.get().name
        is_demo = services.register_info.is_demo()
        demo = self.tr(" — DEMO REGISTER") if is_demo else ""
        server = services.register_info.files().server
        if server is not None:  # the workstations of one office tell their registers apart
            demo += self.tr(" — office server {server}").format(server=server.split("//")[-1])
        # Qt adds " — Kirjuri" (the application's display name) to every window's title.
        self.setWindowTitle(f"{business}{demo}")
        self.demo_banner.setVisible(is_demo)
        self.demo_bar.setVisible(is_demo)
        self.moved_banner.show_for(services)

    # --- language ------------------------------------------------------------------------------
    def _apply_user_language(self, *, taking_over: bool) -> None:
        """The person's own choice (File → Language); without one, the language the program
        started in (this computer's, or kirjuri --lang), also when another person takes over."""
        user = self.services.user
        own = self.preferences.user_language(self.services.register_info.register_id(), user.id)
        if own is None and not taking_over:
            return
        wanted = own or self._start_language
        if wanted is not None and wanted != i18n.current_language():
            i18n.install(wanted)

    def choose_language(self, code: str) -> None:
        """Switch now, without a restart, and keep it as this user's own choice."""
        self.preferences.set_user_language(
            self.services.register_info.register_id(), self.services.user.id, code
        )
        if code == i18n.current_language():
            return
        unsaved = [page for page in self.page_list if page.has_unsaved_changes()]
        if unsaved and not all(page.save_changes() for page in unsaved):
            self.language_actions[i18n.ui_language()].setChecked(True)
            return  # the page said why; the language stays until the edits are saved
        i18n.install(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Installing a language sends LanguageChange (once for each catalogue removed and
        added): retranslate once, after the last of them."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self._retranslate)  # not after the window is gone
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._retranslating = False
        if not shiboken6.isValid(self.file_menu):  # the window is being taken down
            return
        self._retranslate_menus()
        self._offline_text()
        if (
            self.isVisible()  # a window being closed keeps its pages as they are
            and self._pages_language is not None
            and self._pages_language != i18n.ui_language()
        ):
            self._build_pages(
                keep_page=True
            )  # pages hold no unsaved edits here: choose_language saved them

    # --- help ----------------------------------------------------------------------------------
    def help_topic(self) -> str:
        """The guide's page for what has the focus: a dialog's own topic, else the page's."""
        widget: QObject | None = QApplication.focusWidget() or QApplication.activeWindow()
        while widget is not None:
            topic = widget.property("helpTopic")
            if topic:
                return str(topic)
            widget = widget.parent()
        page = self.current_page() if self.page_list else None
        return str(page.property("helpTopic") or "index") if page is not None else "index"

    def show_help(self, topic: str | None = None) -> GuideWindow:
        """F1: the guide at the page for what is on screen. Over a modal dialog the guide is that
        dialog's child, or the dialog would block it."""
        topic = topic or self.help_topic()
        owner = QApplication.activeModalWidget() or self
        if (
            self.guide is None
            or not shiboken6.isValid(self.guide)
            or self.guide.parent() is not owner
        ):
            if self.guide is not None and shiboken6.isValid(self.guide):
                self.guide.close()
                self.guide.deleteLater()
            self.guide = GuideWindow(owner)
            self.guide.setWindowFlag(Qt.WindowType.Window, True)
        self.guide.show_topic(topic)
        return self.guide

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

    def _offline_text(self) -> None:
        self.offline_label.setText(
            self.tr(
                "No connection to the office's server. Kirjuri keeps trying; what you type is "
                "kept until it can be saved."
            )
        )

    def _server_connection(self, connected: bool) -> None:
        # Back again, the listener reports every table changed: the page reloads then.
        self.offline_label.setVisible(not connected)

    def _changed_elsewhere(self, tables: frozenset[str]) -> None:
        if self.page_list and not self.session.is_locked():
            self.current_page().changed_elsewhere(tables)

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

        # On the office server too: one snapshot of the server (store/server_backup.py).
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
        if refused_on_server(self, self.services):
            return
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
        if self.live is not None:
            self.live.stop()
        self.session.end()
        event.accept()
