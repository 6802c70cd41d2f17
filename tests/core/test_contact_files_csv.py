"""CSV files as address books really write them (issue 16): Thunderbird's in three languages,
both Google CSVs, LinkedIn and Outlook CSV, typed from the programs' documented headers and
quirks; every contact is counted and the counts add up (tests/core/contact_file_counting.py)."""

from __future__ import annotations

import pytest

from desktop.core.customer_fields import ContactKind
from desktop.core.importing.csv_reader import read_csv_bytes
from desktop.core.importing.mapping import (
    guess_mapping,
    recognise,
)
from tests.core.contact_file_counting import by_last_name, count, csv_bytes

# --- CSV ---------------------------------------------------------------------------------------
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
