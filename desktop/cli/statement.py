"""`kirjuri statement`: the privacy statement as PDF or HTML, for publishing from a script."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    PASSWORD_FOR_PROMPT,
    add_db,
    add_login,
    count_argument,
    only_user,
    read_password,
    register_files,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterMissing, Translate, UserError

STATEMENT_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Wrote the privacy statement (version {version}, {lang}, {format}) to {path}"
)
STATEMENT_FROM_TEMPLATE = QT_TRANSLATE_NOOP(
    "Cli",
    "Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: "
    "no register description has been saved yet (Register description page).",
)


class CannotWrite(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Kirjuri cannot write the file {path}. Check the folder and its permissions."
    )
    exit_code = 7


def cmd_statement(args: argparse.Namespace) -> int:
    """The privacy statement of the latest saved description, for publishing from a script."""
    from desktop.services.access.gate import Gate
    from desktop.services.statement.description import RegisterDescriptionService
    from desktop.store.atomic import atomic_write_bytes
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    lang = args.lang or "fi"
    with RegisterLock(files):
        gate = Gate(files)
        try:
            username = args.user or only_user(gate.usernames())
            prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
            user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
            assert gate.register is not None
            service = RegisterDescriptionService(gate.register, user)
            saved = service.saved(args.description_version)
            content = service.statement(lang, args.format, saved.version or None)
        finally:
            gate.close()
    try:
        atomic_write_bytes(args.out, content)  # a half-written statement never replaces the old
    except OSError as exc:
        raise CannotWrite(path=str(args.out)) from exc
    if saved.version:
        written = localize("Cli", STATEMENT_WRITTEN)
    else:  # nothing saved yet: the statement comes from the sole-trader template
        written = localize("Cli", STATEMENT_FROM_TEMPLATE)
    print(written.format(version=saved.version, lang=lang, format=args.format, path=args.out))
    return 0


def add_statement_command(commands: Any) -> None:
    statement = commands.add_parser(
        "statement",
        help="write the privacy statement as PDF or HTML (--lang chooses its language, default fi)",
    )
    add_db(statement)
    statement.add_argument("--format", choices=("pdf", "html"), required=True)
    statement.add_argument("--out", type=Path, required=True, metavar="FILE")
    statement.add_argument(
        "--description-version",
        dest="description_version",
        type=count_argument,
        metavar="N",
        help="an earlier version of the register description (default: the latest)",
    )
    add_login(statement)
    statement.set_defaults(func=cmd_statement)
