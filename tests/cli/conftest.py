"""The command tests use the shared template registers, and a login gate on a copy."""

from collections.abc import Iterator

import pytest

from desktop.services.access.gate import Gate
from desktop.store.register import RegisterFiles
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    Template,
    copy_register,
    files,
    passwords,
    pg_cluster,
    register_template,
)


@pytest.fixture
def gate(files: RegisterFiles) -> Iterator[Gate]:  # noqa: F811 - uses the imported fixture
    """A login gate on the copied register; closed after the test."""
    the_gate = Gate(files)
    yield the_gate
    the_gate.close()
