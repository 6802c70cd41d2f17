"""Files as address books really write them (issue 16): Android's and Outlook's vCard 2.1, iPhone's
3.0, Evolution's 4.0, Thunderbird's CSV in three languages and its LDIF, both Google CSVs, LinkedIn
and Outlook CSV. Each file is typed here from the programs' documented headers and quirks; every
contact in it is counted as imported, imported with a flagged value, rejected or unreadable, and
those add up to the contacts in the file."""

from __future__ import annotations

import base64
import csv
import io
from dataclasses import dataclass, field

import pytest

from desktop.core.customer_fields import ContactKind
from desktop.core.customer_form import CheckedCustomer
from desktop.core.importing.csv_reader import read_csv_bytes
from desktop.core.importing.ldif_reader import LISTS_LEFT_OUT, read_ldif
from desktop.core.importing.mapping import (
    FAX_IN_NOTES,
    PHONE_KEPT_IN_NOTES,
    check_row_flagged,
    guess_mapping,
    recognise,
)
from desktop.core.importing.table import Table
from desktop.core.importing.vcard_reader import read_vcards
from desktop.core.postal import country_code


@dataclass
class Counted:
    contacts: int
    imported: list[CheckedCustomer] = field(default_factory=list)
    flagged: dict[int, list[str]] = field(default_factory=dict)
    rejected: dict[int, list[str]] = field(default_factory=dict)
    unreadable: list[int] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    def add_up(self) -> bool:
        return self.contacts == len(self.imported) + len(self.rejected) + len(self.unreadable)


def count(table: Table) -> Counted:
    """What the import preview counts, with the guessed mapping."""
    mapping = guess_mapping(table.headers)
    counted = Counted(table.data_rows)
    counted.unmapped = [
        header
        for column, header in enumerate(table.headers)
        if column not in mapping and any(column < len(r) and r[column] for r in table.rows)
    ]
    for index, row in enumerate(table.rows):
        if table.is_blank(index):
            continue
        if index in table.broken:
            counted.unreadable.append(table.row_number(index))
            continue
        checked, problems, flags = check_row_flagged(row, mapping)
        if checked is None:
            counted.rejected[table.row_number(index)] = [p.message for p in problems]
            continue
        counted.imported.append(checked)
        if flags:
            counted.flagged[table.row_number(index)] = [flag for _, flag in flags]
    assert counted.add_up()
    return counted


def by_last_name(counted: Counted) -> dict[str, CheckedCustomer]:
    return {c.form.last_name or c.form.organisation: c for c in counted.imported}


# --- vCard -----------------------------------------------------------------------------------
_PHOTO = base64.b64encode(bytes(range(256)) * 2).decode()
# Android's contacts app (vCard 2.1): quoted-printable with soft line breaks in any value with ä or
# ö, a base64 PHOTO folded over many lines and ended by an empty line, CR CR LF from a phone that
# wrote CR LF through a text-mode copy.
ANDROID = "\r\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=A4kel=C3=A4;P=C3=A4ivi;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:P=C3=A4ivi M=C3=A4kel=C3=A4",
        "TEL;CELL;PREF:040 765 4321",
        "TEL;HOME;FAX:09 111 2222",
        "EMAIL;HOME:paivi@example.fi",
        "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Kes=C3=A4katu 3 B 12;J=C3=A4rvenp=C3=",
        "=A4=C3=A4;;04400;Suomi",
        "note;quoted-printable;charset=utf-8:Tapasimme messuilla, h=C3=A4n haluaa tarjouksen kes=",
        "=C3=A4ll=C3=A4.",
        "BDAY:1980-05-03",
        "PHOTO;ENCODING=BASE64;JPEG:" + _PHOTO[:60],
        *(" " + _PHOTO[i : i + 72] for i in range(60, len(_PHOTO), 72)),
        "",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Korhonen;Jari;;;",
        "TEL;CELL:+46 70 123 45 67",
        "TEL;WORK;VOICE:12",  # a number that is none: kept in the notes, the person comes in
        "END:VCARD",
        "",
    ]
)

# iPhone / macOS Contacts (vCard 3.0): grouped properties with X-ABLabel, TYPE repeated, a
# company card (X-ABShowAs:COMPANY) and a URL escaped as http\://.
IPHONE = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.1//EN",
        "N:Smith;John;Q;Dr.;Jr.",
        "FN:Dr. John Q Smith Jr.",
        "NICKNAME:Johnny",
        "ORG:Example Corp;Sales",
        "TITLE:Account Manager",
        "item1.EMAIL;type=INTERNET;type=pref:john@example.com",
        "item1.X-ABLabel:_$!<Other>!$_",
        "TEL;type=CELL;type=VOICE;type=pref:(415) 555-0132",
        "TEL;type=WORK;type=VOICE:+1 212 555 0199",
        "TEL;type=WORK;type=FAX:+1 212 555 0100",
        "item2.ADR;type=HOME;type=pref:;;1 Market St\\nApt 5;San Francisco;CA;94105;United States",
        "item2.X-ABADR:us",
        "item3.URL;type=pref:http\\://www.example.com",
        "item3.X-ABLabel:_$!<HomePage>!$_",
        "PHOTO;ENCODING=b;TYPE=JPEG:" + _PHOTO[:70],
        *(" " + _PHOTO[i : i + 74] for i in range(70, len(_PHOTO), 74)),
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:;;;;",
        "FN:Kahvila Aroma Oy",
        "ORG:Kahvila Aroma Oy;",
        "TEL;type=WORK;type=VOICE;type=pref:09 123 4567",
        "ADR;type=WORK:;;Hämeenkatu 5;Tampere;;33100;Finland",
        "X-ABShowAs:COMPANY",
        "END:VCARD",
        "",
    ]
)

# Outlook 2007's vCard 2.1 in Windows-1252, with a LABEL in quoted-printable and a card whose
# base64 note is broken: that card is reported by its number, the others come in.
OUTLOOK_VCF = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=fi:Nieminen;Sari",
        "FN:Sari Nieminen",
        "ORG:Tilitoimisto Nieminen",
        "TITLE:Yrittäjä",
        "TEL;WORK;VOICE:(09) 222 3333",
        "TEL;CELL;VOICE:050 222 3333",
        "ADR;WORK;PREF:;;Yliopistonkatu 8;Jyväskylä;;40100;Suomi",
        "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Yliopistonkatu 8=0D=0A=",
        "Jyv=E4skyl=E4 40100",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
        "EMAIL;PREF;INTERNET:sari@tilitoimisto.example",
        "REV:20240115T101010Z",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Rikki;Kortti",
        "NOTE;ENCODING=BASE64:@@@ ei base64:tä",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Lahtinen;Olli",
        "EMAIL;INTERNET:olli@example.fi",
        "ADR;HOME:;;Puistotie 1;Oulu;;90100;",
        "END:VCARD",
        "",
    ]
)

# GNOME Evolution / DAVx5 (vCard 4.0)
EVOLUTION = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "N:Kowalska;Anna;;;",
        "FN:Anna Kowalska",
        "EMAIL;TYPE=work:anna@firma.example",
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+48-601-234-567',
        "TEL;VALUE=uri;TYPE=home:tel:22 123 45 67",
        "ADR;TYPE=home:;;ul. Długa 5;Warszawa;;00-001;Poland",
        "ADR;TYPE=work:;;Hämeenkatu 5;Tampere;;33100;Finland",
        "URL:https://firma.example",
        "END:VCARD",
        "",
    ]
)


def test_android_vcard_2_1() -> None:
    table = read_vcards(ANDROID.encode("utf-8"))
    counted = count(table)
    assert (counted.contacts, len(counted.imported), counted.unreadable) == (2, 2, [])
    people = by_last_name(counted)
    paivi = people["Mäkelä"].form
    assert paivi.first_name == "Päivi"
    assert paivi.addresses[0].street == "Kesäkatu 3 B 12"
    assert paivi.addresses[0].post_office == "Järvenpää"
    assert "kesällä." in paivi.notes
    assert [(p.number, p.kind) for p in paivi.phones] == [("+358407654321", ContactKind.MOBILE)]
    assert "Fax: 09 111 2222" in paivi.notes  # a fax is no phone to call: kept, and said
    assert "Birthday" in counted.unmapped  # shown as not imported, never dropped unsaid
    jari = people["Korhonen"].form
    assert [(p.number, p.kind) for p in jari.phones] == [("+46701234567", ContactKind.MOBILE)]
    assert "12" in jari.notes.splitlines()
    flags = set(counted.flagged[1]) | set(counted.flagged[2])
    assert flags == {FAX_IN_NOTES, PHONE_KEPT_IN_NOTES}


def test_iphone_vcard_3_0_with_company_card() -> None:
    counted = count(read_vcards(IPHONE.encode("utf-8")))
    assert (counted.contacts, len(counted.imported)) == (2, 2)
    people = by_last_name(counted)
    john = people["Smith"].form
    assert (john.first_name, john.organisation, john.title) == (
        "John",
        "Example Corp",
        "Account Manager",
    )
    assert john.web_address == "http://www.example.com"
    # A US number read with the country of the address, not as Finnish.
    assert ("+14155550132", ContactKind.MOBILE) in [(p.number, p.kind) for p in john.phones]
    assert ("+12125550199", ContactKind.WORK) in [(p.number, p.kind) for p in john.phones]
    home = john.addresses[0]
    assert (home.country, home.postal_code, home.kind) == ("US", "94105", ContactKind.HOME)
    assert {"Middle name", "Name prefix", "Name suffix", "Nickname", "Department"} <= set(
        counted.unmapped
    )
    cafe = people["Kahvila Aroma Oy"].form
    assert (cafe.first_name, cafe.last_name) == ("", "")  # a company is no person's first name
    assert cafe.addresses[0].kind == ContactKind.WORK


def test_outlook_vcard_in_windows_1252_with_a_broken_card() -> None:
    counted = count(read_vcards(OUTLOOK_VCF.encode("cp1252")))
    assert counted.contacts == 3
    assert len(counted.imported) == 2
    assert counted.unreadable == [2]  # reported by its number; the rest came in
    sari = by_last_name(counted)["Nieminen"].form
    assert sari.title == "Yrittäjä"
    assert sari.addresses[0].kind == ContactKind.WORK
    assert sari.addresses[0].post_office == "Jyväskylä"
    assert {p.kind for p in sari.phones} == {ContactKind.WORK, ContactKind.MOBILE}
    olli = by_last_name(counted)["Lahtinen"].form
    assert olli.addresses[0].country == "FI"


def test_evolution_vcard_4_0_two_addresses_and_a_foreign_country() -> None:
    counted = count(read_vcards(EVOLUTION.encode("utf-8")))
    anna = counted.imported[0].form
    places = {a.kind: a for a in anna.addresses}
    assert places[ContactKind.HOME].country == "PL"  # "Poland", not "PO"
    assert places[ContactKind.WORK].post_office == "Tampere"
    numbers = {(p.number, p.kind) for p in anna.phones}
    assert numbers == {("+48601234567", ContactKind.MOBILE), ("+48221234567", ContactKind.HOME)}
    assert anna.emails[0].kind == ContactKind.WORK


# --- CSV ---------------------------------------------------------------------------------------
def csv_bytes(rows: list[list[str]], *, bom: bool = False, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode(encoding)


TB_EN = ["First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
         "Secondary Email", "Screen Name", "Work Phone", "Home Phone", "Fax Number",
         "Pager Number", "Mobile Number", "Home Address", "Home Address 2", "Home City",
         "Home State", "Home ZipCode", "Home Country", "Work Address", "Work Address 2",
         "Work City", "Work State", "Work ZipCode", "Work Country", "Job Title", "Department",
         "Organization", "Web Page 1", "Web Page 2", "Birth Year", "Birth Month", "Birth Day",
         "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes", ""]  # fmt: skip
TB_FI = ["Etunimi", "Sukunimi", "Näytettävä nimi", "Lempinimi", "Ensisijainen sähköposti",
         "Toissijainen sähköposti", "Pikaviestintunnus", "Työpuhelin", "Kotipuhelin",
         "Faksin numero", "Hakulaitteen numero", "Matkapuhelinnumero", "Kotiosoite",
         "Kotiosoite 2", "Kotikaupunki", "Kodin lääni", "Kodin postinumero", "Kotimaa",
         "Työosoite", "Työosoite 2", "Työpaikan kaupunki", "Työpaikan lääni",
         "Työpaikan postinumero", "Työpaikan maa", "Ammattinimi", "Osasto", "Järjestö",
         "Verkkosivu 1", "Verkkosivu 2", "Syntymävuosi", "Syntymäkuukausi", "Syntymäpäivä",
         "Oma 1", "Oma 2", "Oma 3", "Oma 4", "Muistiinpanot", ""]  # fmt: skip
TB_SV = ["Förnamn", "Efternamn", "Visa", "Smeknamn", "E-post", "Ytterligare e-post",
         "Chattnamn", "Telefon arbete", "Telefon privat", "Faxnummer", "Personsökare",
         "Mobiltelefon", "Adress privat (rad 1)", "Adress privat (rad 2)", "Stad privat",
         "Landsdel (Stat) privat", "Postnummer privat", "Land privat", "Adress arbete (rad 1)",
         "Adress arbete (rad 2)", "Stad arbete", "Landsdel (Stat) arbete", "Postnummer arbete",
         "Land arbete", "Titel", "Avdelning", "Organisation", "Webbplats privat",
         "Webbplats arbete", "Född år", "Född månad", "Född dag", "Annan uppgift 1",
         "Annan uppgift 2", "Annan uppgift 3", "Annan uppgift 4", "Anteckningar", ""]  # fmt: skip
TB_ROWS = [
    ["Maija", "Meikäläinen", "Maija Meikäläinen", "", "maija@example.fi", "maija@work.example",
     "", "09 123 4567", "", "09 123 4568", "", "040 123 4567", "Mannerheimintie 1 A 2", "",
     "Helsinki", "", "00100", "Finland", "Aleksanterinkatu 3", "", "Turku", "", "20100",
     "Finland", "Myyntipäällikkö", "Myynti", "Kahvila Oy", "https://kahvila.example", "",
     "1980", "5", "3", "", "", "", "", "Tärkeä asiakas", ""],
    ["", "", "Lindström & Co", "", "info@lindstrom.example", "", "", "+46 8 123 456 78", "", "",
     "", "", "", "", "", "", "", "", "Drottninggatan 1", "", "Stockholm", "", "111 51",
     "Sverige", "", "", "Lindström & Co", "", "", "", "", "", "", "", "", "", "", ""],
]  # fmt: skip


@pytest.mark.parametrize("headers", [TB_EN, TB_FI, TB_SV], ids=["en", "fi", "sv"])
def test_thunderbird_csv_in_english_finnish_and_swedish(headers: list[str]) -> None:
    table = read_csv_bytes(csv_bytes([headers, *TB_ROWS], encoding="utf-8"))
    assert recognise(table.headers) == "Thunderbird"
    counted = count(table)
    assert (counted.contacts, len(counted.imported)) == (2, 2)
    maija = by_last_name(counted)["Meikäläinen"].form
    assert [e.address for e in maija.emails] == ["maija@example.fi", "maija@work.example"]
    assert {(p.number, p.kind) for p in maija.phones} == {
        ("+35891234567", ContactKind.WORK),
        ("+358401234567", ContactKind.MOBILE),
    }
    places = {a.kind: a for a in maija.addresses}
    assert places[ContactKind.HOME].postal_code == "00100"
    assert places[ContactKind.WORK].post_office == "Turku"
    assert maija.web_address == "https://kahvila.example"
    assert maija.title == "Myyntipäällikkö" and maija.organisation == "Kahvila Oy"
    assert "Fax: 09 123 4568" in maija.notes
    company = by_last_name(counted)["Lindström & Co"].form
    assert (company.first_name, company.last_name) == ("", "")
    assert company.addresses[0].country == "SE"
    assert company.phones[0].number == "+46812345678"


GOOGLE_NEW = ["First Name", "Middle Name", "Last Name", "Phonetic First Name",
              "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix",
              "Nickname", "File As", "Organization Name", "Organization Title",
              "Organization Department", "Birthday", "Notes", "Photo", "Labels",
              "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
              "Phone 2 - Label", "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted",
              "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
              "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
              "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value"]  # fmt: skip
GOOGLE_ROWS = [
    ["Ville", "", "Virtanen", "", "", "", "", "", "", "", "Rakennus Oy", "Työnjohtaja", "", "",
     "", "", "* myContacts ::: Asiakkaat", "Work", "ville@rakennus.example", "Mobile",
     "+358 50 123 4567", "Work Fax", "+358 9 765 4321", "Home",
     "Pispalan valtatie 9\nTampere 33250\nFI", "", "", "", "", "", "", "", "", ""],
    ["Ingrid", "", "Berg", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "* myContacts", "Home", "ingrid@example.se", "", "", "", "", "Work",
     "Storgatan 1\n111 22 Stockholm\nSweden", "Storgatan 1", "Stockholm", "", "", "111 22",
     "Sweden", "", "", ""],
]  # fmt: skip


def test_google_csv_labels_and_formatted_address() -> None:
    table = read_csv_bytes(csv_bytes([GOOGLE_NEW, *GOOGLE_ROWS]))
    assert recognise(table.headers) == "Google Contacts"
    counted = count(table)
    assert len(counted.imported) == 2
    ville = by_last_name(counted)["Virtanen"].form
    assert ville.emails[0].kind == ContactKind.WORK
    assert [(p.number, p.kind) for p in ville.phones] == [("+358501234567", ContactKind.MOBILE)]
    assert "Fax: +358 9 765 4321" in ville.notes
    address = ville.addresses[0]
    assert (address.street, address.postal_code, address.post_office, address.country) == (
        "Pispalan valtatie 9",
        "33250",
        "Tampere",
        "FI",
    )
    assert ville.tags == ("Asiakkaat",)
    ingrid = by_last_name(counted)["Berg"].form
    assert ingrid.addresses[0].kind == ContactKind.WORK  # "Address 1 - Label: Work"
    assert ingrid.addresses[0].country == "SE"


def test_linkedin_connections_with_its_notes_first() -> None:
    data = (
        b"Notes:\r\n"
        b'"When exporting your connection data, you may notice that some of the email addresses '
        b'are missing."\r\n'
        b"\r\n"
    ) + csv_bytes(
        [
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
             "Connected On"],
            ["Aino", "Laine", "https://www.linkedin.com/in/ainolaine", "aino@example.fi",
             "Laine Consulting", "Toimitusjohtaja", "12 Mar 2021"],
            ["Pekka", "Puro", "https://www.linkedin.com/in/pekkapuro", "", "Puro Oy", "CTO",
             "01 Feb 2020"],
        ]
    )  # fmt: skip
    table = read_csv_bytes(data)
    assert table.headers[0] == "First Name" and table.first_row_number == 5
    assert recognise(table.headers) == "LinkedIn"
    mapping = guess_mapping(table.headers)
    assert mapping[2] == "web_address" and mapping[5] == "title"
    assert mapping.get(6) is None  # "Connected On" is not when the customer relationship began
    counted = count(table)
    assert len(counted.imported) == 2
    aino = by_last_name(counted)["Laine"].form
    assert (aino.title, aino.web_address) == (
        "Toimitusjohtaja",
        "https://www.linkedin.com/in/ainolaine",
    )


OUTLOOK_EN = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
              "Department", "Job Title", "Business Street", "Business City",
              "Business Postal Code", "Business Country/Region", "Home Street", "Home City",
              "Home Postal Code", "Home Country/Region", "Business Fax", "Business Phone",
              "Home Phone", "Mobile Phone", "Pager", "E-mail Address", "E-mail Display Name",
              "E-mail 2 Address", "Notes", "Web Page", "Categories"]  # fmt: skip
# Finnish and Swedish names as Microsoft's own reader of these files has them (Exchange's
# OutlookCsvLanguage, fi-FI and sv-SE). That table has no Finnish name for the form of address:
# "Puhuttelu" stands in for it, a column Kirjuri does not know.
OUTLOOK_FI = ["Puhuttelu", "Etunimi", "Toinen nimi", "Sukunimi", "Jälkiliite", "Yritys",
              "Osasto", "Tehtävänimike", "Lähiosoite (työ)", "Postitoimipaikka (työ)",
              "Postinumero (työ)", "Maa/alue (työ)", "Lähiosoite (koti)",
              "Postitoimipaikka (koti)", "Postinumero (koti)", "Maa/alue (koti)",
              "Työfaksi", "Työpuhelin", "Kotipuhelin", "Matkapuhelin", "Hakulaite",
              "Sähköpostiosoite", "Näytettävä sähköpostinimi", "Sähköpostiosoite 2",
              "Muistilaput", "Web-sivu", "Luokat"]  # fmt: skip
OUTLOOK_SV = ["Titel", "Förnamn", "Mellannamn", "Efternamn", "Namnsuffix", "Företag",
              "Avdelning", "Befattning", "Gatuadress, arbete", "Ort, arbete",
              "Postadress, arbete", "Land, arbete", "Gatuadress, hem", "Hemort", "Postnr, hem",
              "Land, hem", "Fax arbete", "Arbete", "Hem", "Mobiltelefon", "Personsökare",
              "E-postadress", "E-postnamn", "E-postadress 2", "Anteckningar", "Webbsida",
              "Kategorier"]  # fmt: skip
OUTLOOK_ROW = ["Mr.", "Erik", "", "Holm", "", "Holm Ab", "", "VD", "Strandvägen 3",
               "Vaasa", "65100", "Finland", "", "", "", "", "06 123 4567", "06 123 4560", "",
               "044 555 6666", "", "erik@holm.example", "Erik Holm (erik@holm.example)",
               "erik.holm@example.fi", "", "www.holm.example", "Asiakkaat;VIP"]  # fmt: skip


@pytest.mark.parametrize("headers", [OUTLOOK_EN, OUTLOOK_FI, OUTLOOK_SV], ids=["en", "fi", "sv"])
def test_outlook_csv(headers: list[str]) -> None:
    table = read_csv_bytes(csv_bytes([headers, OUTLOOK_ROW], bom=False, encoding="cp1252"))
    assert recognise(table.headers) == "Outlook"
    counted = count(table)
    erik = counted.imported[0].form
    assert (erik.first_name, erik.last_name, erik.title) == ("Erik", "Holm", "VD")
    assert [e.address for e in erik.emails] == ["erik@holm.example", "erik.holm@example.fi"]
    assert erik.addresses[0].kind == ContactKind.WORK
    assert {p.kind for p in erik.phones} == {ContactKind.WORK, ContactKind.MOBILE}
    assert "Fax: 06 123 4567" in erik.notes
    assert erik.tags == ("Asiakkaat", "VIP")


# --- LDIF --------------------------------------------------------------------------------------
def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode()


THUNDERBIRD_LDIF = "\n".join(
    [
        f"dn:: {b64('cn=Maija Meikäläinen,mail=maija@example.fi')}",
        "objectclass: top",
        "objectclass: person",
        "objectclass: organizationalPerson",
        "objectclass: inetOrgPerson",
        "objectclass: mozillaAbPersonAlpha",
        "givenName: Maija",
        f"sn:: {b64('Meikäläinen')}",
        f"cn:: {b64('Maija Meikäläinen')}",
        "mail: maija@example.fi",
        "mozillaSecondEmail: maija@work.example",
        "modifytimestamp: 1700000000",
        "telephoneNumber: 09 123 4567",
        "mobile: 040 123 4567",
        "facsimiletelephonenumber: 09 123 4568",
        "mozillaHomeStreet: Mannerheimintie 1 A 2",
        "mozillaHomeLocalityName: Helsinki",
        "mozillaHomePostalCode: 00100",
        "mozillaHomeCountryName: Finland",
        "street: Aleksanterinkatu 3",
        "l: Turku",
        "postalCode: 20100",
        "c: Finland",
        f"title:: {b64('Myyntipäällikkö')}",
        "o: Kahvila Oy",
        "mozillaWorkUrl: https://kahvila.example",
        f"description:: {b64('Rivi yksi' + chr(10) + 'Rivi kaksi äö')[:40]}",
        f" {b64('Rivi yksi' + chr(10) + 'Rivi kaksi äö')[40:]}",
        "",
        "dn: cn=Asiakkaat",
        "objectclass: top",
        "objectclass: groupOfNames",
        "cn: Asiakkaat",
        "member: cn=Maija Meikäläinen,mail=maija@example.fi",
        "",
        "dn: cn=Rikki,mail=rikki@example.fi",
        "objectclass: person",
        "cn:: ***ei base64***",
        "",
        "dn: cn=Olli Lahtinen,mail=olli@example.fi",
        "objectclass: top",
        "objectclass: person",
        "objectclass: mozillaAbPersonAlpha",
        "cn: Olli Lahtinen",
        "mail: olli@example.fi",
        "",
    ]
)


def test_thunderbird_ldif() -> None:
    table = read_ldif(THUNDERBIRD_LDIF.encode("utf-8"))
    assert table.notes == [LISTS_LEFT_OUT]  # the mailing list is no customer, and that is said
    counted = count(table)
    assert counted.contacts == 3
    assert len(counted.imported) == 2 and counted.unreadable == [2]
    maija = by_last_name(counted)["Meikäläinen"].form
    assert [e.address for e in maija.emails] == ["maija@example.fi", "maija@work.example"]
    places = {a.kind: a for a in maija.addresses}
    assert places[ContactKind.HOME].post_office == "Helsinki"
    assert places[ContactKind.WORK].postal_code == "20100"
    assert maija.title == "Myyntipäällikkö"
    assert maija.notes.startswith("Rivi yksi\nRivi kaksi äö")
    assert "Fax: 09 123 4568" in maija.notes
    olli = by_last_name(counted)["Lahtinen"].form
    assert (olli.first_name, olli.last_name) == ("Olli", "Lahtinen")


def test_country_names_in_any_language() -> None:
    assert country_code("United States of America") == "US"
    assert country_code("Poland") == "PL"
    assert country_code("Puola") == "PL"
    assert country_code("Sverige") == "SE"
    assert country_code("Ruotsi") == "SE"
    assert country_code("UK") == "GB"
    assert country_code("Atlantis") is None
    assert country_code("UN") is None


def test_a_foreign_address_without_a_country_takes_its_phone_numbers_country() -> None:
    headers = ["First Name", "Last Name", "Mobile Phone", "Home Street", "Home City",
               "Home Postal Code", "Home Country/Region"]  # fmt: skip
    rows = [
        ["Karin", "Ek", "+46 70 123 45 67", "Storgatan 1", "Stockholm", "111 51", ""],
        ["Aino", "Aho", "+46 70 765 43 21", "Koulukatu 1", "Oulu", "90100", ""],  # Finnish code
        ["Kurt", "Berg", "", "Hauptstr. 1", "Berlin", "10115", "Deutschland"],
    ]  # fmt: skip
    counted = count(read_csv_bytes(csv_bytes([headers, *rows])))
    people = by_last_name(counted)
    assert people["Ek"].form.addresses[0].country == "SE"
    assert people["Aho"].form.addresses[0].country == "FI"
    assert people["Berg"].form.addresses[0].country == "DE"


def test_a_second_home_address_in_google_csv_is_kept_as_an_additional_address() -> None:
    headers = ["First Name", "Last Name", "Address 1 - Label", "Address 1 - Street",
               "Address 1 - City", "Address 1 - Postal Code", "Address 1 - Country",
               "Address 2 - Label", "Address 2 - Street", "Address 2 - City",
               "Address 2 - Postal Code", "Address 2 - Country", "Address 3 - Label",
               "Address 3 - Formatted"]  # fmt: skip
    row = ["Aino", "Aalto", "Home", "Kotikatu 1", "Helsinki", "00100", "Finland", "Home",
           "Mökkitie 7", "Korpilahti", "41800", "Finland", "Work",
           "Työkatu 2\n33100 Tampere\nFinland"]  # fmt: skip
    counted = count(read_csv_bytes(csv_bytes([headers, row])))
    aino = counted.imported[0].form
    assert sorted((a.kind, a.street, a.postal_code, a.post_office, a.country)
                  for a in aino.addresses) == [
        ("home", "Kotikatu 1", "00100", "Helsinki", "FI"),
        ("home", "Mökkitie 7", "41800", "Korpilahti", "FI"),
        ("work", "Työkatu 2", "33100", "Tampere", "FI"),
    ]  # fmt: skip
    assert counted.unmapped == []


def test_a_third_vcard_address_is_kept_with_its_kind() -> None:
    card = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "N:Aalto;Aino;;;", "FN:Aino Aalto",
        "ADR;TYPE=HOME:;;Kotikatu 1;Helsinki;;00100;Finland",
        "ADR;TYPE=WORK:;;Työkatu 2;Tampere;;33100;Finland",
        "ADR;TYPE=HOME:;;Mökkitie 7;Korpilahti;;41800;Finland",
        "ADR:;;Storgatan 5;Göteborg;;41101;Sweden",
        "END:VCARD", "",
    ])  # fmt: skip
    counted = count(read_vcards(card.encode("utf-8")))
    aino = counted.imported[0].form
    assert sorted((a.kind, a.street, a.postal_code, a.post_office, a.country)
                  for a in aino.addresses) == [
        ("home", "Kotikatu 1", "00100", "Helsinki", "FI"),
        ("home", "Mökkitie 7", "41800", "Korpilahti", "FI"),
        ("other", "Storgatan 5", "41101", "Göteborg", "SE"),
        ("work", "Työkatu 2", "33100", "Tampere", "FI"),
    ]  # fmt: skip
    assert counted.unmapped == []
