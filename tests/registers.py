"""The one register factory of the test suite: registers are made once per session and copied per
test (Argon2id is slow). The conftests of tests/store, tests/services and tests/cli take their
fixtures from here; tests/ui builds its own template (other people, a full business address)
with build_register."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.roles import Role
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser, UserService
from desktop.services.register.business import BusinessDetails
from desktop.store.register import RegisterFiles

PASSWORDS = {"maija": "maijan salasana", "ville": "villen salasana", "lukija": "lukijan salasana"}


@dataclass(frozen=True)
class Template:
    files: RegisterFiles
    recovery_key: str


def build_register(
    path: Path, business: BusinessDetails, users: Sequence[tuple[NewUser, str]]
) -> Template:
    """A closed register at `path`; the first user is the main user who creates it."""
    files = RegisterFiles(path)
    (first, first_password), *others = users
    made = create_new_register(files, business, first, first_password)
    admin = UserService(made.register, made.admin)
    for user, password in others:
        admin.add_user(user, password)
    made.register.close()
    return Template(files, made.recovery_key)


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_register(
        tmp_path_factory.mktemp("template") / "register.kirjuri",
        BusinessDetails("Kahvila Meikäläinen", "1572860-0"),
        [
            (NewUser("maija", "Maija Meikäläinen", Role.ADMIN), PASSWORDS["maija"]),
            (NewUser("ville", "Ville Virtanen", Role.CLERK), PASSWORDS["ville"]),
            (NewUser("lukija", "Liisa Lukija", Role.READER), PASSWORDS["lukija"]),
        ],
    )


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
