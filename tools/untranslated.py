"""List untranslated messages as TSV, and apply translations from a TSV file.

    python tools/untranslated.py list [LANG ...]        # TSV: lang, context, source
    python tools/untranslated.py list --all fi           # every message, not only unfinished ones
    python tools/untranslated.py list --suggest fi       # + the same text's translation elsewhere
    python tools/untranslated.py apply fi done.tsv       # TSV: context, source, translation
    python tools/untranslated.py export fi --from other.ts  # finished messages as that TSV
                                                         # (%n texts: one column per plural form)

Workflow after someone adds strings: `tools/translations.py update`, then
`tools/untranslated.py list --suggest fi > fi.tsv`, add (or check) the translation as the last
column, `tools/untranslated.py apply fi fi.tsv` (the language column may stay), and check with
`pytest tests/test_translations_complete.py`.

In the TSV a backslash escapes: \\n is a line break, \\t a tab and \\\\ a backslash, so a message
always stays on one line. Texts are the real texts (no XML escaping: write ' and &, not &apos;).
For English, `apply en --copy-source` translates every unfinished message as its source text.

`apply` edits the .ts in place through xml.etree, keeps every other message untouched, clears
type="unfinished" on the messages it fills, and refuses a translation whose {placeholders} differ
from the source's.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("fi", "sv", "en")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_UNESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}


def ts_file(lang: str) -> Path:
    return TS_DIR / f"kirjuri_{lang}.ts"


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _UNESCAPES.get(m.group(1), m.group(0)), text)


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    numerus = translation.findall("numerusform")
    if message.get("numerus") == "yes" and numerus:
        return all((form.text or "").strip() for form in numerus)
    return bool((translation.text or "").strip())


def read(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def write(root: ET.Element, path: Path) -> None:
    """Write in lupdate's layout, so `translations.py update` does not churn the file."""
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    # lupdate writes ' and " in texts as entities and empty translations as open/close pairs.
    body = re.sub(
        r">([^<]*)<",
        lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
        body,
    )
    body = re.sub(r"<(translation|name|source)([^>]*) />", r"<\1\2></\1>", body)
    body = body.replace(" />", "/>")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _known_translations(root: ET.Element) -> dict[str, list[str]]:
    """Finished translations by source text, whatever their context: drafts for new messages."""
    known: dict[str, list[str]] = {}
    for _context, message in messages(root):
        translation = message.find("translation")
        if translation is not None and is_finished(message):
            forms = [form.text or "" for form in translation.findall("numerusform")]
            known.setdefault(message.findtext("source", ""), forms or [translation.text or ""])
    return known


def cmd_list(langs: list[str], everything: bool, suggest: bool) -> int:
    out = sys.stdout
    counts = []
    for lang in langs or LANGUAGES:
        root = read(ts_file(lang))
        known = _known_translations(root) if suggest else {}
        count = 0
        for context, message in messages(root):
            if everything or not is_finished(message):
                source = message.findtext("source", "")
                columns = [lang, context, source, *known.get(source, [])]
                out.write("\t".join(map(escape, columns)) + "\n")
                count += 1
        counts.append(f"{lang} {count}")
    what = "listed" if everything else "untranslated"
    print(f"{what}: {', '.join(counts)}", file=sys.stderr)
    return 0


def cmd_export(lang: str, source_file: Path | None) -> int:
    """Finished messages as apply's TSV: carries translations across a merge of two branches."""
    root = read(source_file or ts_file(lang))
    count = 0
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or not is_finished(message):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        columns = [context, message.findtext("source", ""), *(forms or [translation.text or ""])]
        sys.stdout.write("\t".join(map(escape, columns)) + "\n")
        count += 1
    print(f"exported: {lang} {count}", file=sys.stderr)
    return 0


def _set_translation(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
        translation.tail = "\n    "
    translation.attrib.pop("type", None)
    if message.get("numerus") != "yes":
        translation.text = forms[0]
        return
    translation.text = "\n            "  # lupdate's layout: each form on its own line
    slots = translation.findall("numerusform")
    while len(slots) < len(forms):
        slot = ET.SubElement(translation, "numerusform")
        slot.tail = translation[-2].tail if len(translation) > 1 else "\n        "
        slots.append(slot)
    for slot, text in zip(slots, forms, strict=False):
        slot.text = text
    for slot in slots[len(forms) :]:  # a language with more forms: the last one given
        slot.text = forms[-1]


def cmd_apply(lang: str, tsv: Path | None, copy_source: bool) -> int:
    wanted: dict[tuple[str, str], list[str]] = {}
    problems: list[str] = []
    if tsv is not None:
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] in LANGUAGES:
                fields = fields[1:]  # a `list` line with the translation appended
            if len(fields) < 3 or not any(fields[2:]):
                problems.append(f"{tsv}:{number}: expected context, source, translation")
                continue
            context, source, *forms = map(unescape, fields)
            wanted[(context, source)] = forms
    path = ts_file(lang)
    root = read(path)
    used: set[tuple[str, str]] = set()
    changed = 0
    for context, message in messages(root):
        source = message.findtext("source", "")
        key = (context, source)
        if key in wanted:
            forms = wanted[key]
            used.add(key)
        elif copy_source and not is_finished(message):
            forms = [source]
        else:
            continue
        if message.get("numerus") != "yes" and len(forms) != 1:
            problems.append(f"{context} / {source!r}: one translation expected, not {len(forms)}")
            continue
        wrong = [text for text in forms if placeholders(text) != placeholders(source)]
        if wrong:
            problems.append(f"{context} / {source!r}: placeholders differ in {wrong[0]!r}")
            continue
        _set_translation(message, forms)
        changed += 1
    for context, source in sorted(wanted.keys() - used):
        problems.append(f"not in {path.name}: {context} / {source!r}")
    write(root, path)
    print(f"{path.name}: {changed} message(s) translated", file=sys.stderr)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="print untranslated messages as TSV")
    listing.add_argument("langs", nargs="*", metavar="LANG", help="fi, sv or en (default: all)")
    listing.add_argument("--all", action="store_true", help="list finished messages too")
    listing.add_argument(
        "--suggest",
        action="store_true",
        help="add the translation the same text has in another context, as a draft",
    )
    applying = commands.add_parser("apply", help="fill a .ts from a TSV file")
    applying.add_argument("lang", choices=LANGUAGES)
    applying.add_argument("tsv", type=Path, nargs="?", help="context, source, translation")
    applying.add_argument(
        "--copy-source", action="store_true", help="translate the rest as their source text"
    )
    exporting = commands.add_parser("export", help="print finished messages as apply's TSV")
    exporting.add_argument("lang", choices=LANGUAGES)
    exporting.add_argument("--from", dest="source_file", type=Path, help="another .ts file")
    args = parser.parse_args(argv)
    if args.command == "export":
        return cmd_export(args.lang, args.source_file)
    if args.command == "list":
        unknown = [lang for lang in args.langs if lang not in LANGUAGES]
        if unknown:
            parser.error(
                f"unknown language {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}"
            )
        return cmd_list(args.langs, args.all, args.suggest)
    if args.tsv is None and not args.copy_source:
        parser.error("apply needs a TSV file or --copy-source")
    return cmd_apply(args.lang, args.tsv, args.copy_source)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head`
        sys.stderr.close()
        sys.exit(0)
