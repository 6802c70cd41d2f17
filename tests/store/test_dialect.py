"""desktop.store.dialect: each SQL piece compiles to its engine's own SQL, and server addresses
always go through psycopg 3. (On real databases: tests/store/test_postgres_schema.py and the
service tests, which run on both engines.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from desktop.store.customer_models import Customer, Order
from desktop.store.dialect import contains_words, date_of, greatest, server_url, year_end


def _sql(statement: object, dialect: object) -> str:
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def test_dates_compile_for_each_engine() -> None:
    query = select(
        year_end(Order.ordered_on), date_of(greatest(Customer.created_at, Customer.updated_at))
    )
    assert "strftime('%Y-12-31', orders.ordered_on)" in _sql(query, sqlite.dialect())
    assert "date(max(customers.created_at, customers.updated_at))" in _sql(query, sqlite.dialect())
    on_server = _sql(query, postgresql.dialect())
    assert "make_date(CAST(EXTRACT(year FROM orders.ordered_on) AS INTEGER), 12, 31)" in on_server
    assert "CAST(greatest(customers.created_at, customers.updated_at) AS DATE)" in on_server


def test_search_compiles_to_fts5_or_escaped_like() -> None:
    query = select(Customer.id).where(
        contains_words(Customer.id, Customer.search_text, ["ann", 'a"b', "5%_x"])
    )
    on_file = _sql(query, sqlite.dialect())
    assert "customer_search MATCH" in on_file
    on_server = _sql(query, postgresql.dialect())
    assert "customers.search_text LIKE '%%ann%%'" in on_server
    assert r"LIKE '%%5\%%\_x%%' ESCAPE '\'" in on_server  # % and _ only themselves


def test_server_addresses_use_psycopg() -> None:
    assert server_url("postgresql://kirjuri@palvelin/rekisteri").drivername == "postgresql+psycopg"
    assert server_url("postgresql+psycopg2://h/db").drivername == "postgresql+psycopg"
    with pytest.raises(ValueError, match="not a PostgreSQL address"):
        server_url("sqlite:///register.kirjuri")
