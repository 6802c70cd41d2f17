"""The `kirjuri` command: the GUI by default, plus `init` and `check` for scripts and support
(`demo` is in cli_demo.py, `backup`, `verify`, `restore` in cli_backup.py, `statement` in
cli_statement.py).

Every UserError is printed as one plain line on standard error with its class's exit code. Anything
else is a bug: one line naming the exception type (its message may hold personal data) and exit 70;
the traceback goes to the log file only.

Messages follow the user's language: --lang, else the language chosen on this computer in the
window's settings, else the system's (Finnish when the system's is none of ours). The commands
translate through Qt's translator on a QCoreApplication made for the purpose (QtCore only, no
widgets); `check`'s list of problems stays as the checks word it, for support.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterMissing, Translate, UserError, ValidationError
from desktop.paths import Paths

if TYPE_CHECKING:
    from desktop.store.register import RegisterFiles

EX_SOFTWARE = 70  # sysexits.h: internal software error
LANGUAGES = ("fi", "sv", "en")
CREATED = QT_TRANSLATE_NOOP("Cli", "Created the register {path}")
MAIN_USER = QT_TRANSLATE_NOOP("Cli", "Main user: {username}")
CHECK_OK = QT_TRANSLATE_NOOP("Cli", "OK")
CHECK_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "schema revision {revision}, {entries} audit entries, audit chain intact"
)
CHECK_PROBLEMS = QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found in {path}")
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password: ")
PASSWORD_AGAIN_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password again: ")
PASSWORD_FOR_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for {username}: ")
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "unexpected error ({type}). Details are in the log file.")
RECOVERY_NOTICE = QT_TRANSLATE_NOOP(
    "Cli",
    "Recovery key (shown only this once):\n\n    {key}\n\n"
    "Print it or write it down and keep it in a safe. If every password is lost, it is the only\n"
    "way into the register. Kirjuri does not keep a copy.",
)
EXIT_CODES = """exit codes:
  0   done
  1   kirjuri check found problems
  2   wrong usage, or no password given
  3   wrong password or recovery key
  4   not a register or not a backup, or a file is missing
  5   the register or the backup is damaged (verify found problems)
  6   the register was saved by a newer Kirjuri
  7   disk full, drive removed, or a read-only folder
  8   the register is open in another Kirjuri
  9   the user's role does not allow this
  70  unexpected error (details in the log file)
  130 interrupted"""
log = logging.getLogger(__name__)


class NoPassword(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No password was given. Pipe it in with --password-stdin or run the command in a terminal.",
    )
    exit_code = 2


class PasswordsDiffer(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The passwords do not match.")
    exit_code = 2


class ChooseUser(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The register has several users ({users}). Name one with --user."
    )
    exit_code = 2


def _identity(context: str, text: str) -> str:
    return text


def _message(err: UserError, translate: Translate = _identity) -> str:
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
        return line.removesuffix("\n").removesuffix("\r")
    if not stream.isatty():
        raise NoPassword()
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass(again_prompt) != password:
        raise PasswordsDiffer()
    return password


# --- language -----------------------------------------------------------------------------------
def _chosen_language(lang: str | None) -> str:
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
    language = _chosen_language(lang)
    app = QCoreApplication(["kirjuri"])
    previous_locale = QLocale()
    try:
        if not i18n.install(language):
            log.info("translation for %s not found; using source texts", language)
        yield i18n.translate
    finally:
        # The translators are children of the app; forget them before it goes (i18n keeps them).
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(previous_locale)
        app.shutdown()


# --- subcommands --------------------------------------------------------------------------------
def _register_files(args: argparse.Namespace) -> RegisterFiles:
    from desktop.store.register import RegisterFiles

    return RegisterFiles(Paths.default(args.db).register)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.core.roles import Role
    from desktop.services.business import BusinessDetails
    from desktop.services.setup import create_new_register
    from desktop.services.users import NewUser
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = _register_files(args)
    password = read_password(
        args.password_stdin,
        confirm=True,
        prompt=localize("Cli", PASSWORD_PROMPT),
        again_prompt=localize("Cli", PASSWORD_AGAIN_PROMPT),
    )
    files.db.parent.mkdir(parents=True, exist_ok=True)
    with RegisterLock(files):
        created = create_new_register(
            files,
            BusinessDetails(args.business, args.business_id or ""),
            NewUser(args.admin, args.full_name or args.admin, Role.ADMIN),
            password,
            require_business_id=False,
        )
        created.register.close()
    print(localize("Cli", CREATED).format(path=files.db))
    print(localize("Cli", MAIN_USER).format(username=created.admin.username))
    print()
    print(localize("Cli", RECOVERY_NOTICE).format(key=created.recovery_key))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.gate import Gate
    from desktop.services.integrity import check_register
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = _register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    with RegisterLock(files):
        gate = Gate(files)
        username = args.user or _only_user(gate.usernames())
        prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
        password = read_password(args.password_stdin, prompt=prompt)
        try:
            gate.login(username, password)
            assert gate.register is not None
            report = check_register(gate.register)
        finally:
            gate.close()
    if report.ok:
        print(localize("Cli", CHECK_OK))
        summary = localize("Cli", CHECK_SUMMARY)
        print(summary.format(revision=report.schema_revision, entries=report.audit_entries))
        return 0
    for problem in report.problems:  # technical, for support: not translated
        print(problem)
    found = localize("Cli", CHECK_PROBLEMS).format(count=len(report.problems), path=files.db)
    print(f"kirjuri: {found}", file=sys.stderr)
    return 1


def _only_user(usernames: list[str]) -> str:
    if len(usernames) == 1:
        return usernames[0]
    raise ChooseUser(users=", ".join(usernames) or "-")


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.__main__ import run_gui

    return int(run_gui(db=args.db, lang=args.lang))


# --- parsing ------------------------------------------------------------------------------------
def _add_db(parser: argparse.ArgumentParser) -> None:
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


def _add_login(parser: argparse.ArgumentParser, user_help: str = "") -> None:
    """--user and --password-stdin, as every command that logs in to a register takes them."""
    parser.add_argument(
        "--user", metavar="USERNAME", help=user_help or "who logs in (default: the only user)"
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )


def build_parser() -> argparse.ArgumentParser:
    # Imported here: these modules import this one's helpers.
    from desktop.cli_backup import add_backup_commands
    from desktop.cli_demo import add_demo_command
    from desktop.cli_statement import add_statement_command

    parser = argparse.ArgumentParser(
        prog="kirjuri",
        description="Customer register and data-protection request log. "
        "Without a command, opens the window.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_db(parser)
    parser.add_argument("--version", action="version", version=f"kirjuri {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary register (no display needed) and exit",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="pseudo-translation: every text lengthened, to find clipped labels (as "
        "KIRJURI_PSEUDO=1)",
    )
    parser.set_defaults(func=cmd_gui, db=None, lang=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new register")
    _add_db(init)
    init.add_argument("--business", required=True, help="the business's name")
    init.add_argument("--business-id", metavar="Y-TUNNUS", help="business ID, e.g. 1234567-8")
    init.add_argument("--admin", required=True, metavar="USERNAME", help="the main user's name")
    init.add_argument("--full-name", help="the main user's full name (default: the user name)")
    init.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    init.set_defaults(func=cmd_init)

    check = commands.add_parser("check", help="check that a register is whole")
    _add_db(check)
    _add_login(check)
    check.set_defaults(func=cmd_check)

    add_demo_command(commands)
    add_backup_commands(commands)
    add_statement_command(commands)
    return parser


def _log_unexpected() -> None:
    """The traceback goes to the log file only, never to the terminal."""
    handler: logging.Handler
    try:
        log_dir = Paths.default().log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "kirjuri-cli.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    except OSError:
        handler = logging.NullHandler()
    log.addHandler(handler)
    try:
        log.exception("unexpected error in the kirjuri command")
    finally:
        log.removeHandler(handler)
        handler.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.self_test:
        from desktop import self_test

        return self_test.run()
    if args.pseudo:
        os.environ["KIRJURI_PSEUDO"] = "1"
    if args.func is cmd_gui:  # the window makes its own QApplication and chooses the language
        return _run(args, _window_translate)
    with contextlib.ExitStack() as stack:
        try:
            translate = stack.enter_context(user_language(args.lang))
        except Exception:  # no Qt at hand: the source texts rather than no message at all
            translate = _identity
        return _run(args, translate)


def _window_translate(context: str, text: str) -> str:
    from desktop.ui.i18n import translate

    return translate(context, text)


def _run(args: argparse.Namespace, localize: Translate) -> int:
    args.translate = localize
    try:
        return args.func(args)
    except UserError as err:
        print(f"kirjuri: {_message(err, localize)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"kirjuri: {localize('Cli', INTERRUPTED)}", file=sys.stderr)
        return 130
    except Exception as exc:
        with contextlib.suppress(Exception):
            _log_unexpected()
        unexpected = localize("Cli", UNEXPECTED).format(type=type(exc).__name__)
        print(f"kirjuri: {unexpected}", file=sys.stderr)
        return EX_SOFTWARE


if __name__ == "__main__":
    raise SystemExit(main())
