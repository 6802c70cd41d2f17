"""Every checker of tests/architecture_rules.py catches what it should, on files written to
tmp_path, so that a checker that stopped looking would fail rather than pass in silence."""

from __future__ import annotations

from pathlib import Path

from tests.architecture_rules import (
    back_doors,
    describe_cycle,
    import_cycles,
    layer_violations,
    private_imports,
    violations,
)


# --- the checkers catch what they should (so they cannot pass in silence) -------------------------
def _write(root: Path, relative: str, text: str) -> Path:
    """A file under root, with an __init__.py in each package folder down to it."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.parent
    while folder != root:
        (folder / "__init__.py").touch()
        folder = folder.parent
    path.write_text(text, encoding="utf-8")
    return path


def _lines(found: list[str]) -> set[int]:
    return {int(v.split(":")[1]) for v in found}


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


def test_the_layer_check_catches_every_layer(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "desktop/core/rules.py",
        "from desktop.store import models\n"  # 1
        "from ..services.register import settings\n"  # 2
        "def later():\n"
        "    from desktop.documents.fonts import register_fonts\n"  # 4
        "import desktop.ui.ops\n"  # 5
        "from desktop.core import deadlines\n"
        "from desktop.storage import fine\n",
    )
    _write(
        tmp_path,
        "desktop/store/engine.py",
        "from desktop.services.container import Services\n"  # 1
        "from desktop import ui\n"  # 2
        "from desktop.core import roles\n",
    )
    _write(
        tmp_path,
        "desktop/documents/letter.py",
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from desktop.services.letters.service import LetterService\n"  # 3
        "from desktop.store.atomic import atomic_write_bytes\n"
        "from desktop.core.letter_text import split_subject\n",
    )
    _write(
        tmp_path,
        "desktop/ui/page.py",
        "from desktop.store.register import RegisterFiles\n"  # 1
        "from .. import store\n"  # 2
        "import importlib\n"
        "importlib.import_module('desktop.store.audit')\n"  # 4
        "from desktop.services.container import Services\n"
        "from desktop.documents.labels import layout\n",
    )
    found = layer_violations(tmp_path)
    by_file: dict[str, set[int]] = {}
    for line in found:
        by_file.setdefault(line.split(":")[0], set()).add(int(line.split(":")[1]))
    assert by_file == {
        "desktop/core/rules.py": {1, 2, 4, 5},
        "desktop/store/engine.py": {1, 2},
        "desktop/documents/letter.py": {3},
        "desktop/ui/page.py": {1, 2, 4},
    }


def test_the_private_check_catches_every_form(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "desktop/services/rights/base.py",
        "def _writing(): ...\ndef writing(): ...\n_TABLE = {}\n",
    )
    _write(tmp_path, "desktop/services/rights/_hidden.py", "VALUE = 1\n")
    user = _write(
        tmp_path,
        "desktop/services/rights/access.py",
        "from desktop.services.rights.base import _writing\n"  # 1
        "from .base import writing, _TABLE as TABLE\n"  # 2
        "from . import base\n"
        "base._writing()\n"  # 4
        "import desktop.services.rights.base as rights_base\n"
        "rights_base._TABLE\n"  # 6
        "import desktop.services.rights.base\n"
        "desktop.services.rights.base._writing()\n"  # 8
        "import desktop.services.rights._hidden\n"  # 9
        "from desktop.services.rights import _hidden\n"  # 10
        "getattr(base, '_writing')\n"  # 11
        "import importlib\n"
        "importlib.import_module('desktop.services.rights.base')._writing\n"  # 13
        "def inside():\n"
        "    from ..rights.base import (\n"
        "        writing,\n"
        "        _writing as w,\n"
        "    )\n"  # 15: the statement's line
        "base.writing()\n"
        "from desktop import __version__\n"
        "from collections import _private_thing\n"
        "self_thing = object()\n"
        "self_thing._private\n"
        "writing._cache\n",
    )
    assert _lines(private_imports([user], tmp_path)) == {1, 2, 4, 6, 8, 9, 10, 11, 13, 15}


def test_the_cycle_check_catches_every_form(tmp_path: Path) -> None:
    # a → b → a at module level; c → d inside a function, d → c for type checking only;
    # e → f and f → the package g, whose __init__ imports e; h → i alone is no cycle.
    _write(tmp_path, "desktop/cli/a.py", "from desktop.cli import b\n")
    _write(tmp_path, "desktop/cli/b.py", "import desktop.cli.a\n")
    _write(tmp_path, "desktop/ui/c.py", "def later():\n    from .d import D\n")
    _write(
        tmp_path,
        "desktop/ui/d.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.ui.c import C\n",
    )
    _write(tmp_path, "desktop/services/e.py", "from desktop.services.f import F\n")
    _write(
        tmp_path,
        "desktop/services/f.py",
        "import importlib\nimportlib.import_module('desktop.g.x')\n",
    )
    _write(tmp_path, "desktop/g/__init__.py", "from desktop.services import e\n")
    _write(tmp_path, "desktop/g/x.py", "X = 1\n")
    _write(tmp_path, "desktop/h.py", "from desktop import i\n")
    _write(tmp_path, "desktop/i.py", "I = 1\n")
    cycles = import_cycles(tmp_path)
    members = sorted(sorted({e.source for e in cycle}) for cycle in cycles)
    assert members == [
        ["desktop.cli.a", "desktop.cli.b"],
        ["desktop.g", "desktop.services.e", "desktop.services.f"],
        ["desktop.ui.c", "desktop.ui.d"],
    ]
    described = "\n".join(map(describe_cycle, cycles))
    assert "desktop/ui/c.py:2: desktop.ui.c → desktop.ui.d (inside a function)" in described
    assert "desktop/ui/d.py:3: desktop.ui.d → desktop.ui.c (type checking only)" in described


def test_the_back_door_check_catches_every_form(tmp_path: Path) -> None:
    page = _write(
        tmp_path,
        "desktop/ui/page.py",
        "self.services.gate.register.read()\n"  # 1
        "created.register.register_id\n"  # 2
        "getattr(gate, 'register')\n"  # 3
        "gate.register = None\n"  # 4
        "services.register_info.is_demo()\n"
        "self.register_button = None\n"
        "register = services.register_info.files()\n"
        "self.tr('register')\n",
    )
    assert _lines(back_doors([page], tmp_path)) == {1, 2, 3, 4}
