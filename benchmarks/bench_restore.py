"""Restore-from-backup benchmark: what File > Restore from backup… costs on a large inventory.

    kpfield demo --db national.kpfield --scale national        # once
    .venv/bin/python benchmarks/bench_restore.py --db national.kpfield [--backups 10]

On a copy of the inventory, makes ``--backups`` backups, then measures:

- listing them as the window does (:func:`kpfield.store.restore.describe_backups`: each backup
  opened read-only and its live records counted per kind);
- the long half of a restore (:func:`kpfield.store.restore.stage`: the chosen backup verified,
  then copied beside the inventory), which the window runs in a worker with progress;
- the quick half (:func:`kpfield.store.restore.put_in_place`: the files renamed), which the window
  does once it has let go of the inventory.

The machine may be shared: run it twice and read the figures as approximate.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kpfield.store import Inventory  # noqa: E402
from kpfield.store.restore import describe_backups, put_in_place, stage  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="an inventory (kpfield demo --scale national)")
    ap.add_argument("--backups", type=int, default=10, help="how many backups to list (default 10)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kpfield-bench-restore-") as tmp:
        path = Path(tmp) / "inventory.kpfield"
        shutil.copy(args.db, path)
        with Inventory.open(path) as inv:
            records = sum(inv.count(kind) for kind in ("person", "organisation", "licence", "site", "production"))
            for _ in range(args.backups):
                inv.backup(keep=0)
        t = time.perf_counter()
        listed = describe_backups(path)
        listing = time.perf_counter() - t
        newest = listed[0]
        t = time.perf_counter()
        staging = stage(path, newest.path)
        staged = time.perf_counter() - t
        t = time.perf_counter()
        put_in_place(path, staging)
        swapped = time.perf_counter() - t
        size_mb = newest.size / 1e6
        rows = [
            ("records in the inventory", f"{records:,}"),
            ("backup size", f"{size_mb:,.1f} MB"),
            (f"list {len(listed)} backups (counts per kind)", f"{listing:.2f} s ({listing / len(listed):.3f} s each)"),
            ("verify and copy one (worker)", f"{staged:.2f} s"),
            ("swap the files (window)", f"{swapped * 1000:.1f} ms"),
        ]
        width = max(len(r[0]) for r in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
