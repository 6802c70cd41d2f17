"""The login: at start, on the lock screen and when another person takes over the workstation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import TooManyAttempts, UserError, WrongPassword
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate, LoginResult
from desktop.services.access.remember import RememberedLogins
from desktop.ui.i18n import error_text
from desktop.ui.ops import run_op
from desktop.ui.preferences import Preferences
from desktop.ui.widgets.form import ERROR_STYLE
from desktop.ui.widgets.message import ReservedLabel, grow_to_fit

if TYPE_CHECKING:
    from desktop.ui.backup.restore_wizard import RestoreWizard

log = logging.getLogger(__name__)


def while_deriving(
    login: Callable[[], LoginResult], prepare: Callable[[], None] | None
) -> LoginResult:
    """`login` (the Argon2id key derivation, which lets go of the GIL, then opening the
    register) in a worker thread while this GUI thread runs `prepare` (the main window's
    modules): the wait is the longer of the two, not their sum. `login`'s error is raised here."""
    if prepare is None:
        return login()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kirjuri-login") as pool:
        result = pool.submit(login)
        try:
            prepare()
        except Exception:  # what comes after the login reports any problem itself
            log.debug("preparing for after the login failed", exc_info=True)
        return result.result()


class LoginForm(QWidget):
    """User name, password and "remember me". Emits `logged_in` with the result."""

    logged_in = Signal(object)  # LoginResult
    recovery_requested = Signal()

    def __init__(
        self,
        gate: Gate,
        remembered: RememberedLogins,
        preferences: Preferences,
        *,
        heading: str = "",
        lock_screen_for: CurrentUser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        # Run on this (GUI) thread while the key is derived: KirjuriApp imports the main window.
        self.prepare: Callable[[], None] | None = None
        # On the lock screen a remembered secret never unlocks: the password is asked.
        self.locked_user = lock_screen_for
        self.remembered = remembered
        self.preferences = preferences
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)
        self._wait_left = 0

        self.heading = ReservedLabel(1)
        self.heading.setText(heading or self.tr("Log in to Kirjuri"))
        self.heading.setObjectName("loginHeading")
        # Wrapped: "Locked. {name} is logged in." with a long name
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)

        self.username = QComboBox()
        self.username.setObjectName("username")
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setObjectName("remember")
        self.remember_note = ReservedLabel(1)  # wrapped, and never cut to fewer lines
        self.remember_note.setObjectName("rememberNote")
        self.remembered_hint = QLabel(self.tr("You are remembered on this computer: press Log in."))
        self.remembered_hint.setObjectName("rememberedHint")
        self.remembered_hint.hide()
        # Two lines are kept free for it: "wrong password" and "wait N seconds" never push the
        # fields about, and a longer text makes the window taller instead of being cut off.
        self.message = ReservedLabel(2)
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.recovery_button = QPushButton(self.tr("Forgot your password?"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setFlat(True)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.remembered_hint)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)  # a taller window leaves the fields where they are

        self.login_button.clicked.connect(self.attempt)
        # Enter in either field logs in once: the key is taken here, so neither the line edit's
        # returnPressed nor the dialog's default button sees it a second time.
        self.password.installEventFilter(self)
        line = self.username.lineEdit()
        if line is not None:
            line.installEventFilter(self)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.username.currentTextChanged.connect(self._user_changed)
        self.reload_users()
        self._offer_remember()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if not event.isAutoRepeat():
                self.attempt()
            return True
        return super().eventFilter(watched, event)

    # --- set-up --------------------------------------------------------------------------------
    def reload_users(self, preselect: str | None = None) -> None:
        self.username.blockSignals(True)
        self.username.clear()
        self.username.addItems(self.gate.usernames())
        self.username.blockSignals(False)
        if preselect:
            self.username.setCurrentText(preselect)
        self._user_changed(self.username.currentText())

    def _offer_remember(self) -> None:
        """Hidden, with a one-line reason, when there is no safe keyring or it is forbidden."""
        if self.locked_user is not None:
            self.remember.hide()
            self.remember_note.hide()
        elif not self.remembered.available():
            self.remember.hide()
            self.remember.setChecked(False)
            self.remember_note.setText(
                self.tr(
                    "“Remember me” is not available: this computer has no secure password store."
                )
            )
            self.remember_note.show()
        elif not self.preferences.remember_allowed(self.gate.register_id()):
            self.remember.hide()
            self.remember.setChecked(False)
            self.remember_note.setText(
                self.tr("The main user has turned off “Remember me” for this register.")
            )
            self.remember_note.show()
        else:
            self.remember.show()
            self.remember_note.hide()

    def _remembered_kek(self, username: str) -> bytes | None:
        if self.locked_user is not None or not username:
            return None
        if not self.preferences.remember_allowed(self.gate.register_id()):
            return None
        return self.remembered.recall(username.strip().lower())

    def _user_changed(self, username: str) -> None:
        remembered = self._remembered_kek(username) is not None
        self.remembered_hint.setVisible(remembered)
        if remembered:
            self.remember.setChecked(True)

    def focus_password(self) -> None:
        if self.username.currentText():
            self.password.setFocus()
        else:
            self.username.setFocus()

    # --- logging in ----------------------------------------------------------------------------
    def attempt(self) -> None:
        if self._wait_left or not self.login_button.isEnabled():
            return
        username = self.username.currentText().strip().lower()
        password = self.password.text()
        if not username:
            self._show(self.tr("Enter your user name."))
            return
        kek = None if password else self._remembered_kek(username)
        if not password and kek is None:
            self._show(self.tr("Enter your password."))
            return

        def log_in() -> LoginResult:
            if self.locked_user is not None and username == self.locked_user.username:
                return self.gate.unlock(self.locked_user, password)
            if kek is not None:
                return self.gate.login_with_kek(username, kek)
            return self.gate.login(username, password)

        def work() -> LoginResult:
            return while_deriving(log_in, self.prepare)

        self.login_button.setEnabled(False)
        run_op(
            parent=self,
            work=work,
            on_success=self._succeeded,
            on_user_error=lambda error: self._failed(error, username, remembered=kek is not None),
            on_done=lambda: self.login_button.setEnabled(not self._wait_left),
        )

    def _succeeded(self, result: LoginResult) -> None:
        self.password.clear()
        self.message.hide()
        if not self.remember.isHidden() and self.remember.isChecked():
            self.remembered.remember(result.user.username, result.kek)
        elif not self.remember.isHidden():
            self.remembered.forget(result.user.username)
        self.logged_in.emit(result)

    def _failed(self, error: UserError, username: str, *, remembered: bool) -> None:
        self.password.clear()
        self.password.setFocus()
        if remembered and isinstance(error, WrongPassword):
            # The password changed since: the remembered secret is stale. Ask for the password.
            self.remembered.forget(username)
            self.remembered_hint.hide()
            self._show(self.tr("Your password has changed. Log in with your password."))
            return
        if isinstance(error, TooManyAttempts):
            seconds = error.params.get("seconds")  # the gate always gives it, as an int
            self._start_wait(seconds if isinstance(seconds, int) else 5)
            self._show(error_text(error))
            return
        text = error_text(error)
        wait = self.gate.throttle.seconds_to_wait(username)
        if wait:
            # Say at once that the next try must wait, rather than after a futile attempt.
            self._start_wait(wait)
            text += "\n" + error_text(TooManyAttempts(seconds=wait))
        self._show(text)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.login_button.setEnabled(False)
        self._wait_timer.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._wait_timer.stop()
            self.login_button.setEnabled(True)
            self.message.hide()


class LoginDialog(QDialog):
    """The login at start. `result` holds the LoginResult once accepted."""

    def __init__(
        self,
        gate: Gate,
        remembered: RememberedLogins,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in"))
        self.result_: LoginResult | None = None
        self.form = LoginForm(gate, remembered, preferences, parent=self)
        self.form.logged_in.connect(self._done)
        self.form.recovery_requested.connect(self._recover)
        # When the register is damaged or lost, the way back is a backup: no login needed here,
        # the backup asks for its own main user's password or the recovery key.
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("loginRestore")
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(420)
        self.form.focus_password()
        self.gate = gate

    def _done(self, result: LoginResult) -> None:
        self.result_ = result
        self.accept()

    def restore_wizard(self) -> RestoreWizard:
        from desktop.ui.backup.restore_wizard import RestoreWizard

        return RestoreWizard(self.gate.files, self.gate.close, self, self.form.preferences)

    def restore(self) -> None:
        wizard = self.restore_wizard()
        wizard.exec()
        self.after_restore(wizard)

    def after_restore(self, wizard: RestoreWizard) -> None:
        if wizard.result_ is not None:
            self.form.message.hide()
            self.form.reload_users()
            self.form.focus_password()

    def _recover(self) -> None:
        from desktop.ui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.gate, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            self._done(dialog.result_)
