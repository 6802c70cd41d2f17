"""The checkers behind tests/test_architecture.py: they read the imports of desktop/ (ast) and
list each place that breaks a house rule. Their self-tests are in
tests/test_architecture_self_tests.py."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
PURE_LAYERS = ("core", "store", "services", "documents")
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "desktop.ui")
DYNAMIC_IMPORTERS = {"import_module", "__import__"}

# Layer (the first folder under desktop/) → what it must never import. The Qt rule above
# already keeps desktop.ui out of the pure layers; the matrix says the same so it reads whole.
LAYER_MATRIX: Mapping[str, tuple[str, ...]] = {
    "core": ("desktop.store", "desktop.services", "desktop.documents", "desktop.ui"),
    "store": ("desktop.services", "desktop.ui"),
    "documents": ("desktop.services", "desktop.ui"),
    "services": ("desktop.ui",),
    "ui": ("desktop.store",),
}


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


def _dynamic_import(node: ast.Call) -> str | None:
    """The literal name given to importlib.import_module / __import__, if any."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in DYNAMIC_IMPORTERS and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


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
            dynamic = _dynamic_import(node)
            if dynamic is not None:
                yield node.lineno, dynamic


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in prefixes)


def is_forbidden(module: str) -> bool:
    return _within(module, FORBIDDEN)


def violations(
    paths: list[Path], root: Path = DESKTOP.parent, forbidden: tuple[str, ...] = FORBIDDEN
) -> list[str]:
    """`path:line: imports module` for each forbidden import (once a line, the shortest name:
    `from m import a, b` says m); root holds the desktop package."""
    found: dict[tuple[str, int], str] = {}
    for path in paths:
        for line, module in imported_modules(path, root):
            key = (path.relative_to(root).as_posix(), line)
            if _within(module, forbidden) and len(module) < len(found.get(key, module + ".")):
                found[key] = module
    return [f"{where}:{line}: imports {module}" for (where, line), module in sorted(found.items())]


def layer_violations(root: Path = DESKTOP.parent) -> list[str]:
    """Each import that breaks LAYER_MATRIX, for every file of every layer under root/desktop."""
    found = []
    for layer, forbidden in LAYER_MATRIX.items():
        found += violations(sorted((root / "desktop" / layer).rglob("*.py")), root, forbidden)
    return found


def pure_files() -> list[Path]:
    return sorted(p for layer in PURE_LAYERS for p in (DESKTOP / layer).rglob("*.py"))


def desktop_modules(root: Path) -> dict[str, Path]:
    return {_module_name(p, root): p for p in sorted((root / "desktop").rglob("*.py"))}


# --- private names --------------------------------------------------------------------------------
def is_private(name: str) -> bool:
    """`_name` (and `__name`), but not a dunder such as `__version__`."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _is_desktop(module: str) -> bool:
    return module == "desktop" or module.startswith("desktop.")


def _dotted(node: ast.expr) -> list[str] | None:
    """`a.b.c` → ["a", "b", "c"]; None for anything that is not a plain dotted name."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(parts)]
    return None


Use = tuple[int, str, str]  # line, module, the private name taken from it


def _imported_privates(
    tree: ast.Module, path: Path, root: Path, modules: Mapping[str, Path]
) -> tuple[dict[str, str], list[Use]]:
    """What the imports bind (local name → desktop module), wherever they are, and the private
    names the import statements themselves take."""
    bound: dict[str, str] = {}
    uses: list[Use] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not _is_desktop(alias.name):
                    continue
                parts = alias.name.split(".")
                uses += [
                    (node.lineno, ".".join(parts[:depth]), part)
                    for depth, part in enumerate(parts[1:], start=1)
                    if is_private(part)
                ]
                bound[alias.asname or parts[0]] = alias.name if alias.asname else parts[0]
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(path, root, node)
            if not _is_desktop(module):
                continue
            for alias in node.names:
                if is_private(alias.name):
                    uses.append((node.lineno, module, alias.name))
                if f"{module}.{alias.name}" in modules:
                    bound[alias.asname or alias.name] = f"{module}.{alias.name}"
    return bound, uses


def _reached(
    node: ast.expr, bound: Mapping[str, str], modules: Mapping[str, Path]
) -> tuple[str, list[str]] | None:
    """The deepest desktop module a dotted name reaches through the bound names, and the names
    that follow it; None when the name does not start at an imported module."""
    parts = _dotted(node)
    if not parts or parts[0] not in bound:
        return None
    module, rest = bound[parts[0]], parts[1:]
    while rest and f"{module}.{rest[0]}" in modules:
        module, rest = f"{module}.{rest[0]}", rest[1:]
    return module, rest


def _private_reads(
    tree: ast.Module, bound: Mapping[str, str], modules: Mapping[str, Path]
) -> Iterator[Use]:
    """`m._x` and `getattr(m, "_x")` on an imported module, `import_module("m")._x`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            if isinstance(node.value, ast.Call):
                dynamic = _dynamic_import(node.value)
                if dynamic is not None and _is_desktop(dynamic):
                    yield node.lineno, dynamic, node.attr
                continue
            reached = _reached(node, bound, modules)
            if reached is not None and reached[1] == [node.attr]:
                yield node.lineno, reached[0], node.attr
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
        ):
            reached = _reached(node.args[0], bound, modules)
            if reached is not None and not reached[1]:
                yield node.lineno, reached[0], node.args[1].value


def private_imports(paths: list[Path], root: Path = DESKTOP.parent) -> list[str]:
    """`path:line: uses module._name` wherever a file takes a `_private` name from another
    desktop module: `from m import _x` (also relative and `as`), `import m._x`, a private
    module, `m._x` on a module bound by an import, `getattr(m, "_x")`, and
    `importlib.import_module("m")._x`."""
    modules = desktop_modules(root)
    found = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        bound, uses = _imported_privates(tree, path, root, modules)
        uses += _private_reads(tree, bound, modules)
        where = path.relative_to(root).as_posix()
        found |= {f"{where}:{line}: uses {module}.{name}" for line, module, name in uses}
    return sorted(found)


# --- back doors ---------------------------------------------------------------------------------
# An import rule alone would let the window go around the services through an object it was
# handed: the gate holds the open Register as `.register`, and so does a NewRegister. The window
# reads neither; what it needs comes from a service (register_info, restore, ...).
BACK_DOOR = "register"


def back_doors(paths: list[Path], root: Path = DESKTOP.parent) -> list[str]:
    """`path:line: uses .register` for each `x.register` or `getattr(x, "register")`."""
    found = set()
    for path in paths:
        where = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            name = None
            if isinstance(node, ast.Attribute):
                name = node.attr
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "setattr")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                name = node.args[1].value
            if name == BACK_DOOR:
                found.add(f"{where}:{node.lineno}: uses .{BACK_DOOR}")
    return sorted(found)


# --- cycles ---------------------------------------------------------------------------------------
# Imports inside functions and under `if TYPE_CHECKING:` count as much as those at the top of a
# module. A deferred import only hides the climb back from the interpreter, not from the reader:
# whoever follows a flow still walks up a layer and down again, and a cycle kept alive by a
# late import breaks as soon as someone tidies the import to the top. There are none today, so
# the strict rule costs nothing; the report says where each edge of a cycle sits, so the one to
# move is easy to find.


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    where: str  # path:line
    how: str  # "", " (inside a function)" or " (type checking only)"


class _EdgeCollector(ast.NodeVisitor):
    def __init__(self, path: Path, root: Path, modules: Mapping[str, Path]) -> None:
        self.path, self.root, self.modules = path, root, modules
        self.name = _module_name(path, root)
        self.functions = 0
        self.type_checking = 0
        self.edges: list[Edge] = []

    def _add(self, target: str, line: int) -> None:
        # Importing a.b.c also runs a and a.b, unless they are this module's own packages
        # (those are already running when this module runs).
        parts = target.split(".")
        for depth in range(1, len(parts) + 1):
            module = ".".join(parts[:depth])
            own_package = self.name.startswith(module + ".")
            if module in self.modules and module != self.name and not own_package:
                how = (
                    " (inside a function)"
                    if self.functions
                    else " (type checking only)"
                    if self.type_checking
                    else ""
                )
                where = f"{self.path.relative_to(self.root).as_posix()}:{line}"
                self.edges.append(Edge(self.name, module, where, how))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions += 1
        self.generic_visit(node)
        self.functions -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        names = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(node.test) if isinstance(n, ast.Attribute)}
        if "TYPE_CHECKING" not in names:
            self.generic_visit(node)
            return
        self.type_checking += 1
        for statement in node.body:
            self.visit(statement)
        self.type_checking -= 1
        for statement in node.orelse:
            self.visit(statement)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = _resolve(self.path, self.root, node)
        for alias in node.names:
            submodule = f"{module}.{alias.name}"
            self._add(submodule if submodule in self.modules else module, node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        dynamic = _dynamic_import(node)
        if dynamic is not None:
            self._add(dynamic, node.lineno)
        self.generic_visit(node)


def import_edges(root: Path = DESKTOP.parent) -> list[Edge]:
    modules = desktop_modules(root)
    edges = []
    for path in modules.values():
        collector = _EdgeCollector(path, root, modules)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        edges += collector.edges
    return edges


def import_cycles(root: Path = DESKTOP.parent) -> list[list[Edge]]:
    """Each cycle as the edges that close it, one cycle per strongly connected group
    (Tarjan's algorithm, iterative so a deep package cannot hit the recursion limit)."""
    edges = import_edges(root)
    graph: dict[str, list[Edge]] = {}
    for edge in edges:
        graph.setdefault(edge.source, []).append(edge)
        graph.setdefault(edge.target, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, next_edge = work.pop()
            if next_edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            outgoing = graph[node]
            if next_edge < len(outgoing):
                work.append((node, next_edge + 1))
                target = outgoing[next_edge].target
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return [
        sorted((e for e in edges if e.source in g and e.target in g), key=lambda e: e.where)
        for g in groups
    ]


def describe_cycle(cycle: list[Edge]) -> str:
    return "\n".join(f"  {e.where}: {e.source} → {e.target}{e.how}" for e in cycle)
