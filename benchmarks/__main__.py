"""`python -m benchmarks`: build (once) the 100 000-customer demo register, measure, print a table.

Every measurement runs on Kirjuri and on a baseline in the same run: the same service code on a
plain SQLite copy of the same data, a bare PySide6 window, or a plain file copy. The ratio shows
what Kirjuri costs on top.

The rows are listed once, in ROWS. A row names either a function here or a module in benchmarks/
whose `measure(bench: Bench) -> list[Result]` makes it; while that module does not exist (the
letters and backup branches add theirs), the row says "not measured in this build".
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import build, customer_list, dashboard, importing, isolated, postgres, qt_list
from benchmarks.report import Result, not_measured, table
from desktop.store.register import RegisterFiles


@dataclass
class Bench:
    """What every row may use: the cached registers and scratch copies of them."""

    args: argparse.Namespace
    built: build.Built
    scratch: Path
    files: RegisterFiles  # scratch copy of the encrypted demo register
    plain_path: Path  # scratch copy of its plain SQLite export
    pg: postgres.LazyServer  # the throwaway PostgreSQL cluster, started on first use

    def on_server(self, name: str, source: RegisterFiles) -> RegisterFiles | None:
        """`source` moved to PostgreSQL (once), or None with --no-pg or without PostgreSQL."""
        server = self.pg.get()
        return server.register(name, source) if server is not None else None


Measure = Callable[[Bench], list[Result]]


@dataclass(frozen=True)
class Row:
    title: str
    measure: Measure | str  # a function, or "benchmarks.<module>" with a measure(bench)
    baseline_name: str = "plain SQLite"
    qt: bool = False  # left out with --no-qt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--events-per-customer", type=float, default=10.0)
    parser.add_argument("--rebuild", action="store_true", help="build the registers anew")
    parser.add_argument("--no-qt", action="store_true", help="leave out the Qt measurements")
    parser.add_argument(
        "--only",
        metavar="WORD",
        action="append",
        help="run only the rows whose title contains WORD (repeatable)",
    )
    parser.add_argument(
        "--no-pg", action="store_true", help="leave out the PostgreSQL measurements"
    )
    args = parser.parse_args(argv)

    built = build.build(args.customers, args.events_per_customer, rebuild=args.rebuild)
    scratch = importing.scratch_dir()
    server = postgres.LazyServer(scratch, enabled=not args.no_pg)
    try:
        build.say("copying the registers to a scratch folder")
        # Work on copies, so the cached registers stay as built (opening a customer is audited).
        files = build.copy_register(built.encrypted, scratch / "encrypted")
        plain_path = scratch / "plain.db"
        shutil.copy2(built.plain, plain_path)
        bench = Bench(args, built, scratch, files, plain_path, server)
        results: list[Result] = []
        for row in ROWS:
            if args.only and not any(w.lower() in row.title.lower() for w in args.only):
                continue
            if row.qt and args.no_qt:
                continue
            results += run_row(row, bench)
    finally:
        server.close()
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(f"{args.customers} customers, ~{args.events_per_customer:g} contact events each")
    if server.why_not:
        print(f"PostgreSQL: {server.why_not}")
    elif server.moved_in:
        print(f"PostgreSQL: {server.moved_in}")
    print(table(results))
    return 0


def run_row(row: Row, bench: Bench) -> list[Result]:
    build.say(row.title)
    if callable(row.measure):
        return row.measure(bench)
    try:
        module = importlib.import_module(row.measure)
    except ModuleNotFoundError as missing:
        if missing.name != row.measure:
            raise
        return [not_measured(row.title, row.baseline_name)]
    return list(module.measure(bench))


# --- the rows -----------------------------------------------------------------------------------
def cold_start_row(bench: Bench) -> list[Result]:
    from benchmarks import startup

    empty = build.copy_register(bench.built.empty, bench.scratch / "start")
    ours, bare, shown = startup.cold_start(empty)
    return [
        Result(
            "cold start to login window",
            ours,
            bare,
            "ms",
            3000,
            f"process start to first paint, offscreen, median of 5 after one warm-up; Kirjuri "
            f"showed {shown}",
            "bare PySide6 QWidget",
        )
    ]


def main_window_row(bench: Bench) -> list[Result]:
    from benchmarks import main_window

    ours, plain, login = main_window.unlock_to_main_window(bench.files, bench.plain_path)
    return [
        Result(
            "unlock to usable main window",
            ours,
            plain,
            "ms",
            1000,
            f"login {login:.0f} ms (Argon2id, opening, audit) + services + main window with its "
            "first page painted, median of 3. Plain: the same window on the plain copy, no login.",
        )
    ]


def first_pages_after_login(files: RegisterFiles) -> list[tuple[float, float]]:
    runs = []
    gates: list[object] = []
    for _ in range(3):

        def login() -> tuple[object, object, object]:
            gate, user = build.login(files)
            gates.append(gate)
            return gate, gate.register, user

        runs.append(customer_list.first_page_after_login(login))  # type: ignore[arg-type]
        gates.pop().close()  # type: ignore[attr-defined]
    return runs


def first_page_row(bench: Bench) -> list[Result]:
    files = bench.files
    runs = first_pages_after_login(files)
    server = bench.on_server("demo", bench.built.encrypted)
    pg_runs = first_pages_after_login(server) if server is not None else None
    gate, user = build.login(files)
    gate.close()
    plain_runs = []
    for _ in range(3):
        plain = build.plain_register(bench.plain_path, files)
        plain_runs.append(customer_list.first_page(plain, user))
        plain.close()
    total = statistics.median(r[0] for r in runs)
    unlock = statistics.median(r[1] for r in runs)
    pg_total = statistics.median(r[0] for r in pg_runs) if pg_runs else None
    pg_note = ""
    if pg_runs and pg_total is not None:
        pg_unlock = statistics.median(r[1] for r in pg_runs)
        pg_note = (
            f" PostgreSQL: login {pg_unlock:.0f} ms (Argon2id, connecting, audit) + first page "
            f"{pg_total - pg_unlock:.0f} ms."
        )
    return [
        Result(
            "first page of customer list after unlock",
            total,
            statistics.median(plain_runs),
            "ms",
            300,
            f"{unlock:.0f} ms of it is the login (Argon2id key derivation, opening, audit); "
            f"the first page itself {total - unlock:.0f} ms. Plain: the first page only." + pg_note,
            server=pg_total,
        )
    ]


def search_row(bench: Bench) -> list[Result]:
    server = bench.on_server("demo", bench.built.encrypted)
    gate, user = build.login(bench.files)
    register = gate.register
    assert register is not None
    plain = build.plain_register(bench.plain_path, bench.files)
    try:
        queries = customer_list.typed_queries(register)
        enc_p95, enc_median = customer_list.search_as_you_type(register, user, queries)
        plain_p95, plain_median = customer_list.search_as_you_type(plain, user, queries)
        slowest = customer_list.slowest_keystrokes(register, user, queries, 3)
    finally:
        plain.close()
        gate.close()
    pg_p95, pg_note = server_search(server, queries) if server is not None else (None, "")
    keystrokes = sum(len(q) for q in queries)
    return [
        Result(
            "search as you type p95",
            enc_p95,
            plain_p95,
            "ms",
            50,
            f"{len(queries)} queries, {keystrokes} keystrokes, page + count each; median "
            f"{enc_median:.1f} ms (plain {plain_median:.1f} ms); slowest: "
            + ", ".join(f"{text} {t:.0f} ms" for t, text in slowest)
            + pg_note,
            server=pg_p95,
        )
    ]


def server_search(files: RegisterFiles, queries: list[str]) -> tuple[float, str]:
    """The same keystrokes on the register moved to PostgreSQL: (p95, the note's part)."""
    gate, user = build.login(files)
    assert gate.register is not None
    try:
        p95, median = customer_list.search_as_you_type(gate.register, user, queries)
        slowest = customer_list.slowest_keystrokes(gate.register, user, queries, 3)
    finally:
        gate.close()
    return p95, f". PostgreSQL: median {median:.1f} ms; slowest: " + ", ".join(
        f"{text} {t:.0f} ms" for t, text in slowest
    )


def detail_row(bench: Bench) -> list[Result]:
    gate, user = build.login(bench.files)
    register = gate.register
    assert register is not None
    plain = build.plain_register(bench.plain_path, bench.files)
    try:
        ours = customer_list.open_detail(register, user)
        theirs = customer_list.open_detail(plain, user)
    finally:
        plain.close()
        gate.close()
    return [
        Result(
            "open customer detail (median of 50)",
            ours,
            theirs,
            "ms",
            100,
            "CustomerService.get (audited view) + ContactHistoryService.page",
        )
    ]


def memory_row(bench: Bench) -> list[Result]:
    files = bench.files
    enc_s, enc_rows, enc_rss = isolated.scroll("encrypted", files.db, files.db)
    plain_s, _plain_rows, plain_rss = isolated.scroll("plain", bench.plain_path, files.db)
    return [
        Result(
            "resident memory: peak after scrolling the whole list",
            enc_rss,
            plain_rss,
            "MB",
            300,
            "VmHWM of a fresh process that logs in and keeps every row, as the list model does",
        ),
        Result("  scroll list end to end", enc_s, plain_s, "s", None, f"{enc_rows} rows kept"),
    ]


def csv_import_row(bench: Bench) -> list[Result]:
    server = bench.on_server("empty", bench.built.empty)
    return [import_row(bench.built, bench.files, bench.scratch, bench.args.customers, server)]


def dashboard_rows(bench: Bench) -> list[Result]:
    return [
        dashboard_row(bench.files, bench.plain_path, bench.on_server("demo", bench.built.encrypted))
    ]


def list_model_row(bench: Bench) -> list[Result]:
    gate, user = build.login(bench.files)
    assert gate.register is not None
    model_ms = statistics.median(qt_list.model_first_page(gate.register, user) for _ in range(3))
    bare_ms = statistics.median(qt_list.bare_view_first_page() for _ in range(3))
    gate.close()
    return [
        Result(
            "list model first page shown",
            model_ms,
            bare_ms,
            "ms",
            300,
            "a bare QTableView over a 200-row QStandardItemModel (not SQLite)",
            "bare QTableView",
        )
    ]


ROWS: list[Row] = [
    Row("cold start to login window", cold_start_row, "bare PySide6 QWidget", qt=True),
    Row("unlock to usable main window", main_window_row, qt=True),
    Row("first page of customer list after unlock", first_page_row),
    Row("search as you type p95", search_row),
    Row("open customer detail", detail_row),
    Row("import 100 000 CSV rows", csv_import_row),
    Row("access reply render", "benchmarks.access_reply", "bare reportlab"),
    Row("backup + verify", "benchmarks.backup", "plain file copy"),
    Row("resident memory", memory_row),
    Row("dashboard with 10 000 requests", dashboard_rows, qt=True),
    Row("list model first page shown", list_model_row, "bare QTableView", qt=True),
]


def dashboard_row(
    files: RegisterFiles,
    plain_path: Path,
    server: RegisterFiles | None,
    requests: int = 10_000,
) -> Result:
    """The requests go into the scratch copies (encrypted and plain) after the list measurements."""
    build.say(f"dashboard with {requests} requests (Qt, offscreen)")
    gate, user = build.login(files)
    assert gate.register is not None
    open_count = dashboard.add_requests(gate.register, requests)
    enc_ms, enc_query_ms, shown = dashboard.measure(gate.register, user)
    gate.close()
    plain = build.plain_register(plain_path, files)
    dashboard.add_requests(plain, requests)
    plain_ms, plain_query_ms, _shown = dashboard.measure(plain, user)
    plain.close()
    pg_ms, pg_note = None, ""
    if server is not None:
        gate, user = build.login(server)
        assert gate.register is not None
        dashboard.add_requests(gate.register, requests)
        pg_ms, pg_query_ms, _shown = dashboard.measure(gate.register, user)
        gate.close()
        pg_note = f", PostgreSQL {pg_query_ms:.1f} ms"
    return Result(
        f"dashboard with {requests} requests",
        enc_ms,
        plain_ms,
        "ms",
        200,
        f"DashboardService.summary + the four lists painted offscreen, median of 5; {open_count} "
        f"open, {shown} rows shown; the summary alone {enc_query_ms:.1f} ms "
        f"(plain {plain_query_ms:.1f} ms{pg_note})",
        server=pg_ms,
    )


def import_row(
    built: build.Built,
    source: RegisterFiles,
    scratch: Path,
    customers: int,
    server: RegisterFiles | None,
) -> Result:
    rows = min(customers, 100_000)
    gate, user = build.login(source)  # the scratch copy: the cache stays as built
    assert gate.register is not None
    csv_path = importing.write_csv(gate.register, build.CACHE / f"import-{rows}.csv", rows)
    gate.close()

    empty = build.copy_register(built.empty, scratch / "import-encrypted")
    gate, user = build.login(empty)
    assert gate.register is not None
    enc_s, added = importing.import_csv(gate.register, user, csv_path)
    gate.close()

    plain_path = scratch / "import-plain.db"
    shutil.copy2(built.empty_plain, plain_path)
    plain = build.plain_register(plain_path, empty)
    plain_s, plain_added = importing.import_csv(plain, user, csv_path)
    plain.close()
    pg_s, pg_note = None, ""
    if server is not None:
        gate, user = build.login(server)
        assert gate.register is not None
        pg_s, pg_added = importing.import_csv(gate.register, user, csv_path)
        gate.close()
        pg_note = f", PostgreSQL {pg_added}"
    return Result(
        f"import {rows} CSV rows",
        enc_s,
        plain_s,
        "s",
        30,
        f"read + check + add, {added} added (plain {plain_added}{pg_note})",
        server=pg_s,
    )


if __name__ == "__main__":
    sys.exit(main())
