"""Two kinds of error.

UserError: the environment's or the user's fault (wrong password, disk full, a file that is not a
register). It carries an English source text marked for translation and is shown plainly, in the
user's language, without a traceback.

Anything else is a bug in Kirjuri: it reaches the crash dialog with a report that holds no personal
data, and the rotating log.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"
Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


class UserError(Exception):
    """An error the user can understand and act on. `message` is an untranslated source text."""

    message: str = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed.")
    # 2 (the request cannot be done as given) unless a class says otherwise: 1 is kept for
    # `kirjuri check` finding problems, so a script can tell the two apart.
    exit_code: int = 2

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message)

    def text(self, translate: Translate = _identity) -> str:
        """The message in the user's language, with its parameters filled in."""
        return translate(CONTEXT, self.message).format(**self.params)


class WrongPassword(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The user name or password is wrong. Check the spelling and Caps Lock."
    )
    exit_code = 3


class WrongRecoveryKey(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The recovery key is wrong. Type it exactly as it is on the recovery sheet."
    )
    exit_code = 3


class TooManyAttempts(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong attempts. Wait {seconds} seconds before trying again."
    )
    exit_code = 3


class UserDisabled(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This user has been removed from the register. Ask the main user for access."
    )
    exit_code = 3


class NotARegister(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a Kirjuri register. Choose the register file (.kirjuri)."
    )
    exit_code = 4


class MissingKeySlots(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} that belongs beside the register is missing, so the register cannot "
        "be opened. Put the .keys file back beside the register or restore a backup.",
    )
    exit_code = 4


class KeySlotsDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} beside the register has been edited or damaged, so the register is "
        "not opened. The register itself was not touched. Put back the .keys file from the latest "
        "backup, or restore the backup.",
    )
    exit_code = 5


class NewerKeySlots(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} was written by a newer version of Kirjuri. Install the newer version "
        "to open the register; this version will not change it.",
    )
    exit_code = 6


class WrongKeyFile(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} belongs to another register, so this register cannot be opened with "
        "it. Nothing was changed. Put this register's own .keys file beside it (from the same "
        "backup as the register).",
    )
    exit_code = 10


class RegisterMissing(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "There is no register at {path}.")
    exit_code = 4


class CorruptRegister(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register file is damaged and cannot be read safely. Nothing has been changed. "
        "Restore the latest backup (“Restore from a backup…” in the login window) or contact "
        "support.",
    )
    exit_code = 5


class SchemaStampMismatch(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register's version stamp ({revision}) is older than its tables, so it cannot be "
        "brought up to date safely. Nothing was changed. Restore the latest backup or contact "
        "support.",
    )
    exit_code = 5


class NewerRegister(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This register was saved by a newer version of Kirjuri. Install the newer version to open "
        "it; this version will not change it.",
    )
    exit_code = 6


class DiskFull(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so the change was not saved. Nothing was lost. Free some space and try "
        "again.",
    )
    exit_code = 7


class ReadOnlyLocation(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Kirjuri cannot write to {path}. The disk or folder is read-only. Nothing was changed. "
        "Move the register to a writable folder or check its permissions.",
    )
    exit_code = 7


class ServerUnreachable(UserError):
    """The connection to the register's PostgreSQL server broke (network, server restart).
    The transaction was rolled back whole by the server; the next attempt connects anew."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the office's server was lost, so this was not saved; nothing was "
        "half-saved. What you typed is kept. Kirjuri tries again; if this goes on, check the "
        "network connection.",
    )
    exit_code = 7


class RegisterInUse(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register is already open in another Kirjuri window on this computer. Use that window, "
        "or close it first.",
    )
    exit_code = 8


class RegisterExists(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "A register already exists at {path}. Choose another location."
    )
    exit_code = 4


class PermissionDenied(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this: {action}.")
    exit_code = 9


class SigningKeyMissing(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your key slot does not hold the main users' signing key yet, so you cannot change users. "
        "Ask another main user to give you a new password, or log in once with the recovery key.",
    )
    exit_code = 9


class UserRecordForged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The user record of {username} was changed outside Kirjuri (its role or status is not "
        "signed by a main user), so the login is refused. A main user should run "
        "“kirjuri check” and restore the latest backup.",
    )
    exit_code = 9


class PasswordTooShort(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The password must be at least {minimum} characters long."
    )


class ValidationError(UserError):
    """One or more fields are wrong. `fields` maps a field name to an untranslated message
    (context "Validation"); `params` fill the placeholders of those messages."""

    message = QT_TRANSLATE_NOOP("Errors", "Some fields need attention.")

    def __init__(self, fields: dict[str, str], **params: object) -> None:
        super().__init__(None, **params)
        self.fields = fields


class ExportNotWritten(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The export could not be written to {path}. Check that the USB stick is still in "
        "place and try again; no half-written file was left behind.",
    )
    exit_code = 7


@contextlib.contextmanager
def writing_to(folder: Path) -> Iterator[None]:
    """Turns the OSError of writing a file the user asked for into the message that says why."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(path=str(folder)) from exc
        raise ExportNotWritten(path=str(folder)) from exc
