"""`python -m benchmarks`: build (once) the 100 000-customer demo register, measure, print a table.

Every measurement runs on the encrypted register and on a plain SQLite copy of the same data, in
the same run, through the same service code, so the ratio shows what the encryption costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from pathlib import Path

from benchmarks import access_reply, build, customer_list, dashboard, importing, isolated, qt_list
from benchmarks.report import Result, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--events-per-customer", type=float, default=10.0)
    parser.add_argument("--rebuild", action="store_true", help="build the registers anew")
    parser.add_argument("--no-qt", action="store_true", help="leave out the Qt measurement")
    args = parser.parse_args(argv)

    built = build.build(args.customers, args.events_per_customer, rebuild=args.rebuild)
    scratch = importing.scratch_dir()
    try:
        results = measure(built, scratch, args)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(f"{args.customers} customers, ~{args.events_per_customer:g} contact events each")
    print(table(results))
    return 0


def measure(built: build.Built, scratch: Path, args: argparse.Namespace) -> list[Result]:
    say = build.say
    # Work on copies, so the cached registers stay as built (opening a customer is audited).
    say("copying the registers to a scratch folder")
    files = build.copy_register(built.encrypted, scratch / "encrypted")
    plain_path = scratch / "plain.db"
    shutil.copy2(built.plain, plain_path)

    results: list[Result] = []
    say("first page of the customer list after unlock")
    runs = []
    gates: list[object] = []
    for _ in range(3):

        def login() -> tuple[object, object, object]:
            gate, user = build.login(files)
            gates.append(gate)
            return gate, gate.register, user

        runs.append(customer_list.first_page_after_login(login))  # type: ignore[arg-type]
        gates.pop().close()  # type: ignore[attr-defined]
    gate, user = build.login(files)
    register = gate.register
    assert register is not None
    plain_runs = []
    for _ in range(3):
        plain = build.plain_register(plain_path, files)
        plain_runs.append(customer_list.first_page(plain, user))
        plain.close()
    total = statistics.median(r[0] for r in runs)
    unlock = statistics.median(r[1] for r in runs)
    results.append(
        Result(
            "first page of customer list after unlock",
            total,
            statistics.median(plain_runs),
            "ms",
            300,
            f"{unlock:.0f} ms of it is the login (Argon2id key derivation, opening, audit); "
            f"the first page itself {total - unlock:.0f} ms. Plain: the first page only.",
        )
    )

    plain = build.plain_register(plain_path, files)
    say("search as you type")
    queries = customer_list.typed_queries(register)
    enc_p95, enc_median = customer_list.search_as_you_type(register, user, queries)
    plain_p95, plain_median = customer_list.search_as_you_type(plain, user, queries)
    slowest = customer_list.slowest_keystrokes(register, user, queries, 3)
    keystrokes = sum(len(q) for q in queries)
    results.append(
        Result(
            "search as you type p95",
            enc_p95,
            plain_p95,
            "ms",
            50,
            f"{len(queries)} queries, {keystrokes} keystrokes, page + count each; median "
            f"{enc_median:.1f} ms (plain {plain_median:.1f} ms); slowest: "
            + ", ".join(f"{text} {t:.0f} ms" for t, text in slowest),
        )
    )

    say("open customer detail")
    results.append(
        Result(
            "open customer detail (median of 50)",
            customer_list.open_detail(register, user),
            customer_list.open_detail(plain, user),
            "ms",
            100,
            "CustomerService.get (audited view) + ContactHistoryService.page",
        )
    )
    plain.close()
    gate.close()

    say("scroll the list end to end (each in its own process)")
    enc_s, enc_rows, enc_rss = isolated.scroll("encrypted", files.db, files.db)
    plain_s, plain_rows, plain_rss = isolated.scroll("plain", plain_path, files.db)
    results.append(
        Result("scroll list end to end", enc_s, plain_s, "s", None, f"{enc_rows} rows kept")
    )
    results.append(Result("  peak RSS after scrolling (VmHWM)", enc_rss, plain_rss, "MB", 300))

    say("import 100 000 CSV rows")
    results.append(import_row(built, files, scratch, args.customers))

    if not args.no_qt:
        results.append(dashboard_row(files, plain_path))
        say("list model first page shown (Qt, offscreen)")
        gate, user = build.login(files)
        assert gate.register is not None
        model_ms = statistics.median(
            qt_list.model_first_page(gate.register, user) for _ in range(3)
        )
        bare_ms = statistics.median(qt_list.bare_view_first_page() for _ in range(3))
        gate.close()
        results.append(
            Result(
                "list model first page shown",
                model_ms,
                bare_ms,
                "ms",
                300,
                "plain column: a bare QTableView over a 200-row QStandardItemModel (not SQLite)",
            )
        )
    say("access reply render (500 contact events)")
    results.append(access_reply.access_reply_row())
    return results


def dashboard_row(files: build.RegisterFiles, plain_path: Path, requests: int = 10_000) -> Result:
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
    return Result(
        f"dashboard with {requests} requests",
        enc_ms,
        plain_ms,
        "ms",
        200,
        f"DashboardService.summary + the four lists painted offscreen, median of 5; {open_count} "
        f"open, {shown} rows shown; the summary alone {enc_query_ms:.1f} ms "
        f"(plain {plain_query_ms:.1f} ms)",
    )


def import_row(
    built: build.Built, source: build.RegisterFiles, scratch: Path, customers: int
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
    return Result(
        f"import {rows} CSV rows",
        enc_s,
        plain_s,
        "s",
        30,
        f"read + check + add, {added} added (plain {plain_added})",
    )


if __name__ == "__main__":
    sys.exit(main())
