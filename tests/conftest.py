"""Settings shared by every test directory.

- Qt runs headless (offscreen) unless QT_QPA_PLATFORM says otherwise, e.g. under xvfb-run.
- Each test session gets its own data, config, cache, state, runtime and temp folders, so
  platformdirs, QStandardPaths and tempfile never point at the real user's folders.
- No test reaches an OS keyring: the fail backend is the default, and `file_keyring` gives a
  test a real, encrypted, file-backed one in its tmp_path.
- Tests using `qtbot` or `qapp` are marked `gui`, so `pytest -m "not gui"` runs the fast rest.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib  # noqa: E402 - the Qt platform must be chosen before anything imports Qt
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402
from keyrings.alt.file import EncryptedKeyring  # noqa: E402

SESSION_PREFIX = "kirjuri-tests-"
TEST_KEYRING_PASSPHRASE = "kirjuri-test-keyring-passphrase"
_ISOLATED_DIRS = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "XDG_RUNTIME_DIR": "runtime",
    "TMPDIR": "tmp",
}
_session_dir: Path | None = None
_exit_status = 0


def _forget_old_sessions(parent: Path) -> None:
    """Failed runs keep their folders; after a day nobody is looking at them any more."""
    cutoff = time.time() - 24 * 3600
    for old in parent.glob(SESSION_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    global _session_dir
    _forget_old_sessions(Path(tempfile.gettempdir()))
    _session_dir = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX))
    for variable, name in _ISOLATED_DIRS.items():
        folder = _session_dir / name
        folder.mkdir(mode=0o700)  # Qt warns about a runtime dir anyone else can read
        os.environ[variable] = str(folder)
    tempfile.tempdir = None  # forget the cached temp dir so TMPDIR takes effect
    # Subprocesses (the kirjuri CLI) must not find an OS keyring either.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    # A passing run leaves nothing behind; a failed one keeps its folders for a look.
    if _session_dir is None:
        return
    if _exit_status in (0, 5):  # passed, or nothing was selected
        shutil.rmtree(_session_dir, ignore_errors=True)
    else:
        print(f"\nkirjuri: test folders kept in {_session_dir}")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True, scope="session")
def _no_os_keyring() -> Iterator[None]:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield


class PassphraseFileKeyring(EncryptedKeyring):
    """keyrings.alt's encrypted file keyring with a fixed passphrase instead of a prompt."""

    def __init__(self, file_path: Path) -> None:
        super().__init__()
        self.file_path = str(file_path)

    def _get_new_password(self) -> str:
        return TEST_KEYRING_PASSPHRASE

    def _unlock(self) -> None:
        self.keyring_key = TEST_KEYRING_PASSPHRASE
        if self.get_password("keyring-setting", "password reference") != "password reference value":
            self._lock()
            raise ValueError("Incorrect Password")


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PassphraseFileKeyring]:
    """A working keyring backend for this test, stored in tmp_path/keyring.cfg."""
    backend = PassphraseFileKeyring(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
