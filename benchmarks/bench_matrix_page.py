"""The Challenge matrix page on a large inventory, offscreen: does the window keep answering?

    .venv/bin/kpfield demo --db /tmp/regional.kpfield --scale regional   # once, about a minute
    .venv/bin/python benchmarks/bench_matrix_page.py --db /tmp/regional.kpfield

Prints one table. Each evaluation runs in the page's worker thread while a 20 ms timer ticks in
the window's thread; "longest pause" is the longest gap between two ticks, i.e. the longest the
window could not answer a click or repaint. "Cancel" measures how soon the page is idle again
after Cancel, and how long the worker takes to stop. The comparison row is the same evaluation
called directly on the window's thread (what the page avoids): the window would freeze that long.
Target (issue: the window must stay responsive; evaluation of a region under 5 s, which
benchmarks/bench_matrix.py measures without Qt).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a large inventory (the regional demo)")
    args = ap.parse_args()
    os.environ.setdefault("KPFIELD_DATA_DIR", str(Path(args.db).parent / "bench-matrix-page-data"))

    from kpfield.matrix import evaluate
    from kpfield.store import Inventory
    from kpfield.ui.app import application
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QTimer

    app = application()
    inv = Inventory.open(args.db)
    win = MainWindow(inv, auto_backup=False)
    win.resize(1366, 768)
    win.show()
    page = win.matrix_page
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()

    def spin(done, limit: float = 120.0) -> None:
        t0 = time.perf_counter()
        while not done() and time.perf_counter() - t0 < limit:
            app.processEvents()
            time.sleep(0.002)

    rows: list[tuple[str, str, str]] = []

    def measure(label: str, action) -> None:
        gaps.clear()
        last[0] = time.perf_counter()
        t0 = time.perf_counter()
        action()
        spin(lambda: page.job is None and page.heat.evaluation is not None)
        t1 = time.perf_counter()
        spin(lambda: page.footprint_job is None)
        t2 = time.perf_counter()
        cols = page.heat.columnCount()
        rows.append(
            (
                f"{label} ({cols} columns)",
                f"{t1 - t0:.2f} s, then footprint {t2 - t1:.2f} s",
                f"{max(gaps) * 1000:.0f} ms",
            )
        )

    measure("all countries, first showing of the page", lambda: win.nav.setCurrentRow(win.nav.count() - 2))
    measure("region West Africa", lambda: page.where.setCurrentIndex(page.where.findText("Region: West Africa")))
    measure("region West Africa by district", lambda: page.by_district.setChecked(True))

    page.by_district.setChecked(False)
    job = page.job
    spin(lambda: False, 1.0)
    t0 = time.perf_counter()
    page.cancel()
    idle = time.perf_counter() - t0
    spin(lambda: job is None or job.outcome is not None, 30)
    stopped = time.perf_counter() - t0
    rows.append(("Cancel one second into an evaluation", f"page idle {idle * 1000:.0f} ms", ""))
    rows.append(("  the worker's query stops", f"{stopped * 1000:.0f} ms ({job.outcome if job else '-'})", ""))

    scopes, period = page.scopes(), page.current_period()
    t0 = time.perf_counter()
    evaluate(inv, page.matrix, scopes, period)
    rows.append(("comparison: the same evaluation on the window's thread", "", f"{time.perf_counter() - t0:.2f} s"))

    win.close()
    inv.close()
    n = inv_records(args.db)
    print(f"\nChallenge matrix page, {n:,} production records, period {period.label}\n")
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(f"| {'step':<{w0}} | {'time':<{w1}} | longest pause of the window |")
    print(f"|{'-' * (w0 + 2)}|{'-' * (w1 + 2)}|---|")
    for a, b, c in rows:
        print(f"| {a:<{w0}} | {b:<{w1}} | {c} |")
    return 0


def inv_records(path: str) -> int:
    from kpfield.store.db import connect

    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM production WHERE deleted = 0").fetchone()[0]
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
