"""Import and export on a real encrypted register: rejected rows and their report, all or nothing,
cancel, earlier bans and erasures, duplicates, and the main-user-only audited export."""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.errors import DiskFull, PermissionDenied
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.duplicates import SAME_EMAIL, SAME_NAME_AND_ADDRESS, SAME_PHONE
from desktop.services.customers.exporting import CustomerExporter
from desktop.services.customers.importing import (
    REPORT_ERROR_HEADER,
    CustomerImporter,
    ImportCancelled,
    ImportOutdated,
    write_rejected_report,
)
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.customers.suppression import ERASED, MARKETING_BAN, remember
from desktop.store.customer_models import Customer
from desktop.store.models import AuditEntry

HEADERS = ["Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Katuosoite", "Postinumero",
           "Postitoimipaikka"]  # fmt: skip
GOOD = [
    ["Aino", "Korhonen", "aino@example.fi", "040 111 2222", "Koulukatu 1", "90100", "Oulu"],
    ["Eero", "Nieminen", "", "050 333 4444", "", "", ""],
    ["Helmi", "Mäkinen", "helmi@example.fi", "", "Torikatu 2", "33100", "Tampere"],
]
BAD = [
    ["Juha", "Laine", "juha(at)example.fi", "", "", "", ""],  # bad email
    ["Kaisa", "Koskinen", "", "", "Rantatie 3", "201000", "Turku"],  # bad postal code
    ["", "", "nimeton@example.fi", "", "", "", ""],  # no name
]


@pytest.fixture(autouse=True)
def _no_plain_files_left(tmp_path: Path) -> Iterator[None]:
    """The files these tests write hold names in the clear; the session's temp folder is checked
    for such leaks (tests/ui/test_no_plaintext_on_disk.py), so they go when the test ends."""
    yield
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix.lower() in (".csv", ".xlsx", ".vcf", ".pdf", ".tmp"):
            path.unlink()


def login(gate: Gate, passwords: dict[str, str], username: str) -> CurrentUser:
    return gate.login(username, passwords[username]).user


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def count(gate: Gate, user: CurrentUser, **filters: object) -> int:
    assert gate.register is not None
    return CustomerQueries(gate.register, user).count(CustomerQuery(**filters))  # type: ignore[arg-type]


def audit_entries(gate: Gate, action: str) -> list[AuditEntry]:
    assert gate.register is not None
    with gate.register.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.fixture
def maija(gate: Gate, passwords: dict[str, str]) -> CurrentUser:
    return login(gate, passwords, "maija")


@pytest.fixture
def importer(gate: Gate, maija: CurrentUser) -> CustomerImporter:
    assert gate.register is not None
    return CustomerImporter(gate.register, maija)


def test_bad_rows_are_rejected_with_reasons_and_the_report_imports_after_fixing(
    gate: Gate, maija: CurrentUser, importer: CustomerImporter, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "asiakkaat.csv", [HEADERS, GOOD[0], BAD[0], GOOD[1], BAD[1],
                                                  BAD[2], GOOD[2]])  # fmt: skip
    table = read_table(path)
    plan = importer.plan(table, guess_mapping(table.headers))
    assert [r.row_number for r in plan.accepted] == [2, 4, 7]
    assert [r.row_number for r in plan.rejected] == [3, 5, 6]
    assert [r.values for r in plan.rejected] == BAD
    reasons = [plan.problem_text(r) for r in plan.rejected]
    assert reasons[0] == (
        "Sähköposti: This is not a valid email address (for example name@example.fi)."
    )
    assert reasons[1] == "Postinumero: A Finnish postal code has five digits."
    assert reasons[2] == "Sukunimi: Enter a first or last name, or the organisation's name."

    report = tmp_path / "hylatyt.csv"
    assert write_rejected_report(plan, report) == 3
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")
    again = read_table(report)
    assert (again.encoding, again.delimiter) == ("utf-8-sig", ";")
    assert again.headers == [*HEADERS, REPORT_ERROR_HEADER]
    assert [row[:-1] for row in again.rows] == BAD
    assert REPORT_ERROR_HEADER not in [again.headers[i] for i in guess_mapping(again.headers)]

    result = importer.run(plan)
    assert (result.added, result.skipped, result.rejected) == (3, 0, 3)
    assert count(gate, maija) == 3

    # The user fixes the rows in Excel and imports the report itself.
    fixed = [
        ["Juha", "Laine", "juha@example.fi", "", "", "", "", "vanha virhe"],
        ["Kaisa", "Koskinen", "", "", "Rantatie 3", "20100", "Turku", "vanha virhe"],
        ["Nimetön", "", "nimeton@example.fi", "", "", "", "", ""],
    ]
    with report.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([again.headers, *fixed])
    table = read_table(report)
    plan = importer.plan(table, guess_mapping(table.headers))
    assert plan.rejected == [] and len(plan.accepted) == 3
    assert importer.run(plan).added == 3
    assert count(gate, maija) == 6

    assert gate.register is not None
    with gate.register.read() as session:
        numbers = list(session.scalars(select(Customer.number).order_by(Customer.number)))
        sources = set(session.scalars(select(Customer.source)))
    assert numbers == list(range(numbers[0], numbers[0] + 6))
    assert sources == {"import"}
    assert count(gate, maija, text="Mäkinen") == 1  # searchable at once
    assert count(gate, maija, text="0503334444") == 1
    entries = audit_entries(gate, "customers_imported")
    assert [(e.entity, e.entity_id) for e in entries] == [("import", "3"), ("import", "3")]
    assert entries[0].fields.split(",") == sorted(
        ["email", "first_name", "last_name", "phone", "post_office", "postal_code", "street"]
    )
    assert "aino" not in entries[0].fields  # names of fields, never values


def test_a_failure_part_way_adds_nothing(
    gate: Gate, maija: CurrentUser, importer: CustomerImporter, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop.services.customers.importing.BATCH", 2)
    rows = [[f"Asiakas{i}", "Testinen", f"a{i}@example.fi", "", "", "", ""] for i in range(9)]
    table = read_table(write_csv(tmp_path / "a.csv", [HEADERS, *rows]))
    plan = importer.plan(table, guess_mapping(table.headers))

    def explode(done: int, total: int) -> None:
        if done >= 4:
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        importer.run(plan, progress=explode)
    assert count(gate, maija) == 0
    assert audit_entries(gate, "customers_imported") == []

    seen: list[int] = []
    with pytest.raises(ImportCancelled) as cancelled:
        importer.run(plan, progress=lambda done, total: seen.append(done),
                     cancelled=lambda: len(seen) > 2)  # fmt: skip
    assert "No customers were added" in cancelled.value.text()
    assert count(gate, maija) == 0
    assert audit_entries(gate, "customers_imported") == []
    assert importer.run(plan).added == 9  # and the register still works afterwards


def test_earlier_bans_and_erasures_are_warned_about_and_skipped(
    gate: Gate, maija: CurrentUser, importer: CustomerImporter, tmp_path: Path
) -> None:
    assert gate.register is not None
    with gate.register.write() as session:
        remember(session, emails=["kielto@example.fi"], phones=[], reason=MARKETING_BAN)
        remember(session, emails=[], phones=["+358405556666"], reason=ERASED)
    rows = [
        ["Kiellon", "Antaja", "KIELTO@Example.FI", "", "", "", ""],
        ["Poistettu", "Henkilö", "", "040-555 6666", "", "", ""],
        ["Uusi", "Asiakas", "uusi@example.fi", "", "", "", ""],
    ]
    table = read_table(write_csv(tmp_path / "a.csv", [HEADERS, *rows]))
    plan = importer.plan(table, guess_mapping(table.headers))
    assert sorted(plan.suppressed) == [2, 3]
    assert plan.suppressed[2].reasons == ("earlier banned direct marketing",)
    assert plan.suppressed[2].hits[0].value == "KIELTO@example.fi"
    assert plan.suppressed[3].reasons == ("earlier erased",)
    result = importer.run(plan)
    assert (result.added, result.skipped) == (1, 2)
    assert count(gate, maija, text="kielto") == 0
    with pytest.raises(ImportOutdated):  # the same plan again: its rows are in now
        importer.run(plan, skip_suppressed=False)
    plan = importer.plan(table, guess_mapping(table.headers))
    assert importer.run(plan, skip_suppressed=False).added == 3  # when the user says so


def test_duplicates_in_the_register_and_in_the_file(
    gate: Gate, maija: CurrentUser, importer: CustomerImporter, tmp_path: Path
) -> None:
    assert gate.register is not None
    existing = CustomerService(gate.register, maija).create(
        CustomerForm(
            first_name="Matti",
            last_name="Virtanen",
            emails=(EmailForm("matti@example.fi"),),
            phones=(PhoneForm("050 765 4321"),),
            addresses=(AddressForm("Kauppakatu 4", "40100", "Jyväskylä"),),
        )
    )
    rows = [
        ["M.", "Virtanen", "MATTI@example.fi", "", "", "", ""],
        ["Matti", "Virtanen", "", "", "Kauppakatu 4", "40100", "Jyväskylä"],
        ["Toinen", "Henkilö", "", "+358 50 765 4321", "", "", ""],
        ["Sanna", "Salo", "sanna@example.fi", "", "", "", ""],
        ["Sanna", "Salo-Virta", "sanna@example.fi", "", "", "", ""],
        ["Aivan", "Uusi", "uusi@example.fi", "", "", "", ""],
    ]
    table = read_table(write_csv(tmp_path / "a.csv", [HEADERS, *rows]))
    plan = importer.plan(table, guess_mapping(table.headers))
    assert sorted(plan.duplicates) == [2, 3, 4, 6]
    assert plan.duplicates[2].reasons == (SAME_EMAIL,)
    assert plan.duplicates[3].reasons == (SAME_NAME_AND_ADDRESS,)
    assert plan.duplicates[4].reasons == (SAME_PHONE,)
    for number in (2, 3, 4):
        hit = plan.duplicates[number].in_register[0]
        assert (hit.customer_id, hit.number, hit.name) == (
            existing.id,
            existing.number,
            "Virtanen Matti",
        )
    assert plan.duplicates[6].in_register == ()
    assert plan.duplicates[6].same_as_rows == (5,)
    assert importer.run(plan, skip_duplicates=True).added == 2
    assert count(gate, maija) == 3


def _exported_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_export_by_the_main_user_only_restricted_left_out_unless_chosen(
    gate: Gate, passwords: dict[str, str], maija: CurrentUser, tmp_path: Path
) -> None:
    assert gate.register is not None
    customers = CustomerService(gate.register, maija)
    aino = customers.create(
        CustomerForm(
            first_name="Aino",
            last_name="Korhonen",
            emails=(EmailForm("aino@example.fi"), EmailForm("aino@work.example")),
            phones=(PhoneForm("040 111 2222"),),
            addresses=(AddressForm("Koulukatu 1", "00100", "Helsinki"),),
            tags=("VIP",),
        )
    )
    rauni = customers.create(CustomerForm(first_name="Rauni", last_name="Rajoitettu"))
    customers.set_restriction(rauni.id, "Kiistää tietojen oikeellisuuden")
    exporter = CustomerExporter(gate.register, maija)

    target = tmp_path / "out" / "asiakkaat.csv"
    target.parent.mkdir()
    assert exporter.export(CustomerQuery(), target, fmt="csv") == 1
    rows = _exported_csv(target)
    assert rows[0][:3] == ["Customer number", "Last name", "First name"]
    assert rows[1] == [
        str(aino.number), "Korhonen", "Aino", "", "",
        "aino@example.fi (Home), aino@work.example (Home)", "040 1112222 (Mobile)",
        "Koulukatu 1", "00100", "Helsinki", "FI", "", "Active", "VIP",
        "", "", "fi", "", "", "", "", "", "Home", "",
    ]  # fmt: skip
    assert [p.name for p in target.parent.iterdir()] == ["asiakkaat.csv"]  # no temp file left

    # The export can be imported back (into another register, here: only planned).
    table = read_table(target)
    plan = CustomerImporter(gate.register, maija).plan(table, guess_mapping(table.headers))
    assert len(plan.accepted[0].checked.form.emails) == 2
    assert plan.duplicates[2].in_register[0].customer_id == aino.id

    xlsx = tmp_path / "out" / "kaikki.xlsx"
    assert exporter.export(CustomerQuery(), xlsx, fmt="xlsx", include_restricted=True) == 2
    workbook = load_workbook(xlsx, read_only=True)
    values = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    assert [v[1] for v in values[1:]] == ["Korhonen", "Rajoitettu"]
    assert values[1][8] == "00100"  # text, zeros kept

    entries = audit_entries(gate, "customers_exported")
    assert [(e.entity, e.entity_id, e.username) for e in entries] == [
        ("export", "1", "maija"),
        ("export", "2", "maija"),
    ]
    assert "emails" in entries[0].fields.split(",")

    gate.register.close()
    gate.register = None
    ville = login(gate, passwords, "ville")
    assert gate.register is not None
    with pytest.raises(PermissionDenied):
        CustomerExporter(gate.register, ville).export(CustomerQuery(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    assert len(audit_entries(gate, "customers_exported")) == 2


def test_a_failed_export_leaves_no_file(
    gate: Gate, maija: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert gate.register is not None
    CustomerService(gate.register, maija).create(CustomerForm(last_name="Korhonen"))
    exporter = CustomerExporter(gate.register, maija)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("writer failed")

    with monkeypatch.context() as patch:
        patch.setattr("desktop.services.customers.exporting.csv_bytes", broken)
        with pytest.raises(RuntimeError):
            exporter.export(CustomerQuery(), tmp_path / "a.csv")

    # The disk fills at the very end, when the whole file is renamed into place.
    real_replace = os.replace

    def full(src: object, dst: object) -> None:
        if str(dst).endswith("a.csv"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full)
        with pytest.raises(DiskFull):
            exporter.export(CustomerQuery(), tmp_path / "a.csv")
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []  # nor a hidden temp file
    assert not gate.register.partial_files.journal.exists()
    assert audit_entries(gate, "customers_exported") == []


def test_a_clerk_may_import_but_a_reader_may_not(
    gate: Gate, passwords: dict[str, str], tmp_path: Path
) -> None:
    table = read_table(write_csv(tmp_path / "a.csv", [HEADERS, GOOD[0]]))
    ville = login(gate, passwords, "ville")
    assert gate.register is not None
    plan = CustomerImporter(gate.register, ville).plan(table, guess_mapping(table.headers))
    assert CustomerImporter(gate.register, ville).run(plan).added == 1
    lukija = login(gate, passwords, "lukija")
    with pytest.raises(PermissionDenied):
        CustomerImporter(gate.register, lukija).plan(table, guess_mapping(table.headers))
    with pytest.raises(PermissionDenied):
        CustomerImporter(gate.register, lukija).run(plan)
    with gate.register.read() as session:
        assert session.scalar(select(func.count(Customer.id))) == 1
