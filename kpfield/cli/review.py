"""Settling what imports left open: ``conflicts`` lists, ``resolve`` settles."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from kpfield.exchange.review import dismiss_duplicate, merge_records, open_conflicts, open_duplicates, resolve_conflict
from kpfield.i18n import translate
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_USAGE, Commands, db_arg, lang_arg, num


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        conflicts, dups = open_conflicts(inv), open_duplicates(inv)
    if args.json:
        # machine keys and stored values only: the same whatever the language
        json.dump(
            {"conflicts": [c.__dict__ for c in conflicts], "duplicates": [d.__dict__ for d in dups]},
            out,
            indent=2,
            ensure_ascii=False,
        )
        print(file=out)
        return EXIT_OK
    print(translate("cli", "{n} open conflict(s)").format(n=num(len(conflicts))), file=out)
    for c in conflicts:
        print(
            "  "
            + translate(
                "cli", "#{id} {kind} {record} field {field}: base {base}, ours {ours}, theirs {theirs} (from {source})"
            ).format(
                id=c.id,
                kind=c.kind,
                record=c.record_id,
                field=c.field,
                base=repr(c.base),
                ours=repr(c.ours),
                theirs=repr(c.theirs),
                source=c.file or c.peer,
            ),
            file=out,
        )
    print(translate("cli", "{n} probable duplicate(s)").format(n=num(len(dups))), file=out)
    for d in dups:
        print(f"  #{d.id} {d.kind}: {d.a} ({d.a_label}) / {d.b} ({d.b_label}): {d.why}", file=out)
    if conflicts or dups:
        print(
            translate(
                "cli",
                "Settle with: kpfield resolve --db PATH ID --ours|--theirs|--value V; "
                "kpfield resolve --db PATH --merge KEEP_ID OTHER_ID; kpfield resolve --db PATH --dismiss ID",
            ),
            file=out,
        )
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        if args.merge:
            print(merge_records(inv, args.merge[0], args.merge[1]), file=out)
        elif args.dismiss is not None:
            print(dismiss_duplicate(inv, args.dismiss), file=out)
        else:
            if args.conflict is None:
                print(
                    translate("cli", "kpfield resolve: give a conflict number (see 'kpfield conflicts')"),
                    file=sys.stderr,
                )
                return EXIT_USAGE
            choice = "ours" if args.ours else "theirs" if args.theirs else "value" if args.value is not None else None
            if choice is None:
                print(translate("cli", "kpfield resolve: choose --ours, --theirs or --value VALUE"), file=sys.stderr)
                return EXIT_USAGE
            done = resolve_conflict(inv, args.conflict, choice, args.value)
            print(translate("cli", "conflict {id} settled, {what}").format(id=args.conflict, what=done), file=out)
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "conflicts",
        help="list open conflicts and probable duplicates",
        description="Fields changed differently on two sides, and records that are probably the same.",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON: the same in every language")
    lang_arg(sp, "language of the listing")
    sp.set_defaults(handler=cmd_conflicts)
    sp = sub.add_parser(
        "resolve",
        help="settle a conflict, merge two duplicate records, or dismiss a candidate",
        description="Settle one conflict (keep ours, take theirs, or a value), merge two records (the other "
        "UUID becomes an alias of the kept one), or dismiss a duplicate candidate. Audited.",
    )
    db_arg(sp)
    sp.add_argument("conflict", nargs="?", type=int, help="the conflict number ('kpfield conflicts')")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--ours", action="store_true", help="keep the value in this inventory")
    g.add_argument("--theirs", action="store_true", help="take the incoming value")
    g.add_argument("--value", help="set this value instead")
    g.add_argument("--merge", nargs=2, metavar=("KEEP_ID", "OTHER_ID"), help="merge OTHER into KEEP")
    g.add_argument("--dismiss", type=int, metavar="ID", help="the duplicate candidate is two different records")
    lang_arg(sp, "language of the messages")
    sp.set_defaults(handler=cmd_resolve)
