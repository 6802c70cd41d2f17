"""`kirjuri import` and `kirjuri export` (issue 16): the dialog's path with the guessed mapping,
a dry run that writes nothing, a JSON report of counts without personal data, possible duplicates
left out on a second nightly run, the export profiles, and the exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.access.gate import Gate
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

ROOT = Path(__file__).resolve().parents[2]
SHOP = (
    "First Name,Last Name,Display Name,Primary Email,Mobile Number,Home Address,Home City,"
    "Home ZipCode,Home Country,Fax Number\r\n"
    "Maija,Meikäläinen,Maija Meikäläinen,maija@example.fi,040 123 4567,Mannerheimintie 1,"
    "Helsinki,00100,Finland,09 123 4568\r\n"
    "John,Smith,John Smith,john@example.com,(415) 555-0132,1 Market St,San Francisco,94105,"
    "United States,\r\n"
    ",,,nobody@example.fi,,,,,,\r\n"
)


@pytest.fixture(autouse=True)
def _no_plain_files_left(tmp_path: Path) -> Iterator[None]:
    yield
    for path in tmp_path.glob("*.*"):
        if path.is_file() and path.suffix in (".csv", ".vcf", ".json", ".xlsx"):
            path.unlink()


def kirjuri(args: list[str], files: RegisterFiles) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--db", str(files.db), "--user", "maija",
         "--password-stdin", "--lang", "en"],
        input=PASSWORDS["maija"] + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr
    return done


def customers(files: RegisterFiles) -> int:
    gate = Gate(files)
    try:
        user = gate.login("maija", PASSWORDS["maija"]).user
        assert gate.register is not None
        return CustomerQueries(gate.register, user).count(CustomerQuery())
    finally:
        gate.close()


def test_import_dry_run_then_nightly_runs_then_export(files: RegisterFiles, tmp_path: Path) -> None:
    shop = tmp_path / "shop.csv"
    shop.write_bytes(SHOP.encode("utf-8"))
    report = tmp_path / "report.json"
    before = customers(files)

    done = kirjuri(["import", str(shop), "--dry-run", "--report-json", str(report)], files)
    assert done.returncode == 0, done.stderr
    assert "Dry run" in done.stdout
    counts = json.loads(report.read_text())
    assert {
        k: counts[k] for k in ("contacts", "imported", "flagged", "rejected", "unreadable")
    } == {
        "contacts": 3,
        "imported": 2,
        "flagged": 1,  # the fax number kept in the notes
        "rejected": 1,  # no name
        "unreadable": 0,
    }
    assert counts["program"] == "Thunderbird" and counts["added"] == 0
    text = report.read_text()
    assert not any(word in text for word in ("Maija", "maija@", "Smith", "Mannerheim", "040"))
    assert customers(files) == before  # the dry run wrote nothing

    done = kirjuri(["import", str(shop), "--report-json", str(report)], files)
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text())["added"] == 2
    assert customers(files) == before + 2

    done = kirjuri(["import", str(shop), "--report-json", str(report)], files)  # the next night
    assert done.returncode == 0, done.stderr
    again = json.loads(report.read_text())
    assert (again["added"], again["possible_duplicates"]) == (0, 2)
    assert customers(files) == before + 2

    out = tmp_path / "phone.vcf"
    done = kirjuri(["export", "--profile", "vcard3", "--out", str(out)], files)
    assert done.returncode == 0, done.stderr
    cards = out.read_text(encoding="utf-8")
    assert cards.count("BEGIN:VCARD") == before + 2
    assert "TEL;TYPE=CELL,VOICE:+14155550132" in cards


def test_a_file_kirjuri_cannot_import_is_a_usage_error(
    files: RegisterFiles, tmp_path: Path
) -> None:
    other = tmp_path / "contacts.pdf"
    other.write_bytes(b"%PDF-1.4")
    done = kirjuri(["import", str(other)], files)
    assert done.returncode == 2
    assert "cannot import" in done.stderr


@pytest.mark.parametrize("profile", ["excel-fi", "excel-fi-csv"])
def test_excel_fi_export_reads_back_as_the_same_customers(
    files: RegisterFiles, tmp_path: Path, profile: str
) -> None:
    everyone = customers(files)
    out = tmp_path / ("asiakkaat.xlsx" if profile == "excel-fi" else "asiakkaat.csv")
    done = kirjuri(["export", "--profile", profile, "--out", str(out)], files)
    assert done.returncode == 0, done.stderr
    assert f"Exported {everyone} customers" in done.stdout
    report = tmp_path / "report.json"
    done = kirjuri(["import", str(out), "--dry-run", "--report-json", str(report)], files)
    assert done.returncode == 0, done.stderr
    counts = json.loads(report.read_text())
    assert (counts["program"], counts["contacts"], counts["imported"]) == (
        "Kirjuri", everyone, everyone,
    )  # fmt: skip
    assert (counts["rejected"], counts["unreadable"]) == (0, 0)
    assert counts["possible_duplicates"] == everyone  # every one of them is already there
