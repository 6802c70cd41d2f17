"""What every `kirjuri` sub-command shares: exit codes, prompts, password reading, the user's
language, and the --db/--lang/--user/--password-stdin arguments. The command modules import this
one and never each other."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import Translate, UserError, ValidationError
from desktop.paths import Paths

if TYPE_CHECKING:
    from desktop.services.access.gate import Gate
    from desktop.store.register import RegisterFiles
    from desktop.store.server_admin import AdminAddress
    from desktop.store.server_profile import ServerProfile

EX_SOFTWARE = 70  # sysexits.h: internal software error
LANGUAGES = ("fi", "sv", "en")
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password: ")
PASSWORD_AGAIN_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password again: ")
PASSWORD_FOR_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for {username}: ")
SERVER_PASSWORD_PROMPT = QT_TRANSLATE_NOOP(
    "Cli", "Password of the server's administrator (Enter: from PGPASSWORD or ~/.pgpass): "
)
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "unexpected error ({type}). Details are in the log file.")
CREATED = QT_TRANSLATE_NOOP("Cli", "Created the register {path}")
MAIN_USER = QT_TRANSLATE_NOOP("Cli", "Main user: {username}")
RECOVERY_NOTICE = QT_TRANSLATE_NOOP(
    "Cli",
    "Recovery key (shown only this once):\n\n    {key}\n\n"
    "Print it or write it down and keep it in a safe. If every password is lost, it is the only\n"
    "way into the register. Kirjuri does not keep a copy.",
)
EXIT_CODES = """exit codes:
  0   done
  1   kirjuri check found problems
  2   wrong usage, no password given, or a value that does not pass the checks
  3   wrong password or recovery key
  4   not a register or not a backup, or a file is missing
  5   the register, its key file or the backup is damaged or edited (verify found problems)
  6   the register or its key file was saved by a newer Kirjuri
  7   disk full, drive removed, or a read-only folder
  8   the register is open in another Kirjuri
  9   the user's role does not allow this, or was changed outside Kirjuri
  10  the key file beside the register belongs to another register
  11  kirjuri server: the server could not be reached, refused the login, or the connection
      was cut (nothing was changed)
  12  kirjuri server: the target database (or file) is not empty (nothing was changed)
  13  the register was moved to the office server: this file is kept read-only
  70  unexpected error (details in the log file)
  130 interrupted"""
log = logging.getLogger(__name__)


class NoPassword(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No password was given. Pipe it in with --password-stdin or run the command in a terminal.",
    )
    exit_code = 2


class PasswordNotText(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The password holds bytes that are not UTF-8 text. Set the terminal (or the script that "
        "pipes the password in) to UTF-8 and try again.",
    )
    exit_code = 2


def _as_text(password: str) -> str:
    """A password read from a stream that was not UTF-8 arrives with escaped bytes (lone
    surrogates), which no key derivation can take as text: refused plainly (issue 15 item 11)."""
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise PasswordNotText() from None
    return password


class PasswordsDiffer(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The passwords do not match.")
    exit_code = 2


class ChooseUser(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The register has several users ({users}). Name one with --user."
    )
    exit_code = 2


def identity(context: str, text: str) -> str:
    return text


def message(err: UserError, translate: Translate = identity) -> str:
    """The one place a UserError becomes text, in the language `translate` gives."""
    text = err.text(translate)
    if isinstance(err, ValidationError):
        for name, problem in err.fields.items():
            text += f"\n  {name}: {translate('Validation', problem).format(**err.params)}"
    return text


# --- passwords ----------------------------------------------------------------------------------
def read_password(
    from_stdin: bool,
    *,
    confirm: bool = False,
    prompt: str = PASSWORD_PROMPT,
    again_prompt: str = PASSWORD_AGAIN_PROMPT,
    stdin: TextIO | None = None,
) -> str:
    stream = stdin or sys.stdin
    if from_stdin:
        line = stream.readline()
        if not line:
            raise NoPassword()
        return _as_text(line.removesuffix("\n").removesuffix("\r"))
    if not stream.isatty():
        raise NoPassword()
    password = _as_text(getpass.getpass(prompt))
    if confirm and getpass.getpass(again_prompt) != password:
        raise PasswordsDiffer()
    return password


# --- language -----------------------------------------------------------------------------------
def chosen_language(lang: str | None) -> str:
    """--lang, else this computer's choice in the window's settings, else the system's."""
    from desktop.ui import i18n

    if lang is None:
        with contextlib.suppress(Exception):  # an unreadable preference must not stop a command
            settings_file = Paths.default().settings_file
            if settings_file.is_file():
                from desktop.ui.preferences import Preferences

                lang = Preferences(settings_file).language
    return i18n.choose_language(lang)


@contextlib.contextmanager
def user_language(lang: str | None) -> Iterator[Translate]:
    """Qt's translator for the chosen language, on a QCoreApplication made only if none exists.

    An application made here is shut down again on leaving, with the default locale put back, so
    calling main() in-process (as the tests do) leaves nothing behind for a later QApplication.
    Inside an application that already runs, its language stays as it is.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.ui import i18n

    if QCoreApplication.instance() is not None:
        yield i18n.translate
        return
    language = chosen_language(lang)
    app = QCoreApplication(["kirjuri"])
    previous_locale = QLocale()
    try:
        if not i18n.install(language):
            log.info("translation for %s not found; using source texts", language)
        yield i18n.translate
    finally:
        # The translators are children of the app; forget them before it goes (i18n keeps them).
        i18n.uninstall()
        QLocale.setDefault(previous_locale)
        app.shutdown()


class NoConfirmedCertificate(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no confirmed certificate for the server {server}. Connect to it once "
        "in the Kirjuri window (Office server…), or give the server's certificate with "
        "--server-cert FILE.",
    )
    exit_code = 2


def server_profile_of(args: argparse.Namespace) -> ServerProfile | None:
    """--url with --server-cert, or with the profile this computer remembers for that server
    (the window's Office server connection); None without --url (a register file)."""
    url = getattr(args, "url", None)
    if url is None:
        return None
    import ssl

    from desktop.store import server_profile
    from desktop.store.server_connection import fingerprint_of

    address = server_profile.parse_url(url)
    config = Paths.default().config_dir
    cert: Path | None = getattr(args, "server_cert", None)
    if cert is not None:
        try:
            der = ssl.PEM_cert_to_DER_cert(cert.read_text(encoding="ascii"))
        except (OSError, ValueError, UnicodeDecodeError):
            raise NoConfirmedCertificate(server=str(address)) from None
        return server_profile.ServerProfile(
            address.host, address.port, address.database, cert, fingerprint_of(der), home=config
        )
    remembered = server_profile.load(config)
    if remembered is None or remembered.address != address:
        raise NoConfirmedCertificate(server=str(address))
    return remembered


def register_file_of_db(args: argparse.Namespace) -> RegisterFiles:
    """The register file --db names, for the commands whose --url is the administrator's
    address of a server database (server move/export, a server backup or restore), not a
    workstation's connection as in register_files."""
    from desktop.store.register import RegisterFiles

    return RegisterFiles(Paths.default(args.db).register)


def register_files(args: argparse.Namespace) -> RegisterFiles:
    from desktop.store.register import RegisterFiles

    profile = server_profile_of(args)
    if profile is not None:
        return profile.files()
    return RegisterFiles(Paths.default(args.db).register)


def open_gate(args: argparse.Namespace, files: RegisterFiles) -> Gate:
    """The login gate of the register the command names: the file, or the server (--url)."""
    from desktop.services.access.gate import Gate

    return Gate(files, server=server_profile_of(args) if files.on_server else None)


def require_register(files: RegisterFiles) -> None:
    """A register file must exist; a server register is found (or not) by logging in."""
    from desktop.errors import RegisterMissing

    if not files.on_server and not files.db.exists():
        raise RegisterMissing(path=str(files.db))


def only_user(usernames: list[str]) -> str:
    if len(usernames) == 1:
        return usernames[0]
    raise ChooseUser(users=", ".join(usernames) or "-")


def count_argument(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def add_db(parser: argparse.ArgumentParser) -> None:
    # --db and --lang may come before or after the subcommand; SUPPRESS keeps the subcommand's
    # default from overwriting a value given before it (the top-level parser sets both to None).
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="the register file (.kirjuri)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of the window and the messages (default: as chosen in the window, "
        "else the system's)",
    )


def add_server(parser: argparse.ArgumentParser) -> None:
    """--url and --server-cert: the register on the office's PostgreSQL server instead of --db."""
    parser.add_argument(
        "--url",
        metavar="postgresql://HOST:PORT/DATABASE",
        help="the register on the office server (each user logs in as themselves; no user or "
        "password in the address)",
    )
    parser.add_argument(
        "--server-cert",
        type=Path,
        metavar="FILE",
        help="the server's certificate (PEM) as its administrator gave it (default: the one "
        "confirmed in the window's Office server connection)",
    )


def add_login(parser: argparse.ArgumentParser, user_help: str = "") -> None:
    """--user and --password-stdin, as every command that logs in to a register takes them."""
    parser.add_argument(
        "--user", metavar="USERNAME", help=user_help or "who logs in (default: the only user)"
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )


# --- the office's server (issue 18) -------------------------------------------------------------
def add_server_address(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """--url and --server-user, as `kirjuri server` and the server's backup and restore take
    them."""
    parser.add_argument(
        "--url",
        required=required,
        metavar="postgresql://SERVER/DATABASE",
        help="the PostgreSQL database (for a move or a restore: an empty one)",
    )
    parser.add_argument(
        "--server-user",
        metavar="ROLE",
        help="the server's administrator to connect as (default: the user in --url); the "
        "password is the second line on stdin with --password-stdin, else asked, else "
        "PGPASSWORD or ~/.pgpass",
    )


def _server_password(args: argparse.Namespace, localize: Translate) -> str | None:
    """From stdin, the line after the user's password when there is one; else a prompt in a
    terminal; empty means libpq's own PGPASSWORD or ~/.pgpass."""
    if args.password_stdin or getattr(args, "recovery_key_stdin", False):
        line = sys.stdin.readline()
        return line.removesuffix("\n").removesuffix("\r") or None
    if sys.stdin.isatty():
        return getpass.getpass(localize("Cli", SERVER_PASSWORD_PROMPT)) or None
    return None


def server_address(args: argparse.Namespace, localize: Translate) -> AdminAddress:
    from desktop.store.server_admin import AdminAddress

    return AdminAddress(args.url, args.server_user, _server_password(args, localize))
