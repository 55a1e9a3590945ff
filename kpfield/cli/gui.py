"""``kpfield gui``: open the window (the only command that loads Qt, and only when it runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from kpfield.demo import SCALES
from kpfield.paths import demo_inventory_path

from .common import Commands
from .demo import open_or_create_demo


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    path: Path | None = None
    if args.demo:
        open_or_create_demo(demo_inventory_path(), args.scale, 1, out).close()
        path = demo_inventory_path()
    elif args.db:
        path = Path(args.db)
    # without --db or --demo: the last inventory used, or the first-run wizard
    from kpfield.ui.app import run

    return run(path)


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "gui",
        help="open the window",
        description="Open the kpfield window on an inventory, or on the demo inventory in the user's data folder. "
        "Without --db or --demo: the last inventory used, or (the first time) a short wizard that creates one.",
    )
    sp.add_argument("--db", metavar="PATH", help="the inventory to open")
    sp.add_argument("--demo", action="store_true", help="open the demo inventory (made on first use)")
    sp.add_argument("--scale", choices=list(SCALES), default="small", help="demo scale on first use")
    sp.set_defaults(handler=cmd_gui)
