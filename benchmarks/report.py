"""The one table the benchmarks print: Kirjuri (encrypted) against plain SQLite, with targets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    name: str
    encrypted: float | None  # in `unit`
    plain: float | None
    unit: str  # "ms", "s" or "MB"
    target: float | None  # the encrypted value must be at most this
    note: str = ""

    @property
    def ratio(self) -> str:
        if not self.encrypted or not self.plain:
            return "-"
        return f"{self.encrypted / self.plain:.2f}×"

    @property
    def ok(self) -> str:
        if self.target is None or self.encrypted is None:
            return "-"
        return "yes" if self.encrypted <= self.target else "NO"


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def table(results: list[Result]) -> str:
    header = ("measurement", "Kirjuri (encrypted)", "plain SQLite", "ratio", "target", "ok?")
    rows = [header] + [
        (
            r.name,
            _value(r.encrypted, r.unit),
            _value(r.plain, r.unit),
            r.ratio,
            f"≤ {_value(r.target, r.unit)}" if r.target is not None else "-",
            r.ok,
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def peak_rss_mb() -> float:
    """The process's peak resident set (VmHWM), from /proc; 0 where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
