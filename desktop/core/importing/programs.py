"""The headers address books write into their CSV exports, program by program and in every
language Kirjuri speaks, each with the customer field it fills. `mapping` takes them into its
guesses; `mapping.recognise` names the program a file comes from, so the preview can say how it was read.

Sources: Thunderbird's address book field names (importMsgs.properties 2100-2136, en/fi/sv),
Outlook's "Comma Separated Values" export (en/fi/sv), Google Contacts' "Google CSV" (the current
one with "Label" and "Formatted" columns, and the older one with "Type" columns), LinkedIn's
Connections.csv, and Kirjuri's own export in fi/sv/en. "#" stands for any number.
"""

from __future__ import annotations

THUNDERBIRD = {
    # English
    "Display Name": "full_name",
    "Primary Email": "email",
    "Secondary Email": "email",
    "Work Phone": "work_phone",
    "Fax Number": "fax",
    "Pager Number": "pager",
    "Mobile Number": "mobile",
    "Home Address": "street",
    "Home Address 2": "street",
    "Home ZipCode": "postal_code",
    "Home Country": "country",
    "Work Address": "work_street",
    "Work Address 2": "work_street",
    "Work City": "work_post_office",
    "Work ZipCode": "work_postal_code",
    "Work Country": "work_country",
    "Web Page 1": "web_address",
    "Web Page 2": "web_address",
    # Finnish
    "Näytettävä nimi": "full_name",
    "Näyttönimi": "full_name",
    "Ensisijainen sähköposti": "email",
    "Toissijainen sähköposti": "email",
    "Faksin numero": "fax",
    "Hakulaitteen numero": "pager",
    "Kotiosoite": "street",
    "Kotiosoite 2": "street",
    "Kotikaupunki": "post_office",
    "Kodin postinumero": "postal_code",
    "Kotimaa": "country",
    "Työosoite": "work_street",
    "Työosoite 2": "work_street",
    "Työpaikan kaupunki": "work_post_office",
    "Työpaikan postinumero": "work_postal_code",
    "Työpaikan maa": "work_country",
    "Ammattinimi": "title",
    "Järjestö": "organisation",
    "Verkkosivu 1": "web_address",
    "Verkkosivu 2": "web_address",
    # Swedish
    "Ytterligare e-post": "email",
    "Telefon arbete": "work_phone",
    "Telefon privat": "home_phone",
    "Faxnummer": "fax",
    "Personsökare": "pager",
    "Adress privat (rad 1)": "street",
    "Adress privat (rad 2)": "street",
    "Stad privat": "post_office",
    "Postnummer privat": "postal_code",
    "Land privat": "country",
    "Adress arbete (rad 1)": "work_street",
    "Adress arbete (rad 2)": "work_street",
    "Stad arbete": "work_post_office",
    "Postnummer arbete": "work_postal_code",
    "Land arbete": "work_country",
    "Webbplats privat": "web_address",
    "Webbplats arbete": "web_address",
}

OUTLOOK = {
    # English (Outlook 2007 and later, "Comma Separated Values")
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Business Fax": "fax",
    "Home Fax": "fax",
    "Other Fax": "fax",
    "Pager": "pager",
    "Business Phone 2": "work_phone",
    "Home Phone 2": "home_phone",
    "Car Phone": "phone",
    "Home Street 2": "street",
    "Home Street 3": "street",
    "Business Street 2": "work_street",
    "Business Street 3": "work_street",
    # Finnish
    "Sähköpostiosoite": "email",
    "Sähköposti 2: osoite": "email",
    "Sähköposti 3: osoite": "email",
    "Työfaksi": "fax",
    "Kotifaksi": "fax",
    "Hakulaite": "pager",
    "Työpuhelin 2": "work_phone",
    "Kotipuhelin 2": "home_phone",
    "Kotiosoite, katu 2": "street",
    "Työosoite, katu 2": "work_street",
    "Web-sivu": "web_address",
    # Swedish
    "E-postadress": "email",
    "E-post 2, adress": "email",
    "E-post 3, adress": "email",
    "Fax arbete": "fax",
    "Fax hem": "fax",
    "Telefon hem": "home_phone",
    "Gatuadress hem": "street",
    "Postnummer hem": "postal_code",
    "Ort hem": "post_office",
    "Land/region hem": "country",
    "Gatuadress arbete": "work_street",
    "Postnummer arbete": "work_postal_code",
    "Ort arbete": "work_post_office",
    "Land/region arbete": "work_country",
    "Kategorier": "tags",
}

GOOGLE = {
    # Both Google CSV formats (the current "Label" one and the older "Type" one)
    "Given Name": "first_name",
    "Family Name": "last_name",
    "Organization Name": "organisation",
    "Organization Title": "title",
    "Organization 1 - Name": "organisation",
    "Organization 1 - Title": "title",
    "E-mail 1 - Value": "email",
    "E-mail 2 - Value": "email",
    "E-mail 3 - Value": "email",
    "Phone 1 - Value": "phone",
    "Phone 2 - Value": "phone",
    "Phone 3 - Value": "phone",
    "Address 1 - Formatted": "formatted_address",
    "Address 1 - Street": "street",
    "Address 1 - Extended Address": "street",
    "Address 1 - City": "post_office",
    "Address 1 - Postal Code": "postal_code",
    "Address 1 - Country": "country",
    "Website 1 - Value": "web_address",
    "Labels": "tags",
    "Group Membership": "tags",
}

LINKEDIN = {
    "First Name": "first_name",
    "Last Name": "last_name",
    "Email Address": "email",
    "Company": "organisation",
    "Position": "title",
    "URL": "web_address",
}

KIRJURI = {
    # Kirjuri's own export in Finnish and Swedish (English is the fields' labels)
    "Sähköpostiosoitteet": "email",
    "E-postadresser": "email",
    "Puhelinnumerot": "phone",
    "Telefonnummer": "phone",
    "Postanstalt": "post_office",
    "Kundstatus": "status",
    "Taggar": "tags",
    "Tunnisteet": "tags",
    "Organisaatio": "organisation",
    "Emails": "email",
    "Phones": "phone",
    "Job title": "title",
    "Tehtävänimike": "title",
    "Befattning": "title",
    "Verkko-osoite": "web_address",
    "Webbadress": "web_address",
    "Lisätiedot": "notes",
    "Anteckningar": "notes",
}

# What tells the program (headers only that program writes), and its own headers.
PROGRAMS: tuple[tuple[str, tuple[str, ...], dict[str, str]], ...] = (
    ("Kirjuri", ("Asiakasnumero", "Kundnummer", "Customer number"), KIRJURI),
    (
        "Thunderbird",
        ("Primary Email", "Ensisijainen sähköposti", "Ytterligare e-post", "Home ZipCode",
         "Kodin postinumero", "Postnummer privat"),
        THUNDERBIRD,
    ),
    ("Google Contacts", ("E-mail 1 - Value", "Phone 1 - Value", "Address 1 - Formatted"), GOOGLE),
    (
        "Outlook",
        ("E-mail Address", "Business Street", "Home Street", "Sähköpostiosoite",
         "Kotiosoite, katu", "Työosoite, katu", "E-postadress", "Gatuadress hem"),
        OUTLOOK,
    ),
    ("LinkedIn", ("Connected On",), LINKEDIN),
)  # fmt: skip
