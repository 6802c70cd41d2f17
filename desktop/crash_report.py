"""The report behind the crash dialog and the log: where it broke, never what the data was.

Exception messages and local variables can hold names, addresses or passwords, so the report keeps
only the exception's type and the stack of file/line/function, plus versions.
"""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from desktop import __version__


def stack_lines(tb: TracebackType | None) -> list[str]:
    """File, line and function of each frame: where, never what (no source lines, no values)."""
    lines = []
    for frame in traceback.extract_tb(tb):
        filename = frame.filename.replace("\\", "/")
        # Keep the path from the package on: home folders hold user names.
        for marker in ("/desktop/", "/site-packages/", "/lib/python"):
            if marker in filename:
                filename = filename[filename.index(marker) + 1 :]
                break
        else:
            filename = filename.rsplit("/", 1)[-1]
        lines.append(f"  {filename}:{frame.lineno} in {frame.name}")
    return lines


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:  # pragma: no cover - the CLI may run without Qt
        pyside_version = "-"
    lines = [
        f"Kirjuri {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.system()} "
        f"{platform.release()} {platform.machine()}",
        f"Error: {exc_type.__module__}.{exc_type.__qualname__}",
        "Traceback (most recent call last):",
        *stack_lines(tb),
    ]
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        lines.append(f"Caused by: {type(cause).__module__}.{type(cause).__qualname__}")
        lines.extend(stack_lines(cause.__traceback__))
    return "\n".join(lines)


def current_report() -> str:
    exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    return build_report(exc_type, exc, tb)
