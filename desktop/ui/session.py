"""The person at the keyboard: the lock screen over the work, unlocking, another person taking
over the workstation, and the logout when the window closes."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.access.gate import LoginResult
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.ui.dialogs.login import LoginForm
from desktop.ui.idle import IdleWatcher
from desktop.ui.page import Page
from desktop.ui.preferences import Preferences


class SessionWindow(Protocol):
    """What the session needs of the main window."""

    services: Services  # the person logged in now
    page_list: list[Page]
    register_replaced: bool  # a restore closed the register: no lock, no logout

    def window(self) -> QWidget: ...  # the top-level widget: the questions' parent

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def current_page(self) -> Page: ...

    def remind_of_deadlines(self) -> None: ...


class Session(QObject):
    """Locks the window (on request or when idle) and unlocks it for the same or another person.

    `cover` shows the work or, while locked, the lock screen in its place. When another person
    logs in, `taken_over` gives their services before the work is shown again.
    """

    taken_over = Signal(object)  # Services

    def __init__(
        self,
        window: SessionWindow,
        workspace: QWidget,
        remembered: RememberedLogins,
        preferences: Preferences,
        lock_timeout_ms: int,
    ) -> None:
        super().__init__(window.window())
        self.main = window
        self.remembered = remembered
        self.preferences = preferences

        self.lock_screen = QWidget()
        self.lock_screen.setObjectName("lockScreen")
        self.lock_layout = QVBoxLayout(self.lock_screen)
        self.lock_form: LoginForm | None = None
        self.cover = QStackedWidget()
        self.cover.addWidget(workspace)
        self.cover.addWidget(self.lock_screen)

        self.idle = IdleWatcher(lock_timeout_ms, window.window())
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)

    # --- locking -------------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.cover.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.is_locked() or self.main.register_replaced:
            return
        services = self.main.services
        services.gate.record(services.user, "lock")
        if self.lock_form is not None:
            self.lock_layout.removeWidget(self.lock_form)
            self.lock_form.deleteLater()
        user = services.user
        # The session's texts are the main window's: they keep its translation context.
        heading = QCoreApplication.translate("MainWindow", "Locked. {name} is logged in.")
        self.lock_form = LoginForm(
            services.gate,
            self.remembered,
            self.preferences,
            heading=heading.format(name=user.full_name),
            lock_screen_for=user,
        )
        self.lock_form.setObjectName("lockForm")
        self.lock_form.setMaximumWidth(460)
        self.lock_form.reload_users(preselect=user.username)
        self.lock_form.logged_in.connect(self.unlocked)
        self.lock_form.recovery_button.hide()
        self.lock_layout.addStretch(1)
        self.lock_layout.addWidget(self.lock_form, 0, Qt.AlignmentFlag.AlignHCenter)
        self.lock_layout.addStretch(1)
        self.cover.setCurrentWidget(self.lock_screen)
        self.main.menuBar().setEnabled(False)
        self.lock_form.focus_password()

    def unlocked(self, result: LoginResult) -> None:
        """The same person is back, or another person takes over the workstation."""
        previous = self.main.services
        switched = result.user.id != previous.user.id
        if switched:
            self._end_session_of(previous)
            self.taken_over.emit(Services.for_user(previous.gate, result.user))
        while self.lock_layout.count():
            self.lock_layout.takeAt(0)
        self.cover.setCurrentIndex(0)
        self.main.menuBar().setEnabled(True)
        self.idle.touch()
        self.main.current_page().refresh()
        if switched:
            self.main.remind_of_deadlines()

    def _end_session_of(self, previous: Services) -> None:
        """Another person logged in: ask whether the previous person's unsaved edits are kept."""
        unsaved = [page for page in self.main.page_list if page.has_unsaved_changes()]
        if unsaved:
            keep = ask_keep_edits(self.main.window(), previous.user.full_name)
            for page in unsaved:
                if keep:
                    page.save_changes()
                else:
                    page.discard_changes()
        previous.gate.record(previous.user, "logout")

    # --- closing -------------------------------------------------------------------------------
    def may_close(self) -> bool:
        """Unsaved edits are saved or discarded as the user answers; False: they cancelled."""
        if self.main.register_replaced:
            return True
        unsaved = [page for page in self.main.page_list if page.has_unsaved_changes()]
        if unsaved and not self.is_locked():
            answer = ask_save_on_close(self.main.window())
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            for page in unsaved:
                if answer == QMessageBox.StandardButton.Save:
                    page.save_changes()
                else:
                    page.discard_changes()
        return True

    def end(self) -> None:
        """The window closes: the person is logged out (unless a restore closed the register)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        services = self.main.services
        if not self.main.register_replaced:
            services.gate.record(services.user, "logout")
        # Copies of attachments opened in the system viewer are plaintext: never leave them.
        services.attachments.temp_copies.cleanup()


def ask_keep_edits(parent: QWidget, name: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("keepEditsQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow", "{name} left changes that are not saved. Keep them?"
        ).format(name=name)
    )
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "Save their changes"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("MainWindow", "Discard their changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.exec()
    return box.clickedButton() is keep


def ask_save_on_close(parent: QWidget) -> QMessageBox.StandardButton:
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Unsaved changes"),
        QCoreApplication.translate("MainWindow", "Some changes are not saved. Save them now?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
