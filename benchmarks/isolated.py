"""Measurements run in a fresh process, so the peak memory they report is theirs alone."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from benchmarks.report import peak_rss_mb


def _scroll(kind: str, db: str, keys_of: str, queue: Any) -> None:
    from benchmarks import build
    from benchmarks.customer_list import scroll_to_end
    from desktop.store.register import RegisterFiles

    files = RegisterFiles(Path(keys_of))
    if kind == "encrypted":
        gate, user = build.login(files)
        register = gate.register
    else:
        _gate, user = build.login(files)  # the same user on the plain copy
        _gate.close()
        register = build.plain_register(Path(db), files)
    seconds, rows = scroll_to_end(register, user)  # type: ignore[arg-type]
    queue.put((seconds, rows, peak_rss_mb()))


def scroll(kind: str, db: Path, keys_of: Path) -> tuple[float, int, float]:
    """(seconds, rows, peak RSS in MB) of scrolling the whole list in a child process."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_scroll, args=(kind, str(db), str(keys_of), queue))
    child.start()
    result = queue.get(timeout=900)
    child.join()
    return result  # type: ignore[no-any-return]
