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
    for key in list(values):
        kept = []
        for index, cell in values[key]:
            target = key
            if key in ("phone", "email") and index - 1 in labels:
                kind = label_kind(labels[index - 1])
                target = KEYS_OF_KIND.get((key, kind or ""), key)
            elif key in (*ADDRESS_PARTS, "formatted_address"):
                before = [i for i in labels if i < index]
                kind = label_kind(labels[max(before)]) if before else None
                if kind == "work":
                    target = "work_" + key
            if target == key:
                kept.append((index, cell))
            else:
                moved.setdefault(target, []).append((index, cell))
        values[key] = kept
    for key, found in moved.items():
        values[key] = sorted(values.get(key, []) + found)
    for key in [key for key, found in values.items() if not found]:
        del values[key]


FINNISH_CODE = re.compile(r"^\d{4,5}$")


def phone_regions(values: Values) -> list[str]:
    """The countries of the +-prefixed numbers of a row other than Finland's."""
    found: list[str] = []
    for key in PHONE_KEYS:
        for _, cell in values.get(key, []):
            for number in (n.strip() for n in PHONE_SPLIT.split(cell)):
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
