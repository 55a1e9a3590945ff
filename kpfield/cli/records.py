"""Records one at a time, for people and scripts: ``kpfield add``, ``list``, ``show``, ``edit`` and
``delete``.

A record is named by its UUID or by its own number or code (a licence number, a site code, a
person's national ID or digger-card number...), and so is a record a field refers to
(``holder_person_id=SL-123456``): :meth:`Inventory.resolve <kpfield.store.Inventory.resolve>`
finds it, and a text that names several records is refused with the candidates listed. Every
change goes through the same validation as the window's forms, in one audited transaction.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from kpfield.domain import vocab
from kpfield.domain.entities import ENTITIES, Entity, entity
from kpfield.domain.labels import entity_named
from kpfield.domain.places import COUNTRIES, country_name
from kpfield.domain.text import fold, visible
from kpfield.i18n import format_date, format_number, translate
from kpfield.store import Inventory, InventoryError
from kpfield.store.browse import VIEWS, Browser, Query

from .common import EXIT_OK, EXIT_REFUSED, Commands, db_arg, num, warn

# A table's cells are cut to this many characters (a finding of 4,000): the whole value is in
# ``kpfield show`` and in --json.
MAX_CELL = 40
DEFAULT_LIMIT = 100


def kind_arg(text: str) -> str:
    """A record kind as typed (``licences``, ``Permis``, ``site``) -> its key; refused naming the kinds."""
    ent = entity_named(text)
    if ent is None:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{kind}' is not a kind of record; choose one of {kinds}").format(
                kind=text, kinds=", ".join(ENTITIES)
            )
        )
    return ent.key


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


def _shown(ent: Entity, name: str, value: Any, refs: dict[str, str] | None = None) -> str:
    """A stored value of field ``name`` as the officer reads it (a reference by its label)."""
    if value is None or value == "":
        return ""
    f = ent.field(name)
    if f.kind == "ref":
        label = (refs or {}).get(name)
        return f"{label} ({value})" if label and label != value else str(value)
    if f.kind == "country":
        return f"{value} · {country_name(value)}" if value in COUNTRIES else str(value)
    if f.kind in ("latitude", "longitude"):
        return format_number(value, 5)
    if f.kind == "date":
        return format_date(str(value))
    if f.kind == "choice":
        return vocab.label(str(value))
    if f.kind == "choices":
        return ", ".join(vocab.label(c) for c in str(value).split(",") if c)
    if f.kind in ("int", "number"):
        return num(value)
    return str(value)


def _cell(kind: str, value: Any) -> str:
    """A value of a table column (:class:`kpfield.store.browse.Column` kinds), as the window shows it."""
    if value is None or value == "":
        return ""
    if kind == "number":
        text = format_number(value, 2, grouping=True)
    elif kind == "money":
        text = format_number(value, 0, grouping=True)
    elif kind == "int":
        text = format_number(value, grouping=True)
    elif kind == "coord":
        text = format_number(value, 5)
    elif kind == "date":
        text = format_date(str(value))
    elif kind == "choice":
        text = vocab.label(str(value))
    elif kind == "choices":
        text = ", ".join(vocab.label(c) for c in str(value).split(",") if c)
    else:
        text = str(value)
    text = visible(text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _when(stamp: str | None) -> str:
    """A stored UTC time (``2026-04-03T09:15:22.1Z``) as the officer reads it: date, minutes, UTC."""
    if not stamp:
        return ""
    text = str(stamp)
    if len(text) < 16 or text[10] != "T":
        return visible(text)  # as a workbook gave it
    return f"{format_date(text[:10])} {text[11:16]} UTC"


# ---- add ------------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    values = _parse_assignments(args.fields)
    with Inventory.open(args.db) as inv:
        saved = inv.add(args.kind, values, reason=args.reason, named=True)
    warn(saved.warnings)
    print(saved.id, file=out)
    return EXIT_OK


# ---- list -----------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    if args.kind not in VIEWS:
        print(
            translate("cli", "kpfield list: there is no table of {kinds}; see kpfield evaluate").format(
                kinds=entity(args.kind).shown_plural().lower()
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.limit < 0:
        raise argparse.ArgumentTypeError(translate("cli", "--limit must be 0 (every record) or more"))
    view = VIEWS[args.kind]
    with Inventory.open(args.db) as inv:
        browser = inv.browser(view, Query(text=args.search or ""))
        total = browser.count()
        shown = total if args.limit == 0 else min(total, args.limit)
        try:
            if args.json:
                _json_lines(browser, shown, out)
            else:
                _table(browser, shown, out)
        except BrokenPipeError:
            # the reader stopped reading (kpfield list ... | head): nothing more to say to it
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    kinds = entity(args.kind).shown_plural()
    if shown < total:
        print(
            translate("cli", "{shown} of {total} {kinds} shown; --limit N shows more, --limit 0 every one").format(
                shown=num(shown), total=num(total), kinds=kinds.lower()
            ),
            file=sys.stderr,
        )
    elif not args.json:
        print(translate("cli", "{kinds}: {total}").format(total=num(total), kinds=kinds), file=sys.stderr)
    return EXIT_OK


def _json_lines(browser: Browser, shown: int, out: TextIO) -> None:
    """One JSON object a line per record: its id and the table's columns, stored values (codes,
    ISO dates) as in every language."""
    columns = browser.view.columns
    for i in range(shown):
        row = browser.row(i)
        record = {"id": row[-1], **{c.key: row[n] for n, c in enumerate(columns)}}
        print(json.dumps(record, ensure_ascii=False, allow_nan=False), file=out)


def _table(browser: Browser, shown: int, out: TextIO) -> None:
    """The records as the window's table shows them: its columns, aligned, numbers to the right."""
    columns = browser.view.columns
    headers = [visible(c.shown_label()) for c in columns]
    cells = [[_cell(c.kind, row[n]) for n, c in enumerate(columns)] for row in map(browser.row, range(shown))]
    widths = [max([len(h), *(len(r[n]) for r in cells)]) for n, h in enumerate(headers)]
    right = [c.kind in ("int", "number", "money", "coord") for c in columns]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right, strict=True)]
        return "  ".join(parts).rstrip()

    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in cells:
        print(line(r), file=out)


# ---- show -----------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    ent = entity(args.kind)
    with Inventory.open(args.db) as inv:
        rid = inv.resolve(args.kind, args.ref, include_deleted=True)
        d = inv.details(args.kind, rid)
    rec = d.record
    if args.json:
        doc = {
            "kind": ent.key,
            "id": rid,
            "label": d.label,
            "deleted": bool(rec["deleted"]),
            "fields": {name: rec[name] for name in ent.field_names},
            "references": {name: {"id": rec[name], "label": label} for name, label in d.references.items()},
            "origin": rec["origin"],
            "created_at": rec["created_at"],
            "created_by": d.created_by,
            "modified_at": rec["modified_at"],
            "modified_by": rec["modified_by"],
            "modified_by_officer": d.modified_by,
            "version": rec["version"],
            "audit_rows": d.history,
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False), file=out)
        return EXIT_OK
    title = f"{ent.shown_label()} {d.label}"
    if rec["deleted"]:
        title += " " + translate("cli", "(deleted)")
    rows = [(ent.label_of(name), _shown(ent, name, rec[name], d.references)) for name in ent.field_names]
    rows = [(label, value) for label, value in rows if value]

    def who(officer: str | None, origin: str | None) -> str:
        return f"{officer} ({origin})" if officer else str(origin or "")

    bookkeeping = [
        ("UUID", rid),
        (
            translate("cli", "Created"),
            translate("cli", "{at} by {who}").format(at=_when(rec["created_at"]), who=who(d.created_by, rec["origin"])),
        ),
        (
            translate("cli", "Last changed"),
            translate("cli", "{at} by {who}").format(
                at=_when(rec["modified_at"]), who=who(d.modified_by, rec["modified_by"])
            ),
        ),
        (
            translate("cli", "Version"),
            translate("cli", "{version} (rows in the audit log: {rows})").format(
                version=rec["version"], rows=d.history
            ),
        ),
    ]
    width = max(len(visible(label)) for label, _ in rows + bookkeeping)
    print(visible(title), file=out)
    for label, value in rows:
        print(f"  {visible(label).ljust(width)}  {visible(value)}", file=out)
    print(file=out)
    for label, value in bookkeeping:
        print(f"  {visible(label).ljust(width)}  {visible(value)}", file=out)
    return EXIT_OK


# ---- edit -----------------------------------------------------------------------------------


def cmd_edit(args: argparse.Namespace, out: TextIO) -> int:
    ent = entity(args.kind)
    values = _parse_assignments(args.fields)
    if not values:
        raise argparse.ArgumentTypeError(translate("cli", "give at least one field to change, as name=value"))
    with Inventory.open(args.db) as inv:
        rid = inv.resolve(args.kind, args.ref)
        before = inv.details(args.kind, rid)
        saved = inv.update(args.kind, rid, values, reason=args.reason, named=True)
        after = inv.details(args.kind, rid) if saved.changes else before
    warn(saved.warnings)
    print(f"{ent.shown_label()} {visible(after.label)} ({rid})", file=out)
    if not saved.changes:
        print("  " + translate("cli", "nothing changed: the values given are the ones recorded"), file=out)
        return EXIT_OK
    for name, (old, new) in saved.changes.items():
        was = _shown(ent, name, old, before.references) or translate("cli", "(empty)")
        now = _shown(ent, name, new, after.references) or translate("cli", "(empty)")
        print(f"  {visible(ent.label_of(name))}: {visible(was)} -> {visible(now)}", file=out)
    return EXIT_OK


# ---- delete ---------------------------------------------------------------------------------


def _confirmed(question: str) -> bool:
    """Ask ``question`` on the terminal; True for a yes in English or the officer's language."""
    yes, no = translate("cli", "y"), translate("cli", "n")
    print(f"{question} [{yes}/{no.upper()}] ", end="", file=sys.stderr, flush=True)
    answer = fold(sys.stdin.readline())
    return answer in {"y", "yes", fold(yes), fold(translate("cli", "yes"))}


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    ent = entity(args.kind)
    with Inventory.open(args.db) as inv:
        rid = inv.resolve(args.kind, args.ref)
        label = inv.record_label(args.kind, rid)
        inv.check_deletable(args.kind, rid)
        shown = f"{ent.shown_label()} {visible(label)} ({rid})"
        if not args.yes:
            if not sys.stdin.isatty():
                raise InventoryError(
                    translate(
                        "cli", "{record} was not deleted: confirm with --yes when no one is there to answer"
                    ).format(record=shown)
                )
            question = translate("cli", "Delete {record}? It stays in the file as a deleted record.").format(
                record=shown
            )
            if not _confirmed(question):
                print(translate("cli", "Not deleted."), file=out)
                return EXIT_REFUSED
        inv.delete(args.kind, rid, reason=args.reason)
    print(translate("cli", "Deleted {record}").format(record=shown), file=out)
    return EXIT_OK


# ---- the commands ---------------------------------------------------------------------------

_KIND_HELP = (
    "the kind of record: person, organisation, licence, site, production, sale, inspection, "
    "self_assessment (singular or plural, in English, French, Portuguese or Spanish)"
)
_REF_HELP = (
    "the record: its UUID, or its own number or code (licence number, site code, person's national ID "
    "or digger-card number, organisation's registration number or name, production reference, sale's KP "
    "certificate or document reference)"
)


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "add",
        help="add one record (name=value fields)",
        description="Add one record through the same validation as the window's forms, e.g. "
        "kpfield add licence --db inv.kpfield country=SL number=AML/0001 "
        "kind=artisanal_mining issued_on=2026-01-15 expires_on=2027-01-14 ... A linked record "
        "(holder_person_id=, site_id=, licence_id=...) is given by its UUID or its own number or code.",
    )
    sp.add_argument("kind", type=kind_arg, metavar="KIND", help=_KIND_HELP)
    db_arg(sp)
    sp.add_argument("fields", nargs="*", metavar="NAME=VALUE", help="the record's fields")
    sp.add_argument("--reason", help="why, for the audit log")
    sp.set_defaults(handler=cmd_add)

    sp = sub.add_parser(
        "list",
        help="list the records of one kind",
        description="List the live records of one kind as a table (the columns the window shows), or as "
        "JSON lines (one object per record, with its id) with --json. --search finds records as the "
        "window's search box does (every word starts a word of the record, any case and accents).",
    )
    sp.add_argument("kind", type=kind_arg, metavar="KIND", help=_KIND_HELP)
    db_arg(sp)
    sp.add_argument("--search", metavar="TEXT", help="only the records this text finds")
    sp.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N records (default {DEFAULT_LIMIT}; 0: all)",
    )
    sp.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    sp.set_defaults(handler=cmd_list)

    sp = sub.add_parser(
        "show",
        help="show one record, every field and its bookkeeping",
        description="Show every field of one record, the records it refers to by name, and who created "
        "and last changed it, when. A deleted record is shown too when named by its UUID.",
    )
    sp.add_argument("kind", type=kind_arg, metavar="KIND", help=_KIND_HELP)
    sp.add_argument("ref", metavar="REF", help=_REF_HELP)
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of lines")
    sp.set_defaults(handler=cmd_show)

    sp = sub.add_parser(
        "edit",
        help="change fields of one record (name=value)",
        description="Change some fields of one record through the same validation as the window's forms, "
        "in one audited transaction, and print what changed. An unknown field or a refused value "
        "changes nothing (exit 1). An empty value (name=) clears a field.",
    )
    sp.add_argument("kind", type=kind_arg, metavar="KIND", help=_KIND_HELP)
    sp.add_argument("ref", metavar="REF", help=_REF_HELP)
    db_arg(sp)
    sp.add_argument("fields", nargs="*", metavar="NAME=VALUE", help="the fields to change")
    sp.add_argument("--reason", help="why, for the audit log")
    sp.set_defaults(handler=cmd_edit)

    sp = sub.add_parser(
        "delete",
        help="delete one record that nothing refers to",
        description="Delete one record: it stays in the file as a deleted record (a tombstone), and other "
        "installations learn of the deletion through field workbooks. Refused, listing them, while "
        "other records refer to it. Asks for confirmation; --yes confirms for scripts (without a "
        "terminal and without --yes, nothing is deleted).",
    )
    sp.add_argument("kind", type=kind_arg, metavar="KIND", help=_KIND_HELP)
    sp.add_argument("ref", metavar="REF", help=_REF_HELP)
    db_arg(sp)
    sp.add_argument("--yes", action="store_true", help="delete without asking")
    sp.add_argument("--reason", help="why, for the audit log")
    sp.set_defaults(handler=cmd_delete)
