"""Rules benchmark: what the law and plausibility rules cost a form as the officer types.

    kpfield demo --db national.kpfield --scale national      # once
    .venv/bin/python benchmarks/bench_rules.py --db national.kpfield

Prints one table: a district's usual USD per carat read once (the first check of a production
form in that district, each day), then a production form's whole check (validation, the store's
rules, the law and plausibility rules) as each keystroke triggers it, median of 20. Each figure is
taken on the district with the most recent production, the costliest to read. Target: a check
well under the form's 150 ms pause after a keystroke.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.store import Inventory  # noqa: E402
from kpfield.store.rulecheck import RECENT_DAYS, RelatedRecords  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="an inventory with production (kpfield demo --scale national)")
    args = ap.parse_args()
    with Inventory.open_readonly(args.db) as inv:
        last = inv.conn.execute("SELECT MAX(produced_on) FROM production WHERE deleted = 0").fetchone()[0]
        today = dt.date.fromisoformat(last)
        since = (today - dt.timedelta(days=RECENT_DAYS)).isoformat()
        country, district, n = inv.conn.execute(
            "SELECT s.country, s.district, COUNT(*) FROM production p JOIN site s ON s.id = p.site_id "
            "WHERE p.deleted = 0 AND p.produced_on >= ? GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
            (since,),
        ).fetchone()
        site = inv.conn.execute(
            "SELECT id FROM site WHERE country = ? AND district IS ? AND deleted = 0 LIMIT 1", (country, district)
        ).fetchone()[0]
        t = time.perf_counter()
        usual = RelatedRecords(inv.conn, today=today).usd_per_carat_range(country, district)
        first = (time.perf_counter() - t) * 1000
        values = {"site_id": site, "produced_on": last, "stones": "2", "carats": "1,5", "value_usd": "1 250"}
        inv.check("production", values, today=today)  # the range, read once for the day
        times = []
        for _ in range(20):
            t = time.perf_counter()
            inv.check("production", values, today=today)
            times.append((time.perf_counter() - t) * 1000)
    rows = [
        (
            f"usual USD/ct of {district} ({n:,} records in its last year): {usual[0]:.0f}-{usual[1]:.0f}"
            if usual
            else f"usual USD/ct of {district}: too little production",
            f"{first:.0f} ms",
        ),
        (
            "a production form's whole check, as typed (median of 20; slowest)",
            f"{statistics.median(times):.1f} ms ({max(times):.1f} ms)",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}} | time")
    print(f"{'-' * width}-|-----")
    for name, value in rows:
        print(f"{name:<{width}} | {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
