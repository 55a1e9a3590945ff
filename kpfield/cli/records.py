"""``kpfield add``: one record, through the same validation as the window's forms."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, TextIO

from kpfield.domain.entities import ENTITIES
from kpfield.i18n import translate
from kpfield.store import Inventory

from .common import EXIT_OK, Commands, db_arg, warn


def _parse_assignments(items: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise argparse.ArgumentTypeError(
                translate("cli", "'{item}': write each field as name=value").format(item=item)
            )
        name, value = item.split("=", 1)
        values[name.strip()] = value
    return values


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    values = _parse_assignments(args.fields)
    with Inventory.open(args.db) as inv:
        saved = inv.add(args.kind, values, reason=args.reason)
    warn(saved.warnings)
    print(saved.id, file=out)
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
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
    sp.set_defaults(handler=cmd_add)
