"""Settling what imports left open: ``conflicts`` lists, ``resolve`` settles."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from kpfield.domain.entities import ENTITIES, entity
from kpfield.domain.labels import entity_label
from kpfield.exchange.review import (
    Conflict,
    automatic_text,
    dismiss_duplicate,
    field_text,
    merge_pair,
    merge_records,
    open_conflicts,
    open_duplicates,
    resolve_conflict,
    settled_automatically,
    side_text,
    value_text,
)
from kpfield.i18n import translate
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_USAGE, Commands, db_arg, lang_arg, num

# automatic settlements listed at most (the latest): they are rare, but an inventory keeps them all
SHOWN_AUTOMATIC = 50


def _conflict_json(c: Conflict) -> dict[str, Any]:
    return {**c.__dict__, "number": c.id}


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        conflicts, dups, auto = open_conflicts(inv), open_duplicates(inv), settled_automatically(inv)
        if args.json:
            # machine keys and stored values only: the same whatever the language
            json.dump(
                {
                    "conflicts": [_conflict_json(c) for c in conflicts],
                    "settled_automatically": [_conflict_json(c) for c in auto],
                    "duplicates": [{**d.__dict__, "number": d.id} for d in dups],
                },
                out,
                indent=2,
                ensure_ascii=False,
            )
            print(file=out)
            return EXIT_OK
        print(translate("cli", "{n} open conflict(s)").format(n=num(len(conflicts))), file=out)
        for c in conflicts:
            _print_conflict(inv, c, out)
        if auto:
            print(
                translate(
                    "cli",
                    "{n} conflict(s) settled automatically (case, accents or spaces alone: the most recent spelling)",
                ).format(n=num(len(auto))),
                file=out,
            )
            for c in auto[-SHOWN_AUTOMATIC:]:
                _print_conflict(inv, c, out)
        print(translate("cli", "{n} probable duplicate(s)").format(n=num(len(dups))), file=out)
        for d in dups:
            print(
                "  "
                + translate("cli", "pair {id}: {kind}: A {a_label} / B {b_label}: {why}").format(
                    id=d.id, kind=entity_label(entity(d.kind)), a_label=d.a_label, b_label=d.b_label, why=d.why
                ),
                file=out,
            )
            print("      " + translate("cli", "A {a}, B {b}").format(a=d.a, b=d.b), file=out)
    if conflicts or dups:
        print(
            translate(
                "cli",
                "Settle with: kpfield resolve --db PATH NUMBER --ours|--theirs|--value V; "
                "kpfield resolve --db PATH --merge PAIR [A|B] (or --merge KEEP_ID OTHER_ID); "
                "kpfield resolve --db PATH --dismiss PAIR",
            ),
            file=out,
        )
    return EXIT_OK


def _print_conflict(inv: Inventory, c: Conflict, out: TextIO) -> None:
    """One conflict as a person reads it: its number, the record, the field, each side by officer
    and date, the value both started from where known."""
    kind = entity_label(entity(c.kind)) if c.kind in ENTITIES else c.kind
    print(
        "  "
        + translate("cli", "#{id} {kind} {record}: {field}").format(
            id=c.id, kind=kind, record=c.label or c.record_id, field=field_text(c.kind, c.field)
        ),
        file=out,
    )
    print(
        "      "
        + translate("cli", "here: {value} ({side})").format(
            value=value_text(inv, c.kind, c.field, c.ours), side=side_text(c.ours_by, c.ours_at)
        ),
        file=out,
    )
    print(
        "      "
        + translate("cli", "received: {value} ({side}; file {file})").format(
            value=value_text(inv, c.kind, c.field, c.theirs),
            side=side_text(c.theirs_by, c.theirs_at),
            file=c.file or c.peer or "?",
        ),
        file=out,
    )
    if c.base is not None:
        print(
            "      "
            + translate("cli", "both started from: {value}").format(value=value_text(inv, c.kind, c.field, c.base)),
            file=out,
        )
    if c.resolution:
        print("      " + translate("cli", "settled: {how}").format(how=automatic_text(c)), file=out)


def cmd_resolve(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        if args.merge:
            merge = [m.strip() for m in args.merge]
            if merge[0].isdigit() and (len(merge) == 1 or (len(merge) == 2 and merge[1].lower() in ("a", "b"))):
                print(merge_pair(inv, int(merge[0]), merge[1] if len(merge) == 2 else "a"), file=out)
            elif len(merge) == 2:
                print(merge_records(inv, merge[0], merge[1]), file=out)
            else:
                print(
                    translate(
                        "cli",
                        "kpfield resolve --merge: give a pair number (and A or B, the record to keep), "
                        "or the UUIDs of the record to keep and of the other",
                    ),
                    file=sys.stderr,
                )
                return EXIT_USAGE
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
        description="Settle one conflict by its number (keep ours, take theirs, or a value), merge a duplicate "
        "pair by its number or two records by UUID (the other UUID becomes an alias of the kept one), or "
        "dismiss a duplicate pair. Audited.",
    )
    db_arg(sp)
    sp.add_argument("conflict", nargs="?", type=int, help="the conflict number, as 'kpfield conflicts' lists it")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--ours", action="store_true", help="keep the value in this inventory")
    g.add_argument("--theirs", action="store_true", help="take the incoming value")
    g.add_argument("--value", help="set this value instead")
    g.add_argument(
        "--merge",
        nargs="+",
        metavar="PAIR_OR_ID",
        help="merge the duplicate pair numbered PAIR, keeping A (or B: '--merge PAIR B'); "
        "or merge OTHER_ID into KEEP_ID ('--merge KEEP_ID OTHER_ID')",
    )
    g.add_argument("--dismiss", type=int, metavar="PAIR", help="the duplicate pair is two different records")
    lang_arg(sp, "language of the messages")
    sp.set_defaults(handler=cmd_resolve)
