"""The house rules for imports, read from the source (ast), so that a newcomer can walk desktop/
from the window down to the store and never has to climb back up:

- core, store, services and documents import no Qt binding and nothing from desktop.ui, so they
  run (and are tested) without a display;
- the layer matrix: core imports none of store, services, documents, ui; store and documents
  import neither services nor ui; ui never imports the store (it gets services from the
  container, desktop/services/container.py);
- no module imports another module's `_private` names, in any form;
- the window never holds the open Register: the services container hands out none, and nothing
  in desktop/ui reads `.register` (the gate and a new register carry one);
- no import cycles among the desktop modules.

Every rule has a self-test on files written to tmp_path, so a checker that stopped looking would
fail rather than pass in silence.
"""

from __future__ import annotations

import re
from dataclasses import fields

from tests.architecture_rules import (
    BACK_DOOR,
    DESKTOP,
    LAYER_MATRIX,
    back_doors,
    describe_cycle,
    desktop_modules,
    import_cycles,
    import_edges,
    layer_violations,
    private_imports,
    pure_files,
    violations,
)


# --- the rules on the real tree -------------------------------------------------------------------
def test_pure_layers_do_not_import_qt_or_ui() -> None:
    found = violations(pure_files())
    assert not found, "Qt or UI imported outside desktop/ui:\n" + "\n".join(found)


def test_the_walk_sees_the_layers() -> None:
    files = pure_files()
    assert any(p.parent.name == "core" for p in files)
    assert any(p.parent.name == "store" for p in files)
    modules = desktop_modules(DESKTOP.parent)
    for layer in LAYER_MATRIX:
        assert any(m.startswith(f"desktop.{layer}.") for m in modules), layer
    assert import_edges(), "the cycle check saw no imports at all"


def test_layers_import_only_downwards() -> None:
    found = layer_violations()
    assert not found, "imports that break the layer matrix:\n" + "\n".join(found)


def test_no_module_imports_private_names() -> None:
    files = sorted(desktop_modules(DESKTOP.parent).values())
    found = private_imports(files)
    assert not found, "private names taken from another module:\n" + "\n".join(found)


def test_the_window_has_no_back_door_to_the_register() -> None:
    from desktop.services.container import Services

    handed_out = {field.name: str(field.type) for field in fields(Services)}
    assert BACK_DOOR not in handed_out
    assert not [name for name, kind in handed_out.items() if re.search(r"\bRegister\b", kind)]
    found = back_doors(sorted((DESKTOP / "ui").rglob("*.py")))
    assert not found, "the window reaches the Register around the services:\n" + "\n".join(found)


def test_no_import_cycles() -> None:
    cycles = import_cycles()
    assert not cycles, "import cycles in desktop/:\n" + "\n\n".join(map(describe_cycle, cycles))
