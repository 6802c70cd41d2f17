"""The one register factory of the test suite: registers are made once per session and copied per
test (Argon2id is slow). The conftests of tests/store, tests/services and tests/cli take their
fixtures from here; tests/ui builds its own template (other people, a full business address)
with build_register.

`files` is a SQLCipher register. `files_on_each_engine` (the service tests' `files`) is the same
register once as a SQLCipher file and once ("pg") as a database on the session's throwaway
PostgreSQL cluster (tests/pg_cluster.py), copied from a template database per test. A test that
cannot run on PostgreSQL says why with @pytest.mark.sqlcipher_only("reason")."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.core.roles import Role
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser, UserService
from desktop.services.register.business import BusinessDetails
from desktop.store import register as register_module
from desktop.store.dialect import make_server_engine
from desktop.store.register import RegisterFiles
from tests.pg_cluster import Cluster, Unavailable, running_cluster, unavailable

PASSWORDS = {"maija": "maijan salasana", "ville": "villen salasana", "lukija": "lukijan salasana"}


@dataclass(frozen=True)
class Template:
    files: RegisterFiles
    recovery_key: str


def build_register(
    path: Path | RegisterFiles, business: BusinessDetails, users: Sequence[tuple[NewUser, str]]
) -> Template:
    """A closed register at `path`; the first user is the main user who creates it."""
    files = path if isinstance(path, RegisterFiles) else RegisterFiles(path)
    (first, first_password), *others = users
    made = create_new_register(files, business, first, first_password)
    admin = UserService(made.register, made.admin)
    for user, password in others:
        admin.add_user(user, password)
    made.register.close()
    return Template(files, made.recovery_key)


def _template(files: RegisterFiles) -> Template:
    return build_register(
        files,
        BusinessDetails(
            "Kahvila Meikäläinen", "1572860-0", has_website=True, website="www.kahvila.example"
        ),
        [
            (NewUser("maija", "Maija Meikäläinen", Role.ADMIN), PASSWORDS["maija"]),
            (NewUser("ville", "Ville Virtanen", Role.CLERK), PASSWORDS["ville"]),
            (NewUser("lukija", "Liisa Lukija", Role.READER), PASSWORDS["lukija"]),
        ],
    )


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _template(RegisterFiles(tmp_path_factory.mktemp("template") / "register.kirjuri"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's own PostgreSQL server (skipped without PostgreSQL; failed under CI)."""
    try:
        with running_cluster() as cluster:
            yield cluster
    except Unavailable as exc:
        unavailable(str(exc))


@dataclass(frozen=True)
class ServerTemplate:
    template: Template
    database: str


@pytest.fixture(scope="session")
def pg_register_template(
    pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory
) -> ServerTemplate:
    database = pg_cluster.new_database()
    folder = tmp_path_factory.mktemp("pg-template")
    files = RegisterFiles(folder / "register.kirjuri", server=pg_cluster.url(database))
    return ServerTemplate(_template(files), database)


def copy_server_register(
    cluster: Cluster, source: ServerTemplate, directory: Path
) -> tuple[RegisterFiles, str]:
    """A new database copied from the template database, and its key slots."""
    database = cluster.new_database(template=source.database)
    directory.mkdir(parents=True, exist_ok=True)
    target = RegisterFiles(directory / source.template.files.db.name, cluster.url(database))
    shutil.copy2(source.template.files.keys, target.keys)
    return target, database


ENGINES = [
    pytest.param("sqlcipher", id="sqlcipher"),
    pytest.param("pg", id="pg", marks=pytest.mark.pg),
]


def files_on_each_engine(request: pytest.FixtureRequest, tmp_path: Path) -> RegisterFiles:
    """The body of a `files` fixture parametrized with ENGINES."""
    if request.param == "sqlcipher":
        template: Template = request.getfixturevalue("register_template")
        return copy_register(template.files, tmp_path / "reg")
    only = request.node.get_closest_marker("sqlcipher_only")
    if only is not None:
        pytest.skip(f"SQLCipher only: {only.args[0] if only.args else 'a file register'}")
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    server: ServerTemplate = request.getfixturevalue("pg_register_template")
    files, database = copy_server_register(cluster, server, tmp_path / "reg")
    request.addfinalizer(lambda: cluster.drop_database(database))
    _dispose_engines_at_the_end(request)
    return files


def _dispose_engines_at_the_end(request: pytest.FixtureRequest) -> None:
    """Many tests leave a Gate open (harmless on a file); a psycopg connection the garbage
    collector finds still open warns, which fails whatever test runs then. So the engines a
    test opens are disposed of when it ends."""
    engines: list[Engine] = []

    def recording(url: str) -> Engine:
        engine = make_server_engine(url)
        engines.append(engine)
        return engine

    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(register_module, "make_server_engine", recording)
    request.addfinalizer(lambda: [engine.dispose() for engine in engines])


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
