"""The `kirjuri` command: the GUI by default, plus `init` and `check` for scripts and support
(`demo` is in demo.py, `backup`, `verify`, `restore` in backup.py, `statement` in statement.py, `import` and `export` in
files.py;
what they share in common.py).

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
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence

from desktop import __version__
from desktop.cli.common import (
    CREATED,
    EX_SOFTWARE,
    EXIT_CODES,
    INTERRUPTED,
    MAIN_USER,
    PASSWORD_AGAIN_PROMPT,
    PASSWORD_FOR_PROMPT,
    PASSWORD_PROMPT,
    RECOVERY_NOTICE,
    UNEXPECTED,
    add_db,
    add_login,
    identity,
    message,
    only_user,
    read_password,
    register_files,
    user_language,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterMissing, Translate, UserError
from desktop.paths import Paths

CHECK_OK = QT_TRANSLATE_NOOP("Cli", "OK")
CHECK_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "schema revision {revision}, {entries} audit entries, audit chain intact"
)
CHECK_PROBLEMS = QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found in {path}")
CLI_LOG = "kirjuri-cli.log"
log = logging.getLogger(__name__)


# --- subcommands --------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from desktop.core.roles import Role
    from desktop.private_files import make_folder
    from desktop.services.access.setup import create_new_register
    from desktop.services.access.users import NewUser
    from desktop.services.register.business import BusinessDetails
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    password = read_password(
        args.password_stdin,
        confirm=True,
        prompt=localize("Cli", PASSWORD_PROMPT),
        again_prompt=localize("Cli", PASSWORD_AGAIN_PROMPT),
    )
    make_folder(files.db.parent, own=False)
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
    from desktop.services.access.gate import Gate
    from desktop.services.register.integrity import check_register
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    if not files.exists():
        raise RegisterMissing(path=str(files.db))
    with RegisterLock(files):
        gate = Gate(files)
        gate.settle_interrupted_restore()  # and an init killed between its last renames
        if not files.db.exists():
            raise RegisterMissing(path=str(files.db))
        username = args.user or only_user(gate.usernames())
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


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return int(run_gui(db=args.db, lang=args.lang))


# --- parsing ------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.backup import add_backup_commands
    from desktop.cli.demo import add_demo_command
    from desktop.cli.files import add_file_commands
    from desktop.cli.server import add_server_commands
    from desktop.cli.statement import add_statement_command

    parser = argparse.ArgumentParser(
        prog="kirjuri",
        description="Customer register and data-protection request log. "
        "Without a command, opens the window.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(parser)
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
    add_db(init)
    init.add_argument("--business", required=True, help="the business's name")
    init.add_argument("--business-id", metavar="Y-TUNNUS", help="business ID, e.g. 1572860-0")
    init.add_argument("--admin", required=True, metavar="USERNAME", help="the main user's name")
    init.add_argument("--full-name", help="the main user's full name (default: the user name)")
    init.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    init.set_defaults(func=cmd_init)

    check = commands.add_parser("check", help="check that a register is whole")
    add_db(check)
    add_login(check)
    check.set_defaults(func=cmd_check)

    add_demo_command(commands)
    add_backup_commands(commands)
    add_statement_command(commands)
    add_file_commands(commands)
    add_server_commands(commands)
    return parser


@contextlib.contextmanager
def command_run(args: argparse.Namespace) -> Iterator[None]:
    """A command's run: its log file (kirjuri-cli.log, without personal data: desktop/logs.py),
    and the leftovers of earlier runs swept (desktop/leftovers.py)."""
    from desktop.leftovers import private_run
    from desktop.logs import logging_to

    paths = Paths.default(getattr(args, "db", None))
    with contextlib.ExitStack() as stack:
        with contextlib.suppress(OSError):  # a read-only home: the command runs without a log
            stack.enter_context(logging_to(paths.log_dir / CLI_LOG))
        stack.enter_context(private_run(paths, [paths.register.parent]))
        yield


def _log_unexpected() -> None:
    """The error's type, codes and frames go to the log file only, never its message (which may
    quote personal data) and nothing to the terminal."""
    log.exception("unexpected error in the kirjuri command")


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
    _printable_streams()
    with contextlib.ExitStack() as stack:
        stack.enter_context(command_run(args))
        try:
            translate = stack.enter_context(user_language(args.lang))
        except Exception:  # no Qt at hand: the source texts rather than no message at all
            translate = identity
        return _run(args, translate)


def _printable_streams() -> None:
    """A path or name given as bytes that are not UTF-8 reaches Python as escaped bytes (lone
    surrogates); printing it back must not crash the command (issue 15 item 11)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _window_translate(context: str, text: str) -> str:
    from desktop.ui.i18n import translate

    return translate(context, text)


def _run(args: argparse.Namespace, localize: Translate) -> int:
    args.translate = localize
    command: Callable[[argparse.Namespace], int] = args.func  # set by each sub-parser
    try:
        return command(args)
    except UserError as err:
        print(f"kirjuri: {message(err, localize)}", file=sys.stderr)
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
