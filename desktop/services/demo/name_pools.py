"""The raw material of the demo register: real-looking Finnish places and words, and pools of
names and streets drawn from Faker once (calling Faker for every row would be far too slow).

Everything here is made up or public (postal codes and their post offices); no real customer's
data is in it. Email addresses use the reserved example domains, so a demo mailing reaches nobody.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    municipality_fi: str
    municipality_sv: str
    office_fi: str
    office_sv: str
    codes: tuple[str, ...]
    weight: int  # roughly how many customers live there, relative to the others
    swedish_share: float  # how many of them speak Swedish


def _codes(*ranges: tuple[int, int, int]) -> tuple[str, ...]:
    return tuple(f"{code:05d}" for start, stop, step in ranges for code in range(start, stop, step))


# Real postal codes of each town (the common ones, not all) with the post office's names.
PLACES: tuple[Place, ...] = (
    Place("Helsinki", "Helsingfors", "Helsinki", "Helsingfors", _codes((100, 1000, 10)), 30, 0.06),
    Place("Espoo", "Esbo", "Espoo", "Esbo", _codes((2100, 2400, 10), (2600, 2980, 20)), 14, 0.07),
    Place("Vantaa", "Vanda", "Vantaa", "Vanda", _codes((1200, 1770, 10)), 11, 0.03),
    Place("Tampere", "Tammerfors", "Tampere", "Tammerfors", _codes((33100, 33960, 10)), 12, 0.0),
    Place("Turku", "Åbo", "Turku", "Åbo", _codes((20100, 20960, 10)), 10, 0.05),
    Place("Oulu", "Uleåborg", "Oulu", "Uleåborg", _codes((90100, 90940, 10)), 10, 0.0),
    Place("Jyväskylä", "Jyväskylä", "Jyväskylä", "Jyväskylä", _codes((40100, 40950, 10)), 7, 0.0),
    Place("Kuopio", "Kuopio", "Kuopio", "Kuopio", _codes((70100, 70910, 10)), 6, 0.0),
    Place("Lahti", "Lahtis", "Lahti", "Lahtis", _codes((15100, 15950, 10)), 6, 0.0),
    Place("Pori", "Björneborg", "Pori", "Björneborg", _codes((28100, 28900, 10)), 4, 0.0),
    Place("Joensuu", "Joensuu", "Joensuu", "Joensuu", _codes((80100, 80260, 10)), 4, 0.0),
    Place(
        "Lappeenranta",
        "Villmanstrand",
        "Lappeenranta",
        "Villmanstrand",
        _codes((53100, 53920, 10)),
        4,
        0.0,
    ),
    Place(
        "Hämeenlinna",
        "Tavastehus",
        "Hämeenlinna",
        "Tavastehus",
        _codes((13100, 13900, 10)),
        4,
        0.0,
    ),
    Place("Vaasa", "Vasa", "Vaasa", "Vasa", _codes((65100, 65380, 10)), 4, 0.23),
    Place("Rovaniemi", "Rovaniemi", "Rovaniemi", "Rovaniemi", _codes((96100, 96930, 10)), 3, 0.0),
    Place("Porvoo", "Borgå", "Porvoo", "Borgå", _codes((6100, 6750, 50)), 3, 0.28),
    Place(
        "Pietarsaari",
        "Jakobstad",
        "Pietarsaari",
        "Jakobstad",
        _codes((68600, 68700, 10)),
        2,
        0.55,
    ),
    Place("Raasepori", "Raseborg", "Tammisaari", "Ekenäs", _codes((10600, 10680, 10)), 2, 0.65),
    Place(
        "Maarianhamina",
        "Mariehamn",
        "Maarianhamina",
        "Mariehamn",
        _codes((22100, 22160, 10)),
        1,
        0.9,
    ),
    Place("Närpiö", "Närpes", "Närpiö", "Närpes", _codes((64200, 64260, 10)), 1, 0.9),
    Place("Kokkola", "Karleby", "Kokkola", "Karleby", _codes((67100, 67800, 10)), 3, 0.12),
    Place("Seinäjoki", "Seinäjoki", "Seinäjoki", "Seinäjoki", _codes((60100, 60800, 10)), 3, 0.0),
    Place("Kotka", "Kotka", "Kotka", "Kotka", _codes((48100, 48930, 10)), 3, 0.0),
    Place("Mikkeli", "S:t Michel", "Mikkeli", "S:t Michel", _codes((50100, 50970, 10)), 2, 0.0),
)

MOBILE_PREFIXES = ("40", "41", "44", "45", "50", "46", "42")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "posti.example.com")
TAGS = ("Kanta-asiakas", "VIP", "Uutiskirje", "Yritysasiakas")
LEVELS = ("", "", "", "Pronssi", "Hopea", "Kulta")
COMPANY_SUFFIXES = ("Oy", "Oy", "Oy", "Ky", "Tmi", "Oy Ab", "Ab")
COMPANY_TRADES = (
    "Rakennus",
    "Kuljetus",
    "Kahvila",
    "Tilitoimisto",
    "Sähkö",
    "Puutarha",
    "Kiinteistöhuolto",
    "Autokorjaamo",
    "Parturi-kampaamo",
    "Konepaja",
    "Catering",
    "Siivouspalvelu",
    "Putkityö",
    "Maalaus",
    "Tietotekniikka",
)
JOB_TITLES = (
    "Toimitusjohtaja",
    "Hankintapäällikkö",
    "Yrittäjä",
    "Talouspäällikkö",
    "Myyntipäällikkö",
    "Toimistosihteeri",
)
SUMMARIES = {
    "visit": (
        "Kävi myymälässä, osti lahjakortin",
        "Asiointi myymälässä, kysyi uutuuksista",
        "Nouti tilauksen",
        "Palautti tuotteen, hyvitys tehty",
        "Sovittu tapaaminen, käytiin tarjous läpi",
        "Kävi tutustumassa, jätti yhteystiedot",
    ),
    "phone": (
        "Soitti ja kysyi toimitusajasta",
        "Kysyi laskusta, selvitetty",
        "Ajanvaraus ensi viikolle",
        "Reklamaatio, luvattu soittaa takaisin",
        "Soitettu takaisin, asia hoidettu",
        "Kysyi tarjouksen voimassaoloa",
    ),
    "letter": (
        "Lähetetty tilausvahvistus postitse",
        "Asiakas lähetti kirjeen osoitteenmuutoksesta",
        "Muistutuskirje avoimesta laskusta",
        "Joulutervehdys lähetetty",
    ),
    "email": (
        "Tarjouspyyntö sähköpostilla",
        "Lähetetty tarjous",
        "Kysyi aukioloajoista",
        "Vahvisti tilauksen sähköpostilla",
        "Palautetta palvelusta: kiitos nopeasta toimituksesta",
        "Pyysi kopion laskusta",
    ),
    "chat": (
        "Chatissa kysymys toimituskuluista",
        "Chat: tilauksen seuranta",
        "Chat: kysyi tuotteen saatavuutta",
        "Chat: neuvottu verkkokaupan käytössä",
    ),
}
ORDER_DESCRIPTIONS = (
    "Huolto",
    "Tuotetilaus",
    "Vuosihuolto",
    "Asennustyö",
    "Lahjakortti",
    "Kausituotteet",
    "Varaosat",
    "Konsultointi",
    "Tilauspalvelu, kuukausimaksu",
    "Tarvikkeet",
)
CONSENT_EVIDENCE = {
    "customer": ("Asiakaspalvelussa", "Puhelimessa", "Kirjeellä", "Kassalla"),
    "web_form": ("Verkkolomake", "Verkkokaupan tilaus", "Uutiskirjeen tilauslomake"),
}
RESTRICTION_REASONS = (
    "Asiakas kiistää osoitetietojen paikkansapitävyyden; tarkistus kesken.",
    "Asiakas vastustaa käsittelyä, selvitys kesken.",
    "Oikeudellinen vaatimus, tiedot säilytettävä.",
)


@dataclass(frozen=True)
class NamePools:
    fi_female: tuple[str, ...]
    fi_male: tuple[str, ...]
    fi_last: tuple[str, ...]
    sv_female: tuple[str, ...]
    sv_male: tuple[str, ...]
    sv_last: tuple[str, ...]
    fi_streets: tuple[str, ...]
    sv_streets: tuple[str, ...]
    staff: tuple[str, ...]


def _pool(make: Callable[[], str], size: int) -> tuple[str, ...]:
    return tuple(sorted({make() for _ in range(size)}))


def name_pools(seed: int) -> NamePools:
    """A few hundred of each, drawn once; rows combine them at random."""
    from faker import Faker  # imported here: the window loads this module at every start

    fi, sv = Faker("fi_FI"), Faker("sv_SE")
    fi.seed_instance(seed)
    sv.seed_instance(seed)
    fi_last = _pool(fi.last_name, 800)
    staff_rng = random.Random(seed)
    staff = tuple(
        f"{staff_rng.choice(_pool(fi.first_name, 30))} {staff_rng.choice(fi_last)}"
        for _ in range(8)
    )
    return NamePools(
        fi_female=_pool(fi.first_name_female, 600),
        fi_male=_pool(fi.first_name_male, 600),
        fi_last=fi_last,
        sv_female=_pool(sv.first_name_female, 300),
        sv_male=_pool(sv.first_name_male, 300),
        sv_last=_pool(sv.last_name, 300),
        fi_streets=_pool(fi.street_name, 1200),
        sv_streets=_pool(sv.street_name, 300),
        staff=staff,
    )


def ytunnus_check_digit(base: str) -> int | None:
    """The check digit of a seven-digit business ID, or None if no valid one exists."""
    remainder = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), base, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def random_ytunnus(rng: random.Random) -> str:
    while True:
        base = f"{rng.randrange(1_000_000, 3_400_000):07d}"
        digit = ytunnus_check_digit(base)
        if digit is not None:
            return f"{base}-{digit}"
