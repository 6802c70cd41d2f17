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
    only_user,
    read_password,
    register_files,
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


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.access.gate import Gate
    from desktop.services.container import Services

    localize: Translate = args.translate
    files = register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    # No lock: a backup is a consistent read, taken while the window may have the register open.
    gate = Gate(files)
    try:
        username = args.user or only_user(gate.usernames())
        prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
        user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
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
    files = register_files(args)
    backup = args.backup.expanduser().absolute()
    make_folder(files.db.parent, own=False)
    with RegisterLock(files):
        if args.recovery_key_stdin:
            prompt = localize("Cli", RECOVERY_PROMPT)
            unlocked = restore.unlock_with_recovery_key(backup, read_password(True, prompt=prompt))
        else:
            username = args.user or only_user(restore.backup_usernames(backup))
            prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
            password = read_password(args.password_stdin, prompt=prompt)
            unlocked = restore.unlock_with_password(backup, username, password)
        result = restore.restore(unlocked, files)
    when = _backup_time(result.manifest.created_at)
    customers = result.manifest.customers()
    print(localize("Cli", RESTORED).format(path=files.db, time=when, customers=customers))
    if result.kept_copy is not None:
        print(localize("Cli", RESTORE_KEPT).format(path=result.kept_copy))
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
    restore.set_defaults(func=cmd_restore)
