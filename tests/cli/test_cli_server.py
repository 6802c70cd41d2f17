"""`kirjuri server move` and `kirjuri server export` as an administrator would run them: real
processes against the session's throwaway PostgreSQL server, with the documented exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.register import RegisterFiles
from tests.cli.test_cli_main import run_process
from tests.pg_cluster import Cluster

pytestmark = pytest.mark.pg


def test_move_then_export_and_the_exit_codes(
    files: RegisterFiles,
    pg_cluster: Cluster,
    tmp_path: Path,
) -> None:
    database = pg_cluster.new_database()
    url = pg_cluster.url(database)
    db = str(files.db)
    try:
        clerk = run_process(
            ["server", "move", "--db", db, "--url", url, "--user", "ville", "--password-stdin"],
            "villen salasana\n",
        )
        assert clerk.returncode == 9, clerk.stderr
        assert "Only a main user" in clerk.stderr

        moved = run_process(
            ["server", "move", "--db", db, "--url", url, "--user", "maija", "--password-stdin"],
            "maijan salasana\n\n",
        )
        assert moved.returncode == 0, moved.stderr
        assert "Every count, every SHA-256 and the audit chain matched" in moved.stdout
        server_place = files.db.with_name("register-server.kirjuri")
        assert str(server_place) + ".keys" in moved.stdout
        assert "Copying: 100 %" in moved.stderr

        # The kept file: logging in and checking still work, changing it does not.
        check = run_process(
            ["check", "--db", db, "--user", "maija", "--password-stdin"], "maijan salasana\n"
        )
        assert check.returncode == 0, check.stderr
        again = run_process(
            ["server", "move", "--db", db, "--url", url, "--user", "maija", "--password-stdin"],
            "maijan salasana\n",
        )
        assert again.returncode == 13 and "read-only" in again.stderr

        out = tmp_path / "back" / "register.kirjuri"
        exported = run_process(
            [
                "server",
                "export",
                "--db",
                str(server_place),
                "--url",
                url,
                "--out",
                str(out),
                "--user",
                "maija",
                "--password-stdin",
            ],
            "maijan salasana\n",
        )
        assert exported.returncode == 0, exported.stderr
        assert str(out) in exported.stdout
        check_out = run_process(
            ["check", "--db", str(out), "--user", "maija", "--password-stdin"], "maijan salasana\n"
        )
        assert check_out.returncode == 0, check_out.stderr
        assert "audit chain intact" in check_out.stdout
    finally:
        pg_cluster.drop_database(database)


def test_a_database_not_empty_or_unreachable(
    files: RegisterFiles,
    pg_cluster: Cluster,
) -> None:
    database = pg_cluster.new_database()
    pg_cluster.execute("CREATE TABLE muuta (id int)", database=database)
    db = str(files.db)
    try:
        full = run_process(
            [
                "server",
                "move",
                "--db",
                db,
                "--url",
                pg_cluster.url(database),
                "--user",
                "maija",
                "--password-stdin",
            ],
            "maijan salasana\n",
        )
        assert full.returncode == 12 and "already holds tables" in full.stderr
        nowhere = pg_cluster.url("ei_ole_olemassa")
        missing = run_process(
            ["server", "move", "--db", db, "--url", nowhere, "--user", "maija", "--password-stdin"],
            "maijan salasana\nsalainen-palvelin\n",
        )
        assert missing.returncode == 11 and "Could not connect" in missing.stderr
        assert "salainen-palvelin" not in missing.stderr
        bad = run_process(
            [
                "server",
                "move",
                "--db",
                db,
                "--url",
                "mysql://x/y",
                "--user",
                "maija",
                "--password-stdin",
            ],
            "maijan salasana\n",
        )
        assert bad.returncode == 2 and "not a PostgreSQL address" in bad.stderr
    finally:
        pg_cluster.drop_database(database)
