"""Map benchmark: how long one frame of the Map page takes on a large inventory.

    .venv/bin/kpfield demo --db /tmp/national.kpfield --scale national      # once
    .venv/bin/python benchmarks/bench_map.py --db /tmp/national.kpfield [--sites 10000] [--areas 10000]

Loads the map of every site (timed), then, in a 1366x768 window's map area, draws frames as an
officer moves: the whole map, zoomed in step by step, panned, zoomed out again; each frame is the
view painted whole into an image (``QWidget.grab``), which is what a repaint costs. When the
inventory holds fewer sites or licence areas than ``--sites`` / ``--areas``, copies of its own,
moved a little, are added in memory (never written) so that the frame draws that many; the table
says how many were real. Prints one table: median and worst frame per movement, against the
target of 100 ms a frame; last, the same with 1,000 sites and 100 licence areas selected.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from kpfield.domain.areas import Corners  # noqa: E402
from kpfield.store import Inventory  # noqa: E402
from kpfield.ui.map.data import MapData, load_map_data  # noqa: E402
from kpfield.ui.map.render import application  # noqa: E402
from kpfield.ui.map.view import MapView  # noqa: E402

TARGET_MS = 100.0


def grow(data: MapData, sites: int, areas: int) -> MapData:
    """``data`` with copies of its sites and areas, each moved by up to about 3 km, up to the counts."""
    rng = np.random.default_rng(1)
    real = [i for i, s in enumerate(data.sites) if s.located]
    xs, ys, flags, feats = list(data.xs), list(data.ys), list(data.flags), list(data.sites)
    while real and len(feats) < sites:
        i = real[len(feats) % len(real)]
        dx, dy = rng.uniform(-0.03, 0.03, 2)
        feats.append(replace(data.sites[i], id=f"copy-{len(feats)}"))
        xs.append(data.xs[i] + dx)
        ys.append(data.ys[i] + dy)
        flags.append(data.flags[i])
    new_areas = list(data.areas)
    while data.areas and len(new_areas) < areas:
        a = data.areas[len(new_areas) % len(data.areas)]
        dlat, dlon = rng.uniform(-0.03, 0.03, 2)
        corners: Corners = tuple((lat + dlat, lon + dlon) for lat, lon in a.corners)
        new_areas.append(replace(a, id=f"copy-{len(new_areas)}", corners=corners))
    return MapData(
        data.lat0,
        feats,
        np.array(xs),
        np.array(ys),
        flags,
        new_areas,
        data.borders,
        data.districts,
        data.whole_country,
    )


def frames(view: MapView, moves: list, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        for move in moves:
            move()
            t = time.perf_counter()
            view.grab()
            out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a large inventory (the national or regional demo)")
    ap.add_argument("--sites", type=int, default=10_000, help="sites to draw (default 10,000)")
    ap.add_argument("--areas", type=int, default=10_000, help="licence areas to draw (default 10,000)")
    args = ap.parse_args()
    application()
    with Inventory.open_readonly(args.db) as inv:
        t = time.perf_counter()
        real = load_map_data(inv)
        load_s = time.perf_counter() - t
    real_sites, real_areas = int((~np.isnan(real.xs)).sum()), len(real.areas)
    data = grow(real, args.sites, args.areas)
    view = MapView()
    view.resize(1366 - 200 - 260, 768 - 120)  # the window less its navigation, side panel, bars
    view.show()
    t = time.perf_counter()
    view.set_data(data)
    build_s = time.perf_counter() - t

    rows = [("whole map (fit)", frames(view, [view.fit] * 5))]
    rows.append(("zoom in, 1.25x a step", frames(view, [lambda: view.zoom(1.25)] * 8)))
    rows.append(
        (
            "pan, a fifth of the view a step",
            frames(view, [lambda: view.pan(0.2, 0.0)] * 5 + [lambda: view.pan(-0.2, 0.1)] * 5),
        )
    )
    rows.append(("zoom out, 0.8x a step", frames(view, [lambda: view.zoom(0.8)] * 8)))
    view.fit()
    rows.append(
        ("pan the whole map", frames(view, [lambda: view.pan(0.1, 0.0)] * 5 + [lambda: view.pan(-0.1, 0.0)] * 5))
    )
    # a selection made in the lists or on the map (a shift-drag's box): rings and outlines on top
    located = np.flatnonzero(~np.isnan(data.xs))
    view.select(set(located[:1000].tolist()), set(range(min(100, len(data.areas)))))
    view.fit()
    rows.append(("whole map, 1,000 sites selected", frames(view, [view.fit] * 5)))
    rows.append(("zoom in, 1,000 sites selected", frames(view, [lambda: view.zoom(1.25)] * 8)))

    drawn = int((~np.isnan(data.xs)).sum())
    print(f"{args.db}: {real_sites:,} located sites and {real_areas:,} licence areas in the inventory")
    print(f"drawn: {drawn:,} sites and {len(data.areas):,} licence areas (the rest are moved copies, in memory)")
    print(f"load the map data: {load_s:.2f} s; build the scene: {build_s:.2f} s")
    print("Frames on a shared 2-core machine: expect noise of tens of per cent.\n")
    print(f"{'movement':<34}{'frames':>7}{'median ms':>11}{'worst ms':>10}  target < {TARGET_MS:.0f} ms")
    worst = 0.0
    for name, ms in rows:
        med, top = statistics.median(ms), max(ms)
        worst = max(worst, top)
        verdict = "OK" if med < TARGET_MS else "SLOWER THAN TARGET"
        print(f"{name:<34}{len(ms):>7}{med:>11.1f}{top:>10.1f}  {verdict}")
    view.close()
    return 0 if worst < 10 * TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
