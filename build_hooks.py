"""The package build's own step: the wheel carries the program's data files.

`resources/` (fonts, templates, icons) and `translations/` live at the top of the project, where
the developers and PyInstaller find them. A wheel holds only packages, so `build_py` copies the
resources into `desktop/data/resources` and compiles each `translations/*.ts` with
pyside6-lrelease into `desktop/data/translations/*.qm` (never committed). Every way of installing
(`pip install .`, a wheel, the bundle, an editable checkout) then gives the whole program;
desktop/resources.py looks in the package first, then in the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> str:
    """PySide6's lrelease (a build requirement, so it is in the build environment)."""
    for directory in (Path(sys.executable).parent, *map(Path, sys.path)):
        for candidate in (directory / "pyside6-lrelease", directory / "PySide6" / "lrelease"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease not found; PySide6-Essentials is a build requirement")
    return found


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ from the checkout
            return
        data = Path(self.build_lib) / "desktop" / "data"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(ROOT / "resources", data / "resources")
        (data / "translations").mkdir(parents=True)
        tool = lrelease()
        for ts in sorted((ROOT / "translations").glob("kirjuri_*.ts")):
            qm = data / "translations" / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"lrelease made no {qm.name}")
