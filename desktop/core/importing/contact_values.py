"""The values of one row that need more than their column: a kind named by a label column before
them (Google's "Phone 1 - Label: Work Fax"), a phone number read with the country of the
contact's address, a whole address in one cell (Google's "Address 1 - Formatted")."""

from __future__ import annotations

import re

import phonenumbers

from desktop.core import validation
from desktop.core.postal import country_code
from desktop.core.search_text import fold

Values = dict[str, list[tuple[int, str]]]  # field key → (column, cell) of one row
ADDRESS_PARTS = ("street", "postal_code", "post_office", "country")
PHONE_KEYS = ("phone", "mobile", "work_phone", "home_phone")
PHONE_SPLIT = re.compile(r"[;,/]+")


LABEL_KINDS = (
    ("fax", ("fax", "faksi")),
    ("pager", ("pager", "hakulaite", "personsokare")),
    ("mobile", ("mobile", "cell", "matka", "mobil", "kannykka", "iphone")),
    ("work", ("work", "business", "tyo", "arbete", "jobb")),
    ("home", ("home", "koti", "hem", "privat")),
)
KEYS_OF_KIND = {
    ("phone", "mobile"): "mobile",
    ("phone", "work"): "work_phone",
    ("phone", "home"): "home_phone",
    ("phone", "fax"): "fax",
    ("phone", "pager"): "pager",
    ("email", "work"): "work_email",
}


_EXTRA_PLACE_KINDS = ("billing", "other", "landline", "mobile")


def label_kind(label: str) -> str | None:
    folded = fold(label)
    return next((kind for kind, words in LABEL_KINDS if any(w in folded for w in words)), None)


def apply_labels(values: Values) -> None:
    """Google's "Phone 1 - Label: Work Fax" before "Phone 1 - Value", "Address 1 - Label: Work"
    before the address's columns: each value goes to the field its label names."""
    labels = dict(values.pop("kind_label", []))
    if not labels:
        return
    moved: dict[str, list[tuple[int, str]]] = {}
    # Address groups by their label column: the first home (or unlabelled) one and the first
    # work one fill the address columns; any further one (Google's "Address 2" labelled Home
    # beside "Address 1" Home) is kept whole as an additional address.
    slots: dict[str, int] = {}
    extra: dict[int, dict[str, list[str]]] = {}
    for key in list(values):
        kept = []
        for index, cell in values[key]:
            target = key
            if key in ("phone", "email") and index - 1 in labels:
                label = labels[index - 1].strip()
                kind = label_kind(label)
                target = KEYS_OF_KIND.get((key, kind or ""), key)
                if target == key and kind_of(label):
                    # A kind no field of its own holds ("Laskutus", "Other"): kept with the
                    # value, as Kirjuri's own export writes it ("040 123 4567 (Laskutus)").
                    cell = f"{cell} ({label})"
            elif key in (*ADDRESS_PARTS, "formatted_address"):
                before = [i for i in labels if i < index]
                group = max(before) if before else -1
                kind = label_kind(labels[group]) if before else None
                exact = kind_of(labels[group]) if before else None
                slot = "work" if kind == "work" else "home"
                # A billing or other address is an additional one, with its kind.
                if exact in _EXTRA_PLACE_KINDS or slots.setdefault(slot, group) != group:
                    extra.setdefault(group, {}).setdefault(key, []).append(cell)
                    continue
                if kind == "work":
                    target = "work_" + key
            if target == key:
                kept.append((index, cell))
            else:
                moved.setdefault(target, []).append((index, cell))
        values[key] = kept
    for key, found in moved.items():
        values[key] = sorted(values.get(key, []) + found)
    for group, parts in sorted(extra.items()):
        label = labels.get(group, "")
        kind = kind_of(label) or label_kind(label) if label else None
        line = {part: ", ".join(parts.get(part, [])) for part in ADDRESS_PARTS}
        formatted = formatted_address("\n".join(parts.get("formatted_address", [])))
        if formatted and not (line["street"] or line["postal_code"]):
            line = {**formatted, "country": line["country"] or formatted["country"]}
        written = " / ".join([*(line[p] for p in ADDRESS_PARTS), kind or "other"])
        values.setdefault("other_addresses", []).append((group, written))
    for key in [key for key, found in values.items() if not found]:
        del values[key]


FINNISH_CODE = re.compile(r"^\d{4,5}$")


def phone_regions(values: Values) -> list[str]:
    """The countries of the +-prefixed numbers of a row other than Finland's."""
    found: list[str] = []
    for key in PHONE_KEYS:
        for _, cell in values.get(key, []):
            for number, _ in split_kinded(cell, PHONE_SPLIT):
                if not number.startswith(("+", "00")):
                    continue
                try:
                    region = phonenumbers.region_code_for_number(phonenumbers.parse(number, "FI"))
                except phonenumbers.NumberParseException:
                    continue
                if region and region not in ("FI", "AX", "ZZ") and region not in found:
                    found.append(region)
    return found


def read_phone(number: str, regions: list[str]) -> str | None:
    """E.164, read with the address's country first, then as Finnish; None if neither."""
    for region in dict.fromkeys([*regions, "FI"]):
        checked = validation.phone(number, region=region)
        if checked.ok:
            return checked.value
    return None


def is_mobile(e164: str) -> bool:
    number = phonenumbers.parse(e164, None)
    return phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


_POSTAL_LINE = re.compile(
    r"^(?:(?P<code1>\d[\d -]{2,8}\d|[A-Z]{1,2}-?\d{3,5})\s+(?P<office1>\D.*)"
    r"|(?P<office2>\D.*?)[, ]+(?P<code2>\d[\d -]{2,8}\d))$"
)


def formatted_address(text: str) -> dict[str, str]:
    """Google's "Address 1 - Formatted" (street lines, "00100 Helsinki" or "Helsinki 00100",
    the country last) as its parts; empty if it holds nothing."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip()]
    if not lines:
        return {}
    country = ""
    if len(lines) > 1 and country_code(lines[-1]):
        country = lines.pop()
    code = office = ""
    for position in range(len(lines) - 1, 0, -1):
        match = _POSTAL_LINE.match(lines[position])
        if match:
            code = (match.group("code1") or match.group("code2") or "").strip()
            office = (match.group("office1") or match.group("office2") or "").strip()
            del lines[position]
            break
    return {
        "street": ", ".join(lines),
        "postal_code": code,
        "post_office": office,
        "country": country,
    }


# Kirjuri's own export writes each email and phone with its kind ("040 123 4567 (Työ)") and the
# addresses beyond the first two in one cell ("street / postal code / post office / country / kind",
# " | " between addresses: neither the CSV delimiter nor a line break, which the preview flags),
# the kind in the user's language: read back in any language Kirjuri speaks.
KIND_WORDS = {
    fold(word): kind
    for kind, words in (
        ("home", ("home", "koti", "hem")),
        ("work", ("work", "työ", "arbete")),
        ("mobile", ("mobile", "matkapuhelin", "mobil")),
        ("landline", ("landline", "lankapuhelin", "fast telefon")),
        ("billing", ("billing", "laskutus", "fakturering")),
        ("other", ("other", "muu", "annat")),
    )
    for word in words
}
_ADDRESS_SPLIT = re.compile(r"\s*\|\s*|[\r\n]+")
_KIND_SUFFIX = re.compile(r"^(?P<value>.*?)\s*\((?P<kind>[^()]+)\)$")


def kind_of(label: str) -> str | None:
    """ "Työ", "Arbete", "work" → "work"; None for a word that names no kind."""
    return KIND_WORDS.get(fold(label.strip()))


def split_kinded(cell: str, split: re.Pattern[str]) -> list[tuple[str, str | None]]:
    """ "a@b.fi (Koti), c@d.fi" → [("a@b.fi", "home"), ("c@d.fi", None)]."""
    found: list[tuple[str, str | None]] = []
    for piece in (p.strip() for p in split.split(cell)):
        if not piece:
            continue
        match = _KIND_SUFFIX.match(piece)
        kind = kind_of(match.group("kind")) if match else None
        found.append((match.group("value"), kind) if match and kind else (piece, None))
    return found


def other_addresses(cell: str) -> list[tuple[dict[str, str], str | None]]:
    """Kirjuri's "Other addresses" cell: each line's parts and its kind."""
    found: list[tuple[dict[str, str], str | None]] = []
    for line in _ADDRESS_SPLIT.split(cell):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.rsplit("/", 4)]
        parts += [""] * (5 - len(parts))
        street, postal_code, post_office, country, kind = parts
        found.append(
            (
                {
                    "street": street,
                    "postal_code": postal_code,
                    "post_office": post_office,
                    "country": country,
                },
                kind_of(kind),
            )
        )
    return found
