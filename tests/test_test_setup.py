"""The shared test settings in tests/conftest.py do what they promise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import keyring
import keyring.errors
import platformdirs
import pytest


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
