"""The kpfield command line: a thin layer over the same services the window uses.

Exit codes: 0 success; 1 the data or the file was refused (every problem is listed); 2 the
command was used wrongly (argparse's own code).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from kpfield import __version__
from kpfield.domain.entities import ENTITIES
from kpfield.domain.validation import ValidationError
from kpfield.store import Inventory, InventoryError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace, TextIO], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def _print_problems(err: ValidationError, out: TextIO) -> None:
    print(f"kpfield: {err.entity} refused:", file=sys.stderr)
    for p in err.problems:
        tag = "error" if p.severity == "error" else "warning"
        print(f"  {tag}: {p}", file=sys.stderr)


# ---- commands ---------------------------------------------------------------------------------


@command("init")
def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.create(args.db, country=args.country, officer=args.officer, district=args.district) as inv:
        print(
            f"Created inventory {inv.path} for {inv.identity.officer} ({inv.identity.country}); "
            f"installation {inv.identity.origin}",
            file=out,
        )
    return EXIT_OK


def _open_or_create_demo(path: Path, scale: str, seed: int, out: TextIO) -> Inventory:
    from kpfield.demo import SCALES, generate

    fresh = not path.exists() or path.stat().st_size == 0
    inv = (
        Inventory.create(path, country=SCALES[scale].countries[0], officer="Demo officer")
        if fresh
        else Inventory.open(path)
    )
    try:
        if fresh or not inv.count("person"):
            print(f"Making the {scale} demo inventory (seed {seed}) in {path} ...", file=out, flush=True)
            result = generate(inv, scale, seed)
            print("  " + ", ".join(f"{n:,} {k}" for k, n in result.counts.items()), file=out)
    except BaseException:
        inv.close()
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return inv


@command("demo")
def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        with Inventory.open(path) as inv:
            if inv.count("person") or inv.count("production"):
                print(
                    f"kpfield: {path} already holds records; the demo goes into a new or empty inventory",
                    file=sys.stderr,
                )
                return EXIT_REFUSED
    _open_or_create_demo(path, args.scale, args.seed, out).close()
    return EXIT_OK


def _format_summary(inv: Inventory) -> str:
    s = inv.summary()
    lines = [
        f"Inventory {inv.path}",
        f"Officer {inv.identity.officer} ({inv.identity.country}), installation {inv.identity.origin}",
        "",
        "Records",
    ]
    for key, n in s.counts.items():
        lines.append(f"  {ENTITIES[key].plural:<18}{n:>12,}")
    lines += [
        "",
        "Production (KP statistics form)",
        f"  {'country':<8}{'period':<8}{'records':>10}{'stones':>12}{'carats':>14}{'USD':>16}{'USD/ct':>9}",
    ]
    for p in s.production:
        per = f"{p.usd_per_carat:,.0f}" if p.usd_per_carat is not None else "-"
        lines.append(
            f"  {p.country:<8}{p.period:<8}{p.records:>10,}{p.stones:>12,}{p.carats:>14,.2f}"
            f"{p.value_usd:>16,.0f}{per:>9}"
        )
    if not s.production:
        lines.append("  (no production recorded)")
    last = inv.meta("last_backup_at")
    lines += ["", f"Last backup: {last or 'never'}"]
    return "\n".join(lines)


@command("stats")
def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        if args.json:
            json.dump(inv.summary().as_json(), out, indent=2)
            print(file=out)
        else:
            print(_format_summary(inv), file=out)
    return EXIT_OK


@command("verify")
def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.store.verify import verify

    checks = verify(args.db)
    ok = all(c.ok for c in checks)
    if args.json:
        json.dump({"ok": ok, "checks": [c.__dict__ for c in checks]}, out, indent=2)
        print(file=out)
    else:
        for c in checks:
            print(f"{'OK  ' if c.ok else 'FAIL'} {c.name:<11}{c.detail}", file=out)
        print(f"{args.db}: {'sound' if ok else 'PROBLEMS FOUND'}", file=out)
    return EXIT_OK if ok else EXIT_REFUSED


@command("backup")
def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        path = inv.backup(Path(args.output) if args.output else None, keep=args.keep)
    print(f"Backed up to {path}", file=out)
    return EXIT_OK


def _parse_assignments(items: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise argparse.ArgumentTypeError(f"{item!r}: write each field as name=value")
        name, value = item.split("=", 1)
        values[name.strip()] = value
    return values


@command("add")
def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    values = _parse_assignments(args.fields)
    with Inventory.open(args.db) as inv:
        saved = inv.add(args.kind, values, reason=args.reason)
    for w in saved.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(saved.id, file=out)
    return EXIT_OK


@command("gui")
def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.paths import demo_inventory_path

    if args.demo:
        inv = _open_or_create_demo(demo_inventory_path(), args.scale, 1, out)
    elif args.db:
        inv = Inventory.open(args.db)
    else:
        print("kpfield gui: give --db PATH or --demo", file=sys.stderr)
        return EXIT_USAGE
    with inv:
        print("The kpfield window is not built yet; here is the inventory's summary.\n", file=out)
        print(_format_summary(inv), file=out)
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kpfield",
        description="Field inventories of artisanal and alluvial diamond mining for the Kimberley Process WGAAP.",
    )
    p.add_argument("--version", action="version", version=f"kpfield {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def db_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", required=True, metavar="PATH", help="the inventory file (.kpfield)")

    sp = sub.add_parser(
        "init",
        help="create a new inventory for this installation",
        description="Create a new, empty inventory file and this installation's identity.",
    )
    db_arg(sp)
    sp.add_argument("--country", required=True, help="home country, ISO 3166 alpha-2 (SL, GN, CF, ...)")
    sp.add_argument("--officer", required=True, help="the officer's name, as it will appear in the audit log")
    sp.add_argument("--district", help="the officer's district (optional)")

    from kpfield.demo import SCALES

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

    sp = sub.add_parser(
        "stats",
        help="counts per record kind and production totals",
        description="Records per kind, and production per country and half-year (stones, carats, USD, USD/ct).",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")

    sp = sub.add_parser(
        "verify",
        help="check the file's integrity, references and audit chain",
        description="Check the file's structure (PRAGMA integrity_check), its references and "
        "its audit chain, without writing to it. Exit 1 when a check fails.",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of lines")

    sp = sub.add_parser(
        "backup",
        help="write a timestamped backup of the inventory",
        description="Copy the inventory with SQLite's online backup API into a timestamped "
        "file, keeping the newest --keep backups.",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", metavar="DIR", help="backup folder (default: 'backups' next to the inventory)")
    sp.add_argument("--keep", type=int, default=10, help="how many backups to keep (default 10; 0 keeps all)")

    sp = sub.add_parser(
        "add",
        help="add one record (name=value fields)",
        description="Add one record through the same validation as the window's forms, e.g. "
        "kpfield add licence --db inv.kpfield country=SL number=AML/0001 "
        "kind=artisanal_mining issued_on=2026-01-15 expires_on=2027-01-14 ...",
    )
    sp.add_argument("kind", choices=list(ENTITIES), help="the kind of record")
    db_arg(sp)
    sp.add_argument("fields", nargs="*", metavar="NAME=VALUE", help="the record's fields")
    sp.add_argument("--reason", help="why, for the audit log")

    sp = sub.add_parser(
        "gui",
        help="open the window",
        description="Open the kpfield window on an inventory, or on the demo inventory in the user's data folder.",
    )
    sp.add_argument("--db", metavar="PATH", help="the inventory to open")
    sp.add_argument("--demo", action="store_true", help="open the demo inventory (made on first use)")
    sp.add_argument("--scale", choices=list(SCALES), default="small", help="demo scale on first use")

    from kpfield.exchange.commands import register as register_exchange

    register_exchange(sub, db_arg, COMMANDS)
    return p


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    try:
        # NAME=VALUE fields of 'add' may come after --db, which plain parse_args refuses
        args, extra = parser.parse_known_args(argv)
        if extra and not (args.command == "add" and all("=" in x and not x.startswith("-") for x in extra)):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        if extra:
            args.fields = [*args.fields, *extra]
    except SystemExit as e:
        return int(e.code or 0)
    try:
        return COMMANDS[args.command](args, out)
    except ValidationError as e:
        _print_problems(e, out)
        return EXIT_REFUSED
    except argparse.ArgumentTypeError as e:
        print(f"kpfield {args.command}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (InventoryError, ValueError, KeyError) as e:
        print(f"kpfield: {e.args[0] if isinstance(e, KeyError) else e}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as e:
        print(f"kpfield: {e.strerror or e}: {e.filename or ''}", file=sys.stderr)
        return EXIT_REFUSED


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
