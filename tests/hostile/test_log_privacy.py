"""Issue 15, item 5: the log never holds what an exception says, only its type, its codes and
where it happened. A real database error whose parameters hold a known name goes through each
way Kirjuri logs (the window's log, the command's log on an unexpected error, another library's
logger), and the log files are searched for the name."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.cli import main as cli_main
from desktop.logs import configure_logging, describe_exception
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.store.customer_models import Customer
from desktop.store.register import RegisterFiles
from tests import registers
from tests.registers import PASSWORDS

# The session's template register and a copy of it per test (fixtures pytest finds by name).
register_template = registers.register_template
files = registers.files

NAME = "Salama Ylitalo-Öhman"
EMAIL = "salama.ylitalo@example.fi"


def needles() -> list[bytes]:
    return [
        text.encode(encoding)
        for text in (NAME, "Ylitalo", EMAIL)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]


def leaks(folder: Path) -> list[str]:
    return [
        f"{path}: {needle!r}"
        for path in folder.rglob("*")
        if path.is_file()
        for needle in needles()
        if needle in path.read_bytes()
    ]


def duplicate_customer(files: RegisterFiles) -> None:
    """A customer number taken twice: SQLite refuses it, and SQLAlchemy's message quotes the
    INSERT with its parameters, the name among them."""
    gate = Gate(files)
    try:
        gate.login("maija", PASSWORDS["maija"])
        assert gate.register is not None
        now = datetime.now()
        with gate.register.write() as session:
            for _ in range(2):
                session.add(
                    Customer(
                        number=4242,
                        first_name=NAME,
                        last_name="Ylitalo",
                        notes=EMAIL,
                        created_at=now,
                        updated_at=now,
                    )
                )
            session.flush()
    finally:
        gate.close()


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield Paths.default()
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    shutil.rmtree(tmp_path / "state", ignore_errors=True)  # elsewhere.txt holds the name


def test_the_error_really_quotes_the_name(files: RegisterFiles) -> None:
    """The premise: without care, the name would be in the log."""
    with pytest.raises(IntegrityError) as caught:
        duplicate_customer(files)
    assert NAME in str(caught.value) and "[SQL:" in str(caught.value)
    described = describe_exception(caught.value)
    assert NAME not in described and "[SQL:" not in described
    assert "sqlalchemy.exc.IntegrityError" in described
    assert "sqlite=SQLITE_CONSTRAINT" in described
    assert "Caused by: sqlcipher3.dbapi2.IntegrityError" in described


def test_window_log_holds_types_and_codes_never_the_name(
    files: RegisterFiles, paths: Paths
) -> None:
    log_file = configure_logging(paths.log_dir)
    # A handler with logging's own formatter, as a library might add: it caches the whole
    # traceback text on the record, which the log file must not reuse.
    plain = logging.FileHandler(paths.log_dir.parent / "elsewhere.txt", encoding="utf-8")
    plain.setFormatter(logging.Formatter())
    logging.getLogger().addHandler(plain)
    try:
        with pytest.raises(IntegrityError) as caught:
            duplicate_customer(files)
        error = caught.value
        try:
            raise error
        except IntegrityError:
            plain_first = logging.getLogger("desktop.tests")
            plain_first.exception("saving a customer failed")
            # Another library's logger, with values filled into its message.
            logging.getLogger("sqlalchemy.engine").error("failed: %s %r", NAME, error.params)
            logging.getLogger("somelib").warning(f"preformatted {NAME}")
            logging.getLogger("alembic.runtime.migration").info("Running upgrade %s", NAME)
    finally:
        logging.getLogger().removeHandler(plain)
        plain.close()
    text = log_file.read_text(encoding="utf-8")
    assert "saving a customer failed" in text
    assert "sqlalchemy.exc.IntegrityError (sqlite=SQLITE_CONSTRAINT" in text
    assert "failed: %s %r (values withheld)" in text
    assert "somelib: (values withheld)" in text
    assert "Running upgrade" not in text, "other libraries' INFO lines are left out"
    assert NAME in (paths.log_dir.parent / "elsewhere.txt").read_text()  # the premise again
    assert leaks(paths.log_dir) == []


def test_command_log_on_an_unexpected_error_never_the_name(
    files: RegisterFiles,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def failing_check(args: object) -> int:
        duplicate_customer(files)
        return 0

    monkeypatch.setattr(cli_main, "cmd_check", failing_check)
    code = cli_main.main(["--lang", "en", "check", "--db", str(files.db)])
    out, err = capsys.readouterr()
    assert code == 70
    assert "IntegrityError" in err and NAME not in out + err
    text = (paths.log_dir / cli_main.CLI_LOG).read_text(encoding="utf-8")
    assert "unexpected error in the kirjuri command" in text
    assert "sqlite=SQLITE_CONSTRAINT" in text
    assert leaks(paths.log_dir) == []
    assert leaks(paths.temp_dir) == []
