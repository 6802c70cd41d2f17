"""Registers for the store and service tests: made once per session, copied per test (Argon2id
is slow). The conftests of tests/store and tests/services take their fixtures from here."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.roles import Role
from desktop.services.business import BusinessDetails
from desktop.services.setup import create_new_register
from desktop.services.users import NewUser, UserService
from desktop.store.register import RegisterFiles

PASSWORDS = {"maija": "maijan salasana", "ville": "villen salasana", "lukija": "lukijan salasana"}


@dataclass(frozen=True)
class Template:
    files: RegisterFiles
    recovery_key: str


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    files = RegisterFiles(tmp_path_factory.mktemp("template") / "register.kirjuri")
    made = create_new_register(
        files,
        BusinessDetails("Kahvila Meikäläinen", "1572860-0"),
        NewUser("maija", "Maija Meikäläinen", Role.ADMIN),
        PASSWORDS["maija"],
    )
    admin = UserService(made.register, made.admin)
    admin.add_user(NewUser("ville", "Ville Virtanen", Role.CLERK), PASSWORDS["ville"])
    admin.add_user(NewUser("lukija", "Liisa Lukija", Role.READER), PASSWORDS["lukija"])
    made.register.close()
    return Template(files, made.recovery_key)


def copy_register(source: RegisterFiles, directory: Path) -> RegisterFiles:
    directory.mkdir(parents=True, exist_ok=True)
    target = RegisterFiles(directory / source.db.name)
    shutil.copy2(source.db, target.db)
    shutil.copy2(source.keys, target.keys)
    return target


@pytest.fixture
def files(register_template: Template, tmp_path: Path) -> RegisterFiles:
    """A fresh, closed copy of the template register: maija (main), ville (clerk), lukija."""
    return copy_register(register_template.files, tmp_path / "reg")


@pytest.fixture
def passwords() -> dict[str, str]:
    return dict(PASSWORDS)
