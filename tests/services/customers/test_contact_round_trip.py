"""Every export profile read back by Kirjuri's own import gives the same customers (issue 16):
vCard 3.0 and 4.0 field for field with their kinds; Google and Outlook CSV the fields those
formats hold; Kirjuri's own CSV with its headers in Finnish, Swedish or English. The preview's
counts always add up to the contacts in the file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.exporting import SUFFIXES, CustomerExporter, Format
from desktop.services.customers.import_warnings import SAME_NAME_ONLY
from desktop.services.customers.importing import CustomerImporter, ImportPlan
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQuery

# The files these tests write hold names in the clear (conftest.no_plain_files_left).
pytestmark = pytest.mark.usefixtures("no_plain_files_left")

ROOT = Path(__file__).resolve().parents[3]

MAIJA = CustomerForm(
    first_name="Maija",
    last_name="Meikäläinen",
    title="Myyntipäällikkö",
    organisation="Kahvila Oy",
    web_address="https://kahvila.example",
    notes="Kanta-asiakas; haluaa laskun, ei e-laskua",
    emails=(EmailForm("maija@example.fi", "home"), EmailForm("maija@kahvila.example", "work")),
    phones=(
        PhoneForm("040 123 4567", "mobile"),
        PhoneForm("09 765 4321", "work"),
        PhoneForm("09 111 2222", "home"),
    ),
    addresses=(
        AddressForm("Mannerheimintie 1 A 2", "00100", "Helsinki", "FI", "home"),
        AddressForm("Drottninggatan 1", "111 51", "Stockholm", "SE", "work"),
    ),
    tags=("Kahvi", "VIP"),
)
COMPANY = CustomerForm(
    organisation="Lindström & Co Ab",
    emails=(EmailForm("info@lindstrom.example", "work"),),
    phones=(PhoneForm("+46 8 123 456 78", "work"),),
    addresses=(AddressForm("Storgatan 5", "41101", "Göteborg", "SE", "work"),),
)


@pytest.fixture
def filled(gate: Gate, maija: CurrentUser) -> None:
    assert gate.register is not None
    customers = CustomerService(gate.register, maija)
    customers.create(MAIJA)
    customers.create(COMPANY)


def _translator(lang: str) -> Callable[[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(ROOT / "translations" / f"kirjuri_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return lambda context, text: found.get((context, text)) or text


def _export_and_plan(
    gate: Gate, maija: CurrentUser, tmp_path: Path, fmt: Format, lang: str = "en"
) -> ImportPlan:
    assert gate.register is not None
    target = tmp_path / f"export{SUFFIXES[fmt]}"
    exporter = CustomerExporter(gate.register, maija)
    assert exporter.export(CustomerQuery(), target, fmt=fmt, translate=_translator(lang)) == 2
    table = read_table(target)
    plan = CustomerImporter(gate.register, maija).plan(table, guess_mapping(table.headers))
    counts = plan.counts()
    assert counts["contacts"] == 2
    assert counts["imported"] + counts["rejected"] + counts["unreadable"] == counts["contacts"]
    assert (counts["imported"], counts["rejected"], counts["unreadable"]) == (2, 0, 0)
    return plan


def _forms(plan: ImportPlan) -> dict[str, CustomerForm]:
    return {row.checked.form.last_name or row.checked.form.organisation: row.checked.form
            for row in plan.accepted}  # fmt: skip


def _kinds(form: CustomerForm) -> dict[str, object]:
    return {
        "emails": sorted((e.address, e.kind) for e in form.emails),
        "phones": sorted((p.number, p.kind) for p in form.phones),
        "addresses": sorted(
            (a.kind, a.street, a.postal_code, a.post_office, a.country) for a in form.addresses
        ),
    }


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_vcard_round_trip_field_for_field(
    gate: Gate, maija: CurrentUser, tmp_path: Path, filled: object, fmt: Format
) -> None:
    plan = _export_and_plan(gate, maija, tmp_path, fmt)
    forms = _forms(plan)
    again, company = forms["Meikäläinen"], forms["Lindström & Co Ab"]
    assert (again.first_name, again.last_name, again.title, again.organisation) == (
        "Maija",
        "Meikäläinen",
        "Myyntipäällikkö",
        "Kahvila Oy",
    )
    assert again.web_address == MAIJA.web_address
    assert again.notes == MAIJA.notes
    assert again.tags == MAIJA.tags
    assert _kinds(again) == {
        "emails": [("maija@example.fi", "home"), ("maija@kahvila.example", "work")],
        "phones": [
            ("+358401234567", "mobile"),
            ("+35891112222", "home"),
            ("+35897654321", "work"),
        ],  # fmt: skip
        "addresses": [
            ("home", "Mannerheimintie 1 A 2", "00100", "Helsinki", "FI"),
            ("work", "Drottninggatan 1", "111 51", "Stockholm", "SE"),
        ],
    }
    assert (company.first_name, company.last_name) == ("", "")  # still a company
    assert _kinds(company)["addresses"] == [("work", "Storgatan 5", "41101", "Göteborg", "SE")]
    assert plan.not_imported == []  # nothing in the file that Kirjuri does not take back


def test_google_and_outlook_csv_round_trip_what_they_hold(
    gate: Gate, maija: CurrentUser, tmp_path: Path, filled: object
) -> None:
    for fmt in ("google_csv", "outlook_csv"):
        plan = _export_and_plan(gate, maija, tmp_path, fmt)  # type: ignore[arg-type]
        assert plan.program == ("Google Contacts" if fmt == "google_csv" else "Outlook")
        again = _forms(plan)["Meikäläinen"]
        assert (again.first_name, again.title, again.organisation) == (
            "Maija",
            "Myyntipäällikkö",
            "Kahvila Oy",
        )
        assert again.web_address == MAIJA.web_address and again.tags == MAIJA.tags
        assert again.notes == MAIJA.notes
        kinds = _kinds(again)
        assert [a for a, _ in kinds["emails"]] == ["maija@example.fi", "maija@kahvila.example"]  # type: ignore[index]
        assert kinds["phones"] == [("+358401234567", "mobile"), ("+35891112222", "home"),
                                   ("+35897654321", "work")], fmt  # fmt: skip
        assert kinds["addresses"] == [
            ("home", "Mannerheimintie 1 A 2", "00100", "Helsinki", "FI"),
            ("work", "Drottninggatan 1", "111 51", "Stockholm", "SE"),
        ], fmt
        company = _forms(plan)["Lindström & Co Ab"]
        assert (company.first_name, company.last_name) == ("", "")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_kirjuri_csv_in_every_language_reads_back(
    gate: Gate, maija: CurrentUser, tmp_path: Path, filled: object, lang: str
) -> None:
    plan = _export_and_plan(gate, maija, tmp_path, "csv", lang)
    assert plan.program == "Kirjuri"
    again = _forms(plan)["Meikäläinen"]
    assert [e.address for e in again.emails] == ["maija@example.fi", "maija@kahvila.example"]
    assert {p.number for p in again.phones} == {"+358401234567", "+35897654321", "+35891112222"}
    assert _kinds(again)["addresses"] == [
        ("home", "Mannerheimintie 1 A 2", "00100", "Helsinki", "FI"),
        ("work", "Drottninggatan 1", "111 51", "Stockholm", "SE"),
    ]
    assert (again.title, again.web_address, again.notes) == (
        MAIJA.title,
        MAIJA.web_address,
        MAIJA.notes,
    )
    assert again.tags == MAIJA.tags and again.status == "active"


def test_a_name_only_contact_is_not_added_again_unseen(
    gate: Gate, maija: CurrentUser, tmp_path: Path
) -> None:
    assert gate.register is not None
    source = tmp_path / "linkedin.csv"
    source.write_text("First Name,Last Name,Company\r\nPekka,Puro,\r\n,,Puro Oy\r\n", "utf-8")
    importer = CustomerImporter(gate.register, maija)
    table = read_table(source)
    first = importer.plan(table, guess_mapping(table.headers))
    assert first.duplicates == {}
    importer.run(first)
    again = importer.plan(table, guess_mapping(table.headers))
    assert set(again.duplicates) == {2, 3}
    assert again.duplicates[2].reasons == (SAME_NAME_ONLY,)


def test_restricted_customers_stay_out_of_a_vcard_export_unless_chosen(
    gate: Gate, maija: CurrentUser, tmp_path: Path, filled: object
) -> None:
    assert gate.register is not None
    customers = CustomerService(gate.register, maija)
    rauni = customers.create(CustomerForm(first_name="Rauni", last_name="Rajoitettu"))
    customers.set_restriction(rauni.id, "Kiistää tietojen oikeellisuuden")
    exporter = CustomerExporter(gate.register, maija)
    target = tmp_path / "phone.vcf"
    assert exporter.export(CustomerQuery(), target, fmt="vcard3") == 2
    assert "Rajoitettu" not in target.read_text(encoding="utf-8")
    assert exporter.export(CustomerQuery(), target, fmt="vcard3", include_restricted=True) == 3
    assert "Rajoitettu" in target.read_text(encoding="utf-8")


def test_an_ldif_file_goes_through_the_dialogs_path(
    gate: Gate, maija: CurrentUser, tmp_path: Path
) -> None:
    assert gate.register is not None
    source = tmp_path / "osoitekirja.ldif"
    source.write_text(
        "dn: cn=Olli Lahtinen,mail=olli@example.fi\nobjectclass: person\ngivenName: Olli\n"
        "sn: Lahtinen\nmail: olli@example.fi\n\n",
        encoding="utf-8",
    )
    table = read_table(source)
    plan = CustomerImporter(gate.register, maija).plan(table, guess_mapping(table.headers))
    assert plan.program == "LDIF"
    assert plan.counts() == {
        "contacts": 1, "imported": 1, "flagged": 0, "rejected": 0, "unreadable": 0,
    }  # fmt: skip


RIITTA = CustomerForm(
    first_name="Riitta",
    last_name="Ruotsalainen",
    emails=(
        EmailForm("riitta@example.fi", "home"),
        EmailForm("laskut@example.fi", "billing"),
        EmailForm("riitta@tyo.example", "work"),
    ),
    phones=(
        PhoneForm("09 111 2222", "landline"),
        PhoneForm("040 123 4567", "work"),
        PhoneForm("+46 8 123 456 78", "other"),
    ),
    addresses=(
        AddressForm("Laskutuskatu 3", "33100", "Tampere", "FI", "billing"),
        AddressForm("Mannerheimintie 1 A 2", "00100", "Helsinki", "FI", "home"),
        AddressForm("Drottninggatan 1", "111 51", "Stockholm", "SE", "work"),
        AddressForm("Mökkitie 7/2, ranta", "41800", "Korpilahti", "FI", "other"),
    ),
)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_kirjuri_export_keeps_every_kind_and_address(
    gate: Gate, maija: CurrentUser, tmp_path: Path, fmt: Format, lang: str
) -> None:
    """Field for field: every email and phone with its kind, every address with its kind."""
    assert gate.register is not None
    CustomerService(gate.register, maija).create(RIITTA)
    target = tmp_path / f"export{SUFFIXES[fmt]}"
    exporter = CustomerExporter(gate.register, maija)
    assert exporter.export(CustomerQuery(), target, fmt=fmt, translate=_translator(lang)) == 1
    table = read_table(target)
    plan = CustomerImporter(gate.register, maija).plan(table, guess_mapping(table.headers))
    assert plan.program == "Kirjuri"
    assert plan.not_imported == [table.headers[0]]  # the customer number: a new one is given
    assert plan.counts()["imported"] == 1 and not plan.flagged
    again = plan.accepted[0].checked.form
    assert _kinds(again) == {
        "emails": [("laskut@example.fi", "billing"), ("riitta@example.fi", "home"),
                   ("riitta@tyo.example", "work")],
        "phones": [("+358401234567", "work"), ("+35891112222", "landline"),
                   ("+46812345678", "other")],
        "addresses": [
            ("billing", "Laskutuskatu 3", "33100", "Tampere", "FI"),
            ("home", "Mannerheimintie 1 A 2", "00100", "Helsinki", "FI"),
            ("other", "Mökkitie 7/2, ranta", "41800", "Korpilahti", "FI"),
            ("work", "Drottninggatan 1", "111 51", "Stockholm", "SE"),
        ],
    }  # fmt: skip
    assert (again.first_name, again.last_name) == ("Riitta", "Ruotsalainen")


def test_an_unmapped_column_of_emails_or_phones_is_pointed_out_and_mapped_in_one_step(
    gate: Gate, maija: CurrentUser, tmp_path: Path
) -> None:
    assert gate.register is not None
    source = tmp_path / "asiakkaat.csv"
    source.write_text(
        "Etunimi;Sukunimi;Yhteys;Numero;Huom\r\n"
        "Pekka;Puro;pekka@example.fi;040 123 4567;soita aamulla\r\n"
        "Liisa;Laine;liisa@example.fi;09 765 4321;\r\n",
        encoding="utf-8",
    )
    table = read_table(source)
    importer = CustomerImporter(gate.register, maija)
    plan = importer.plan(table, guess_mapping(table.headers))
    assert plan.not_imported == ["Yhteys", "Numero", "Huom"]
    assert plan.looks_like == {2: "email", 3: "phone"}
    assert plan.looks_like_lines(_translator("fi")) == [
        "Sarake Yhteys näyttää sähköpostiosoitteilta, eikä sitä tuoda.",
        "Sarake Numero näyttää puhelinnumeroilta, eikä sitä tuoda.",
    ]
    again = importer.plan(table, plan.with_suggested_columns())
    assert again.not_imported == ["Huom"] and again.looks_like == {}
    pekka = _forms(again)["Puro"]
    assert [e.address for e in pekka.emails] == ["pekka@example.fi"]
    assert [p.number for p in pekka.phones] == ["+358401234567"]
