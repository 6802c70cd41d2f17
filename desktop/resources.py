"""Where the program's own files (fonts, letter templates, icons) are found.

In a source checkout they are in `resources/` next to the package; in a PyInstaller bundle they
are unpacked under `sys._MEIPASS/resources`; a wheel carries them, with the compiled
translations, in `desktop/data/` (build_hooks.py). Everything that reads a resource asks here, so the
packaging issue has one place to point at.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parent / "data"  # filled by the wheel's build step


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if (PACKAGE_DATA / "resources").is_dir():  # installed from a wheel (build_hooks.py)
        return PACKAGE_DATA / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_root() -> Path:
    """The compiled translations (kirjuri_<lang>.qm): `translations/` beside `resources/`."""
    return resources_root().parent / "translations"


def resource(*parts: str) -> Path:
    """Path of one resource file, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_root().joinpath(*parts)
