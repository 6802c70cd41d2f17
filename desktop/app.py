"""The composition root: run_gui sets up logging, the error hook and the QApplication, then
KirjuriApp builds the services and hands them to the windows: lock → set-up or login → main
window.

The login window comes first and fast: everything only the main window, the set-up wizard or the
demo needs (the services container, the ORM models of the pages, reportlab, pyHanko, Alembic) is
imported inside the function that needs it, never at the top of this module;
tests/test_start_imports.py keeps it so.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.settings import ALLOW_REMEMBER_ME
from desktop.errors import UserError
from desktop.paths import Paths
from desktop.private_files import make_folder
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.store import restore_journal
from desktop.store.register_files import RegisterFiles, RegisterLock
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.i18n import error_text, translate
from desktop.ui.messages import show_error, show_info
from desktop.ui.preferences import Preferences

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class KirjuriApp:
    def __init__(self, paths: Paths, preferences: Preferences) -> None:
        self.paths = paths
        self.preferences = preferences
        self.files = RegisterFiles(paths.register)
        self.lock = RegisterLock(self.files)
        self.gate = Gate(self.files)
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Returns True when the main window is showing; False when the user gave up."""
        try:
            make_folder(self.files.db.parent, own=False)
            self.lock.acquire()
            self.gate.settle_interrupted_restore()
        except (UserError, OSError) as exc:
            show_error(None, error_text(exc) if isinstance(exc, UserError) else str(exc))
            return False
        try:
            user = self._first_run() if not self.files.exists() else self._login()
        except UserError as exc:
            show_error(None, error_text(exc))
            user = None
        if user is None:
            self.shutdown()
            return False
        self._apply_remember_policy(user)
        register = self.gate.register
        assert register is not None
        if register.upgraded_from_copy is not None:
            show_info(
                None,
                translate(
                    "App",
                    "The register was updated for this version of Kirjuri. A copy of it as it "
                    "was before is kept at {path}.",
                ).format(path=str(register.upgraded_from_copy)),
            )
        self._tell_about_settled_restore()
        from desktop.services.container import Services
        from desktop.ui.main_window import MainWindow

        self.window = MainWindow(
            Services.for_user(self.gate, user),
            self.preferences,
            RememberedLogins(register.register_id),
        )
        self.window.leave_demo_requested.connect(self.leave_demo)
        self.window.show()
        log.info("main window shown")
        self.window.remind_at_login = True
        self.window.remind_of_deadlines()
        return True

    def _tell_about_settled_restore(self) -> None:
        """A restore cut short (power cut, pulled stick) was put right while opening: say how."""
        outcome, self.gate.restore_settled_at_login = self.gate.restore_settled_at_login, None
        if outcome == "completed":
            text = translate(
                "App",
                "The last restore of a backup was interrupted before it was finished. Kirjuri "
                "finished it now: the register is the restored backup. The register as it was "
                "before the restore is kept as a copy in the same folder.",
            )
        elif outcome == "rolled_back":
            text = translate(
                "App",
                "The last restore of a backup was interrupted and could not be finished. Kirjuri "
                "put the register back as it was before the restore; nothing was lost. You can "
                "restore the backup again.",
            )
        elif outcome == "unresolved":
            text = translate(
                "App",
                "A restore of a backup was interrupted, and files Kirjuri needs to finish or undo "
                "it are missing. The register opened as it is now. Check that customers and "
                "requests look right; if they do not, restore the backup again. The file {path} "
                "tells whoever helps you what happened.",
            ).format(path=str(restore_journal.journal_path(self.files.db)))
        else:
            return
        show_info(None, text)

    def _first_run(self) -> CurrentUser | None:
        from desktop.ui.setup.wizard import SetupWizard

        wizard = SetupWizard(self.files)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if accepted and wizard.wants_demo:
            return self._open_demo()
        if accepted and wizard.restored:
            return self._login()
        if not accepted or wizard.created is None:
            if wizard.created is not None:  # created, then the wizard was closed: still usable
                self.gate.register = wizard.created.register
                return wizard.created.admin
            return None
        self.gate.register = wizard.created.register
        return wizard.created.admin

    def _open_demo(self) -> CurrentUser:
        """Leave the real register's path alone (unlocked, still not created); open the demo."""
        from desktop.ui.setup.demo import open_demo_register

        self.lock.release()
        demo = open_demo_register(self.paths.demo_register)
        self.files, self.lock, self.gate = demo.files, demo.lock, demo.gate
        return demo.user

    def leave_demo(self) -> None:
        """From the demo to one's own register without quitting: the demo closes (logged out
        as usual) and the first start begins again on the real register's path."""
        window = self.window
        app = QApplication.instance()
        if window is None or not isinstance(app, QApplication):
            return
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not window.close():
                return  # the user kept unsaved changes open
            window.deleteLater()
            self.window = None
            self.shutdown()
            self.files = RegisterFiles(self.paths.register)
            self.lock = RegisterLock(self.files)
            self.gate = Gate(self.files)
            started = self.start()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        if not started:
            app.quit()

    def _login(self) -> CurrentUser | None:
        remembered = RememberedLogins(self.gate.register_id())
        dialog = LoginDialog(self.gate, remembered, self.preferences)
        dialog.form.prepare = prepare_main_window
        if not os.environ.get(BENCH_EXIT_ON_SHOWN):
            after_first_paint(dialog, warm_up_services)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
            return None
        return dialog.result_.user

    def _apply_remember_policy(self, user: CurrentUser) -> None:
        """Cache the main user's choice for the next login; forbidden means forget secrets."""
        from desktop.services.register.settings import read_setting

        register = self.gate.register
        assert register is not None
        allowed = bool(read_setting(register, ALLOW_REMEMBER_ME))
        self.preferences.set_remember_allowed(register.register_id, allowed)
        if not allowed:
            remembered = RememberedLogins(register.register_id)
            for username in register.keyslots.usernames():
                remembered.forget(username)

    def shutdown(self) -> None:
        # A page's background job (run_op) may still read the register: let it end before the
        # register is closed and unlocked under it (its outcome goes nowhere if its window is
        # gone, see desktop/ui/ops.py).
        QThreadPool.globalInstance().waitForDone()
        self.gate.close()
        self.lock.release()


def warm_up_services() -> None:
    """While the user types the password and the key is derived, a daemon thread imports what the
    main window's services need (reportlab, pyHanko, the ORM models of the pages): Qt-free
    modules only (tests/test_architecture.py), so no Qt object is made off the GUI thread. The
    window's own modules are imported on the GUI thread when it is built."""
    import importlib
    import threading

    def warm() -> None:
        try:
            importlib.import_module("desktop.services.container")
            # The newest migration, which opening the register compares with its own.
            importlib.import_module("desktop.store.schema").head_revision()
        except Exception:  # the real import after the login reports any problem
            log.debug("warming up the services failed", exc_info=True)

    threading.Thread(target=warm, name="kirjuri-warm-up", daemon=True).start()


def prepare_main_window() -> None:
    """While the key is derived (LoginForm.prepare): the main window's and its pages' modules,
    on the GUI thread (they define Qt classes). The first login then waits for the longer of
    the two, not both; later ones find them imported."""
    import importlib

    for name in ("desktop.services.container", "desktop.ui.main_window"):
        importlib.import_module(name)


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once, from the event loop, after `window` was first painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    window.installEventFilter(FirstPaint(window))


# benchmarks/startup.py: print a marker and leave as soon as the first window is on screen.
BENCH_EXIT_ON_SHOWN = "KIRJURI_BENCH_EXIT_ON_SHOWN"
BENCH_MARKER = "kirjuri-bench: window shown"


def _exit_when_shown(app: QApplication) -> None:
    """Cold-start measurement only: the first top-level window's first paint ends the process."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstWindow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                QTimer.singleShot(0, lambda: _leave(type(watched).__name__))
            return False

    def _leave(name: str) -> None:
        print(f"{BENCH_MARKER} {name}", flush=True)
        os._exit(0)  # no clean-up: the benchmark's register is a throw-away copy

    watcher = FirstWindow(app)
    app.installEventFilter(watcher)


def run_gui(db: Path | None = None, lang: str | None = None) -> int:
    from desktop.leftovers import private_run
    from desktop.logs import configure_logging

    paths = Paths.default(db)
    configure_logging(paths.log_dir)
    with private_run(paths, [paths.register.parent]):
        return _run_window(paths, lang)


def _run_window(paths: Paths, lang: str | None) -> int:
    from desktop.ui import file_dialogs, i18n
    from desktop.ui.app_icon import app_icon
    from desktop.ui.application import widget_application
    from desktop.ui.dialogs.crash import install_excepthook
    from desktop.ui.preferences import Preferences
    from desktop.ui.style import install_style

    app = widget_application(sys.argv[:1])
    app.setApplicationName("Kirjuri")
    app.setApplicationDisplayName("Kirjuri")
    app.setDesktopFileName("fi.kirjuri.Kirjuri")  # Wayland/X11 match it to the .desktop file
    app.setWindowIcon(app_icon())
    install_style(app)  # tab labels keep their descenders (desktop/ui/style.py)
    app.setQuitOnLastWindowClosed(True)
    if os.environ.get(BENCH_EXIT_ON_SHOWN):
        _exit_when_shown(app)
    preferences = Preferences(paths.settings_file)
    file_dialogs.remember_in(preferences)
    language = i18n.choose_language(lang or preferences.language)
    if not i18n.install(language):
        log.warning("translation for %s not found; showing source texts", language)
    install_excepthook()
    kirjuri = KirjuriApp(paths, preferences)
    if not kirjuri.start():
        return 0
    try:
        return app.exec()
    finally:
        kirjuri.shutdown()
