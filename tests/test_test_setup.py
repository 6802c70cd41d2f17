"""The shared test settings in tests/conftest.py do what they promise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import keyring
import keyring.errors
import platformdirs
import pytest

from tests.registers import pg_cluster  # noqa: F401 - the fixture, by name


def test_user_folders_are_isolated() -> None:
    session_root = Path(os.environ["XDG_DATA_HOME"]).parent
    assert session_root.name.startswith("kirjuri-tests-")
    for location in (
        platformdirs.user_data_dir("Kirjuri", appauthor=False),
        platformdirs.user_config_dir("Kirjuri", appauthor=False),
        platformdirs.user_log_dir("Kirjuri", appauthor=False),
        tempfile.gettempdir(),
    ):
        assert Path(location).is_relative_to(session_root), location


def test_no_os_keyring_by_default() -> None:
    with pytest.raises(keyring.errors.NoKeyringError):
        keyring.set_password("kirjuri-test", "someone", "secret")


def test_file_keyring_round_trip(file_keyring, tmp_path: Path) -> None:
    keyring.set_password("kirjuri-test", "someone", "secret")
    assert keyring.get_password("kirjuri-test", "someone") == "secret"
    assert Path(file_keyring.file_path).is_relative_to(tmp_path)
    assert b"secret" not in Path(file_keyring.file_path).read_bytes()
    keyring.delete_password("kirjuri-test", "someone")
    assert keyring.get_password("kirjuri-test", "someone") is None


def test_qtbot_tests_are_marked_gui(qtbot, request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_other_tests_are_not(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is None


# --- the throwaway PostgreSQL cluster (tests/pg_cluster.py) -------------------------------------
def test_without_postgresql_the_tests_skip_locally_but_fail_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.pg_cluster import unavailable

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL tests cannot run: no initdb"):
        unavailable("no initdb")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true: they must run"):
        unavailable("no initdb")


def test_the_cluster_binaries_are_found_where_debian_puts_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.pg_cluster import Unavailable, find_bindir

    monkeypatch.setenv("KIRJURI_PG_BINDIR", str(tmp_path))
    assert find_bindir() == tmp_path
    monkeypatch.delenv("KIRJURI_PG_BINDIR")
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing there
    try:
        found = find_bindir()
    except Unavailable as exc:
        assert "./scripts/test installs Debian's postgresql package" in str(exc)
    else:
        assert found.match("/usr/lib/postgresql/*/bin")


@pytest.mark.pg
def test_the_cluster_is_private_and_listens_on_loopback_with_tls_only(
    pg_cluster: object,  # noqa: F811
) -> None:
    import psycopg

    from tests.pg_cluster import Cluster

    assert isinstance(pg_cluster, Cluster)
    assert (pg_cluster.folder.stat().st_mode & 0o077) == 0
    assert (pg_cluster.folder / f".s.PGSQL.{pg_cluster.port}").is_socket()
    options = (pg_cluster.data / "postmaster.opts").read_text()
    assert '"listen_addresses=127.0.0.1"' in options and '"ssl=on"' in options
    assert ((pg_cluster.folder / "server.key").stat().st_mode & 0o077) == 0
    # The server itself refuses TCP without TLS: pg_hba.conf has no line for it.
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(
            host=pg_cluster.host,
            port=pg_cluster.port,
            user="kirjuri_test",
            dbname="postgres",
            sslmode="disable",
            connect_timeout=5,
        )
