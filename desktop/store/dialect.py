"""What differs between the two databases a register can live in, kept in this one module.

A register is a SQLCipher file (the default, desktop.store.engine) or a PostgreSQL database on
the office's server (psycopg 3). The services never ask which: they use the SQL pieces below,
which compile to each engine's own SQL, and the helpers that do nothing where an engine needs
nothing.

- Writers: SQLite's BEGIN IMMEDIATE lets one write transaction in at a time. On PostgreSQL a
  write transaction starts by taking one transaction-scoped advisory lock, so writers queue the
  same way while readers never wait: the audit chain reads its last hash and appends, a diary
  number or a customer number is the largest so far plus one — each under that lock, so they
  stay one chain, gapless and unique with several workstations logging at once.
- Search: an FTS5 trigram table (SQLite) or a pg_trgm GIN index (PostgreSQL) over the same
  normalised `customers.search_text`; both answer "contains these words".
- Dates: SQLite keeps them as ISO text and has strftime/date/max(a, b); PostgreSQL has real
  dates and make_date/CAST/greatest.
- Explicit ids (bulk imports, demo data): PostgreSQL's sequences are moved past them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Integer,
    Select,
    Table,
    and_,
    bindparam,
    cast,
    create_engine,
    event,
    extract,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

POSTGRES = "postgresql"
DRIVER = "postgresql+psycopg"
# pg_advisory_xact_lock key of the register's one writer at a time: "Kirj" in ASCII.
WRITE_LOCK_KEY = 0x4B69726A


def is_postgres(bind: Engine | Connection | Session) -> bool:
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name == POSTGRES
    return bind.dialect.name == POSTGRES


def server_url(url: str | URL) -> URL:
    """A PostgreSQL address as Kirjuri connects to it: always through psycopg 3."""
    parsed = make_url(url)
    if parsed.get_backend_name() != POSTGRES:
        raise ValueError(f"not a PostgreSQL address: {parsed.drivername}")
    return parsed.set(drivername=DRIVER)


def make_server_engine(url: str | URL, *, creator: Callable[[], Any] | None = None) -> Engine:
    """The engine of a register on a PostgreSQL server. A session with the execution option
    `immediate` (Register.write) waits for the register's write lock first. `creator` makes
    each connection (a workstation's: TLS verified, desktop.store.server_connection)."""
    options: dict[str, Any] = {} if creator is None else {"creator": creator}
    engine = create_engine(
        server_url(url),
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,  # a workstation's connection may have been cut while it was idle
        **options,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


def lost_connection(exc: BaseException) -> bool:
    """The server went away under a connection: the network, a server restart, an
    administrator's pg_terminate_backend. The server rolls the transaction back whole, and the
    pool drops the connection (the next checkout pings and connects again)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(exc.orig, psycopg.OperationalError)


# --- SQL that differs ---------------------------------------------------------------------------
class year_end(FunctionElement[Any]):  # noqa: N801 - used like func.*
    """31 December of a date's year, as a date."""

    type = Date()
    inherit_cache = True
    name = "year_end"


@compiles(year_end)
def _year_end_sqlite(element: year_end, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.strftime("%Y-12-31", *element.clauses), **kw)


@compiles(year_end, POSTGRES)
def _year_end_postgres(element: year_end, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = element.clauses
    year = cast(extract("year", day), Integer)
    return compiler.process(func.make_date(year, 12, 31), **kw)


class date_of(FunctionElement[Any]):  # noqa: N801
    """The calendar day of a timestamp, as a date."""

    type = Date()
    inherit_cache = True
    name = "date_of"


@compiles(date_of)
def _date_of_sqlite(element: date_of, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.date(*element.clauses), **kw)


@compiles(date_of, POSTGRES)
def _date_of_postgres(element: date_of, compiler: SQLCompiler, **kw: Any) -> str:
    (moment,) = element.clauses
    return compiler.process(cast(moment, Date), **kw)


class greatest(FunctionElement[Any]):  # noqa: N801
    """The larger of the values (SQLite's two-argument max)."""

    inherit_cache = True
    name = "greatest"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.type = self.clauses.clauses[0].type


@compiles(greatest)
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.max(*element.clauses), **kw)


@compiles(greatest, POSTGRES)
def _greatest_postgres(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.greatest(*element.clauses), **kw)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class contains_words(ColumnElement[bool]):  # noqa: N801
    """True for the customers whose normalised search text contains every word (each at least
    three letters: a trigram). The words come normalised (desktop.core.search_text)."""

    type = Boolean()
    inherit_cache = False  # the words are part of the statement's shape

    def __init__(self, id_column: Any, search_column: Any, words: list[str]) -> None:
        self.id_column = id_column
        self.search_column = search_column
        self.words = list(words)


@compiles(contains_words)
def _contains_sqlite(element: contains_words, compiler: SQLCompiler, **kw: Any) -> str:
    match = " ".join(_fts_phrase(word) for word in element.words)
    matching: Select[Any] = (
        select(literal_column("rowid"))
        .select_from(text("customer_search"))
        .where(text("customer_search MATCH :match").bindparams(match=match))
    )
    return compiler.process(element.id_column.in_(matching), **kw)


@compiles(contains_words, POSTGRES)
def _contains_postgres(element: contains_words, compiler: SQLCompiler, **kw: Any) -> str:
    # LIKE '%word%' is answered from the pg_trgm GIN index on search_text (migration 0002).
    parts = [
        element.search_column.like(
            bindparam(None, f"%{_like_escaped(word)}%", unique=True), escape="\\"
        )
        for word in element.words
    ]
    return compiler.process(and_(*parts), **kw)


# --- engine housekeeping ------------------------------------------------------------------------
def move_sequences_past_ids(session: Session, *tables: str) -> None:
    """After rows were inserted with ids given (bulk import, demo data), the next id PostgreSQL
    hands out must be past them. SQLite takes max(id) + 1 by itself."""
    if not is_postgres(session):
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce(max(id), 0) + 1, false) FROM {table}"
            )
        )


def move_all_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After a whole register was copied in with its ids (moving it to the server): every
    table's id sequence past its largest id. SQLite needs nothing."""
    if not is_postgres(connection):
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue  # no sequence behind it (settings, a user's signature)
        name = keys[0].name
        # setval(NULL, ...) is NULL: a key without a sequence behind it is left as it is.
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{name}'), "
                f"coalesce(max({name}), 0) + 1, false) FROM {table.name}"
            )
        )


@contextlib.contextmanager
def bigger_page_cache(session: Session, kib: int) -> Iterator[None]:
    """A bigger SQLCipher page cache for a large write (every page evicted early is decrypted
    again). The server manages its own memory: nothing to do there."""
    if is_postgres(session):
        yield
        return
    connection = session.connection()
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def fold_write_ahead_log(engine: Engine) -> None:
    """Fold SQLite's write-ahead log into the file and shrink it. The server keeps its own."""
    if is_postgres(engine):
        return
    connection = engine.raw_connection()
    try:
        connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
