"""Store benchmark: make the demo inventory through the real bulk path, then time `stats` on it.

    .venv/bin/python benchmarks/bench_store.py [--scale regional] [--baseline-rows 200000]

Prints one table. The baselines (plain sqlite3 executemany in one transaction; sqlite-utils
insert_all with its default batch) insert the same production rows into a bare table in the same
run, so the figures compare on the same machine and load. Targets (issue: foundation): bulk path
>= 50,000 production rows/s; `stats` on 1,000,000 production rows < 2 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.demo import SCALES, _CountryDemo, generate  # noqa: E402
from kpfield.domain.entities import BOOKKEEPING, PRODUCTION  # noqa: E402
from kpfield.store import Inventory  # noqa: E402
from kpfield.store.inventory import Inventory as _Inv  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_demo(path: Path, scale: str) -> dict[str, float]:
    """Run the real demo generator, separating time spent making rows from time spent storing them."""
    spent = {"gen": 0.0, "bulk": 0.0, "prod_gen": 0.0, "prod_bulk": 0.0, "prod_rows": 0, "rows": 0}
    real_bulk_add = _Inv.bulk_add

    def bulk_add(self, kind, rows, **kw):  # type: ignore[no-untyped-def]
        gen_time = 0.0

        def timed():
            nonlocal gen_time
            it = iter(rows)
            while True:
                t = time.perf_counter()
                try:
                    row = next(it)
                except StopIteration:
                    gen_time += time.perf_counter() - t
                    return
                gen_time += time.perf_counter() - t
                yield row

        t0 = time.perf_counter()
        n = real_bulk_add(self, kind, timed(), **kw)
        total = time.perf_counter() - t0
        spent["gen"] += gen_time
        spent["bulk"] += total - gen_time
        spent["rows"] += n
        if kind == "production":
            spent["prod_gen"] += gen_time
            spent["prod_bulk"] += total - gen_time
            spent["prod_rows"] += n
        return n

    real_build = _Inv._build_indexes

    def build_indexes(self, statements):  # type: ignore[no-untyped-def]
        # building production's deferred indexes is part of storing production: count it there
        t0 = time.perf_counter()
        real_build(self, statements)
        spent["index_build"] = spent.get("index_build", 0.0) + time.perf_counter() - t0
        spent["prod_bulk"] += time.perf_counter() - t0
        spent["bulk"] += time.perf_counter() - t0

    _Inv.bulk_add = bulk_add  # type: ignore[method-assign]
    _Inv._build_indexes = build_indexes  # type: ignore[method-assign]
    try:
        with Inventory.create(path, country="SL", officer="Benchmark") as inv:
            t = time.perf_counter()
            generate(inv, scale, seed=1)
            spent["wall"] = time.perf_counter() - t
    finally:
        _Inv.bulk_add = real_bulk_add  # type: ignore[method-assign]
        _Inv._build_indexes = real_build  # type: ignore[method-assign]
    return spent


def baseline_rows(n: int) -> list[tuple]:
    cd = _CountryDemo("SL", SCALES["regional"], 1, True)
    cd.build_registry()
    cols = list(BOOKKEEPING) + list(PRODUCTION.field_names)
    out = []
    for row in cd.production():
        row.update(origin="o", modified_by="o", version=1, deleted=0)
        out.append(tuple(row.get(c) for c in cols))
        if len(out) >= n:
            break
    return out


def baseline_sqlite3(folder: Path, rows: list[tuple]) -> float:
    cols = list(BOOKKEEPING) + list(PRODUCTION.field_names)
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"CREATE TABLE production ({', '.join(cols)})")
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO production VALUES ({', '.join('?' * len(cols))})", rows)
    conn.execute("COMMIT")
    dt = time.perf_counter() - t
    conn.close()
    return len(rows) / dt


def baseline_sqlite_utils(folder: Path, rows: list[tuple]) -> float:
    import sqlite_utils

    cols = list(BOOKKEEPING) + list(PRODUCTION.field_names)
    db = sqlite_utils.Database(folder / "su.db", execute_plugins=False)
    dicts = [dict(zip(cols, r, strict=True)) for r in rows]
    t = time.perf_counter()
    db["production"].insert_all(dicts)
    dt = time.perf_counter() - t
    db.close()
    return len(rows) / dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", default="regional", choices=list(SCALES))
    ap.add_argument("--baseline-rows", type=int, default=200_000)
    ap.add_argument("--keep", metavar="PATH", help="keep the generated inventory here")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = Path(args.keep) if args.keep else folder / "bench.kpfield"
        print(
            f"kpfield store benchmark: scale {args.scale}, {os.cpu_count()} cores, SQLite {sqlite3.sqlite_version}",
            flush=True,
        )
        s = timed_demo(path, args.scale)
        demo_peak = peak_mb()
        size_mb = path.stat().st_size / 2**20
        with Inventory.open(path) as inv:
            times = []
            for _ in range(3):
                t = time.perf_counter()
                summary = inv.summary()
                times.append(time.perf_counter() - t)
            prod = summary.counts["production"]
        rows = baseline_rows(args.baseline_rows)
        plain = baseline_sqlite3(folder, rows)
        su = baseline_sqlite_utils(folder, rows)

    def line(what: str, value: str, note: str = "") -> None:
        print(f"| {what:<52} | {value:>14} | {note:<34} |")

    print()
    print(f"| {'measure':<52} | {'value':>14} | {'target / baseline':<34} |")
    print(f"|{'-' * 54}|{'-' * 16}|{'-' * 36}|")
    line(f"demo '{args.scale}': records made and stored", f"{s['rows']:,.0f}")
    line("  of which production records", f"{prod:,}")
    line("demo wall time (make rows + store + commit)", f"{s['wall']:.1f} s")
    line("demo overall rate", f"{s['rows'] / s['wall']:,.0f} rows/s")
    line("  time making rows (generator)", f"{s['gen']:.1f} s")
    line("  time storing rows (insert, audit, index builds)", f"{s['bulk']:.1f} s")
    line("  of which building production's deferred indexes", f"{s.get('index_build', 0.0):.1f} s")
    line(
        "production store rate (bulk path, audit and index builds)",
        f"{s['prod_rows'] / s['prod_bulk']:,.0f} rows/s",
        ">= 50,000 rows/s",
    )
    line(
        f"baseline: sqlite3 executemany, 1 txn, bare table ({len(rows):,})",
        f"{plain:,.0f} rows/s",
        "issue: 66,000-97,000",
    )
    line(f"baseline: sqlite-utils insert_all default ({len(rows):,})", f"{su:,.0f} rows/s", "issue: 15,000-17,000")
    line("database size", f"{size_mb:,.0f} MB")
    line("peak memory while making the demo", f"{demo_peak:,.0f} MB")
    line(f"stats on {prod:,} production records (min of 3)", f"{min(times):.3f} s", "< 2 s")
    line("stats (median of 3)", f"{statistics.median(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
