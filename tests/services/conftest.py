"""The service tests use the shared template registers, and a login gate on a copy.

Every test that uses `files` (or `gate`, or a fixture built on them) runs on both engines: a
SQLCipher file and a PostgreSQL database (id "pg"; see tests/registers.py)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.access.gate import Gate
from desktop.store.register import RegisterFiles
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    ENGINES,
    PASSWORDS,
    Template,
    copy_register,
    files_on_each_engine,
    passwords,
    pg_cluster,
    pg_register_template,
    register_template,
)


@pytest.fixture(params=ENGINES)
def files(request: pytest.FixtureRequest, tmp_path: Path) -> RegisterFiles:
    """A fresh, closed copy of the template register, on each engine in turn."""
    return files_on_each_engine(request, tmp_path)


@pytest.fixture
def gate(files: RegisterFiles) -> Iterator[Gate]:  # noqa: F811 - uses the imported fixture
    """A login gate on the copied register; closed after the test."""
    the_gate = Gate(files)
    yield the_gate
    the_gate.close()
