"""The three reference privacy statements in ../shared/seeds, written into a RegisterDescription
the way a user would type them into the editor: each numbered section into the field it belongs
to (with the seed's own heading), sections Kirjuri has no field for as sections of one's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.core.register_description import ExtraSection, Recipient, RegisterDescription

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
if not SEEDS.is_dir():  # a worktree under /work/wt/<name>, or the main repo at /work/main
    SEEDS = Path("/work/shared/seeds")
HEADING = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*?)\s*$")


@dataclass
class SeedSection:
    number: int
    heading: str
    lines: list[str]


@dataclass
class Seed:
    name: str
    preamble: list[str]
    sections: list[SeedSection]

    def section(self, number: int) -> SeedSection:
        return next(s for s in self.sections if s.number == number)


def read_seed(name: str) -> Seed:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    preamble: list[str] = []
    sections: list[SeedSection] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.replace("\u00a0", " ").rstrip()
        match = HEADING.match(line)
        if match and int(match.group(1)) == len(sections) + 1:
            sections.append(SeedSection(int(match.group(1)), match.group(2), []))
        elif line.strip():
            (sections[-1].lines if sections else preamble).append(line)
    return Seed(name, preamble, sections)


def paragraphs(lines: list[str]) -> str:
    """The seed's lines as the editor's text: a PDF-extracted seed (001) breaks sentences over
    lines, so a line that does not end a sentence is joined to the next."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        bullet = stripped[:1] in "•–-" and stripped[1:2].isspace()
        if out and not bullet and out[-1] and out[-1][-1] not in ".:!?)" and stripped[:1].islower():
            out[-1] = out[-1] + " " + stripped
        else:
            indent = "  " if bullet and line.startswith("  ") else ""
            out.append(indent + stripped)
    return "\n".join(out)


# seed 000's section 11 table: name, country (ISO), safeguard, function, updated
SEED_000_RECIPIENTS = (
    ("Pipedrive", "EE", "", "CRM-ohjelmisto", "21.04.2018"),
    ("Google", "US", "Privacy Shield", "Sähköposti, analytiikka, mainonta", "21.04.2018"),
    ("Tawk.to", "US", "Anonymisoitu", "Chat-palvelu", "21.04.2018"),
    ("Facebook", "US", "Privacy Shield", "Mainonta", "21.04.2018"),
    ("Zapier", "US", "Privacy Shield", "Automaatio", "21.04.2018"),
)
TABLE_HEADER = "Yritys Maa Jos EUn ulkopuolella Toiminto Päivitetty"


def _vestelli(seed: Seed) -> RegisterDescription:
    """Seeds 000 and 001 share Vestelli's numbering (001 is cut short after section 11)."""
    texts: dict[str, str] = {}
    headings: dict[str, str] = {}
    extras: list[ExtraSection] = []
    fields = {
        1: "controller_contact",
        2: "contact_person",
        3: "register_name",
        5: "data_categories",
        8: "cookies",
        10: "sources",
        12: "retention",
        14: "transfers_outside_eea",
    }
    recipients: tuple[Recipient, ...] = ()
    for section in seed.sections:
        lines = list(section.lines)
        if section.number in fields:
            key = fields[section.number]
            texts[key] = paragraphs(lines)
        elif section.number == 4:  # its first paragraph is the legal basis
            key = "purposes"
            texts["legal_bases"] = (
                paragraphs(lines[:1]) if seed.name == "000" else paragraphs(lines[:4])
            )
            texts["purposes"] = paragraphs(lines[1:] if seed.name == "000" else lines[4:])
        elif section.number == 9:  # first paragraph: how to make a request
            key = "rights"
            split = 1 if seed.name == "000" else 3
            texts["how_to_use_rights"] = paragraphs(lines[:split])
            texts["rights"] = paragraphs(lines[split:])
        elif section.number == 11:
            key = "recipients"
            if seed.name == "000":
                at = lines.index(TABLE_HEADER)
                texts["disclosures"] = paragraphs(lines[:at])
                recipients = tuple(
                    Recipient(name, country, function, safeguard, updated)
                    for name, country, safeguard, function, updated in SEED_000_RECIPIENTS
                )
            else:
                texts["disclosures"] = paragraphs(lines)
        elif section.number == 15:
            key = "security"
            electronic = lines.index("Sähköinen aineisto:")
            manual = lines.index("Manuaalinen aineisto:")
            texts["security"] = paragraphs(lines[:electronic] + lines[electronic + 1 : manual])
            texts["security_manual"] = paragraphs(lines[manual + 1 :])
        else:
            extras.append(
                ExtraSection(heading={"fi": section.heading}, text={"fi": paragraphs(lines)})
            )
            continue
        headings[f"fi.heading.{key}"] = section.heading
    return _description(texts, headings, extras, recipients, seed.preamble)


def _vastuu(seed: Seed) -> RegisterDescription:
    texts: dict[str, str] = {}
    headings: dict[str, str] = {}
    extras: list[ExtraSection] = []
    register_name, *intro = seed.preamble[1:]  # "Tietosuojaseloste" is the title
    texts["register_name"] = register_name
    fields = {4: "data_categories", 5: "disclosures", 6: "transfers_outside_eea", 7: "retention"}
    fields |= {8: "rights", 9: "security", 10: "how_to_use_rights"}
    for section in seed.sections:
        lines = section.lines
        if section.number == 1:
            key = "controller_contact"
            at = lines.index("Tietosuojavastaavan yhteystiedot:")
            texts["controller_contact"] = paragraphs(lines[:at])
            texts["dpo"] = paragraphs(lines[at + 1 :])
            headings["fi.heading.dpo"] = lines[at].removesuffix(":")
        elif section.number == 3:
            key = "purposes"
            texts["legal_bases"] = paragraphs(lines[:1])
            texts["purposes"] = paragraphs(lines[1:])
        elif section.number in fields:
            key = fields[section.number]
            texts[key] = paragraphs(lines)
        else:
            extras.append(
                ExtraSection(heading={"fi": section.heading}, text={"fi": paragraphs(lines)})
            )
            continue
        headings[f"fi.heading.{key if key != 'disclosures' else 'recipients'}"] = section.heading
    return _description(texts, headings, extras, (), intro)


def _description(
    texts: dict[str, str],
    headings: dict[str, str],
    extras: list[ExtraSection],
    recipients: tuple[Recipient, ...],
    preamble: list[str],
) -> RegisterDescription:
    base = {
        name: ""
        for name in [
            "register_name",
            "controller_contact",
            "dpo",
            "purposes",
            "legal_bases",
            "data_categories",
            "sources",
            "transfers_outside_eea",
            "retention",
            "security",
            "automated_decisions",
            "rights",
        ]
    }
    intro = [line for line in preamble if line.strip() != "Tietosuojaseloste"]
    return RegisterDescription(
        **(base | texts),
        recipients=recipients,
        translations=headings,
        extra_sections=tuple(extras),
        **({"introduction": paragraphs(intro)} if "introduction" not in texts else {}),
    )


def seed_description(name: str) -> tuple[Seed, RegisterDescription]:
    seed = read_seed(name)
    return seed, (_vastuu(seed) if name == "002" else _vestelli(seed))
