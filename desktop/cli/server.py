"""`kirjuri server move` and `kirjuri server export`: a register to the office's PostgreSQL
server and back (issue 18). Only a main user; both audited; the service checks every row, every
stored file's SHA-256 and the audit chain before anything is kept."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_CODES,
    PASSWORD_FOR_PROMPT,
    add_db,
    add_login,
    add_server_address,
    only_user,
    read_password,
    register_file_of_db,
    server_address,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterMissing, Translate

if TYPE_CHECKING:
    from desktop.services.server.moving import MoveResult

COPYING = QT_TRANSLATE_NOOP("Cli", "Copying: {percent} % ({table})")
MOVED = QT_TRANSLATE_NOOP(
    "Cli",
    "Moved the register to {address}: {rows} rows in {tables} tables, {files} archived PDFs "
    "and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and "
    "the audit chain matched.",
)
MOVED_KEPT = QT_TRANSLATE_NOOP(
    "Cli",
    "The file {path} is kept, read-only. The register on the server opens with the key file "
    "{keys} and the same passwords.",
)
EXPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "Exported the register from the server into {path}: {rows} rows in {tables} tables, {files} "
    "archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every "
    "SHA-256 and the audit chain matched.",
)


def _progress(localize: Translate) -> Any:
    shown = {"tenth": -1}

    def report(table: str, done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != shown["tenth"]:
            shown["tenth"] = tenth
            text = localize("Cli", COPYING).format(percent=tenth * 10, table=table)
            print(text, file=sys.stderr, flush=True)

    return report


def _figures(result: MoveResult) -> dict[str, object]:
    report = result.report
    return {
        "rows": report.rows,
        "tables": len(report.tables),
        "files": report.files_checked,
        "entries": report.audit_entries,
        "seconds": f"{result.seconds:.1f}",
    }


def _credentials(args: argparse.Namespace, files: Any, localize: Translate) -> tuple[str, str]:
    """The Kirjuri user and their password: the first line on stdin (the server's password, if
    any, is the second)."""
    from desktop.services.access.gate import Gate

    username = args.user or only_user(Gate(files).usernames())
    prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
    return username, read_password(args.password_stdin, prompt=prompt)


def _login(files: Any, username: str, password: str) -> Any:
    from desktop.services.access.gate import Gate

    gate = Gate(files)
    try:
        user = gate.login(username, password).user
    except BaseException:
        gate.close()
        raise
    return gate, user


def cmd_move(args: argparse.Namespace) -> int:
    from desktop.services.server.moving import ServerMove
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_file_of_db(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    with RegisterLock(files):
        username, password = _credentials(args, files, localize)
        address = server_address(args, localize)
        gate, user = _login(files, username, password)
        try:
            result = ServerMove(gate.register, user).move(address, progress=_progress(localize))
        finally:
            gate.close()
    print(localize("Cli", MOVED).format(address=address.shown(), **_figures(result)))
    print(localize("Cli", MOVED_KEPT).format(path=files.db, keys=result.files.keys))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.services.server.moving import ServerMove
    from desktop.store.register import RegisterFiles, RegisterLock

    localize: Translate = args.translate
    place = register_file_of_db(args).db  # where the server register's key file is kept
    if not RegisterFiles(place).keys.exists():
        raise RegisterMissing(path=str(RegisterFiles(place).keys))
    out = args.out.expanduser().absolute()
    with RegisterLock(RegisterFiles(place)):
        username, password = _credentials(args, RegisterFiles(place, server=args.url), localize)
        address = server_address(args, localize)
        # The server register is opened with the administrator's connection given here.
        gate_files = RegisterFiles(place, server=address.with_credentials())
        gate, user = _login(gate_files, username, password)
        try:
            result = ServerMove(gate.register, user).export(out, progress=_progress(localize))
        finally:
            gate.close()
    print(localize("Cli", EXPORTED).format(path=out, **_figures(result)))
    return 0


def add_server_commands(commands: Any) -> None:
    server = commands.add_parser(
        "server",
        help="move the register to the office's PostgreSQL server, or export it back",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = server.add_subparsers(title="actions", metavar="ACTION", required=True)
    move = actions.add_parser(
        "move",
        help="copy the whole register into an empty database on the server, check it, and "
        "keep the file read-only",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(move)
    add_server_address(move)
    add_login(move, "the main user who moves it (default: the only user)")
    move.set_defaults(func=cmd_move)

    export = actions.add_parser(
        "export",
        help="copy the whole register from the server into a new register file",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(export)
    add_server_address(export)
    export.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="the new register file"
    )
    add_login(export, "the main user who exports it (default: the only user)")
    export.set_defaults(func=cmd_export)
