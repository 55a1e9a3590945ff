"""Records named by people: time the look-up of a record by its number or code, and the
`list` and `show` commands, on a demo inventory.

    .venv/bin/python benchmarks/bench_records.py [--scale national] [--db PATH]

Makes the demo inventory at ``--scale`` in a scratch folder (or uses ``--db``), then prints one
table: each look-up (an exact number, the same in another case, a text that names nothing) and
each command run in this process, the median of several runs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.cli import main  # noqa: E402
from kpfield.demo import generate  # noqa: E402
from kpfield.store import Inventory  # noqa: E402


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def one(inv: Inventory, sql: str) -> str:
    return str(inv.conn.execute(sql).fetchone()[0])


def bench(db: Path) -> None:
    rows: list[tuple[str, str, str]] = []
    with Inventory.open(db) as inv:
        counts = {k: inv.count(k) for k in ("person", "licence", "site", "production")}
        texts = {
            "licence": one(inv, "SELECT number FROM licence WHERE deleted = 0 ORDER BY rowid DESC LIMIT 1"),
            "site": one(inv, "SELECT code FROM site WHERE deleted = 0 ORDER BY rowid DESC LIMIT 1"),
            "person": one(
                inv, "SELECT national_id FROM person WHERE national_id IS NOT NULL ORDER BY rowid DESC LIMIT 1"
            ),
            "production": one(
                inv, "SELECT reference FROM production WHERE reference IS NOT NULL ORDER BY rowid DESC LIMIT 1"
            ),
        }
        for kind, text in texts.items():
            for how, typed in (("exact", text), ("other case", text.lower()), ("names nothing", "NOTHING-0")):
                found = len(inv.candidates(kind, typed))
                ms = median_ms(lambda k=kind, t=typed: inv.candidates(k, t), 20)
                rows.append((f"{kind} ({counts[kind]:,}) by {how}", f"{found} found", f"{ms:.2f}"))
    commands = [
        ["list", "production", "--limit", "100"],
        ["list", "production", "--search", "kono", "--limit", "100"],
        ["list", "persons", "--limit", "0", "--json"],
        ["show", "licence", texts["licence"]],
        ["show", "site", texts["site"], "--json"],
    ]
    for args in commands:
        with contextlib.redirect_stderr(io.StringIO()):  # "100 of 206,182 production shown"
            ms = median_ms(lambda a=args: main([*a, "--db", str(db)], out=io.StringIO()), 5)
        rows.append(("kpfield " + " ".join(args), "", f"{ms:.1f}"))
    width = max(len(r[0]) for r in rows)
    print(f"{'look-up or command':<{width}}  {'result':>9}  {'median ms':>10}")
    for name, result, ms in rows:
        print(f"{name:<{width}}  {result:>9}  {ms:>10}")


def run() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scale", default="national", help="demo scale to make (default national)")
    p.add_argument("--db", type=Path, help="an existing inventory to use instead of a new demo")
    args = p.parse_args()
    if args.db:
        bench(args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.kpfield"
        with Inventory.create(db, country="SL", officer="Benchmark") as inv:
            generate(inv, scale=args.scale, seed=1)
        bench(db)


if __name__ == "__main__":
    run()
