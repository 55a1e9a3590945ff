"""Exchange benchmark: field workbook export and import on the regional demo, against pandas.

    kpfield demo --db regional.kpfield --scale regional        # once, about a minute
    .venv/bin/python benchmarks/bench_exchange.py --db regional.kpfield [--rows N] [--baseline-rows N]

Measures, each step in its own process (so that peak memory is the step's own):

- kpfield export of the field workbook (every record kind, all columns);
- kpfield import of that workbook into an empty inventory (validation and merge included), as
  kpfield runs it (a workbook this large is read by a second process, while this one merges), and
  once more with the reading kept in the importing process, for comparison;
- kpfield import of the same workbook again into that inventory (nothing changes);
- the backup that `kpfield import` makes before writing, on its own;
- the baseline, the way a coordinator scripts it today: pandas `read_sql` + `DataFrame.to_excel`
  and `read_excel` with their default engines (openpyxl), on the same tables. pandas holds a
  whole sheet in memory as Python objects, so it runs on the first --baseline-rows production
  records (default 200,000) and its rate is compared. pandas keeps text once, in the workbook's
  shared strings (about 650 bytes of sheet XML a production record), where kpfield's streamed
  workbook writes it in each cell (about 1,100 bytes): openpyxl reads pandas' own file faster;
- a second reading baseline: pandas `read_excel` of the very field workbook kpfield imports, the
  first --baseline-sheet-rows rows (default 20,000) of each of its sheets. The import's 5x target
  is shown against both.

--rows N first copies the inventory keeping its first N production records, for quicker runs.

--against DIR times the import and the re-import of the same field workbook with an earlier
kpfield too (DIR: a checkout of it, e.g. ``git worktree add ../kpfield-before REV``), in the same
run: --rounds N rounds (default 3), the two alternating (this tree first in odd rounds), each
round into a new inventory made by that code, and compares the medians. The target of the merge
issue: import and re-import within 10% of the earlier release. An earlier release ignores the
columns it does not know (it says so in its notes).
Targets (issue: field workbooks): export >= 1.4x the pandas rate with peak memory < 200 MB;
import >= 5x pandas and >= 15,000 rows/s with peak memory < 1.5 GB; re-import at least as fast.
Peak memory is the step's own, plus that of the process it started to read the workbook if it did
(the sum of the two peaks, so at most what both held at once). The machine may be shared: run it
twice and read the figures as approximate.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STEP = textwrap.dedent(
    """
    import json, resource, sys, time
    args = json.loads(sys.argv[1])
    sys.path.insert(0, args.get("root") or {root!r})
    t = time.perf_counter()
    rows = 0
    from kpfield.store import Inventory
    if args["step"] == "export":
        from kpfield.exchange.export import export_field
        with Inventory.open(args["db"]) as inv:
            rows = export_field(inv, args["out"]).rows
    elif args["step"] == "import":
        from kpfield.exchange.importer import import_workbooks
        with Inventory.open(args["db"]) as inv:
            report = import_workbooks(inv, [args["file"]], backup=False, processes=args.get("processes"))
        f = report.files[0]
        assert report.ok, (f.error, f.issues[:5])
        rows = sum(f.counts.values())
        print(json.dumps(f.counts), file=sys.stderr)
    elif args["step"] == "backup":
        with Inventory.open(args["db"]) as inv:
            inv.backup(keep=1)
        rows = 0
    elif args["step"] == "pandas-export":
        import sqlite3
        import pandas as pd
        conn = sqlite3.connect(args["db"])
        with pd.ExcelWriter(args["out"]) as writer:
            for table in ("person", "organisation", "licence", "site", "production", "sale", "inspection"):
                limit = args["limit"] if table == "production" else -1
                df = pd.read_sql_query(f"SELECT * FROM {{table}} LIMIT ?", conn, params=(limit,))
                df.to_excel(writer, sheet_name=table, index=False)
                rows += len(df)
    elif args["step"] == "pandas-import":
        import pandas as pd
        frames = pd.read_excel(args["file"], sheet_name=None, nrows=args.get("nrows"))
        rows = sum(len(df) for df in frames.values())
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({{"rows": rows, "seconds": seconds, "peak_mb": peak + reader}}))
    """
).format(root=str(ROOT))


def run(step: str, root: Path = ROOT, **kw: object) -> dict[str, float]:
    """Run one step in its own process with the kpfield found in ``root``."""
    out = subprocess.run(
        [sys.executable, "-c", STEP, json.dumps({"step": step, "root": str(root), **kw})],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    if out.returncode:
        raise SystemExit(f"step {step} failed:\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def new_inventory(db: Path, root: Path = ROOT) -> None:
    """An empty coordinator's inventory at ``db``, made by the kpfield in ``root``."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "kpfield", "init", "--db", str(db), "--country", "SL", "--officer", "Coordinator"],
        check=True,
        capture_output=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def against(book: Path, work: Path, earlier: Path, rounds: int) -> None:
    """Import and re-import ``book`` with this tree and with the kpfield in ``earlier``, alternating
    over ``rounds`` rounds; print each run, then the medians and their ratio (target: 1.10 at most)."""
    import statistics

    codes = {"this tree": ROOT, "earlier": earlier}
    times: dict[tuple[str, str], list[dict[str, float]]] = {}
    print(f"\nagainst {earlier}: {rounds} round(s), alternating", flush=True)
    for n in range(rounds):
        for name in list(codes) if n % 2 == 0 else list(codes)[::-1]:
            db = work / f"against-{'this' if name == 'this tree' else 'earlier'}.kpfield"
            new_inventory(db, codes[name])
            for step in ("import", "re-import"):
                r = run("import", codes[name], db=str(db), file=str(book))
                times.setdefault((name, step), []).append(r)
                print(
                    f"  round {n + 1} {name:<10} {step:<10}{r['seconds']:8.1f} s{r['rows'] / r['seconds']:9,.0f} rows/s"
                    f"{r['peak_mb']:7.0f} MB",
                    flush=True,
                )
    print(f"\n{'median of ' + str(rounds):<24}{'this tree':>12}{'earlier':>12}{'ratio':>8}  target: within 10%")
    for step in ("import", "re-import"):
        this = statistics.median(r["seconds"] for r in times[("this tree", step)])
        then = statistics.median(r["seconds"] for r in times[("earlier", step)])
        verdict = "met" if this <= then * 1.1 else "NOT MET"
        print(f"{step + ' (s)':<24}{this:>12.1f}{then:>12.1f}{this / then:>8.2f}  {verdict}")
        peak = max(r["peak_mb"] for r in times[("this tree", step)])
        peak_then = max(r["peak_mb"] for r in times[("earlier", step)])
        print(f"{step + ' peak (MB)':<24}{peak:>12.0f}{peak_then:>12.0f}{peak / peak_then:>8.2f}  target: < 1,536 MB")


def trimmed_copy(src: Path, dest: Path, rows: int) -> Path:
    """A copy of ``src`` keeping its first ``rows`` production records (and everything else)."""
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.execute(
        "DELETE FROM production WHERE rowid > (SELECT rowid FROM production ORDER BY rowid LIMIT 1 OFFSET ?)",
        (rows - 1,),
    )
    conn.execute("VACUUM")
    conn.close()
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="the regional demo inventory (kpfield demo --scale regional)")
    ap.add_argument("--rows", type=int, help="keep only the first N production records (a quicker run)")
    ap.add_argument("--baseline-rows", type=int, default=200_000, help="production records for the pandas baseline")
    ap.add_argument(
        "--baseline-sheet-rows",
        type=int,
        default=20_000,
        help="rows of each sheet of the field workbook that pandas reads for the second baseline",
    )
    ap.add_argument("--work", help="folder for the workbooks and inventories (default: a temporary folder)")
    ap.add_argument("--against", help="a checkout of an earlier kpfield to time import and re-import against")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the comparison with --against (default 3)")
    ap.add_argument(
        "--only-against", action="store_true", help="with --against: the export and the comparison, nothing else"
    )
    args = ap.parse_args()
    src = Path(args.db)
    if not src.exists():
        raise SystemExit(f"{src} does not exist: make it with 'kpfield demo --db {src} --scale regional'")
    work = Path(args.work or tempfile.mkdtemp(prefix="kpfield-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.rows:
        src = trimmed_copy(src, work / "source.kpfield", args.rows)
    with sqlite3.connect(src) as conn:
        production = conn.execute("SELECT count(*) FROM production").fetchone()[0]
    print(f"inventory {src.name}: {production:,} production records; work folder {work}", flush=True)

    book = work / "field.xlsx"
    results: list[tuple[str, dict[str, float]]] = []
    results.append(("kpfield export field", run("export", db=str(src), out=str(book))))
    print(f"  export done: {results[-1][1]['seconds']:.0f} s", flush=True)
    size_mb = book.stat().st_size / 1e6
    if args.against and args.only_against:
        against(book, work, Path(args.against).resolve(), args.rounds)
        return
    dest, inline = work / "coordinator.kpfield", work / "coordinator-inline.kpfield"
    for db in (dest, inline):
        new_inventory(db)
    results.append(("kpfield import, empty inventory", run("import", db=str(dest), file=str(book))))
    print(f"  import done: {results[-1][1]['seconds']:.0f} s", flush=True)
    results.append(
        ("  the same, read in the importing process", run("import", db=str(inline), file=str(book), processes=False))
    )
    inline.unlink()
    results.append(("kpfield import again (nothing new)", run("import", db=str(dest), file=str(book))))
    results.append(("  backup made before an import (full inventory)", run("backup", db=str(dest))))
    pbook = work / "pandas.xlsx"
    results.append(
        (
            "pandas read_sql + to_excel (baseline)",
            run("pandas-export", db=str(src), out=str(pbook), limit=args.baseline_rows),
        )
    )
    print(f"  pandas export done: {results[-1][1]['seconds']:.0f} s", flush=True)
    results.append(("pandas read_excel (baseline)", run("pandas-import", file=str(pbook))))
    results.append(
        (
            "pandas read_excel of the field workbook",
            run("pandas-import", file=str(book), nrows=args.baseline_sheet_rows),
        )
    )

    def rate(r: dict[str, float]) -> float:
        return r["rows"] / r["seconds"] if r["rows"] else 0.0

    by = dict(results)
    print()
    print(f"{'step':<48}{'rows':>11}{'seconds':>10}{'rows/s':>10}{'peak MB':>10}")
    for name, r in results:
        rows = f"{int(r['rows']):,}" if r["rows"] else "-"
        per = f"{rate(r):,.0f}" if r["rows"] else "-"
        print(f"{name:<48}{rows:>11}{r['seconds']:>10.1f}{per:>10}{r['peak_mb']:>10.0f}")
    exp, imp, again = (
        by["kpfield export field"],
        by["kpfield import, empty inventory"],
        by["kpfield import again (nothing new)"],
    )
    pexp, pimp = by["pandas read_sql + to_excel (baseline)"], by["pandas read_excel (baseline)"]
    pfield = by["pandas read_excel of the field workbook"]
    print(f"\nfield workbook: {size_mb:,.0f} MB")
    print("targets:")
    checks = [
        ("export >= 1.4x pandas", rate(exp) / rate(pexp), 1.4, f"{rate(exp) / rate(pexp):.2f}x"),
        ("export peak < 200 MB", 200 / exp["peak_mb"], 1.0, f"{exp['peak_mb']:.0f} MB"),
        ("import >= 5x pandas", rate(imp) / rate(pimp), 5.0, f"{rate(imp) / rate(pimp):.2f}x"),
        ("  the same, on the field workbook", rate(imp) / rate(pfield), 5.0, f"{rate(imp) / rate(pfield):.2f}x"),
        ("import >= 15,000 rows/s", rate(imp) / 15000, 1.0, f"{rate(imp):,.0f} rows/s"),
        ("import peak < 1.5 GB", 1536 / imp["peak_mb"], 1.0, f"{imp['peak_mb']:.0f} MB"),
        ("re-import at least as fast", rate(again) / rate(imp), 1.0, f"{rate(again) / rate(imp):.2f}x"),
    ]
    for name, value, need, shown in checks:
        print(f"  {name:<30}{shown:>16}  {'met' if value >= need else 'NOT MET'}")
    if args.against:
        against(book, work, Path(args.against).resolve(), args.rounds)


if __name__ == "__main__":
    main()
