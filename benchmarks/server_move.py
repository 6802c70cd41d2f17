"""By hand (issue 18): a 3 000-customer demo register with signed letters and attachments moved
to a throwaway PostgreSQL server and exported back into a file, timed; then every table's rows,
every archived PDF's SHA-256 and the audit chain compared on each side, read afresh. Then the
server register's backup (.kbak), timed, restored as a file and into another empty database.

    PYTHONPATH=. .venv/bin/python -m benchmarks.server_move [CUSTOMERS] [LETTERS]

Needs PostgreSQL's initdb/pg_ctl (the test suite's throwaway cluster, tests/pg_cluster.py). Not
part of `python -m benchmarks`: it measures a one-time move, not something a user waits on daily.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.customers.attachments import AttachmentService
from desktop.services.demo.fill import DEMO_PASSWORD, create_demo_register, fill_with_demo_data
from desktop.services.letters.service import LetterService
from desktop.services.requests.log import RequestForm, RequestService
from desktop.services.server.moving import AdminAddress, ServerMove
from desktop.store.audit import verify
from desktop.store.letter_models import Letter
from desktop.store.models import AuditEntry
from desktop.store.register import Register, RegisterFiles
from desktop.store.register_copy import TableCheck, model_tables, table_check
from tests.pg_cluster import running_cluster


def checks(engine: Engine) -> dict[str, TableCheck]:
    with engine.connect() as connection:
        return {table.name: table_check(connection, table)[0] for table in model_tables()}


def chain(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        rows = connection.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id))
        return [tuple(row) for row in rows]


def pdfs(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as connection:
        rows = connection.execute(select(Letter.id, Letter.pdf).order_by(Letter.id))
        return [(i, hashlib.sha256(pdf).hexdigest()) for i, pdf in rows if pdf]


def chain_ok(register: Register) -> bool:
    with register.read() as session:
        return verify(session).ok


def build(folder: Path, customers: int, letters: int) -> tuple[Register, Any]:
    made = create_demo_register(RegisterFiles(folder / "office" / "register.kirjuri"))
    register, demo = made.register, made.admin
    fill_with_demo_data(register, demo, customers=customers)
    for n in range(1, letters + 1):
        customer = n * max(1, customers // max(letters, 1))
        requests = RequestService(register, demo)
        form = RequestForm(
            received_at=datetime.now(),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS,),
            customer_id=customer,
            signed_by_hand=True,
        )
        request = requests.log(form).id
        requests.record_identity_check(request, IdentityMethod.SIGNATURE_MATCHES)
        service = LetterService(register, demo)
        signed = service.sign(service.create(request, LetterKind.ACKNOWLEDGEMENT).row.id)
        pdf = folder / f"letter-{n}.pdf"
        pdf.write_bytes(service.pdf(signed.id))
        AttachmentService(register, demo).add(customer, pdf, "copy")
    return register, demo


def backup_and_restore(
    cluster: Any, register: Register, admin: Any, tmp: Path, rows: dict[str, TableCheck]
) -> None:
    from desktop.services.register.backups import BackupService
    from desktop.services.register.restore import restore, unlock_with_password
    from desktop.services.server.restoring import restore_to_server

    before_chain = chain(register.engine)
    (tmp / "usb").mkdir()
    began = time.perf_counter()
    done = BackupService(register, admin).back_up(tmp / "usb")
    size = sum(f.stat().st_size for f in done.path.iterdir()) / 1e6
    print(f"backup {time.perf_counter() - began:6.2f} s  {done.path.name}, {size:.1f} MB")
    unlocked = unlock_with_password(done.path, "demo", DEMO_PASSWORD)
    began = time.perf_counter()
    restore(unlocked, RegisterFiles(tmp / "laptop" / "register.kirjuri"))
    print(f"restore as file      {time.perf_counter() - began:6.2f} s")
    database = cluster.new_database()
    began = time.perf_counter()
    back = restore_to_server(unlocked, AdminAddress(cluster.url(database)), tmp / "o2" / "r")
    print(f"restore into server  {time.perf_counter() - began:6.2f} s")
    for name, files in (
        ("file", RegisterFiles(tmp / "laptop" / "register.kirjuri")),
        ("server", back.files),
    ):
        gate = Gate(files)
        gate.login("demo", DEMO_PASSWORD)
        assert gate.register is not None
        found = checks(gate.register.engine)
        same = all(found[k] == v for k, v in rows.items() if k not in ("audit_log", "settings"))
        print(
            f"  restored {name}: rows identical {same}, chain prefix identical "
            f"{chain(gate.register.engine)[: len(before_chain)] == before_chain}, verifies "
            f"{chain_ok(gate.register)}"
        )
        gate.close()
    cluster.drop_database(database)


def main(customers: int = 3000, letters: int = 30) -> None:
    with tempfile.TemporaryDirectory() as tmp, running_cluster() as cluster:
        register, demo = build(Path(tmp), customers, letters)
        rows, before_chain = checks(register.engine), chain(register.engine)
        before_pdfs = pdfs(register.engine)
        database = cluster.new_database()
        began = time.perf_counter()
        moved = ServerMove(register, demo).move(AdminAddress(cluster.url(database)))
        print(
            f"move   {time.perf_counter() - began:6.2f} s  {moved.report.rows} rows in "
            f"{len(moved.report.tables)} tables, {moved.report.files_checked} files, "
            f"{moved.report.audit_entries} audit entries (checks {moved.report.seconds:.2f} s)"
        )
        register.close()
        server = Gate(moved.files)
        admin = server.login("demo", DEMO_PASSWORD).user
        assert server.register is not None
        engine = server.register.engine
        same = all(checks(engine)[k] == v for k, v in rows.items() if k != "audit_log")
        print(
            f"  server: rows identical {same}, PDF SHA-256 identical "
            f"{pdfs(engine) == before_pdfs} ({len(before_pdfs)}), chain prefix identical "
            f"{chain(engine)[: len(before_chain)] == before_chain}, verifies "
            f"{chain_ok(server.register)}"
        )
        out = Path(tmp) / "back" / "register.kirjuri"
        began = time.perf_counter()
        exported = ServerMove(server.register, admin).export(out)
        print(
            f"export {time.perf_counter() - began:6.2f} s  {exported.report.rows} rows, "
            f"{exported.report.files_checked} files, {exported.report.audit_entries} entries"
        )
        server_chain = chain(engine)
        backup_and_restore(cluster, server.register, admin, Path(tmp), rows)
        server.close()
        back = Gate(RegisterFiles(out))
        back.login("demo", DEMO_PASSWORD)
        assert back.register is not None
        file_engine = back.register.engine
        same = all(checks(file_engine)[k] == v for k, v in rows.items() if k != "audit_log")
        print(
            f"  file:   rows identical {same}, PDF SHA-256 identical "
            f"{pdfs(file_engine) == before_pdfs}, chain prefix identical "
            f"{chain(file_engine)[: len(server_chain) - 1] == server_chain[:-1]}, verifies "
            f"{chain_ok(back.register)}"
        )
        back.close()
        cluster.drop_database(database)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
