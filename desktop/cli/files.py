"""`kirjuri import` and `kirjuri export`: the import dialog's path with the guessed mapping, for
offices that sync from a web shop's export every night, and the export profiles, from a script.

The import's JSON report holds the preview's counts (contacts, imported, flagged, rejected,
unreadable) and what was added or left out: numbers and the program's name only, never a name,
an address or a row of the file. `--dry-run` checks and reports and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    PASSWORD_FOR_PROMPT,
    add_db,
    add_login,
    add_server,
    message,
    only_user,
    open_gate,
    read_password,
    register_files,
    require_register,
)
from desktop.cli.statement import CannotWrite
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import Translate, UserError

IMPORT_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli",
    "Contacts in the file: {contacts}; imported {imported} (with a flagged value {flagged}), "
    "rejected {rejected}, unreadable {unreadable}. Added {added}, left out {skipped}.",
)
DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written to the register.")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "Exported {count} customers to {path}")
PROFILES = {
    "kirjuri-csv": "csv",
    "kirjuri-xlsx": "xlsx",
    "vcard3": "vcard3",
    "vcard4": "vcard4",
    "google-csv": "google_csv",
    "outlook-csv": "outlook_csv",
    "excel-fi": "excel_fi",
    "excel-fi-csv": "excel_fi_csv",
}
USAGE = 2


def _login(args: argparse.Namespace, localize: Translate) -> Any:

    gate = open_gate(args, register_files(args))
    username = args.user or only_user(gate.usernames())
    prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
    try:
        user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
    except BaseException:
        gate.close()
        raise
    return gate, user


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.importing.mapping import guess_mapping
    from desktop.core.importing.readers import read_table
    from desktop.services.customers.importing import CustomerImporter
    from desktop.store.atomic import atomic_write_bytes
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    require_register(files)
    try:
        table = read_table(args.file)
    except UserError as err:  # not a file Kirjuri can import: a usage error of the command
        print(f"kirjuri: {message(err, localize)}", file=sys.stderr)
        return USAGE
    with RegisterLock(files):
        gate, user = _login(args, localize)
        try:
            importer = CustomerImporter(gate.register, user)
            plan = importer.plan(table, guess_mapping(table.headers))
            added = skipped = 0
            if not args.dry_run:
                skip_duplicates = not args.add_duplicates
                if plan.rows_to_add(skip_duplicates=skip_duplicates):
                    result = importer.run(plan, skip_duplicates=skip_duplicates)
                    added, skipped = result.added, result.skipped
                else:
                    skipped = len(plan.accepted)
        finally:
            gate.close()
    counts = plan.counts()
    report = {
        **counts,
        "program": plan.program,
        "possible_duplicates": len(plan.duplicates),
        "earlier_banned_or_erased": len(plan.suppressed),
        "added": added,
        "left_out": skipped,
        "dry_run": bool(args.dry_run),
    }
    if args.report_json is not None:
        try:
            atomic_write_bytes(args.report_json, json.dumps(report, indent=2).encode() + b"\n")
        except OSError as exc:
            raise CannotWrite(path=str(args.report_json)) from exc
    print(localize("Cli", IMPORT_SUMMARY).format(**counts, added=added, skipped=skipped))
    if args.dry_run:
        print(localize("Cli", DRY_RUN))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from typing import cast

    from desktop.services.customers.exporting import CustomerExporter, Format
    from desktop.services.customers.search import CustomerQuery
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    require_register(files)
    with RegisterLock(files):
        gate, user = _login(args, localize)
        try:
            exporter = CustomerExporter(gate.register, user)
            count = exporter.export(
                CustomerQuery(),
                args.out,
                fmt=cast(Format, PROFILES[args.profile]),
                include_restricted=args.include_restricted,
                translate=localize,
            )
        finally:
            gate.close()
    print(localize("Cli", EXPORTED).format(count=count, path=args.out))
    return 0


def add_file_commands(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help="import customers from a CSV, XLSX, vCard or LDIF file with the guessed mapping",
    )
    add_db(importing)
    add_server(importing)
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="check and report only; write nothing"
    )
    importing.add_argument(
        "--report-json",
        type=Path,
        metavar="PATH",
        help="write the counts (contacts, imported, flagged, rejected, unreadable) as JSON",
    )
    importing.add_argument(
        "--add-duplicates",
        action="store_true",
        help="add possible duplicates too (default: left out, as a nightly sync needs)",
    )
    add_login(importing)
    importing.set_defaults(func=cmd_import)

    exporting = commands.add_parser("export", help="export every customer in a profile")
    add_db(exporting)
    add_server(exporting)
    exporting.add_argument("--profile", choices=sorted(PROFILES), required=True)
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE")
    exporting.add_argument(
        "--include-restricted",
        action="store_true",
        help="include customers whose processing is restricted (GDPR Art. 18)",
    )
    add_login(exporting)
    exporting.set_defaults(func=cmd_export)
