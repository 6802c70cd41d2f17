"""`kirjuri statement`: the privacy statement as PDF or HTML, for publishing from a script."""

from __future__ import annotations

import argparse
import sys
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


IMPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "Imported {sections} sections from {path} as version {version} of the register description.",
)
UNPLACED = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing was saved: these paragraphs could not be placed in a section. Give "
    "--leave-out-unplaced or --unplaced-to-introduction after checking them:",
)
NOT_SAVED = QT_TRANSLATE_NOOP(
    "Cli", "Nothing was saved: the statement lacks what the law requires in it:"
)


class CannotWrite(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Kirjuri cannot write the file {path}. Check the folder and its permissions."
    )
    exit_code = 7


def cmd_statement(args: argparse.Namespace) -> int:
    """The privacy statement of the latest saved description, for publishing from a script;
    `kirjuri statement import FILE` brings in the statement the business already has."""
    if args.action == "import":
        if args.file is None:
            args.parser.error("statement import needs the FILE to import")
        return cmd_statement_import(args)
    if args.action is not None or args.format is None or args.out is None:
        args.parser.error("--format and --out are required (or: statement import FILE)")
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


def cmd_statement_import(args: argparse.Namespace) -> int:
    """Read FILE, split it into sections and save it as a new version of the description."""
    from dataclasses import replace

    from desktop.core.statement_import import to_description
    from desktop.errors import ValidationError
    from desktop.services.access.gate import Gate
    from desktop.services.statement.description import RegisterDescriptionService
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    with RegisterLock(files):
        gate = Gate(files)
        try:
            username = args.user or only_user(gate.usernames())
            prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
            user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
            assert gate.register is not None
            service = RegisterDescriptionService(gate.register, user)
            preview = service.read_statement(args.file)
            imported = preview.imported
            if imported.unplaced:
                if args.unplaced_to_introduction:
                    imported = replace(
                        imported,
                        introduction=[*imported.introduction, *imported.unplaced],
                        unplaced=[],
                    )
                elif not args.leave_out_unplaced:
                    print(localize("Cli", UNPLACED), file=sys.stderr)
                    for paragraph in imported.unplaced:
                        print(f"  {paragraph}", file=sys.stderr)
                    return 1
            description = to_description(imported, service.current())
            try:
                version = service.save(description)
            except ValidationError as refused:
                print(localize("Cli", NOT_SAVED), file=sys.stderr)
                for name, message in refused.fields.items():
                    print(f"  {name}: {localize('Validation', message)}", file=sys.stderr)
                return 1
        finally:
            gate.close()
    done = localize("Cli", IMPORTED)
    print(done.format(sections=len(imported.sections), path=args.file, version=version))
    return 0


def add_statement_command(commands: Any) -> None:
    statement = commands.add_parser(
        "statement",
        help="write the privacy statement as PDF or HTML (--lang chooses its language, default "
        "fi); `statement import FILE` brings in the statement the business already has",
    )
    add_db(statement)
    statement.add_argument("action", nargs="?", choices=("import",), help=argparse.SUPPRESS)
    statement.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    statement.add_argument("--format", choices=("pdf", "html"))
    statement.add_argument("--out", type=Path, metavar="FILE")
    statement.add_argument(
        "--leave-out-unplaced",
        action="store_true",
        help="import: leave out paragraphs that fit no section (page numbers and the like)",
    )
    statement.add_argument(
        "--unplaced-to-introduction",
        action="store_true",
        help="import: put paragraphs that fit no section into the introduction",
    )
    statement.add_argument(
        "--description-version",
        dest="description_version",
        type=count_argument,
        metavar="N",
        help="an earlier version of the register description (default: the latest)",
    )
    add_login(statement)
    statement.set_defaults(func=cmd_statement, parser=statement)
