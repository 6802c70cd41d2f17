"""Thunderbird's LDIF export as it really is (issue 16): base64 values, mailing lists left
out, every contact counted (tests/core/contact_file_counting.py)."""

from __future__ import annotations

import base64

from desktop.core.customer_fields import ContactKind
from desktop.core.importing.ldif_reader import LISTS_LEFT_OUT, read_ldif
from tests.core.contact_file_counting import by_last_name, count


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
