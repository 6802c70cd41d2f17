"""The official names of Finland's bilingual municipalities, for the place of signing.

A letter in Swedish is signed in "Helsingfors", one in Finnish in "Helsinki": a bilingual
municipality has an official name in each language (Kuntalaki 410/2015 § 5, Kielilaki 423/2003
§ 5 and § 33). A letter in English uses the name in the municipality's majority language, the
form English itself uses ("Helsinki", "Turku", "Jakobstad", "Raseborg").

The list is the Government decree on the languages of the municipalities for 2023–2032: 33
bilingual municipalities, 15 of them with a Swedish-speaking majority (Korsnäs, Lohja, Luoto and
Närpiö bilingual at their councils' request). Unilingual municipalities keep the name the
business typed. Rows: Finnish name, Swedish name, majority language.
"""

from __future__ import annotations

from functools import cache

BILINGUAL = (
    # Finnish majority
    ("Espoo", "Esbo", "fi"),
    ("Hanko", "Hangö", "fi"),
    ("Helsinki", "Helsingfors", "fi"),
    ("Kaskinen", "Kaskö", "fi"),
    ("Kauniainen", "Grankulla", "fi"),
    ("Kirkkonummi", "Kyrkslätt", "fi"),
    ("Kokkola", "Karleby", "fi"),
    ("Lapinjärvi", "Lappträsk", "fi"),
    ("Lohja", "Lojo", "fi"),
    ("Loviisa", "Lovisa", "fi"),
    ("Myrskylä", "Mörskom", "fi"),
    ("Porvoo", "Borgå", "fi"),
    ("Pyhtää", "Pyttis", "fi"),
    ("Sipoo", "Sibbo", "fi"),
    ("Siuntio", "Sjundeå", "fi"),
    ("Turku", "Åbo", "fi"),
    ("Vaasa", "Vasa", "fi"),
    ("Vantaa", "Vanda", "fi"),
    # Swedish majority
    ("Inkoo", "Ingå", "sv"),
    ("Kemiönsaari", "Kimitoön", "sv"),
    ("Korsnäs", "Korsnäs", "sv"),
    ("Kristiinankaupunki", "Kristinestad", "sv"),
    ("Kruunupyy", "Kronoby", "sv"),
    ("Luoto", "Larsmo", "sv"),
    ("Maalahti", "Malax", "sv"),
    ("Mustasaari", "Korsholm", "sv"),
    ("Närpiö", "Närpes", "sv"),
    ("Parainen", "Pargas", "sv"),
    ("Pedersören kunta", "Pedersöre", "sv"),
    ("Pietarsaari", "Jakobstad", "sv"),
    ("Raasepori", "Raseborg", "sv"),
    ("Uusikaarlepyy", "Nykarleby", "sv"),
    ("Vöyri", "Vörå", "sv"),
)


@cache
def _by_name() -> dict[str, tuple[str, str, str]]:
    return {name.casefold(): row for row in BILINGUAL for name in row[:2]}


def place_name(place: str, lang: str) -> str:
    """`place` (either official name, any case) in the letter's language; other places as
    typed. Post offices are often typed in capitals ("HELSINKI"): a known name comes back in
    its written form, an unknown one is left as it is."""
    row = _by_name().get(place.strip().casefold())
    if row is None:
        return place.strip()
    finnish, swedish, majority = row
    if lang == "sv":
        return swedish
    if lang == "en":
        return swedish if majority == "sv" else finnish
    return finnish
