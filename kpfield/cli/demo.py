"""``kpfield demo``: a demo inventory a WGAAP coordinator would recognise (also what ``gui --demo`` opens)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kpfield.demo import SCALES, generate
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entities_label
from kpfield.i18n import translate
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_REFUSED, Commands, db_arg, num


def open_or_create_demo(path: Path, scale: str, seed: int, out: TextIO) -> Inventory:
    fresh = not path.exists() or path.stat().st_size == 0
    inv = (
        Inventory.create(path, country=SCALES[scale].countries[0], officer="Demo officer")
        if fresh
        else Inventory.open(path)
    )
    try:
        if fresh or not inv.count("person"):
            print(
                translate("cli", "Making the {scale} demo inventory (seed {seed}) in {path} ...").format(
                    scale=scale, seed=seed, path=path
                ),
                file=out,
                flush=True,
            )
            result = generate(inv, scale, seed)
            print(
                "  "
                + ", ".join(
                    f"{num(n)} {entities_label(ENTITIES[k]).lower() if k in ENTITIES else k}"
                    for k, n in result.counts.items()
                ),
                file=out,
            )
    except BaseException:
        inv.close()
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return inv


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        with Inventory.open(path) as inv:
            if inv.count("person") or inv.count("production"):
                print(
                    translate(
                        "cli", "kpfield: {path} already holds records; the demo goes into a new or empty inventory"
                    ).format(path=path),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
    open_or_create_demo(path, args.scale, args.seed, out).close()
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "demo",
        help="fill a new inventory with the demo data",
        description="Make a new inventory holding realistic, deterministic demo records "
        "(with planted problems for the challenge matrix to find).",
    )
    db_arg(sp)
    sp.add_argument(
        "--scale",
        choices=list(SCALES),
        default="small",
        help="small: a few hundred records, 4 countries; national: 20,000 diggers, 200,000 "
        "production records; regional: 5 countries, about 1,000,000 production records",
    )
    sp.add_argument("--seed", type=int, default=1, help="the same seed gives the same inventory (default 1)")
    sp.set_defaults(handler=cmd_demo)
