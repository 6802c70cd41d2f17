"""The log files: private to the user (0600 in a 0700 folder), rotating, and free of personal data.

Kirjuri logs events, error types and codes, never names or other personal data. What an
exception says is left out, because it is one step from the data: SQLAlchemy quotes the SQL
with its parameters (`[SQL: ...] [parameters: ('Virtanen', ...)]`), an OSError names the file,
a ValueError often repeats the value. An exception is logged as its type, its codes (errno, the
SQLite error name, SQLAlchemy's error code) and where it happened, for each exception in its
chain. Kirjuri's own messages are fixed texts (their ids) whose values are codes and counts;
other libraries' messages keep only their fixed text, never the values filled into it, and only
from warnings up (their INFO lines, Alembic's "Running upgrade ..." among them, say nothing).
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.crash_report import stack_lines
from desktop.private_files import FILE_MODE, make_folder, make_private

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
OWN_LOGGERS = "desktop"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "(values withheld)"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def error_codes(exc: BaseException) -> list[str]:
    """What identifies an error without saying what it was about."""
    codes = []
    errno_value = getattr(exc, "errno", None)
    if isinstance(errno_value, int):
        codes.append(f"errno={errno_value}")
    for source in (exc, getattr(exc, "orig", None)):
        name = getattr(source, "sqlite_errorname", None)
        if isinstance(name, str):
            codes.append(f"sqlite={name}")
            break
    code = getattr(exc, "code", None)  # SQLAlchemy's error code, e.g. gkpj
    if isinstance(code, str) and code.isalnum() and len(code) <= 8:
        codes.append(f"sqlalchemy={code}")
    return codes


def describe_exception(exc: BaseException | None) -> str:
    """Type, codes and frames of the exception and of each one that caused it; no message."""
    lines: list[str] = []
    seen: set[int] = set()
    prefix = "Error"
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        kind = type(exc)
        codes = error_codes(exc)
        label = f"{kind.__module__}.{kind.__qualname__}"
        lines.append(f"{prefix}: {label}" + (f" ({', '.join(codes)})" if codes else ""))
        lines.extend(stack_lines(exc.__traceback__))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        prefix = "Caused by"
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    """Formats every record without the values in it (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text, record.msg, record.args
        try:
            # Another handler may have cached the full traceback text on the record.
            record.exc_text = None
            if not is_own(record):
                record.msg, record.args = foreign_text(record), None
            return super().format(record)
        finally:
            record.exc_text, record.msg, record.args = saved

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return describe_exception(ei[1])

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return ""  # a stack dump quotes source lines; the frames of an exception are enough


def is_own(record: logging.LogRecord) -> bool:
    return record.name == OWN_LOGGERS or record.name.startswith(OWN_LOGGERS + ".")


def foreign_text(record: logging.LogRecord) -> str:
    """Another library's message: its fixed text when values were filled into it, else nothing
    (a message built before logging may hold anything)."""
    if record.args and isinstance(record.msg, str):
        return f"{record.msg} {WITHHELD}"
    return WITHHELD


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """Each file of the rotation is created 0600 (the logging module would take the umask's)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        make_private(Path(self.baseFilename))  # a log left by an earlier version
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def worth_keeping(record: logging.LogRecord) -> bool:
    return is_own(record) or record.levelno >= logging.WARNING


def file_handler(path: Path) -> logging.Handler:
    make_folder(path.parent)
    handler = PrivateLogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(PrivateFormatter())
    handler.addFilter(worth_keeping)
    return handler


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """The window's log, for the life of the process."""
    path = log_dir / "kirjuri.log"
    handler = file_handler(path)
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    return path


@contextlib.contextmanager
def logging_to(path: Path, level: int = logging.INFO) -> Iterator[logging.Handler]:
    """A command's log while it runs (the `kirjuri` command may be called in-process, as the
    tests do: the handler and the level are put back as they were)."""
    handler = file_handler(path)
    root = logging.getLogger()
    previous = root.level
    root.setLevel(min(previous, level) if previous else level)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(previous)
