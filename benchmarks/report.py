"""The one table the benchmarks print: Kirjuri against the baseline measured in the same run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NOT_MEASURED = "not measured in this build"


@dataclass(frozen=True)
class Result:
    name: str
    encrypted: float | None  # Kirjuri, in `unit` (the encrypted register where there is one)
    plain: float | None  # the baseline, in `unit`
    unit: str  # "ms", "s" or "MB"
    target: float | None  # Kirjuri's value must be at most this
    note: str = ""
    baseline_name: str = "plain SQLite"  # what the baseline is
    server: float | None = None  # the same on PostgreSQL (issue 18), where measured

    @property
    def server_ok(self) -> str:
        if self.target is None or self.server is None:
            return "-"
        return "yes" if self.server <= self.target else "NO"

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


def not_measured(name: str, baseline_name: str, why: str = NOT_MEASURED) -> Result:
    """A row whose benchmark module is not in this build yet."""
    return Result(name, None, None, "", None, why, baseline_name)


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def table(results: list[Result]) -> str:
    """One line per result; the PostgreSQL columns only when some row was measured there."""
    server = any(r.server is not None for r in results)
    header: tuple[str, ...] = ("measurement", "Kirjuri", "baseline", "baseline is", "ratio")
    header += ("target", "ok?") + (("PostgreSQL", "PG ok?") if server else ())
    rows = [header] + [
        (
            r.name,
            _value(r.encrypted, r.unit) if r.encrypted is not None or r.plain else r.note,
            _value(r.plain, r.unit),
            r.baseline_name,
            r.ratio,
            f"≤ {_value(r.target, r.unit)}" if r.target is not None else "-",
            r.ok,
        )
        + ((_value(r.server, r.unit), r.server_ok) if server else ())
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [
        f"- {r.name}: {r.note}"
        for r in results
        if r.note and not (r.encrypted is None and r.plain is None and r.note == NOT_MEASURED)
    ]
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
