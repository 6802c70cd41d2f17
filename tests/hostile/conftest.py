"""Hostile and unlucky input against the real thing: files the tests write themselves (no binaries
checked in), a real encrypted register copied from the session template, the main user logged
in. The files hold names in the clear, so they go when each test ends (the session's temp folder
is checked for such leaks by tests/ui/test_no_plaintext_on_disk.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.exporting import CustomerExporter
from desktop.services.customers.importing import CustomerImporter, ImportPlan
from desktop.services.customers.records import CustomerService
from desktop.store.register import Register, RegisterFiles
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    Template,
    copy_register,
    files,
    passwords,
    register_template,
)

PLAIN_SUFFIXES = (".csv", ".txt", ".xlsx", ".vcf", ".zip", ".tmp", ".partial")


@dataclass
class Office:
    """One logged-in main user and the services the cases drive."""

    gate: Gate
    register: Register
    user: CurrentUser

    @property
    def customers(self) -> CustomerService:
        return CustomerService(self.register, self.user)

    @property
    def importer(self) -> CustomerImporter:
        return CustomerImporter(self.register, self.user)

    @property
    def exporter(self) -> CustomerExporter:
        return CustomerExporter(self.register, self.user)

    def plan(self, path: Path) -> ImportPlan:
        """The file read and checked with the guessed mapping, as the dialog does."""
        table = read_table(path)
        return self.importer.plan(table, guess_mapping(table.headers))


@pytest.fixture
def office(files: RegisterFiles) -> Iterator[Office]:  # noqa: F811 - the imported fixture
    gate = Gate(files)
    user = gate.login("maija", PASSWORDS["maija"]).user
    assert gate.register is not None
    yield Office(gate, gate.register, user)
    gate.close()


@pytest.fixture(autouse=True)
def _no_plain_files_left(tmp_path: Path) -> Iterator[None]:
    yield
    for path in tmp_path.rglob("*"):
        if path.is_file() and (path.suffix.lower() in PLAIN_SUFFIXES or path.name[:1] == "."):
            path.unlink()
