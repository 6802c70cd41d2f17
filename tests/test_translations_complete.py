"""Every text the code shows is translated into Finnish, Swedish and English, and the .ts files
hold every text the code has.

When this fails after adding strings: run `tools/translations.py update`, then
`tools/untranslated.py list` and translate (`tools/untranslated.py apply LANG file.tsv`).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv", "en")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MNEMONIC = re.compile(r"&(?!&)\S")
PLURAL = re.compile(r"%L?n")
FIX = "run tools/translations.py update, then translate (tools/untranslated.py)"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kirjuri_translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _problem(source: str, message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        # Texts gone from the code; `update` (lupdate -no-obsolete) drops them from the file.
        return f"marked {kind}: no longer in the code, run tools/translations.py update"
    if kind == "unfinished":
        return "marked unfinished"
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    for text in texts:
        if not text.strip():
            return "empty translation"
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            return f"placeholders differ: {text!r}"
        if bool(PLURAL.search(source)) != bool(PLURAL.search(text)):
            return f"%n differs: {text!r}"
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            return f"menu shortcut (&) differs: {text!r}"
    return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    path = ROOT / "translations" / f"kirjuri_{lang}.ts"
    messages = _messages(path)
    assert messages, f"{path.name} holds no messages"
    problems = [
        f"  {context} / {source!r}: {problem}"
        for context, source, message in messages
        if (problem := _problem(source, message)) is not None
    ]
    assert not problems, f"{path.name}: {len(problems)} message(s) to fix ({FIX}):\n" + "\n".join(
        problems
    )


def test_the_ts_files_hold_every_text_in_the_code(tmp_path: Path) -> None:
    tool = _tool()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            tool.find_tool("pyside6-lupdate"),
            *(str(path) for path in tool.source_files()),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    in_code = {(context, source) for context, source, _ in _messages(fresh)}
    assert in_code, "lupdate found no texts in the code"
    no_context = sorted(source for context, source in in_code if not context)
    assert not no_context, (
        "lupdate found no context for these texts, so they are never translated (a bare tr() "
        'helper? use QCoreApplication.translate("Context", "...")):\n'
        + "\n".join(f"  {source!r}" for source in no_context)
    )
    for lang in LANGUAGES:
        path = ROOT / "translations" / f"kirjuri_{lang}.ts"
        in_file = {(context, source) for context, source, _ in _messages(path)}
        missing = sorted(in_code - in_file)
        assert not missing, f"{path.name} lacks {len(missing)} text(s) ({FIX}):\n" + "\n".join(
            f"  {context} / {source!r}" for context, source in missing
        )


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ('<translation type="unfinished">Asiakkaat</translation>', "marked unfinished"),
        ('<translation type="unfinished"></translation>', "marked unfinished"),
        ('<translation type="vanished">Asiakkaat</translation>', "marked vanished"),
        ('<translation type="obsolete">Asiakkaat</translation>', "marked obsolete"),
        ("<translation></translation>", "empty translation"),
        ("<translation>{count} asiakasta</translation>", "placeholders differ"),
        ("<translation>Asiakkaat</translation>", None),
    ],
)
def test_unfinished_and_stale_entries_are_problems(translation: str, problem: str | None) -> None:
    """The check above fails on what Qt Linguist and lupdate leave behind."""
    message = ET.fromstring(f"<message><source>Customers</source>{translation}</message>")
    found = _problem("Customers", message)
    if problem is None:
        assert found is None
    else:
        assert found is not None and found.startswith(problem)
