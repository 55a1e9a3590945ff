"""Challenge-matrix benchmark: evaluate every row for one WGAAP region and half-year, and one footprint.

    .venv/bin/kpfield demo --db /tmp/regional.kpfield --scale regional     # once, about a minute
    .venv/bin/python benchmarks/bench_matrix.py --db /tmp/regional.kpfield [--region west-africa]
        [--period 2026H1] [--repeat 3]

Prints one table: the evaluation as a whole and each indicator alone (each over the same loaded
scopes), a site footprint and a country footprint, each the median of ``--repeat`` runs, against
the targets of the issue (whole evaluation of one region and half-year < 5 s; one footprint
< 0.5 s). The file is opened read-only (after kpfield brings its schema up to date). Last, the
insert cost of migration 0004's index: the same production rows bulk-inserted into fresh files
with and without it, alternating, in the same run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.domain.entities import PRODUCTION  # noqa: E402
from kpfield.domain.places import REGIONS  # noqa: E402
from kpfield.matrix import Period, Scope, evaluate, load_matrix  # noqa: E402
from kpfield.matrix.footprint import footprint_report  # noqa: E402
from kpfield.matrix.indicators import INDICATORS, Context  # noqa: E402
from kpfield.store import Inventory  # noqa: E402


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a regional demo inventory")
    ap.add_argument("--region", default="west-africa", choices=list(REGIONS))
    ap.add_argument("--period", default="2026H1")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--insert-rows", type=int, default=50_000, help="production rows for the index insert-cost comparison (0: skip)"
    )
    args = ap.parse_args()

    Inventory.open(args.db).close()  # brings the schema up to date (a no-op when it is)
    inv = Inventory.open_readonly(args.db)
    conn = inv.conn  # the benchmark's own look-ups, and the indicators' context
    matrix = load_matrix()
    period = Period.parse(args.period)
    scopes = [Scope("country", c) for c in REGIONS[args.region]]
    production = conn.execute("SELECT COUNT(*) FROM production WHERE deleted = 0").fetchone()[0]
    site = conn.execute(
        "SELECT s.code, s.country FROM site s JOIN production p ON p.site_id = s.id "
        "WHERE s.deleted = 0 AND p.produced_on >= ? GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1",
        (period.start,),
    ).fetchone()
    print(f"{args.db}: {production:,} production records; region {args.region}, period {period.label}")
    print("Timings are medians of the runs on a shared 2-core machine: expect noise of tens of per cent.\n")

    evaluation = evaluate(inv, matrix, scopes, period)  # warm the page cache once
    rows: list[tuple[str, float, str]] = []
    rows.append(
        (
            "evaluate: every row, every country",
            median_time(lambda: evaluate(inv, matrix, scopes, period), args.repeat),
            "< 5 s",
        )
    )
    t = time.perf_counter()
    ctx = Context(conn, scopes, period)
    load = time.perf_counter() - t
    rows.append(("  load scopes and period (temp tables)", load, ""))
    seen = set()
    for row in matrix.rows:
        for spec in row.indicators:
            if spec.id in seen:
                continue
            seen.add(spec.id)
            t = time.perf_counter()
            INDICATORS[spec.id].compute(ctx, spec.params)
            rows.append((f"  {spec.id}", time.perf_counter() - t, ""))
    ctx.close()
    site_scope = Scope("site", site[0], site[1])
    rows.append(
        (
            f"footprint of site {site[0]}",
            median_time(lambda: footprint_report(inv, site_scope, period), args.repeat),
            "< 0.5 s",
        )
    )
    district = conn.execute("SELECT district FROM site WHERE code = ? AND country = ?", site).fetchone()[0]
    district_scope = Scope("district", district, site[1])
    rows.append(
        (
            f"footprint of district {district}",
            median_time(lambda: footprint_report(inv, district_scope, period), args.repeat),
            "",
        )
    )
    country_scope = Scope("country", site[1])
    rows.append(
        (
            f"footprint of country {site[1]}",
            median_time(lambda: footprint_report(inv, country_scope, period), args.repeat),
            "",
        )
    )
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'what':<{width}}{'seconds':>9}  target")
    for name, seconds, target in rows:
        verdict = ""
        if target:
            limit = float(target.split()[1])
            verdict = f"{target}  {'OK' if seconds < limit else 'SLOWER THAN TARGET'}"
        print(f"{name:<{width}}{seconds:>9.3f}  {verdict}")
    flagged = sum(len(i.offending_ids) for s in evaluation.scopes for r in s.rows for i in r.indicators)
    print(f"\n{flagged:,} record ids flagged across {len(scopes)} countries")
    if args.insert_rows:
        insert_cost(conn, args.insert_rows)
    conn.close()
    return 0


def insert_cost(source: sqlite3.Connection, n: int) -> None:
    """Insert the same production rows through Inventory.bulk_add into fresh inventories with and
    without migration 0004's production_buyer_date index, alternating, and print the rates."""
    names = ["id", "origin", "created_at", "modified_at", "modified_by", "version", "deleted", *PRODUCTION.field_names]
    rows = [
        dict(zip(names, r, strict=True))
        for r in source.execute(f"SELECT {', '.join(names)} FROM production LIMIT ?", (n,))
    ]
    rates: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(2):
            for with_index in (True, False):
                path = Path(tmp) / f"insert-{attempt}-{with_index}.kpfield"
                with Inventory.create(path, country="SL", officer="Benchmark") as inv:
                    # the rows' sites are not in the fresh file: references are not what is measured
                    inv.conn.execute("PRAGMA foreign_keys = OFF")
                    if not with_index:
                        inv.conn.execute("DROP INDEX production_buyer_date")
                    t = time.perf_counter()
                    with inv.transaction():
                        inv.bulk_add("production", rows, source_id=inv.add_source("benchmark"), validate=False)
                    rates[with_index].append(len(rows) / (time.perf_counter() - t))
    best = {k: max(v) for k, v in rates.items()}
    print(f"\nInsert cost of the production_buyer_date index (bulk_add of {len(rows):,} production rows, best of 2):")
    print(f"  without the index  {best[False]:>10,.0f} rows/s")
    print(f"  with the index     {best[True]:>10,.0f} rows/s  ({best[True] / best[False] - 1:+.0%})")


if __name__ == "__main__":
    sys.exit(main())
