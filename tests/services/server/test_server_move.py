"""Moving a register to the session's real PostgreSQL server and exporting it back (issue 18):
a demo register of a few hundred customers with signed letters and attachments, copied whole;
every table's rows, every stored PDF's SHA-256 and the audit chain compared on the other side;
a move that fails (a database not empty, a connection cut mid-way, a damaged letter) leaves
the server empty and the file as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update

from desktop.core.customer_form import CustomerForm
from desktop.core.letters import LetterKind
from desktop.core.requests import RequestKind
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.attachments import AttachmentService
from desktop.services.customers.records import CustomerService
from desktop.services.demo.fill import DEMO_PASSWORD, create_demo_register, fill_with_demo_data
from desktop.services.letters.service import LetterService
from desktop.services.register.audit_view import AuditFilter, AuditViewer
from desktop.services.register.backups import BackupService
from desktop.services.server.moving import (
    EXPORTED_AWAY,
    EXPORTED_HERE,
    MOVED_AWAY,
    MOVED_HERE,
    MainUserOnly,
    ServerMove,
)
from desktop.store.audit import verify
from desktop.store.letter_models import Letter
from desktop.store.models import AuditEntry
from desktop.store.register import Register, RegisterFiles
from desktop.store.register_copy import (
    StoredFileDamaged,
    TargetNotEmpty,
    model_tables,
    table_check,
)
from desktop.store.register_move import RegisterMoved
from desktop.store.server_admin import AdminAddress, ServerConnectionFailed
from tests.pg_cluster import Cluster
from tests.registers import copy_register
from tests.services.customers.conftest import user
from tests.services.rights.conftest import log_request

pytestmark = pytest.mark.pg
CUSTOMERS = 300
LETTERS = 3


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> RegisterFiles:
    """A demo register: 300 customers with their contacts, consents, events and orders; three
    requests with a signed letter each (its PDF archived), the PDFs also kept as attachments."""
    files = RegisterFiles(tmp_path_factory.mktemp("demo") / "register.kirjuri")
    made = create_demo_register(files)
    register, demo = made.register, made.admin
    try:
        fill_with_demo_data(register, demo, customers=CUSTOMERS, events_per_customer=4)
        folder = tmp_path_factory.mktemp("pdf")
        for customer_id in range(1, LETTERS + 1):
            request = log_request(register, demo, customer_id, (RequestKind.ACCESS,))
            letters = LetterService(register, demo)
            letter = letters.create(request, LetterKind.ACKNOWLEDGEMENT)
            signed = letters.sign(letter.row.id)
            pdf = folder / f"kuittaus-{customer_id}.pdf"
            pdf.write_bytes(letters.pdf(signed.id))
            AttachmentService(register, demo).add(customer_id, pdf, "Kuittauksen kopio")
    finally:
        register.close()
    return files


@dataclass
class Moving:
    files: RegisterFiles
    gate: Gate
    register: Register
    demo: CurrentUser
    cluster: Cluster
    database: str
    address: AdminAddress


@pytest.fixture
def moving(demo_template: RegisterFiles, pg_cluster: Cluster, tmp_path: Path) -> Iterator[Moving]:
    files = copy_register(demo_template, tmp_path / "office")
    gate = Gate(files)
    demo = gate.login("demo", DEMO_PASSWORD).user
    assert gate.register is not None
    database = pg_cluster.new_database()
    yield Moving(
        files,
        gate,
        gate.register,
        demo,
        pg_cluster,
        database,
        AdminAddress(pg_cluster.url(database)),
    )
    gate.close()
    pg_cluster.drop_database(database)


def checks(engine: Engine) -> dict[str, tuple[int, str]]:
    """Each table's row count and digest of every row, read afresh."""
    found = {}
    with engine.connect() as connection:
        for table in model_tables():
            check, _files = table_check(connection, table)
            found[table.name] = (check.rows, check.digest)
    return found


def chain(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(  # type: ignore[misc]
                select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id)
            )
        ]


def pdf_hashes(engine: Engine) -> list[tuple[int, str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(select(Letter.id, Letter.sha256, Letter.pdf).order_by(Letter.id))
        return [(i, stored, hashlib.sha256(pdf).hexdigest()) for i, stored, pdf in rows if pdf]


def server_tables(cluster: Cluster, database: str) -> list[str]:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(cluster.url(database))
    try:
        with engine.connect() as connection:
            return sorted(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def file_bytes(files: RegisterFiles) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (files.db, files.keys, *files.companions()[:1])
        if path.exists()
    }


def test_move_and_export_round_trip_keep_every_row_pdf_and_the_chain(
    moving: Moving, tmp_path: Path
) -> None:
    before = checks(moving.register.engine)
    before_chain = chain(moving.register.engine)
    before_pdfs = pdf_hashes(moving.register.engine)
    assert before["customers"][0] == CUSTOMERS and len(before_pdfs) == LETTERS
    assert before["attachments"][0] == LETTERS

    seen: list[tuple[str, int, int]] = []
    moved = ServerMove(moving.register, moving.demo).move(
        moving.address, progress=lambda *step: seen.append(step)
    )
    assert moved.report.files_checked == 2 * LETTERS
    assert moved.report.audit_entries == len(before_chain)
    assert {c.name: c.rows for c in moved.report.tables}["customers"] == CUSTOMERS
    assert seen[-1][1] == seen[-1][2] == moved.report.rows

    # The file: kept, marked as moved, read-only with a notice, its data as before.
    assert moving.register.moved is not None
    with pytest.raises(RegisterMoved) as refused:
        CustomerService(moving.register, moving.demo).create(CustomerForm(first_name="Uusi"))
    assert moving.address.shown() in refused.value.text()
    after_file = checks(moving.register.engine)
    assert {k: v for k, v in after_file.items() if k not in ("settings", "audit_log")} == {
        k: v for k, v in before.items() if k not in ("settings", "audit_log")
    }
    assert chain(moving.register.engine)[: len(before_chain)] == before_chain
    actions = [a for (a,) in _actions(moving.register.engine)]
    assert actions[-1] == MOVED_AWAY
    moving.gate.close()
    reopened = Gate(moving.files)
    try:
        demo = reopened.login("demo", DEMO_PASSWORD).user  # logging in still works
        kept = reopened.register
        assert kept is not None and kept.moved is not None
        with pytest.raises(RegisterMoved), kept.write() as session:  # past the services too
            session.execute(update(Letter).values(tracking_number="X"))
        with pytest.raises(RegisterMoved), kept.write() as session:
            session.execute(text("DELETE FROM customer_tags"))
        with pytest.raises(RegisterMoved):
            BackupService(kept, demo).back_up(tmp_path / "usb")
        assert not (tmp_path / "usb").exists()  # refused before anything was made
        # Reading out is still allowed, and still audited in the kept file.
        exported = AuditViewer(kept, demo).export_csv(AuditFilter(), tmp_path / "log.csv", ["a"])
        assert exported > 0 and _actions(kept.engine)[-1] == ("audit_exported",)
        assert checks(kept.engine)["letters"] == before["letters"]
    finally:
        reopened.close()

    # The server: every row, every PDF and the chain as they were, plus the move's own entry.
    server = Gate(moved.files)
    try:
        admin = server.login("demo", DEMO_PASSWORD).user
        assert server.register is not None
        engine = server.register.engine
        on_server = checks(engine)
        assert {k: v for k, v in on_server.items() if k != "audit_log"} == {
            k: v for k, v in before.items() if k != "audit_log"
        }
        assert pdf_hashes(engine) == before_pdfs
        assert all(stored == actual for _i, stored, actual in pdf_hashes(engine))
        server_chain = chain(engine)
        assert server_chain[: len(before_chain)] == before_chain
        assert _actions(engine)[len(before_chain)] == (MOVED_HERE,)
        with server.register.read() as session:
            assert verify(session).ok
        # The sequences were moved past the copied ids: new rows get new ids.
        new = CustomerService(server.register, admin).create(CustomerForm(first_name="Uusi"))
        assert new.id == CUSTOMERS + 1

        # And back: a new file register from the server, alike row for row.
        out = tmp_path / "back" / "register.kirjuri"
        exported = ServerMove(server.register, admin).export(out)
        assert exported.report.files_checked == 2 * LETTERS
        server_now = checks(engine)
        server_chain = chain(engine)
        assert _actions(engine)[-1] == (EXPORTED_AWAY,)
    finally:
        server.close()
    assert out.stat().st_mode & 0o777 == 0o600
    back = Gate(RegisterFiles(out))
    try:
        back.login("demo", DEMO_PASSWORD)  # the same passwords open it
        assert back.register is not None and back.register.moved is None
        file_engine = back.register.engine
        in_file = checks(file_engine)
        assert {k: v for k, v in in_file.items() if k != "audit_log"} == {
            k: v for k, v in server_now.items() if k != "audit_log"
        }
        assert pdf_hashes(file_engine) == before_pdfs
        assert chain(file_engine)[: len(server_chain) - 1] == server_chain[:-1]
        assert (EXPORTED_HERE,) in _actions(file_engine)
        with back.register.read() as session:
            assert verify(session).ok
    finally:
        back.close()


def _actions(engine: Engine) -> list[tuple[str]]:
    with engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(  # type: ignore[misc]
                select(AuditEntry.action).order_by(AuditEntry.id)
            )
        ]


def _unchanged(moving: Moving, before: dict[str, str]) -> None:
    assert moving.register.moved is None
    assert file_bytes(moving.files) == before
    assert server_tables(moving.cluster, moving.database) == []
    assert not (moving.files.db.with_name("register-server.kirjuri.keys")).exists()


def test_a_connection_cut_mid_way_leaves_the_server_empty_and_the_file_untouched(
    moving: Moving,
) -> None:
    before = file_bytes(moving.files)

    def cut(table: str, done: int, total: int) -> None:
        if table == "contact_events":  # well into the copy
            moving.cluster.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{moving.database}' AND pid <> pg_backend_pid()"
            )

    with pytest.raises(ServerConnectionFailed):
        ServerMove(moving.register, moving.demo).move(moving.address, progress=cut)
    _unchanged(moving, before)
    CustomerService(moving.register, moving.demo).create(CustomerForm(first_name="Yhä"))


def test_a_database_not_empty_is_refused_before_anything_is_copied(moving: Moving) -> None:
    moving.cluster.execute("CREATE TABLE muuta (id int)", database=moving.database)
    before = file_bytes(moving.files)
    with pytest.raises(TargetNotEmpty):
        ServerMove(moving.register, moving.demo).move(moving.address)
    assert moving.register.moved is None and file_bytes(moving.files) == before
    assert server_tables(moving.cluster, moving.database) == ["muuta"]


def test_a_letter_whose_pdf_does_not_fit_its_hash_stops_the_move(moving: Moving) -> None:
    with moving.register.write() as session:
        session.execute(update(Letter).where(Letter.id == 1).values(sha256="0" * 64))
    before = file_bytes(moving.files)
    with pytest.raises(StoredFileDamaged) as stopped:
        ServerMove(moving.register, moving.demo).move(moving.address)
    assert "letters 1" in stopped.value.text()
    _unchanged(moving, before)


def test_only_a_main_user_moves_the_register(moving: Moving) -> None:
    from desktop.core.roles import Role
    from desktop.services.access.users import NewUser, UserService

    UserService(moving.register, moving.demo).add_user(
        NewUser("ville", "Ville Virtanen", Role.CLERK), "villen salasana"
    )
    clerk = user(moving.register, "ville")
    with pytest.raises(MainUserOnly):
        ServerMove(moving.register, clerk).move(moving.address)
    assert server_tables(moving.cluster, moving.database) == []
    with moving.register.read() as session:
        assert (
            session.scalar(text("SELECT count(*) FROM settings WHERE key = 'register_moved'")) == 0
        )


def test_an_export_cut_mid_way_or_onto_an_existing_file_leaves_no_file(
    moving: Moving, tmp_path: Path
) -> None:
    from desktop.errors import RegisterExists

    moved = ServerMove(moving.register, moving.demo).move(moving.address)
    server = Gate(moved.files)
    try:
        admin = server.login("demo", DEMO_PASSWORD).user
        assert server.register is not None
        before = chain(server.register.engine)
        out = tmp_path / "back" / "register.kirjuri"

        def cut(table: str, done: int, total: int) -> None:
            if table == "contact_events":
                moving.cluster.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{moving.database}' AND pid <> pg_backend_pid()"
                )

        with pytest.raises(ServerConnectionFailed):
            ServerMove(server.register, admin).export(out, progress=cut)
        assert sorted(p.name for p in out.parent.iterdir()) == []  # nothing aside, nothing here
        assert chain(server.register.engine) == before  # the server's register as it was

        out.write_bytes(b"someone else's file")
        with pytest.raises(RegisterExists):
            ServerMove(server.register, admin).export(out)
        assert out.read_bytes() == b"someone else's file"
    finally:
        server.close()


def test_a_moved_register_has_planner_statistics_at_once(moving: Moving) -> None:
    """Without ANALYZE the server plans the first searches blind until autovacuum comes by (a
    minute or more): sequential scans where an index answers in a fraction of the time."""

    def analysed() -> set[str]:
        from sqlalchemy import create_engine

        engine = create_engine(moving.cluster.url(moving.database))
        try:
            with engine.connect() as connection:
                rows = connection.execute(text("SELECT DISTINCT tablename FROM pg_stats"))
                return {name for (name,) in rows}
        finally:
            engine.dispose()

    assert "customers" not in analysed()  # the empty database has none
    ServerMove(moving.register, moving.demo).move(moving.address)
    assert {"customers", "customer_emails", "customer_phones", "audit_log"} <= analysed()
