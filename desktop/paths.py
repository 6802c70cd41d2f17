"""Where Kirjuri keeps things, per platformdirs, as one frozen value handed around."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Kirjuri"
DEFAULT_REGISTER_NAME = "register.kirjuri"
DEMO_REGISTER_NAME = "demo.kirjuri"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    register: Path
    cache_dir: Path | None = None  # None: the platform's, as for the default paths

    @classmethod
    def default(cls, db: Path | None = None) -> Paths:
        data_dir = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        return cls(
            data_dir=data_dir,
            config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
            register=(db or data_dir / DEFAULT_REGISTER_NAME).expanduser().absolute(),
            cache_dir=Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
        )

    @property
    def demo_register(self) -> Path:
        return self.data_dir / DEMO_REGISTER_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "kirjuri.ini"

    @property
    def temp_dir(self) -> Path:
        """Kirjuri's own temp folder (0700): each run works in a folder of its own inside, which
        the next start removes if the run died (desktop/leftovers.py)."""
        cache = self.cache_dir or Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))
        return cache / "tmp"
