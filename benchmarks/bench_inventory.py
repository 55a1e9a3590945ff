"""Inventory workbook benchmark: the consolidated workbook of the regional demo, timed and measured.

    .venv/bin/python benchmarks/bench_inventory.py [--db regional.kpfield]

Without --db it makes the regional demo first (about a minute). The workbook is written by the real
command (`kpfield export inventory`) in a child process, so its peak memory is the program's own.
Targets (issue: the consolidated inventory workbook): under 60 s and under 400 MB on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an existing regional demo inventory")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "regional.kpfield"
        if not args.db:
            print("making the regional demo ...", flush=True)
            subprocess.run(
                [sys.executable, "-m", "kpfield", "demo", "--db", str(db), "--scale", "regional"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        out = Path(tmp) / "inventory.xlsx"
        # measured from a fresh interpreter, so the peak is the export's alone, not the demo maker's
        code = (
            "import resource, subprocess, sys, time; t = time.perf_counter(); "
            f"subprocess.run([sys.executable, '-m', 'kpfield', 'export', 'inventory', '--db', {str(db)!r}, "
            f"'-o', {str(out)!r}, '--region', 'west-africa', '-q'], check=True, stdout=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
        )
        res = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        seconds, peak = (float(x) for x in res.stdout.split())
        size = out.stat().st_size / 2**20
        from kpfield.store import Inventory

        with Inventory.open(db) as inv:
            records = inv.count("production")
    print()
    print(f"| {'measure':<58} | {'value':>12} | {'target':<10} |")
    print(f"|{'-' * 60}|{'-' * 14}|{'-' * 12}|")
    print(f"| {'production records in the inventory':<58} | {records:>12,} | {'':<10} |")
    print(f"| {'kpfield export inventory --region west-africa: seconds':<58} | {seconds:>12.1f} | {'< 60 s':<10} |")
    print(f"| {'peak memory of that process':<58} | {peak:>10.0f} MB | {'< 400 MB':<10} |")
    print(f"| {'workbook size':<58} | {size:>10.1f} MB | {'':<10} |")
    print(f"\n{os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
