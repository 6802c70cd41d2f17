"""Issue 15, item 14 (part): two importers at once through the services doubled the rows. The
import service now checks its plan again under the register's write lock."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.services.access.gate import Gate
from desktop.services.customers.importing import CustomerImporter, ImportOutdated, ImportResult
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.store.register import RegisterFiles
from tests.hostile.conftest import Office
from tests.registers import PASSWORDS

ROWS = 40


def _file(tmp_path: Path) -> Path:
    lines = ["Etunimi;Sukunimi;Sähköposti;Puhelin"] + [
        f"Asiakas{n};Meikäläinen;asiakas{n}@example.fi;040 555 {n:04d}" for n in range(ROWS)
    ]
    path = tmp_path / "verkkokauppa.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _count(office: Office) -> int:
    return CustomerQueries(office.register, office.user).count(CustomerQuery())


def test_a_plan_made_before_another_import_is_refused(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path)
    before = _count(office)
    first, second = office.plan(path), office.plan(path)  # two windows, one file
    assert office.importer.run(first).added == ROWS
    with pytest.raises(ImportOutdated):
        office.importer.run(second)  # was: ROWS more, the same people twice
    assert _count(office) == before + ROWS
    again = office.plan(path)  # checked again: every row is now a possible duplicate
    assert len(again.duplicates) == ROWS
    assert office.importer.run(again, skip_duplicates=True).added == 0


def test_two_importers_at_once_add_the_rows_once(
    office: Office, files: RegisterFiles, tmp_path: Path
) -> None:
    """Two connections to the same register file (as two processes would have), planning and
    then running at the same moment."""
    path = _file(tmp_path)
    before = _count(office)
    other_gate = Gate(files)
    other = other_gate.login("maija", PASSWORDS["maija"]).user
    assert other_gate.register is not None
    importers = [office.importer, CustomerImporter(other_gate.register, other)]
    table = read_table(path)
    plans = [importer.plan(table, guess_mapping(table.headers)) for importer in importers]
    start = threading.Barrier(2)
    outcomes: list[ImportResult | BaseException] = []

    def run(index: int) -> None:
        start.wait()
        try:
            outcomes.append(importers[index].run(plans[index]))
        except BaseException as exc:  # noqa: BLE001 - what happened is what is asserted
            outcomes.append(exc)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    other_gate.close()
    added = [o for o in outcomes if isinstance(o, ImportResult)]
    refused = [o for o in outcomes if isinstance(o, ImportOutdated)]
    assert len(added) == 1 and len(refused) == 1, outcomes
    assert added[0].added == ROWS
    assert _count(office) == before + ROWS
