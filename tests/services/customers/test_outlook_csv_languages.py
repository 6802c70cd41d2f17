"""Outlook's CSV export as an English, a Finnish and a Swedish Outlook write it (issue 16).

Outlook names its columns in its own language. The names below are those Microsoft's own reader
of these files uses (Exchange Transport Sync's OutlookCsvLanguage table for en, fi-FI and sv-SE),
in the order Outlook writes its columns. Each file is written here, in Windows-1252 as Outlook
writes it, and goes through the import preview with the guessed mapping: the counts, the kinds,
the emails, phones and addresses, and every column left out said in the preview.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.core.customer_fields import ContactKind
from desktop.core.customer_form import CustomerForm
from desktop.core.importing.mapping import FAX_IN_NOTES, PHONE_KEPT_IN_NOTES, guess_mapping
from desktop.core.importing.readers import read_table
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.importing import CustomerImporter, ImportPlan

# The files these tests write hold names in the clear (conftest.no_plain_files_left).
pytestmark = pytest.mark.usefixtures("no_plain_files_left")

# (English, Finnish, Swedish) for each column, in Outlook's order. The table has no Finnish name
# for the form of address (Title), so the Finnish file is written without that column.
COLUMNS: list[tuple[str, str | None, str]] = [
    ("Title", None, "Titel"),
    ("First Name", "Etunimi", "Förnamn"),
    ("Middle Name", "Toinen nimi", "Mellannamn"),
    ("Last Name", "Sukunimi", "Efternamn"),
    ("Suffix", "Jälkiliite", "Namnsuffix"),
    ("Company", "Yritys", "Företag"),
    ("Department", "Osasto", "Avdelning"),
    ("Job Title", "Tehtävänimike", "Befattning"),
    ("Business Street", "Lähiosoite (työ)", "Gatuadress, arbete"),
    ("Business Street 2", "Lähiosoite (työ) 2", "Gatuadress 2, arbete"),
    ("Business Street 3", "Lähiosoite (työ) 3", "Gatuadress 3, arbete"),
    ("Business City", "Postitoimipaikka (työ)", "Ort, arbete"),
    ("Business State", "Sijaintitiedot (työ)", "Region, arbete"),
    ("Business Postal Code", "Postinumero (työ)", "Postadress, arbete"),
    ("Business Country/Region", "Maa/alue (työ)", "Land, arbete"),
    ("Home Street", "Lähiosoite (koti)", "Gatuadress, hem"),
    ("Home Street 2", "Lähiosoite 2", "Gatuadress 2, hem"),
    ("Home Street 3", "Lähiosoite 3", "Gatuadress 3, hem"),
    ("Home City", "Postitoimipaikka (koti)", "Hemort"),
    ("Home State", "Sijaintitiedot (koti)", "Region, hem"),
    ("Home Postal Code", "Postinumero (koti)", "Postnr, hem"),
    ("Home Country/Region", "Maa/alue (koti)", "Land, hem"),
    ("Other Street", "Lähiosoite (muu)", "Annan gata"),
    ("Other Street 2", "Lähiosoite (muu) 2", "Annan gata 2"),
    ("Other Street 3", "Lähiosoite (muu) 3", "Annan gata 3"),
    ("Other City", "Postitoimipaikka (muu)", "Annan ort"),
    ("Other State", "Sijaintitiedot (muu)", "Annan region"),
    ("Other Postal Code", "Postinumero (muu)", "Annat postnummer"),
    ("Other Country/Region", "Maa/alue (muu)", "Annat land"),
    ("Assistant's Phone", "Avustajan puhelinnumero", "Telefon, assistent"),
    ("Business Fax", "Työfaksi", "Fax arbete"),
    ("Business Phone", "Työpuhelin", "Arbete"),
    ("Business Phone 2", "Työpuhelin 2", "Telefon 2, arbete"),
    ("Callback", "Takaisinsoitto", "Motringning"),
    ("Car Phone", "Autopuhelin", "Biltelefon"),
    ("Company Main Phone", "Yrityksen puhelinvaihde", "Företag, växel"),
    ("Home Fax", "Kotifaksi", "Fax, hem"),
    ("Home Phone", "Kotipuhelin", "Hem"),
    ("Home Phone 2", "Kotipuhelin 2", "Telefon 2, hem"),
    ("Mobile Phone", "Matkapuhelin", "Mobiltelefon"),
    ("Other Fax", "Muu faksi", "Fax, annan"),
    ("Other Phone", "Muu puhelin", "Telefon, annan"),
    ("Pager", "Hakulaite", "Personsökare"),
    ("Primary Phone", "Ensisijainen puhelin", "Telefon 1"),
    ("Account", "Tili", "Konto"),
    ("Birthday", "Syntymäpäivä", "Födelsedag"),
    ("Categories", "Luokat", "Kategorier"),
    ("E-mail Address", "Sähköpostiosoite", "E-postadress"),
    ("E-mail Type", "Sähköpostin laji", "E-posttyp"),
    ("E-mail Display Name", "Näytettävä sähköpostinimi", "E-postnamn"),
    ("E-mail 2 Address", "Sähköpostiosoite 2", "E-postadress 2"),
    ("E-mail 2 Type", "Sähköposti 2:n laji", "E-posttyp 2"),
    ("E-mail 3 Address", "Sähköpostiosoite 3", "E-postadress 3"),
    ("Gender", "Sukupuoli", "Kön"),
    ("Government ID Number", "Henkilötunnus", "Personnummer"),
    ("Notes", "Muistilaput", "Anteckningar"),
    ("Sensitivity", "Luottamuksellisuus", "Känslighet"),
    ("Web Page", "Web-sivu", "Webbsida"),
]
LANGUAGES = {"en": 0, "fi": 1, "sv": 2}
FINLAND = {"en": "Finland", "fi": "Suomi", "sv": "Finland"}
SWEDEN = {"en": "Sweden", "fi": "Ruotsi", "sv": "Sverige"}
SEX = {"en": "Unspecified", "fi": "Määrittämätön", "sv": "Ospecificerat"}


def _rows(lang: str) -> list[dict[str, str]]:
    """Five contacts, by English column name: a person with three addresses and every kind of
    number, a company, a customer in Sweden, one with a number that is none (imported, flagged)
    and one with a broken email (rejected)."""
    common = {"Gender": SEX[lang], "Sensitivity": "Normal", "E-mail Type": "SMTP"}
    return [
        {
            **common, "Title": "Herra" if lang == "fi" else "Mr.", "First Name": "Erik",
            "Middle Name": "Johannes", "Last Name": "Holm", "Company": "Holm Ab",
            "Department": "Myynti", "Job Title": "Toimitusjohtaja",
            "Business Street": "Strandvägen 3", "Business Street 2": "PL 12",
            "Business City": "Vaasa", "Business Postal Code": "65100",
            "Business Country/Region": FINLAND[lang],
            "Home Street": "Kotitie 2", "Home City": "Mustasaari", "Home Postal Code": "65610",
            "Home Country/Region": FINLAND[lang],
            "Other Street": "Mökkitie 7", "Other City": "Korpilahti",
            "Other Postal Code": "41800", "Other Country/Region": FINLAND[lang],
            "Assistant's Phone": "06 123 9999", "Business Fax": "06 123 4567",
            "Business Phone": "06 123 4560", "Car Phone": "044 555 7777",
            "Home Phone": "06 765 4321", "Mobile Phone": "+358 44 555 6666",
            "Pager": "0800 12345", "Birthday": "3.5.1970", "Categories": "Asiakkaat;VIP",
            "E-mail Address": "erik@holm.example",
            "E-mail Display Name": "Erik Holm (erik@holm.example)",
            "E-mail 2 Address": "erik.holm@example.fi", "E-mail 2 Type": "SMTP",
            "E-mail 3 Address": "erik@koti.example", "Government ID Number": "030570-123A",
            "Notes": "Tapasimme messuilla.\r\nHaluaa tarjouksen.", "Web Page": "www.holm.example",
        },
        {
            **common, "Company": "Kahvila Aroma Oy", "Business Street": "Hämeenkatu 5",
            "Business City": "Tampere", "Business Postal Code": "33100",
            "Company Main Phone": "03 222 3333", "E-mail Address": "info@aroma.example",
        },
        {
            **common, "First Name": "Karin", "Last Name": "Ek", "Home Street": "Storgatan 1",
            "Home City": "Stockholm", "Home Postal Code": "111 51",
            "Home Country/Region": SWEDEN[lang], "Home Phone": "08 123 456 78",
            "Mobile Phone": "070 123 45 67", "E-mail Address": "karin@ek.example",
        },
        {
            **common, "First Name": "Olli", "Last Name": "Lahtinen", "Primary Phone": "12",
            "E-mail Address": "olli@example.fi",
        },
        {
            **common, "First Name": "Rikki", "Last Name": "Osoite",
            "E-mail Address": "rikki(at)example.fi",
        },
    ]  # fmt: skip


def outlook_csv(lang: str) -> bytes:
    """Comma-separated, every value quoted, CR LF, Windows-1252: as Outlook writes."""
    at = LANGUAGES[lang]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    columns = [names for names in COLUMNS if names[at] is not None]
    writer.writerow([names[at] for names in columns])
    for row in _rows(lang):
        writer.writerow([row.get(names[0], "") for names in columns])
    return buffer.getvalue().encode("cp1252")


def _plan(gate: Gate, maija: CurrentUser, tmp_path: Path, lang: str) -> ImportPlan:
    assert gate.register is not None
    path = tmp_path / f"outlook-{lang}.csv"
    path.write_bytes(outlook_csv(lang))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    return CustomerImporter(gate.register, maija).plan(table, guess_mapping(table.headers))


def _by_name(plan: ImportPlan) -> dict[str, CustomerForm]:
    return {r.checked.form.last_name or r.checked.form.organisation: r.checked.form
            for r in plan.accepted}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_outlook_csv_in_each_language(
    gate: Gate, maija: CurrentUser, tmp_path: Path, lang: str
) -> None:
    plan = _plan(gate, maija, tmp_path, lang)
    assert plan.program == "Outlook"
    assert plan.counts() == {
        "contacts": 5, "imported": 4, "flagged": 2, "rejected": 1, "unreadable": 0,
    }  # fmt: skip
    assert [r.row_number for r in plan.rejected] == [6]
    assert "valid email" in plan.problem_text(plan.rejected[0])
    people = _by_name(plan)

    erik = people["Holm"]
    assert (erik.first_name, erik.last_name, erik.organisation, erik.title) == (
        "Erik", "Holm", "Holm Ab", "Toimitusjohtaja",
    )  # fmt: skip
    assert [(e.address, e.kind) for e in erik.emails] == [
        ("erik@holm.example", ContactKind.HOME),
        ("erik.holm@example.fi", ContactKind.HOME),
        ("erik@koti.example", ContactKind.HOME),
    ]
    assert sorted((p.number, p.kind) for p in erik.phones) == sorted([
        ("+35861234560", ContactKind.WORK),
        ("+358445557777", ContactKind.MOBILE),  # the car phone: a mobile number
        ("+35867654321", ContactKind.HOME),
        ("+358445556666", ContactKind.MOBILE),
    ])  # fmt: skip
    assert sorted((a.kind, a.street, a.postal_code, a.post_office, a.country)
                  for a in erik.addresses) == [
        ("home", "Kotitie 2", "65610", "Mustasaari", "FI"),
        ("other", "Mökkitie 7", "41800", "Korpilahti", "FI"),
        ("work", "Strandvägen 3, PL 12", "65100", "Vaasa", "FI"),
    ]  # fmt: skip
    assert "Fax: 06 123 4567" in erik.notes and "Pager: 0800 12345" in erik.notes
    assert erik.notes.startswith("Tapasimme messuilla.\nHaluaa tarjouksen.")
    assert erik.tags == ("Asiakkaat", "VIP")
    assert erik.web_address == "www.holm.example"
    assert "06 123 9999" not in erik.notes  # the assistant's number is not the customer's
    assert FAX_IN_NOTES in [flag for _, flag in plan.flagged[2]]

    company = people["Kahvila Aroma Oy"]
    assert (company.first_name, company.last_name) == ("", "")
    assert [(p.number, p.kind) for p in company.phones] == [("+35832223333", ContactKind.WORK)]
    assert [(a.kind, a.post_office) for a in company.addresses] == [("work", "Tampere")]

    karin = people["Ek"]
    assert karin.addresses[0].country == "SE"
    assert sorted((p.number, p.kind) for p in karin.phones) == [
        ("+46701234567", ContactKind.MOBILE),
        ("+46812345678", ContactKind.HOME),
    ]
    olli = people["Lahtinen"]
    assert olli.phones == () and "12" in olli.notes
    assert PHONE_KEPT_IN_NOTES in [flag for _, flag in plan.flagged[5]]

    # Nothing is left out without a word: the columns with values that are not imported.
    at = LANGUAGES[lang]
    expected = ["Title", "Middle Name", "Department", "Assistant's Phone", "Birthday",
                "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "Gender",
                "Government ID Number", "Sensitivity"]  # fmt: skip
    names = {names[0]: names[at] for names in COLUMNS}
    assert sorted(plan.not_imported) == sorted(n for e in expected if (n := names[e]) is not None)
