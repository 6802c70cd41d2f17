"""Files as address books really write them (issue 16): Android's and Outlook's vCard 2.1, iPhone's
3.0, Evolution's 4.0, Thunderbird's CSV in three languages and its LDIF, both Google CSVs, LinkedIn
and Outlook CSV. Each file is typed here from the programs' documented headers and quirks; every
contact in it is counted as imported, imported with a flagged value, rejected or unreadable, and
those add up to the contacts in the file."""

from __future__ import annotations

import base64

from desktop.core.customer_fields import ContactKind
from desktop.core.importing.mapping import (
    FAX_IN_NOTES,
    PHONE_KEPT_IN_NOTES,
)
from desktop.core.importing.vcard_reader import read_vcards
from desktop.core.postal import country_code
from tests.core.contact_file_counting import by_last_name, count

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


def test_country_names_in_any_language() -> None:
    assert country_code("United States of America") == "US"
    assert country_code("Poland") == "PL"
    assert country_code("Puola") == "PL"
    assert country_code("Sverige") == "SE"
    assert country_code("Ruotsi") == "SE"
    assert country_code("UK") == "GB"
    assert country_code("Atlantis") is None
    assert country_code("UN") is None
