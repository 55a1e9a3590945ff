"""The inventory file itself: create it, count what it holds, check it, back it up, bring a backup back."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entities_label
from kpfield.i18n import translate
from kpfield.store import Inventory
from kpfield.store.backup import read_meta
from kpfield.store.restore import owner, restore
from kpfield.store.verify import examine

from .common import EXIT_OK, EXIT_REFUSED, Commands, db_arg, num


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.create(args.db, country=args.country, officer=args.officer, district=args.district) as inv:
        print(
            translate("cli", "Created inventory {path} for {officer} ({country}); installation {origin}").format(
                path=inv.path, officer=inv.identity.officer, country=inv.identity.country, origin=inv.identity.origin
            ),
            file=out,
        )
    return EXIT_OK


def _format_summary(inv: Inventory) -> str:
    s = inv.summary()
    lines = [
        translate("cli", "Inventory {path}").format(path=inv.path),
        translate("cli", "Officer {officer} ({country}), installation {origin}").format(
            officer=inv.identity.officer, country=inv.identity.country, origin=inv.identity.origin
        ),
        "",
        translate("cli", "Records"),
    ]
    for key, n in s.counts.items():
        lines.append(f"  {entities_label(ENTITIES[key]):<24}{num(n):>12}")
    heads = [
        translate("cli", "country"),
        translate("cli", "period"),
        translate("cli", "records"),
        translate("cli", "stones"),
        translate("cli", "carats"),
        translate("cli", "USD"),
        translate("cli", "USD/ct"),
    ]
    widths = [8, 8, 10, 12, 14, 16, 9]
    lines += [
        "",
        translate("cli", "Production (KP statistics form)"),
        "  " + "".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths, strict=True))),
    ]
    for p in s.production:
        per = num(p.usd_per_carat, 0) if p.usd_per_carat is not None else "-"
        lines.append(
            f"  {p.country:<8}{p.period:<8}{num(p.records):>10}{num(p.stones):>12}{num(p.carats, 2):>14}"
            f"{num(p.value_usd, 0):>16}{per:>9}"
        )
    if not s.production:
        lines.append("  " + translate("cli", "(no production recorded)"))
    last = inv.meta("last_backup_at")
    lines += [
        "",
        translate("cli", "Last backup: {when}").format(when=last) if last else translate("cli", "Last backup: never"),
    ]
    return "\n".join(lines)


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        if args.json:
            json.dump(inv.summary().as_json(), out, indent=2, allow_nan=False)
            print(file=out)
        else:
            print(_format_summary(inv), file=out)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    report = examine(args.db)
    ok = report.ok
    if args.json:
        json.dump(report.as_json(), out, indent=2, ensure_ascii=False)
        print(file=out)
    else:
        names = {
            "schema": translate("cli", "schema"),
            "integrity": translate("cli", "integrity"),
            "references": translate("cli", "references"),
            "audit": translate("cli", "audit"),
            "records": translate("cli", "records"),
            "checkpoints": translate("cli", "checkpoints"),
        }
        width = max(len(n) for n in names.values()) + 2
        for c in report.checks:
            status = translate("cli", "OK") if c.ok else translate("cli", "FAIL")
            print(f"{status:<5}{names.get(c.name, c.name):<{width}}{c.detail}", file=out)
        for f in report.findings:
            if f.code.startswith("record.") or f.code == "table.missing":
                print(f"     {f.code}: {f.message}", file=out)
        listed = sum(1 for f in report.findings if f.code.startswith("record."))
        counted = sum(n for code, n in report.counts.items() if code.startswith("record."))
        if counted > listed:
            print("     " + translate("cli", "... and {n} more").format(n=num(counted - listed)), file=out)
        verdict = translate("cli", "{path}: sound") if ok else translate("cli", "{path}: PROBLEMS FOUND")
        print(verdict.format(path=args.db), file=out)
    return EXIT_OK if ok else EXIT_REFUSED


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        path = inv.backup(Path(args.output) if args.output else None, keep=args.keep)
        readonly = inv.readonly
    print(translate("cli", "Backed up to {path}").format(path=path), file=out)
    if readonly:
        print(
            translate("cli", "The inventory is read-only here, so the time of this backup was not noted in it"),
            file=out,
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    before = read_meta(Path(args.db)) if Path(args.db).exists() else {}
    used, kept = restore(
        Path(args.db), Path(args.source) if args.source else None, Path(args.backups) if args.backups else None
    )
    print(translate("cli", "Restored {path} from {backup}").format(path=args.db, backup=used), file=out)
    if before.get("inventory_id") and before.get("inventory_id") != read_meta(Path(args.db)).get("inventory_id"):
        print(
            translate("cli", "Note: that backup is of another inventory: {owner}").format(owner=owner(Path(args.db))),
            file=out,
        )
    if kept:
        print(translate("cli", "The file it replaced was kept as {path}").format(path=kept), file=out)
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "init",
        help="create a new inventory for this installation",
        description="Create a new, empty inventory file and this installation's identity.",
    )
    db_arg(sp)
    sp.add_argument("--country", required=True, help="home country, ISO 3166 alpha-2 (SL, GN, CF, ...)")
    sp.add_argument("--officer", required=True, help="the officer's name, as it will appear in the audit log")
    sp.add_argument("--district", help="the officer's district (optional)")
    sp.set_defaults(handler=cmd_init)

    sp = sub.add_parser(
        "stats",
        help="counts per record kind and production totals",
        description="Records per kind, and production per country and half-year (stones, carats, USD, USD/ct).",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sp.set_defaults(handler=cmd_stats)

    sp = sub.add_parser(
        "verify",
        help="check the file's integrity, references, audit chain, records and signed checkpoints",
        description="Check the file's structure (PRAGMA integrity_check), its references, its audit chain, "
        "every record against the audit log (changed, unaudited or removed outside kpfield) and the signed "
        "checkpoints, without writing to it. Exit 1 when a check fails. --json lists every finding with a code.",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of lines")
    sp.set_defaults(handler=cmd_verify)

    sp = sub.add_parser(
        "backup",
        help="write a timestamped backup of the inventory",
        description="Copy the inventory with SQLite's online backup API into a timestamped "
        "file, keeping the newest --keep backups.",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", metavar="DIR", help="backup folder (default: 'backups' next to the inventory)")
    sp.add_argument("--keep", type=int, default=10, help="how many backups to keep (default 10; 0 keeps all)")
    sp.set_defaults(handler=cmd_backup)

    sp = sub.add_parser(
        "restore",
        help="bring back a backup (the replaced file is kept aside)",
        description="Replace the inventory by a backup that verifies: the one given with --from, or else the "
        "newest good one. The replaced file is renamed, never deleted. Close kpfield before restoring.",
    )
    sp.add_argument("--db", required=True, metavar="PATH", help="the inventory file to restore")
    sp.add_argument("--from", dest="source", metavar="BACKUP", help="the backup file to bring back")
    sp.add_argument("--backups", metavar="DIR", help="where to look for backups (default: 'backups' next to it)")
    sp.set_defaults(handler=cmd_restore)
