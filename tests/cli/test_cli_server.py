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


def test_backup_from_the_server_verify_and_restore_as_file_and_into_the_server(
    files: RegisterFiles,
    pg_cluster: Cluster,
    tmp_path: Path,
) -> None:
    """`kirjuri backup --url`, `kirjuri verify` and `kirjuri restore` (as a file, and `--url`
    into an empty server database), with the documented exit codes."""
    database, second = pg_cluster.new_database(), pg_cluster.new_database()
    url = pg_cluster.url(database)
    db = str(files.db)
    place = str(files.db.with_name("register-server.kirjuri"))
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        moved = run_process(
            ["server", "move", "--db", db, "--url", url, "--user", "maija", "--password-stdin"],
            "maijan salasana\n\n",
        )
        assert moved.returncode == 0, moved.stderr
        backup = ["backup", "--db", place, "--url", url, "--to", str(usb), "--password-stdin"]
        made = run_process([*backup, "--user", "ville"], "villen salasana\n\n")  # a clerk too
        assert made.returncode == 0, made.stderr
        assert "Backup made and verified" in made.stdout
        (kbak,) = usb.iterdir()
        missing = run_process(
            ["backup", "--db", str(tmp_path / "none.kirjuri"), "--url", url, "--to", str(usb)],
            "",
        )
        assert missing.returncode == 4, missing.stderr

        verified = run_process(
            ["verify", str(kbak), "--user", "maija", "--password-stdin"], "maijan salasana\n"
        )
        assert verified.returncode == 0, verified.stderr
        assert "database checks passed" in verified.stdout

        laptop = tmp_path / "laptop" / "register.kirjuri"
        restore = ["restore", str(kbak), "--password-stdin"]
        as_file = run_process(
            [*restore, "--db", str(laptop), "--user", "maija"], "maijan salasana\n"
        )
        assert as_file.returncode == 0, as_file.stderr
        check = run_process(
            ["check", "--db", str(laptop), "--user", "maija", "--password-stdin"],
            "maijan salasana\n",
        )
        assert check.returncode == 0 and "audit chain intact" in check.stdout, check.stdout

        office = str(tmp_path / "office2" / "register-server.kirjuri")
        into = [*restore, "--db", office, "--url", pg_cluster.url(second)]
        clerk = run_process([*into, "--user", "ville"], "villen salasana\n\n")
        assert clerk.returncode == 9, clerk.stderr  # a main user (or the recovery key) only
        to_server = run_process([*into, "--user", "maija"], "maijan salasana\n\n")
        assert to_server.returncode == 0, to_server.stderr
        assert "audit chain matched" in to_server.stdout and office + ".keys" in to_server.stdout
        again = run_process(
            [*restore, "--db", str(tmp_path / "o3" / "r.kirjuri"), "--url", url, "--user", "maija"],
            "maijan salasana\n\n",
        )
        assert again.returncode == 12, again.stderr  # not an empty database: nothing changed
        from_second = run_process(
            [*backup[:2], office, "--url", pg_cluster.url(second), *backup[5:], "--user", "maija"],
            "maijan salasana\n\n",
        )
        assert from_second.returncode == 0, from_second.stderr
    finally:
        pg_cluster.drop_database(database)
        pg_cluster.drop_database(second)
