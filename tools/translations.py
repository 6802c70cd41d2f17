"""Refresh and compile Kirjuri's translations.

    python tools/translations.py update         # desktop/**/*.py -> translations/kirjuri_<lang>.ts
    python tools/translations.py build [--out DIR] [--force]
                                                # translations/*.ts -> kirjuri_<lang>.qm

`update` runs pyside6-lupdate, which keeps the existing translations and drops the strings that are
gone (-no-obsolete). Source locations are stored relative so moving code churns the .ts less.
lupdate reads the code as text: it finds `self.tr("...")`, `QCoreApplication.translate("Ctx",
"...")` and `QT_TRANSLATE_NOOP("Ctx", "...")` (also as `i18n.QT_TRANSLATE_NOOP`) by their names
and literal arguments. It silently misses an aliased import (`QT_TRANSLATE_NOOP as N`) and stores
an f-string's braces verbatim, so `update` also warns about such calls.

New texts are quickest to translate as a table with tools/untranslated.py.

`build` runs pyside6-lrelease; the .qm files are build output and never committed. It skips a
language whose .qm is newer than its .ts unless --force is given.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop"
TS_DIR = ROOT / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def ts_file(lang: str) -> Path:
    return TS_DIR / f"kirjuri_{lang}.ts"


def find_tool(name: str) -> str:
    """The PySide6 tool next to this interpreter, in the project venv, or on PATH."""
    for directory in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        candidate = directory / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found; install the project first (pip install -e .)")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_formatted(node: ast.expr) -> bool:
    """True for text that lupdate would store differently from what runs: f"", "" % x, "".format()."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant | ast.JoinedStr):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
    )


def lint(path: Path) -> Iterator[str]:
    """Translatable calls that lupdate would miss or extract wrongly."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(ROOT)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "QT_TRANSLATE_NOOP" and alias.asname not in (None, alias.name):
                    yield f"{where}:{node.lineno}: lupdate does not follow 'as {alias.asname}'"
        elif isinstance(node, ast.Call) and _call_name(node.func) in TRANSLATING_CALLS:
            name = _call_name(node.func)
            text_index = 0 if name == "tr" else 1
            if len(node.args) > text_index and _is_formatted(node.args[text_index]):
                yield (
                    f"{where}:{node.lineno}: {name}() gets a formatted string; "
                    "translate the template, then format the result"
                )
            if isinstance(node.func, ast.Name) and name == "tr":
                yield (
                    f"{where}:{node.lineno}: lupdate files a bare tr() under the enclosing class, "
                    "or under no context at all, not the helper's; call "
                    'QCoreApplication.translate("Context", "...") or self.tr("...")'
                )
            if (
                name == "tr"
                and len(node.args) >= 2
                and not (
                    isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                )
            ):
                yield (
                    f"{where}:{node.lineno}: lupdate reads tr(a, b) as text a with comment b; "
                    "name a (context, text) helper something other than tr"
                )
            if name == "QT_TRANSLATE_NOOP" and not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
            ):
                yield f"{where}:{node.lineno}: QT_TRANSLATE_NOOP needs two string literals"


def update() -> int:
    files = source_files()
    problems = [problem for path in files for problem in lint(path)]
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    lupdate = find_tool("pyside6-lupdate")
    TS_DIR.mkdir(exist_ok=True)
    for lang, locale in LANGUAGES.items():
        command = [
            lupdate,
            *(str(p.relative_to(ROOT)) for p in files),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            locale,
            "-ts",
            str(ts_file(lang).relative_to(ROOT)),
        ]
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


def build(out_dir: Path, force: bool) -> int:
    missing = [lang for lang in LANGUAGES if not ts_file(lang).is_file()]
    if missing:
        sys.exit(f"missing {', '.join(map(str, map(ts_file, missing)))}; run 'update' first")
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = None
    for lang in LANGUAGES:
        source, target = ts_file(lang), out_dir / f"kirjuri_{lang}.qm"
        if not force and target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        lrelease = lrelease or find_tool("pyside6-lrelease")
        result = subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not target.is_file():
            sys.stderr.write(result.stdout + result.stderr)
            sys.exit(f"pyside6-lrelease failed for {source.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh translations/*.ts from desktop/**/*.py")
    build_parser = commands.add_parser("build", help="compile translations/*.ts to .qm")
    build_parser.add_argument("--out", type=Path, default=TS_DIR, help="where the .qm files go")
    build_parser.add_argument("--force", action="store_true", help="rebuild up-to-date files")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update()
    return build(args.out.resolve(), args.force)


if __name__ == "__main__":
    sys.exit(main())
