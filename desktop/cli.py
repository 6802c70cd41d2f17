"""The `kirjuri` command: the GUI by default, plus `init` and `check` for scripts and support.

Every UserError is printed as one plain line on standard error with its class's exit code. Anything
else is a bug: one line naming the exception type (its message may hold personal data) and exit 70;
the traceback goes to the log file only.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import sys
from collections.abc import Sequence
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
RECOVERY_NOTICE = QT_TRANSLATE_NOOP(
    "Cli",
    "Recovery key (shown only this once):\n\n    {key}\n\n"
    "Print it or write it down and keep it in a safe. If every password is lost, it is the only\n"
    "way into the register. Kirjuri does not keep a copy.",
)

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
    """The one place a UserError becomes text; a translator can be plugged in here later."""
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
    prompt: str = "Password: ",
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
    if confirm and getpass.getpass("Password again: ") != password:
        raise PasswordsDiffer()
    return password


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

    files = _register_files(args)
    password = read_password(args.password_stdin, confirm=True)
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
    print(f"Created the register {files.db}")
    print(f"Main user: {created.admin.username}")
    print()
    print(RECOVERY_NOTICE.format(key=created.recovery_key))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.gate import Gate
    from desktop.services.integrity import check_register
    from desktop.store.register import RegisterLock

    files = _register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    with RegisterLock(files):
        gate = Gate(files)
        username = args.user or _only_user(gate.usernames())
        password = read_password(args.password_stdin, prompt=f"Password for {username}: ")
        try:
            gate.login(username, password)
            assert gate.register is not None
            report = check_register(gate.register)
        finally:
            gate.close()
    if report.ok:
        print("OK")
        print(
            f"schema revision {report.schema_revision}, "
            f"{report.audit_entries} audit entries, audit chain intact"
        )
        return 0
    for problem in report.problems:
        print(problem)
    print(f"kirjuri: {len(report.problems)} problem(s) found in {files.db}", file=sys.stderr)
    return 1


def _only_user(usernames: list[str]) -> str:
    if len(usernames) == 1:
        return usernames[0]
    raise ChooseUser(users=", ".join(usernames) or "-")


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.__main__ import run_gui

    return int(run_gui(db=args.db, lang=args.lang))


# --- parsing ------------------------------------------------------------------------------------
def _add_db(parser: argparse.ArgumentParser) -> None:
    # --db may come before or after the subcommand; SUPPRESS keeps the subcommand's default from
    # overwriting a value given before it (the top-level parser sets db=None).
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="the register file (.kirjuri)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kirjuri",
        description="Customer register and data-protection request log. "
        "Without a command, opens the window.",
    )
    _add_db(parser)
    parser.add_argument("--version", action="version", version=f"kirjuri {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.set_defaults(func=cmd_gui, db=None)
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
    check.add_argument("--user", metavar="USERNAME", help="who logs in (default: the only user)")
    check.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    check.set_defaults(func=cmd_check)
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
    try:
        return args.func(args)
    except UserError as err:
        print(f"kirjuri: {_message(err)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kirjuri: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        with contextlib.suppress(Exception):
            _log_unexpected()
        print(
            f"kirjuri: unexpected error ({type(exc).__name__}). Details are in the log file.",
            file=sys.stderr,
        )
        return EX_SOFTWARE


if __name__ == "__main__":
    raise SystemExit(main())
