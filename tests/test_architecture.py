"""The domain layers know nothing of Qt: core, store, services and documents import no Qt binding
and nothing from desktop.ui, so they run (and are tested) without a display."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
PURE_LAYERS = ("core", "store", "services", "documents")
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "desktop.ui")
DYNAMIC_IMPORTERS = {"import_module", "__import__"}


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(path: Path, root: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    package = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imported_modules(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """Every module a file imports, by line: statements, relative ones resolved, and
    importlib.import_module / __import__ with a literal name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(path, root, node)
            yield node.lineno, module
            for alias in node.names:  # `from desktop import ui` imports desktop.ui
                yield node.lineno, f"{module}.{alias.name}" if module else alias.name
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in DYNAMIC_IMPORTERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield node.lineno, first.value


def is_forbidden(module: str) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN)


def violations(paths: list[Path], root: Path = DESKTOP.parent) -> list[str]:
    """`path:line: imports module` for each forbidden import; root holds the desktop package."""
    found = []
    for path in paths:
        for line, module in imported_modules(path, root):
            if is_forbidden(module):
                found.append(f"{path.relative_to(root).as_posix()}:{line}: imports {module}")
    return sorted(set(found))


def pure_files() -> list[Path]:
    return sorted(p for layer in PURE_LAYERS for p in (DESKTOP / layer).rglob("*.py"))


def test_pure_layers_do_not_import_qt_or_ui() -> None:
    found = violations(pure_files())
    assert not found, "Qt or UI imported outside desktop/ui:\n" + "\n".join(found)


def test_the_walk_sees_the_layers() -> None:
    files = pure_files()
    assert any(p.parent.name == "core" for p in files)
    assert any(p.parent.name == "store" for p in files)


def test_the_checker_catches_every_form(tmp_path: Path) -> None:
    core = tmp_path / "desktop" / "core"
    core.mkdir(parents=True)
    bad = core / "bad.py"
    bad.write_text(
        "import PySide6.QtCore\n"
        "from shiboken6 import isValid\n"
        "from ..ui import main_window\n"
        "from .. import ui\n"
        "import importlib\n"
        "importlib.import_module('desktop.ui.ops')\n"
        "from desktop.uitools import fine\n"
        "import json\n",
        encoding="utf-8",
    )
    flagged = {int(v.split(":")[1]) for v in violations([bad], root=tmp_path)}
    assert flagged == {1, 2, 3, 4, 6}
