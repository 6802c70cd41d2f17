"""A service method reads every parameter it takes. One it ignores lets the caller believe
something was kept that never was: `CustomerService.create(form, source_note=...)` once dropped
its note without a word."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"
# Decorated stubs have no body to read their parameters in.
STUB_DECORATORS = {"overload", "abstractmethod"}


def _is_stub(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    decorators = {
        d.attr if isinstance(d, ast.Attribute) else getattr(d, "id", "")
        for d in function.decorator_list
    }
    return bool(decorators & STUB_DECORATORS)


def ignored_parameters(source: str) -> Iterator[str]:
    """`Class.method(parameter)` for each parameter of a public method its body never reads."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        for function in node.body:
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if function.name.startswith("_") and function.name != "__init__":
                continue
            if _is_stub(function):
                continue
            arguments = function.args
            parameters = [
                *arguments.posonlyargs,
                *arguments.args,
                *arguments.kwonlyargs,
                *([arguments.vararg] if arguments.vararg else []),
                *([arguments.kwarg] if arguments.kwarg else []),
            ]
            read = {
                name.id
                for statement in function.body
                for name in ast.walk(statement)
                if isinstance(name, ast.Name)
            }
            for parameter in parameters:
                if parameter.arg in {"self", "cls"} or parameter.arg.startswith("_"):
                    continue
                if parameter.arg not in read:
                    yield f"{node.name}.{function.name}({parameter.arg})"


def test_the_check_finds_an_ignored_parameter() -> None:
    source = textwrap.dedent(
        """
        class CustomerService:
            def create(self, form, *, source_note=""):
                return save(form)

            def _private(self, unused):
                return 1
        """
    )
    assert list(ignored_parameters(source)) == ["CustomerService.create(source_note)"]


def test_every_service_method_reads_its_parameters() -> None:
    found = [
        f"{path.relative_to(SERVICES)}: {problem}"
        for path in sorted(SERVICES.rglob("*.py"))
        for problem in ignored_parameters(path.read_text(encoding="utf-8"))
    ]
    assert found == []
