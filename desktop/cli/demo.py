"""`kirjuri demo`: a register filled with made-up customers, to try Kirjuri out or to measure it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import (
    CREATED,
    MAIN_USER,
    PASSWORD_AGAIN_PROMPT,
    PASSWORD_FOR_PROMPT,
    PASSWORD_PROMPT,
    RECOVERY_NOTICE,
    add_db,
    add_login,
    count_argument,
    only_user,
    read_password,
    register_files,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import Translate, UserError

DEMO_NOTICE = QT_TRANSLATE_NOOP(
    "Cli", "This is a demo register: the people in it are made up. Keep your own register apart."
)
DEMO_PROGRESS = QT_TRANSLATE_NOOP("Cli", "Demo data: {percent} % ({done} of {total} customers)")
DEMO_DONE = QT_TRANSLATE_NOOP(
    "Cli", "Added {customers} made-up customers and {events} contact events to {path}"
)


class RegisterNotEmpty(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register {path} already has customers. kirjuri demo fills only a new or empty "
        "register.",
    )
    exit_code = 2


def _rate(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 0 and 1000")
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    """A new demo register filled with made-up customers, or an existing empty register filled."""
    from desktop.private_files import make_folder
    from desktop.services.access.gate import Gate
    from desktop.services.customers.search import CustomerQueries, CustomerQuery
    from desktop.services.demo.fill import DemoStats, create_demo_register, fill_with_demo_data
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    make_folder(files.db.parent, own=False)

    def shown(done: int, total: int, last: list[int] = [0]) -> None:  # noqa: B006 - a counter
        step = done * 10 // total if total else 10
        if step > last[0]:
            last[0] = step
            text = localize("Cli", DEMO_PROGRESS)
            print(text.format(percent=step * 10, done=done, total=total), file=sys.stderr)

    stats: DemoStats
    with RegisterLock(files):
        if files.exists():
            gate = Gate(files)
            try:
                username = args.user or only_user(gate.usernames())
                prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
                user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
                assert gate.register is not None
                if CustomerQueries(gate.register, user).count(CustomerQuery()):
                    raise RegisterNotEmpty(path=str(files.db))
                stats = fill_with_demo_data(
                    gate.register,
                    user,
                    customers=args.customers,
                    events_per_customer=args.events_per_customer,
                    progress=shown,
                )
            finally:
                gate.close()
        else:
            password = read_password(
                args.password_stdin,
                confirm=True,
                prompt=localize("Cli", PASSWORD_PROMPT),
                again_prompt=localize("Cli", PASSWORD_AGAIN_PROMPT),
            )
            created = create_demo_register(files, password)
            try:
                print(localize("Cli", CREATED).format(path=files.db))
                print(localize("Cli", MAIN_USER).format(username=created.admin.username))
                print(localize("Cli", DEMO_NOTICE))
                print()
                print(localize("Cli", RECOVERY_NOTICE).format(key=created.recovery_key))
                print()
                stats = fill_with_demo_data(
                    created.register,
                    created.admin,
                    customers=args.customers,
                    events_per_customer=args.events_per_customer,
                    progress=shown,
                )
            finally:
                created.register.close()
    done = localize("Cli", DEMO_DONE)
    print(done.format(customers=stats.customers, events=stats.contact_events, path=files.db))
    return 0


def add_demo_command(commands: Any) -> None:
    demo = commands.add_parser(
        "demo", help="fill a new (or empty) register with made-up customers, to try Kirjuri out"
    )
    add_db(demo)
    demo.add_argument("--customers", type=count_argument, required=True, metavar="N")
    demo.add_argument(
        "--events-per-customer",
        type=_rate,
        default=10.0,
        metavar="X",
        help="contact events per customer on average (default: 10)",
    )
    add_login(demo, "who logs in to an existing register (default: the only user)")
    demo.set_defaults(func=cmd_demo)
