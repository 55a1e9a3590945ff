"""Verify benchmark: `kpfield verify` on the regional demo, every record hashed again.

    kpfield demo --db regional.kpfield --scale regional        # once, about two minutes
    .venv/bin/python benchmarks/bench_verify.py --db regional.kpfield

Measures, each in its own process (so that peak memory is the step's own):

- `kpfield verify` of the inventory as it is (sound);
- the same on a copy in which one production record's carats were multiplied by 100 with plain
  sqlite3 (the finding must name it), to show that a failing check costs no more.

Target (issue: verifiable records): under 60 s on the regional demo (about 1.1 million records)
with memory that does not grow with the inventory. The machine may be shared: run it twice and
read the figures as approximate.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

STEP = textwrap.dedent(
    """
    import json, resource, sys, time
    sys.path.insert(0, {root!r})
    from kpfield.store.verify import examine
    t = time.perf_counter()
    report = examine(sys.argv[1])
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({{"ok": report.ok, "seconds": seconds, "peak_mb": peak, "counts": report.counts}}))
    """
).format(root=str(ROOT))


def run(path: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", STEP, str(path)], capture_output=True, text=True, check=False)
    if out.returncode:
        raise SystemExit(f"verify of {path} failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="the regional demo inventory (kpfield demo --scale regional)")
    ap.add_argument("--work", help="folder for the tampered copy (default: a temporary folder)")
    args = ap.parse_args()
    src = Path(args.db)
    if not src.exists():
        raise SystemExit(f"{src} does not exist: make it with 'kpfield demo --db {src} --scale regional'")
    with sqlite3.connect(src) as conn:
        records = sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "person",
                "organisation",
                "licence",
                "site",
                "production",
                "sale",
                "inspection",
                "self_assessment",
            )
        )
    print(f"inventory {src.name}: {records:,} records", flush=True)
    sound = run(src)
    work = Path(args.work or tempfile.mkdtemp(prefix="kpfield-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "tampered.kpfield"
    with sqlite3.connect(src) as s, sqlite3.connect(copy) as d:
        s.backup(d)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE production SET carats = carats * 100 WHERE rowid = 123456")
    tampered = run(copy)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{'step':<48}{'records':>11}{'seconds':>10}{'records/s':>11}{'peak MB':>10}  verdict")
    for name, r in (("kpfield verify (sound)", sound), ("kpfield verify (one record tampered with)", tampered)):
        seconds = float(r["seconds"])
        found = ", ".join(f"{k} {v}" for k, v in r["counts"].items())
        verdict = "sound" if r["ok"] else f"problems: {found}"
        rate, peak = records / seconds, float(r["peak_mb"])
        print(f"{name:<48}{records:>11,}{seconds:>10.1f}{rate:>11,.0f}{peak:>10.0f}  {verdict}")
    print("targets:")
    worst = max(float(sound["seconds"]), float(tampered["seconds"]))
    # a run that stopped early (a schema to upgrade, an unreadable file) proves nothing about speed
    sound_ok = bool(sound["ok"])
    print(f"  {'verify says sound':<30}{'':>16}  {'met' if sound_ok else 'NOT MET'}")
    print(f"  {'verify < 60 s':<30}{worst:>14.1f} s  {'met' if sound_ok and worst < 60 else 'NOT MET'}")
    caught = not tampered["ok"] and tampered["counts"].get("record.changed", 0) >= 1
    print(f"  {'tampered record found':<30}{'':>16}  {'met' if caught else 'NOT MET'}")


if __name__ == "__main__":
    main()
