"""Which column fills which customer field, guessed from the headers Finnish, Swedish and English
programs write (Excel by hand, Outlook and Google Contacts exports), and a row turned into a form.

`check_row` reports each problem with the column it came from, so the report of rejected rows
can say "Sähköposti: This is not a valid email address".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.customer_fields import ContactKind, Language, Source, Status
from desktop.core.customer_form import (
    AddressForm,
    CheckedCustomer,
    CustomerForm,
    EmailForm,
    PhoneForm,
    check_customer,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing.contact_values import (
    ADDRESS_PARTS,
    FINNISH_CODE,
    PHONE_SPLIT,
    apply_labels,
    formatted_address,
    is_mobile,
    kind_of,
    other_addresses,
    phone_regions,
    read_phone,
    split_kinded,
)
from desktop.core.importing.programs import PROGRAM_OWN, PROGRAMS
from desktop.core.postal import country_code
from desktop.core.search_text import fold
from desktop.errors import ValidationError

CONTEXT = "ImportFields"
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Validation", "Unknown language. Write Finnish, Swedish or English (or fi, sv, en)."
)
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "Validation", "Unknown customer status. Write active, prospect or ended."
)
# Flags of a row that is imported all the same (context "Import").
PHONE_KEPT_IN_NOTES = QT_TRANSLATE_NOOP(
    "Import", "not a phone number Kirjuri can read: kept as written in the notes"
)
FAX_IN_NOTES = QT_TRANSLATE_NOOP("Import", "a fax or pager number: kept in the notes")


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # untranslated, context "ImportFields"
    headers: tuple[str, ...]  # what files call it; "#" stands for any number
    repeatable: bool = False  # several columns may fill it (emails, phones, tags, notes)


def _f(key: str, label: str, *headers: str, repeatable: bool = False) -> ImportField:
    return ImportField(key, label, headers, repeatable)


FIELDS: tuple[ImportField, ...] = (
    _f("first_name", QT_TRANSLATE_NOOP("ImportFields", "First name"),
       "First Name", "Given Name", "Firstname", "Etunimi", "Etunimet", "Förnamn"),
    _f("last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name"),
       "Last Name", "Family Name", "Surname", "Lastname", "Sukunimi", "Efternamn"),
    _f("full_name", QT_TRANSLATE_NOOP("ImportFields", "Full name (first and last)"),
       "Name", "Full Name", "Display Name", "Nimi", "Koko nimi", "Namn", "Fullständigt namn"),
    _f("title", QT_TRANSLATE_NOOP("ImportFields", "Title"),
       "Job Title", "Organization 1 - Title", "Organization Title", "Tehtävänimike",
       "Ammattinimike", "Asema", "Befattning", "Titel", "Yrityksen asema"),
    _f("organisation", QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
       "Company", "Organisation", "Organization", "Organization 1 - Name", "Organization Name",
       "Yritys", "Organisaatio", "Yhtiö", "Företag", "Organisation name"),
    _f("organisation_id", QT_TRANSLATE_NOOP("ImportFields", "Business ID (Y-tunnus)"),
       "Y-tunnus", "Ytunnus", "Business ID", "FO-nummer", "Business ID (Y-tunnus)"),
    _f("email", QT_TRANSLATE_NOOP("ImportFields", "Email"),
       "E-mail Address", "E-mail # Address", "E-mail", "Email", "Emails", "Email address",
       "E-mail # - Value", "Email #", "Sähköposti", "Sähköpostiosoite", "Sähköposti # -osoite",
       "Sähköposti #", "Sähköpostit", "E-post", "E-postadress", repeatable=True),
    _f("work_email", QT_TRANSLATE_NOOP("ImportFields", "Work email"),
       "Work email", "Work email #", "Työsähköposti", "E-post arbete", repeatable=True),
    _f("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"),
       "Phone", "Phones", "Phone Number", "Phone # - Value", "Phone #", "Primary Phone",
       "Other Phone", "Puhelin", "Puhelinnumero", "Puhelinnumerot", "Ensisijainen puhelin",
       "Muu puhelin", "Puhelin #", "Telefon", "Telefonnummer", repeatable=True),
    _f("mobile", QT_TRANSLATE_NOOP("ImportFields", "Mobile phone"),
       "Mobile Phone", "Mobile", "Mobile #", "Cell", "Matkapuhelin", "Matkapuhelinnumero",
       "Kännykkä", "Mobiili", "GSM", "Mobiltelefon", "Mobil", repeatable=True),
    _f("work_phone", QT_TRANSLATE_NOOP("ImportFields", "Work phone"),
       "Business Phone", "Business Phone #", "Work phone", "Work phone #", "Company Main Phone",
       "Työpuhelin", "Työpuhelin #", "Yrityksen puhelin", "Arbetstelefon", repeatable=True),
    _f("home_phone", QT_TRANSLATE_NOOP("ImportFields", "Home phone"),
       "Home Phone", "Home Phone #", "Home phone #", "Kotipuhelin", "Kotipuhelin #",
       "Hemtelefon", repeatable=True),
    _f("street", QT_TRANSLATE_NOOP("ImportFields", "Street address"),
       "Street", "Home Street", "Home Street #", "Address", "Address # - Street",
       "Street address", "Osoite", "Katuosoite", "Lähiosoite", "Kotiosoite, katu",
       "Kotiosoite, katu #", "Osoite # katuosoite", "Adress", "Gatuadress", "Utdelningsadress",
       repeatable=True),
    _f("postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
       "Postal Code", "Home Postal Code", "Zip", "ZIP Code", "Postcode",
       "Address # - Postal Code", "Postinumero", "Kotiosoite, postinumero", "Osoite # postinumero",
       "Postnummer"),
    _f("post_office", QT_TRANSLATE_NOOP("ImportFields", "Post office"),
       "City", "Home City", "Post office", "Address # - City", "Postitoimipaikka",
       "Toimipaikka", "Kaupunki", "Kotiosoite, kaupunki", "Kotiosoite, postitoimipaikka",
       "Osoite # postitoimipaikka", "Postort", "Ort"),
    _f("country", QT_TRANSLATE_NOOP("ImportFields", "Country"),
       "Country", "Country/Region", "Home Country/Region", "Address # - Country", "Maa",
       "Kotiosoite, maa/alue", "Osoite # maa", "Land"),
    _f("work_street", QT_TRANSLATE_NOOP("ImportFields", "Work address: street"),
       "Business Street", "Business Street #", "Työosoite, katu", "Työosoite, katu #",
       "Work street", "Arbetsadress", repeatable=True),
    _f("work_postal_code", QT_TRANSLATE_NOOP("ImportFields", "Work address: postal code"),
       "Business Postal Code", "Työosoite, postinumero", "Work postal code"),
    _f("work_post_office", QT_TRANSLATE_NOOP("ImportFields", "Work address: post office"),
       "Business City", "Työosoite, kaupunki", "Työosoite, postitoimipaikka", "Work city"),
    _f("work_country", QT_TRANSLATE_NOOP("ImportFields", "Work address: country"),
       "Business Country/Region", "Työosoite, maa/alue", "Work country"),
    _f("other_street", QT_TRANSLATE_NOOP("ImportFields", "Other address: street"),
       "Other street", "Muu osoite, katu", "Annan adress", repeatable=True),
    _f("other_postal_code", QT_TRANSLATE_NOOP("ImportFields", "Other address: postal code"),
       "Other postal code"),
    _f("other_post_office", QT_TRANSLATE_NOOP("ImportFields", "Other address: post office"),
       "Other city"),
    _f("other_country", QT_TRANSLATE_NOOP("ImportFields", "Other address: country"),
       "Other country"),
    _f("address_kind", QT_TRANSLATE_NOOP("ImportFields", "Address kind"),
       "Address kind", "Osoitteen laji", "Adresstyp"),
    _f("other_addresses", QT_TRANSLATE_NOOP("ImportFields", "Other addresses"),
       "Other addresses", "Muut osoitteet", "Övriga adresser", repeatable=True),
    _f("fax", QT_TRANSLATE_NOOP("ImportFields", "Fax (kept in the notes)"),
       "Fax", "Fax #", "Business Fax", "Home Fax", "Faksi", "Fax arbete", repeatable=True),
    _f("pager", QT_TRANSLATE_NOOP("ImportFields", "Pager (kept in the notes)"),
       "Pager", "Pager #", "Hakulaite", "Personsökare", repeatable=True),
    _f("formatted_address", QT_TRANSLATE_NOOP("ImportFields", "Whole address in one cell"),
       "Address # - Formatted", "Formatted address"),
    _f("kind_label", QT_TRANSLATE_NOOP("ImportFields", "Kind of the next columns (home, work)"),
       "E-mail # - Label", "E-mail # - Type", "Phone # - Label", "Phone # - Type",
       "Address # - Label", "Address # - Type", "Website # - Label", "Website # - Type",
       "Sähköposti # laji", "Puhelin # laji", "Osoite # laji", repeatable=True),
    _f("municipality", QT_TRANSLATE_NOOP("ImportFields", "Municipality of residence"),
       "Municipality", "Kotikunta", "Kunta", "Hemkommun", "Kommun"),
    _f("language", QT_TRANSLATE_NOOP("ImportFields", "Language"),
       "Language", "Kieli", "Asiointikieli", "Språk"),
    _f("web_address", QT_TRANSLATE_NOOP("ImportFields", "Web address"),
       "Web Page", "Website", "Web address", "Website # - Value", "WWW", "Verkkosivu",
       "Verkkosivut", "Kotisivu", "Web-sivu", "Webbsida", "Webbplats"),
    _f("status", QT_TRANSLATE_NOOP("ImportFields", "Customer status"),
       "Status", "Customer status", "Tila", "Asiakkuuden tila"),
    _f("started_on", QT_TRANSLATE_NOOP("ImportFields", "Customer since"),
       "Customer since", "Asiakas alkaen", "Asiakkuus alkanut", "Asiakkuus alkoi",
       "Aloituspäivä", "Kund sedan"),
    _f("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"),
       "Notes", "Note", "Muistiinpanot", "Lisätiedot", "Huomautukset", "Anteckningar",
       repeatable=True),
    _f("tags", QT_TRANSLATE_NOOP("ImportFields", "Tags"),
       "Tags", "Categories", "Labels", "Group Membership", "Luokat", "Luokka", "Tunnisteet",
       "Ryhmät", "Tunniste #", "Kategorier", "Etiketter", repeatable=True),
)  # fmt: skip
FIELD_BY_KEY = {f.key: f for f in FIELDS}
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportFields", "— do not import —")

_NUMBER = re.compile(r"\d+")
_PUNCT = re.compile(r"[^0-9a-z#]+")


def normal_header(header: str) -> str:
    """ "Sähköposti 2 -osoite" → "sahkoposti # osoite"; "E-mail 1 - Value" → "e mail # value"."""
    return _PUNCT.sub(" ", _NUMBER.sub("#", fold(header))).strip()


# Labels count as headers too (a re-imported export), except "Title": Outlook's "Title" column is
# the form of address (Mr, Ms), the job title is "Job Title".
_KNOWN = {normal_header(f.label): f.key for f in FIELDS if f.key != "title"}
_KNOWN.update({normal_header(h): f.key for f in FIELDS for h in f.headers})
_KNOWN.update({normal_header(h): k for _, _, table in PROGRAMS for h, k in table.items()})
_KNOWN.update({normal_header(h.replace("#", "")): k for h, k in list(_KNOWN.items())})


def guess_field(header: str) -> str | None:
    return _KNOWN.get(normal_header(header))


# "Address 2 - City": a second address's part, which a label column may send to the work address
# (the first value found is taken for each address).
_NUMBERED_PARTS = {"postal_code", "post_office", "country", "formatted_address"}


def recognise(headers: list[str]) -> str | None:
    """The program that wrote a file with these headers (see programs.PROGRAMS), or None."""
    found = {normal_header(h) for h in headers}
    for name, tells, _ in PROGRAMS:
        if any(normal_header(tell) in found for tell in tells):
            return name
    return None


_OWN = {
    program: {normal_header(h): k for h, k in table.items()}
    for program, table in PROGRAM_OWN.items()
}


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field key. A field that takes one value gets its first matching column.
    The headers a recognised program gives a meaning of its own (programs.PROGRAM_OWN) are read
    as that program means them."""
    mapping: dict[int, str] = {}
    own = _OWN.get(recognise(headers) or "", {})
    for index, header in enumerate(headers):
        normal = normal_header(header)
        key = (own[normal] or None) if normal in own else guess_field(header)
        if key is None:
            continue
        numbered_part = key in _NUMBERED_PARTS and "#" in normal_header(header)
        if not FIELD_BY_KEY[key].repeatable and key in mapping.values() and not numbered_part:
            continue
        mapping[index] = key
    if {"first_name", "last_name"} & set(mapping.values()):
        # A "Name" column beside first and last names may hold anything; the vCard and LDIF
        # readers' "Full name" is a card's FN, used only for a card without N.
        mapping = {
            i: k
            for i, k in mapping.items()
            if k != "full_name" or normal_header(headers[i]) == "full name"
        }
    return mapping


# --- one row → one form ----------------------------------------------------------------------
_LANGUAGES = {
    **{w: Language.FI for w in ("fi", "fin", "suomi", "finnish", "finska", "suomeksi")},
    **{w: Language.SV for w in ("sv", "se", "swe", "ruotsi", "swedish", "svenska", "ruotsiksi")},
    **{w: Language.EN for w in ("en", "eng", "englanti", "english", "engelska", "englanniksi")},
}
_STATUSES = {
    **{w: Status.ACTIVE for w in ("active", "aktiivinen", "asiakas", "aktiv", "kund", "voimassa")},
    **{w: Status.PROSPECT for w in ("mahdollinen asiakas", "potentiell kund")},
    **{
        w: Status.PROSPECT
        for w in ("prospect", "potential", "mahdollinen", "potentiaalinen", "prospekti")
    },
    **{w: Status.ENDED for w in ("ended", "paattynyt", "entinen", "avslutad", "tidigare")},
}
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_PIECE_SPLIT = re.compile(r"[;,]+")
_TAG_SPLIT = re.compile(r":::|[;,]")
_PHONE_KINDS = {
    "phone": ContactKind.MOBILE,
    "mobile": ContactKind.MOBILE,
    "work_phone": ContactKind.WORK,
    "home_phone": ContactKind.HOME,
}
_JOINERS = {"notes": "\n", "street": ", ", "work_street": ", ", "other_street": ", "}


def _country(text: str) -> str:
    """The ISO code of a country's name in any language ("Poland", "Puola" → PL); "FI" when the
    cell is empty; the text itself, marked with "?", when it names no country Kirjuri knows
    (reported as an unknown country, never cut to its first two letters)."""
    value = text.strip()
    if not value:
        return "FI"
    return country_code(value) or "?" + value


def _full_name(text: str) -> tuple[str, str]:
    """ "Maija Meikäläinen" or "Meikäläinen, Maija" → (first, last)."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.strip().rpartition(" ")
    return first.strip(), last.strip()


def _collect(row: list[str], mapping: dict[int, str]) -> dict[str, list[tuple[int, str]]]:
    values: dict[str, list[tuple[int, str]]] = {}
    for index in sorted(mapping):
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            values.setdefault(mapping[index], []).append((index, cell))
    return values


Flag = tuple[int, str]  # (column, what was done with its value: untranslated, context "Import")


def _build(
    row: list[str], mapping: dict[int, str]
) -> tuple[CustomerForm, dict[str, int], list[Flag]]:
    """The form; for each form key (as check_customer names them) the column it came from; and
    the values kept elsewhere than their column says (a number that is no phone number, a fax),
    each said in the report."""
    values = _collect(row, mapping)
    apply_labels(values)
    origins: dict[str, int] = {}
    scalars: dict[str, Any] = {}
    flags: list[Flag] = []
    kept_notes: list[str] = []

    def text(key: str, form_key: str | None = None) -> str:
        found = values.get(key, [])
        if found:
            origins[form_key or key] = found[0][0]
        if key.removeprefix("work_").removeprefix("other_") in _NUMBERED_PARTS:
            return found[0][1] if found else ""
        return _JOINERS.get(key, " ").join(cell for _, cell in found)

    for key in ("first_name", "last_name", "title", "organisation", "organisation_id"):
        scalars[key] = text(key)
    for key in ("municipality", "started_on", "notes"):
        scalars[key] = text(key)
    webs = values.get("web_address", [])
    scalars["web_address"] = webs[0][1].replace("\\:", ":") if webs else ""
    if webs:
        origins["web_address"] = webs[0][0]
    named = scalars["first_name"] or scalars["last_name"]
    if not named and values.get("full_name"):
        index, cell = values["full_name"][0]
        # A company's card names only the company (vCard FN = ORG, Outlook's "File As"): that is
        # no person's first name.
        if fold(cell) != fold(scalars["organisation"]):
            scalars["first_name"], scalars["last_name"] = _full_name(cell)
            origins["first_name"] = origins["last_name"] = index
    if "last_name" not in origins:  # where "enter a name" points when every name is empty
        for wanted in ("last_name", "full_name", "first_name", "organisation"):
            column = next((i for i, k in sorted(mapping.items()) if k == wanted), None)
            if column is not None:
                origins["last_name"] = column
                break
    language = text("language")
    if language:
        found = _LANGUAGES.get(fold(language))
        scalars["language"] = found.value if found else language
    status = text("status")
    if status:
        found_status = _STATUSES.get(fold(status))
        scalars["status"] = found_status.value if found_status else status

    source = Source.IMPORT.value
    emails: list[EmailForm] = []
    for key, kind in (("email", ContactKind.HOME), ("work_email", ContactKind.WORK)):
        for index, cell in values.get(key, []):
            for piece, named in split_kinded(cell, _PIECE_SPLIT):
                for address in filter(None, _EMAIL_SPLIT.split(piece)):
                    origins[f"emails.{len(emails)}.address"] = index
                    emails.append(EmailForm(address, named or kind.value, source))
    # The first address (its kind named by Kirjuri's own "Address kind" column, home when not),
    # the work address, and each line of Kirjuri's "Other addresses".
    places: list[tuple[str, dict[str, str], dict[str, str], dict[str, int]]] = []
    home_kind = kind_of(text("address_kind")) or "home"
    for prefix, kind_name in (("", home_kind), ("work_", "work"), ("other_", "other")):
        columns = {
            part: values[prefix + part][0][0]
            for part in ("postal_code", "country")
            if values.get(prefix + part)
        }
        parts = {part: text(prefix + part) for part in ADDRESS_PARTS}
        places.append(
            (kind_name, parts, formatted_address(text(prefix + "formatted_address")), columns)
        )
    for index, cell in values.get("other_addresses", []):
        for parts, named in other_addresses(cell):
            columns = {"postal_code": index, "country": index}
            places.append((named or ContactKind.OTHER.value, parts, {}, columns))
    addresses: list[AddressForm] = []
    for kind_name, parts, formatted, columns in places:
        if formatted and not (parts["street"] or parts["postal_code"]):
            parts = {**formatted, "country": parts["country"] or formatted["country"]}
        if (
            not parts["country"]
            and parts["postal_code"]
            and not FINNISH_CODE.match(parts["postal_code"])
        ):
            # No country, and a postal code Finland does not have ("94105", "111 51"): the
            # country of the contact's international phone number, when it has one.
            parts["country"] = next(iter(phone_regions(values)), "")
        address = AddressForm(
            parts["street"], parts["postal_code"], parts["post_office"],
            _country(parts["country"]), kind_name, source,
        )  # fmt: skip
        if address.is_empty():
            continue
        if address.country == "FI" and address.postal_code.isdigit():
            # Excel drops the leading zeros of 00100 when it thinks a postal code is a number.
            address = replace(address, postal_code=address.postal_code.zfill(5))
        for part, column in columns.items():
            origins[f"addresses.{len(addresses)}.{part}"] = column
        addresses.append(address)
    # A number is read as the country of the contact's address writes it (or by its + prefix),
    # then as a Finnish one; one that is neither is kept as written in the notes.
    regions = [a.country for a in addresses if len(a.country) == 2]
    phones: list[PhoneForm] = []
    for key, kind in _PHONE_KINDS.items():
        for index, cell in values.get(key, []):
            for number, named in split_kinded(cell, PHONE_SPLIT):
                read = read_phone(number, regions)
                if read is None:
                    kept_notes.append(number)
                    flags.append((index, PHONE_KEPT_IN_NOTES))
                    continue
                origins[f"phones.{len(phones)}.number"] = index
                found_kind = kind
                if key == "phone":  # a column that does not say: the number tells
                    found_kind = ContactKind.MOBILE if is_mobile(read) else ContactKind.OTHER
                phones.append(PhoneForm(read, named or found_kind.value, source))
    for key, label in (("fax", "Fax"), ("pager", "Pager")):
        for index, cell in values.get(key, []):
            kept_notes.append(f"{label}: {cell}")
            flags.append((index, FAX_IN_NOTES))
    if kept_notes:
        scalars["notes"] = "\n".join(filter(None, [scalars["notes"], *kept_notes]))
    tags: list[str] = []
    for _, cell in values.get("tags", []):
        tags += [
            t.strip() for t in _TAG_SPLIT.split(cell) if t.strip() and not t.strip().startswith("*")
        ]
    form = CustomerForm(
        **scalars,
        source=source,
        emails=tuple(emails),
        phones=tuple(phones),
        addresses=tuple(addresses),
        tags=tuple(tags),
    )
    return form, origins, flags


def row_to_form(row: list[str], mapping: dict[int, str]) -> CustomerForm:
    return _build(row, mapping)[0]


@dataclass(frozen=True)
class RowProblem:
    field: str  # an import field key ("email", "postal_code") or a form key ("last_name")
    column: int | None  # the column the value came from, when there is one
    message: str  # untranslated, context "Validation"


def _field_of(form_key: str, column: int | None, mapping: dict[int, str]) -> str:
    if column is not None and column in mapping:
        return mapping[column]
    return form_key.split(".")[0]


def check_row(
    row: list[str], mapping: dict[int, str]
) -> tuple[CheckedCustomer | None, list[RowProblem]]:
    """The checked customer, or the problems (each with the column it came from)."""
    checked, problems, _ = check_row_flagged(row, mapping)
    return checked, problems


def check_row_flagged(
    row: list[str], mapping: dict[int, str]
) -> tuple[CheckedCustomer | None, list[RowProblem], list[Flag]]:
    """check_row, and the values kept elsewhere than their column says (see _build)."""
    form, origins, flags = _build(row, mapping)
    problems: dict[str, str] = {}
    if form.language not in {lang.value for lang in Language}:
        problems["language"] = UNKNOWN_LANGUAGE
    if form.status not in {status.value for status in Status}:
        problems["status"] = UNKNOWN_STATUS
    checked = None
    try:
        checked = check_customer(form)
    except ValidationError as exc:
        problems = {**exc.fields, **problems}
    if problems:
        found = []
        for form_key, message in problems.items():
            column = origins.get(form_key)
            found.append(RowProblem(_field_of(form_key, column, mapping), column, message))
        return None, found, flags
    return checked, [], flags


def mapped_fields(mapping: dict[int, str]) -> list[str]:
    return sorted(set(mapping.values()))
