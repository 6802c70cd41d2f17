"""`--url` on the commands that read or change a register (issue 18): the register on the office
server, each user logging in as themselves over TLS pinned to --server-cert or to the profile
the window remembered. The session's real TLS cluster."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.paths import Paths
from desktop.store import server_profile
from tests.office_server import OfficeServer, office_server  # noqa: F401 - fixtures
from tests.registers import PASSWORDS, pg_cluster, pg_register_template  # noqa: F401

pytestmark = pytest.mark.pg


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_check_and_export_on_the_server(
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    address = office_server.address
    url = f"postgresql://{address.host}:{address.port}/{address.database}"
    login = ["--user", "maija", "--password-stdin"]
    # No certificate confirmed on this computer yet: said, and nothing is tried.
    code, _out, err = _run(monkeypatch, capsys, ["check", "--url", url, *login], "x\n")
    assert code == 2 and "no confirmed certificate" in err
    # With the certificate the administrator gave.
    cert = office_server.cluster.certificate
    args = ["check", "--url", url, "--server-cert", str(cert), *login]
    code, out, err = _run(monkeypatch, capsys, args, PASSWORDS["maija"] + "\n")
    assert code == 0, err
    assert out.startswith("OK") and "audit chain intact" in out, out
    code, _out, err = _run(monkeypatch, capsys, args, "wrong password\n")
    assert code == 3, err
    # With the profile the window remembered (first connection confirmed there).
    server_profile.connect_first_time(
        Paths.default().config_dir, address, office_server.fingerprint
    )
    out_file = tmp_path / "customers.csv"
    args = ["export", "--url", url, "--user", "maija", "--password-stdin", "--out", str(out_file)]
    args += ["--profile", "excel-fi-csv"]
    code, out, err = _run(monkeypatch, capsys, args, PASSWORDS["maija"] + "\n")
    assert code == 0, err
    assert out_file.exists()
