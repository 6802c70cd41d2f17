"""`kirjuri backup`, `kirjuri verify` and `kirjuri restore`: backups from scripts and scheduled
tasks, without the window. Exit codes are listed in `cli.EXIT_CODES`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
from desktop.errors import RegisterMissing, Translate, UserError

BACKUP_DONE = QT_TRANSLATE_NOOP("Cli", "Backup made and verified: {path}")
BACKUP_PRUNED = QT_TRANSLATE_NOOP(
    "Cli", "Removed {count} older backup(s) from the drive to keep the newest {keep}."
)
VERIFY_OK_FULL = QT_TRANSLATE_NOOP(
    "Cli", "OK: the backup of {time} is whole ({customers} customers; database checks passed)"
)
VERIFY_OK_SHALLOW = QT_TRANSLATE_NOOP(
    "Cli",
    "OK: the backup of {time} is whole as far as can be seen without a password (manifest, "
    "sizes and SHA-256 checksums). Give --password-stdin to check the database inside too.",
)
VERIFY_FAILED = QT_TRANSLATE_NOOP("Cli", "The backup {path} is not whole:")
RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "Restored the register {path} from the backup of {time} ({customers} customers)."
)
RESTORE_KEPT = QT_TRANSLATE_NOOP("Cli", "The register as it was before is kept at {path}")
RECOVERY_PROMPT = QT_TRANSLATE_NOOP("Cli", "Recovery key: ")
RESTORED_TO_SERVER = QT_TRANSLATE_NOOP(
    "Cli",
    "Restored the backup of {time} into {address}: {rows} rows in {tables} tables, {files} "
    "archived PDFs and attachments, {entries} audit entries. Every count, every SHA-256 and "
    "the audit chain matched. The register on the server opens with the key file {keys}.",
)


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.access.gate import Gate
    from desktop.services.container import Services
    from desktop.store.register import RegisterFiles

    localize: Translate = args.translate
    files = register_file_of_db(args)
    if args.url is None and not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    if args.url is not None and not files.keys.exists():
        raise RegisterMissing(path=str(files.keys))  # --db names where the key file is kept
    # No lock: a backup is a consistent read, taken while the window may have the register open
    # (on the server: one REPEATABLE READ snapshot while others go on working).
    listing = files if args.url is None else RegisterFiles(files.db, server=args.url)
    username = args.user or only_user(Gate(listing).usernames())
    prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
    password = read_password(args.password_stdin, prompt=prompt)
    if args.url is not None:  # the server's password, if any, is the next line on stdin
        files = RegisterFiles(files.db, server=server_address(args, localize).with_credentials())
    gate = Gate(files)
    try:
        user = gate.login(username, password).user
        services = Services.for_user(gate, user)
        done = services.backups.back_up(args.to.expanduser().absolute())
    finally:
        gate.close()
    print(localize("Cli", BACKUP_DONE).format(path=done.path))
    if done.removed:
        pruned = localize("Cli", BACKUP_PRUNED)
        print(pruned.format(count=len(done.removed), keep=done.keep))
    return 0


def _backup_time(created_at: str) -> str:
    from datetime import datetime

    try:
        made = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    return f"{made.day}.{made.month}.{made.year} {made:%H.%M}"


class BackupTooNew(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} is whole, but it was made by a newer version of Kirjuri, so this "
        "version cannot restore it. Install the newer version to restore it.",
    )
    exit_code = 6


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.store import schema
    from desktop.store.backup import check_backup
    from desktop.store.backup_format import KEYS_NAME
    from desktop.store.keyslots import KeySlotFile

    localize: Translate = args.translate
    backup = args.backup.expanduser().absolute()
    key = None
    result = check_backup(backup)
    if result.ok and (args.password_stdin or args.recovery_key_stdin):
        slots = KeySlotFile.load(backup / KEYS_NAME)
        if args.recovery_key_stdin:
            prompt = localize("Cli", RECOVERY_PROMPT)
            key = slots.unwrap_with_recovery(read_password(True, prompt=prompt))
        else:
            username = args.user or only_user(slots.usernames())
            key = slots.unwrap_with_password(username.strip().lower(), read_password(True))
        result = check_backup(backup, key)
    if not result.ok:
        print(f"kirjuri: {localize('Cli', VERIFY_FAILED).format(path=backup)}", file=sys.stderr)
        for reason in result.reasons(localize):
            print(f"  {reason}", file=sys.stderr)
        return 5
    assert result.manifest is not None
    if result.manifest.schema_revision not in schema.known_revisions():
        # Whole, but `restore` would refuse it: verify says so (issue 15 item 14).
        raise BackupTooNew(path=str(backup))
    when = _backup_time(result.manifest.created_at)
    if result.full:
        text = localize("Cli", VERIFY_OK_FULL)
        print(text.format(time=when, customers=result.manifest.customers()))
    else:
        print(localize("Cli", VERIFY_OK_SHALLOW).format(time=when))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.private_files import make_folder
    from desktop.services.register import restore
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_file_of_db(args)
    backup = args.backup.expanduser().absolute()
    make_folder(files.db.parent, own=False)
    with RegisterLock(files):
        unlocked = _unlock(args, backup, localize)
        if args.url is not None:
            return _restore_to_server(args, unlocked, files.db, localize)
        result = restore.restore(unlocked, files)
    when = _backup_time(result.manifest.created_at)
    customers = result.manifest.customers()
    print(localize("Cli", RESTORED).format(path=files.db, time=when, customers=customers))
    if result.kept_copy is not None:
        print(localize("Cli", RESTORE_KEPT).format(path=result.kept_copy))
    return 0


def _unlock(args: argparse.Namespace, backup: Path, localize: Translate) -> Any:
    """A main user's password or the recovery key (register/restore.py refuses anyone else)."""
    from desktop.services.register import restore

    if args.recovery_key_stdin:
        prompt = localize("Cli", RECOVERY_PROMPT)
        return restore.unlock_with_recovery_key(backup, read_password(True, prompt=prompt))
    username = args.user or only_user(restore.backup_usernames(backup))
    prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
    password = read_password(args.password_stdin, prompt=prompt)
    return restore.unlock_with_password(backup, username, password)


def _restore_to_server(
    args: argparse.Namespace, unlocked: Any, place: Path, localize: Translate
) -> int:
    """Into the empty database at --url; the key file at --db's place (PLACE.keys)."""
    from desktop.services.server.restoring import restore_to_server

    address = server_address(args, localize)
    result = restore_to_server(unlocked, address, place)
    report = result.report
    text = localize("Cli", RESTORED_TO_SERVER).format(
        time=_backup_time(unlocked.manifest.created_at),
        address=address.shown(),
        rows=report.rows,
        tables=len(report.tables),
        files=report.files_checked,
        entries=report.audit_entries,
        keys=result.files.keys,
    )
    print(text)
    return 0


def add_backup_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="back the register up into a folder or drive, verified",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(backup)
    backup.add_argument(
        "--to", type=Path, required=True, metavar="DIR", help="the folder or drive to back up to"
    )
    add_login(backup)
    # A register on the office's server: --db names where its key file is kept (PLACE.keys).
    add_server_address(backup, required=False)
    backup.set_defaults(func=cmd_backup)

    verify = commands.add_parser(
        "verify",
        help="check that a backup is whole (fully with a password)",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(verify)
    verify.add_argument("backup", type=Path, metavar="BACKUP", help="the backup (.kbak folder)")
    verify.add_argument("--user", metavar="USERNAME", help="whose password opens it")
    secret = verify.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help="read a password from stdin and check the database inside too",
    )
    secret.add_argument(
        "--recovery-key-stdin", action="store_true", help="the same with the recovery key"
    )
    verify.set_defaults(func=cmd_verify)

    restore = commands.add_parser(
        "restore",
        help="replace the register with a backup (the register as it was is kept)",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db(restore)
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup (.kbak folder)")
    restore.add_argument(
        "--user", metavar="USERNAME", help="a main user of the backup (default: the only user)"
    )
    secret = restore.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    secret.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="unlock with the recovery key, read from stdin",
    )
    # Into an empty database on the office's server; --db names where its key file is written.
    add_server_address(restore, required=False)
    restore.set_defaults(func=cmd_restore)
