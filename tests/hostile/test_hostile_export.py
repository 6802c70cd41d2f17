"""Issue 15, items 3, 10 and 13: exports that left personal data in plain files, failed on a
control character, or wrote live formulas. Real exports of a real register, read back."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.core.validation import CONTROL_IN_LINE
from desktop.errors import ValidationError
from desktop.services.customers.attachments import AttachmentService, TempCopies
from desktop.services.customers.search import CustomerQuery
from desktop.services.rights.portability import build_zip, collect
from desktop.store.customer_models import Customer
from desktop.store.partial_files import TEMP_PREFIX, journal_for
from desktop.store.register import RegisterFiles
from tests.cli.test_cli_main import ROOT
from tests.hostile.conftest import Office
from tests.registers import PASSWORDS

FORMULAS = ["=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "+358 40 1", "=1+1"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _xlsx_cells(path: Path) -> list[list[Any]]:
    workbook = load_workbook(path)
    try:
        sheet = workbook.worksheets[0]
        return [[(cell.data_type, cell.value) for cell in row] for row in sheet.iter_rows()]
    finally:
        workbook.close()


# --- 13. formula injection -------------------------------------------------------------------
def test_formula_leading_values_are_neutralised_and_read_back_exactly(
    office: Office, tmp_path: Path
) -> None:
    for index, value in enumerate(FORMULAS):
        office.customers.create(
            CustomerForm(
                first_name=value,
                last_name=f"Kaava{index}",
                organisation="@Yritys" if index == 0 else "",
                municipality="-Espoo" if index == 1 else "",
                addresses=(AddressForm('=HYPERLINK("http://x")', "114 55", "Tukholma", "SE"),),
                phones=(PhoneForm("+46 8 123 456 78"),),
                tags=("+VIP",),
            )
        )
    target = tmp_path / "vienti.csv"
    assert office.exporter.export(CustomerQuery(), target) == len(FORMULAS)
    rows = _csv_cells(target)
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    assert "'=cmd|' /C calc'!A0" in cells and "'-2+3" in cells
    # The Swedish number of a customer in Sweden in Sweden's own format, with its kind; a value
    # that starts with "+" (the tag) is neutralised.
    assert any(cell.startswith("08-123 456 78 (") for cell in cells), cells
    assert "'+VIP" in cells

    book = tmp_path / "vienti.xlsx"
    office.exporter.export(CustomerQuery(), book, fmt="xlsx")
    typed = _xlsx_cells(book)
    assert {kind for row in typed for kind, _ in row} == {"s"}  # every cell a string, no "f"
    assert not [v for row in typed for _, v in row if str(v).startswith(FORMULA_START)]

    for path in (target, book):  # imported again: exactly what was stored
        table = read_table(path)
        plan = office.importer.plan(table, guess_mapping(table.headers))
        forms = sorted(plan.accepted, key=lambda row: row.checked.form.last_name)
        assert [row.checked.form.first_name for row in forms] == FORMULAS
        assert forms[0].checked.form.organisation == "@Yritys"
        assert forms[1].checked.form.municipality == "-Espoo"
        assert forms[0].checked.form.addresses[0].street == '=HYPERLINK("http://x")'
        assert forms[0].checked.form.tags == ("+VIP",)


def test_portability_csvs_are_neutralised_and_its_json_exact(office: Office) -> None:
    made = office.customers.create(
        CustomerForm(
            first_name="=cmd|' /C calc'!A0",
            last_name="@Meikäläinen",
            feedback="-2+3",
            emails=(EmailForm("maija@example.fi"),),
        )
    )
    with office.register.read() as session:
        customer = session.get(Customer, made.id)
        assert customer is not None
        data = collect(session, customer, "1/2026", date(2026, 3, 1))
    content = build_zip(data, "fi", datetime(2026, 3, 1, 12, 0))
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        exact = json.loads(archive.read("data.json"))["customer"]
        table = archive.read("customer.csv").decode("utf-8-sig")
    assert (exact["first_name"], exact["last_name"], exact["feedback"]) == (
        "=cmd|' /C calc'!A0",
        "@Meikäläinen",
        "-2+3",
    )
    row = next(csv.DictReader(io.StringIO(table), delimiter=";"))
    assert (row["first_name"], row["last_name"], row["feedback"]) == (
        "'=cmd|' /C calc'!A0",
        "'@Meikäläinen",
        "'-2+3",
    )


# --- 10. NUL and ESC -------------------------------------------------------------------------
def test_control_characters_are_refused_by_the_editor_and_cleaned_on_export(
    office: Office, tmp_path: Path
) -> None:
    for name in ("Maija\x00", "Maija\x1b[31m", "Maija\x07"):
        with pytest.raises(ValidationError) as refused:
            office.customers.create(CustomerForm(first_name=name, last_name="Meikäläinen"))
        assert refused.value.fields == {"first_name": CONTROL_IN_LINE}
    with pytest.raises(ValidationError) as refused:
        office.customers.create(CustomerForm(last_name="Ok", notes="rivi 1\n\trivi 2\x00"))
    assert set(refused.value.fields) == {"notes"}
    fine = office.customers.create(CustomerForm(last_name="Ok", notes="rivi 1\r\n\trivi 2"))
    assert office.customers.get(fine.id).form.notes == "rivi 1\n\trivi 2"

    # What an older version let in is still in some registers: the export cleans it.
    old = office.customers.create(CustomerForm(first_name="Maija", last_name="Meikäläinen"))
    with office.register.write() as session:
        session.execute(
            update(Customer)
            .where(Customer.id == old.id)
            .values(first_name="Mai\x00ja", last_name="Meikä\x1bläinen")
        )
    book = tmp_path / "vienti.xlsx"
    assert office.exporter.export(CustomerQuery(), book, fmt="xlsx") == 2  # was: failed whole
    names = [row[1:3] for row in _xlsx_cells(book)[1:]]
    assert [("s", "Meikä läinen"), ("s", "Mai ja")] in names
    text = tmp_path / "vienti.csv"
    office.exporter.export(CustomerQuery(), text)
    assert ["Meikä läinen", "Mai ja"] in [row[1:3] for row in _csv_cells(text)]


# --- 3. plaintext on disk --------------------------------------------------------------------
@pytest.fixture
def temp_files_made(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """Every temp file or folder made through tempfile while the test runs, with where."""
    made: list[str] = []
    tmpdir = tmp_path / "TMPDIR"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        real: Callable[..., Any] = getattr(tempfile, name)

        def spy(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            made.append(str(kwargs.get("dir") or tempfile.gettempdir()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(tempfile, name, spy)
    yield made
    assert list(tmpdir.iterdir()) == []


def test_xlsx_export_streams_nothing_through_tmpdir(
    office: Office, tmp_path: Path, temp_files_made: list[str]
) -> None:
    office.customers.create(CustomerForm(first_name="Maija", last_name="Meikäläinen"))
    out = tmp_path / "out"
    out.mkdir()
    office.exporter.export(CustomerQuery(), out / "vienti.xlsx", fmt="xlsx")
    office.exporter.export(CustomerQuery(), out / "vienti.csv", fmt="csv")
    # openpyxl's write-only mode used a temp file in TMPDIR, left for ever if Kirjuri died.
    # Only the atomic write beside the target (and, beside the register, the key-slot file's
    # atomic rewrite with the audit anchor: encrypted keys, no personal data).
    register_folder = str(office.register.files.db.parent)
    assert [d for d in temp_files_made if d != register_folder] == [str(out), str(out)]
    assert sorted(p.name for p in out.iterdir()) == ["vienti.csv", "vienti.xlsx"]


def test_the_attachment_viewer_copy_does_not_carry_the_customers_name(
    office: Office, tmp_path: Path
) -> None:
    anna = office.customers.create(CustomerForm(first_name="Anna", last_name="Asiakas"))
    scan = tmp_path / "Anna Asiakas vuokrasopimus.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    copies = TempCopies()
    attachments = AttachmentService(office.register, office.user, copies)
    row = attachments.add(anna.id, scan)
    scan.unlink()
    copy = attachments.viewer_copy(row.id)
    try:
        assert copy.name == f"attachment-{row.id}.pdf"
        assert "Anna" not in str(copy) and "Asiakas" not in str(copy)
    finally:
        copies.cleanup()


EXPORT_CHILD = """
import os, sys, time
from pathlib import Path
from desktop.services.access.gate import Gate
from desktop.services.customers.exporting import CustomerExporter
from desktop.services.customers.search import CustomerQuery
from desktop.store.register import RegisterFiles
db, target, password, fmt, hold = sys.argv[1:6]
target = Path(target)
if hold == "hold":  # stop once the temp file beside the target holds the whole export
    real_fsync = os.fsync
    def fsync(fd):
        real_fsync(fd)
        name = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if name.parent == target.parent and name.name.startswith(".kirjuri-"):
            print("written", flush=True)
            time.sleep(600)
    os.fsync = fsync
gate = Gate(RegisterFiles(Path(db)))
user = gate.login("maija", password).user
print("exporting", flush=True)
CustomerExporter(gate.register, user).export(CustomerQuery(), target, fmt=fmt)
print("done", flush=True)
"""


def _export_child(
    files: RegisterFiles, target: Path, fmt: str, hold: bool
) -> subprocess.Popen[str]:
    args = [str(files.db), str(target), PASSWORDS["maija"], fmt, "hold" if hold else "go"]
    return subprocess.Popen(
        [sys.executable, "-c", EXPORT_CHILD, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _reopen(files: RegisterFiles) -> None:
    from desktop.services.access.gate import Gate

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    gate.close()


def _customers_in(office: Office, tmp_path: Path, count: int) -> None:
    rows = ["Etunimi;Sukunimi;Sähköposti"] + [
        f"Asiakas{n};Meikäläinen{n};asiakas{n}@example.fi" for n in range(count)
    ]
    source = tmp_path / "lahde.csv"
    source.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    plan = office.plan(source)
    office.importer.run(plan)
    source.unlink()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the temp file")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_killed_export_leaves_no_partial_file(
    office: Office, files: RegisterFiles, tmp_path: Path, fmt: str
) -> None:
    _customers_in(office, tmp_path, 50)
    office.gate.close()  # the child opens the register (one Kirjuri at a time)
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / f"asiakkaat.{fmt}"

    child = _export_child(files, target, fmt, hold=True)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "written":
                break
        (partial,) = stick.iterdir()  # whole, synced, not yet renamed: the moment to die
        assert partial.name.startswith(TEMP_PREFIX) and "asiakkaat" not in partial.name
        assert journal_for(files.db).exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL

    _reopen(files)  # the next opening removes what the killed export left
    assert list(stick.iterdir()) == []
    assert not journal_for(files.db).exists()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the temp file")
@pytest.mark.timeout(600)
def test_exports_killed_at_random_moments_leave_a_whole_file_or_none(
    office: Office, files: RegisterFiles, tmp_path: Path
) -> None:
    _customers_in(office, tmp_path, 3000)
    office.gate.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    chance = random.Random(15)
    for trial in range(4):
        fmt = ("csv", "xlsx")[trial % 2]
        target = stick / f"asiakkaat-{trial}.{fmt}"
        child = _export_child(files, target, fmt, hold=False)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "exporting"  # logged in; the export runs
        time.sleep(chance.uniform(0.0, 1.5))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        _reopen(files)
        left = sorted(p.name for p in stick.iterdir())
        assert not [name for name in left if name.startswith(".")], left
        if target.exists():  # it finished before the kill: whole
            assert read_table(target).data_rows == 3000
        assert not journal_for(files.db).exists()
    for path in stick.iterdir():
        path.unlink()
    assert os.listdir(stick) == []
