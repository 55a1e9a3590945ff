"""Field workbooks on the command line: ``export field``, ``template`` and ``import``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entity_label
from kpfield.exchange.export import export_field
from kpfield.exchange.import_report import count_text, file_kind_text, severity_text, write_report
from kpfield.exchange.importer import COUNTS, import_workbooks
from kpfield.exchange.review import field_text, side_text
from kpfield.exchange.template import write_template
from kpfield.i18n import LANGUAGES, language, translate
from kpfield.output import check_output
from kpfield.store import Inventory
from kpfield.store.duplicates import reason_text
from kpfield.store.keys import ALTERED, describe

from .common import EXIT_OK, EXIT_REFUSED, Commands, db_arg, lang_arg, num


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        result = export_field(inv, args.output, country=args.country, since=args.since)
    print(translate("cli", "Wrote {path}: {n} records").format(path=result.path, n=num(result.rows)), file=out)
    for title, _, n in result.sheets:
        print(f"  {title:<26}{num(n):>12}", file=out)
    print("  " + translate("cli", "data SHA-256 {sha256}").format(sha256=result.sha256), file=out)
    if result.unsigned_because:
        print(
            "  " + translate("cli", "NOT signed: {why}. It imports as unsigned.").format(why=result.unsigned_because),
            file=out,
        )
    else:
        print(
            "  "
            + translate("cli", "signed with this installation's key {fingerprint}").format(
                fingerprint=result.fingerprint
            ),
            file=out,
        )
    if result.key_made:
        print(
            "  "
            + translate(
                "cli",
                "This installation's signing key was made now: send 'kpfield identity --export' to your "
                "coordinator so that your workbooks import as signed by a registered officer",
            ),
            file=out,
        )
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    lang = language()
    path = write_template(args.output, lang)
    print(
        translate("cli", "Wrote the blank template {path} ({language})").format(path=path, language=LANGUAGES[lang]),
        file=out,
    )
    return EXIT_OK


def _print_report(report: Any, out: TextIO) -> None:
    for f in report.files:
        print(f"{f.file}", file=out)
        if f.signature is not None and not (f.error and f.signature.status == ALTERED):
            print("  " + translate("cli", "signature: {text}").format(text=describe(f.signature)), file=out)
        if f.error:
            print("  " + translate("cli", "REFUSED: {reason}").format(reason=f.error), file=out)
            continue
        kind = file_kind_text(f.kind)
        who = (
            translate("cli", "{kind} from {officer} ({origin})").format(kind=kind, officer=f.officer, origin=f.origin)
            if f.origin
            else kind
        )
        print(f"  {who}; SHA-256 {f.sha256}", file=out)
        c = f.counts
        print("  " + ", ".join(f"{count_text(k)} {num(c[k])}" for k in COUNTS), file=out)
        if f.refused:
            print(
                "  " + translate("cli", "NOTHING WRITTEN from this file: {n} problem(s)").format(n=num(f.issue_count)),
                file=out,
            )
        elif report.dry_run:
            print("  " + translate("cli", "dry run: nothing written"), file=out)
        elif not any(c[k] for k in ("added", "updated", "conflicted")):
            print("  " + translate("cli", "nothing new: the inventory already holds all of it"), file=out)
        for note in f.notes[:50]:
            print("  " + translate("cli", "note: {note}").format(note=note), file=out)
        for i in f.issues[:200]:
            print(
                "  "
                + translate(
                    "cli", "{severity}: sheet '{sheet}' row {row} column '{column}' value {value}: {problem} -> {fix}"
                ).format(
                    severity=severity_text(i.severity),
                    sheet=i.sheet,
                    row=i.row,
                    column=i.column,
                    value=repr(i.value),
                    problem=i.message,
                    fix=i.fix,
                ),
                file=out,
            )
        if f.issue_count > 200:
            print(
                "  " + translate("cli", "... {n} more in the report (--report)").format(n=num(f.issue_count - 200)),
                file=out,
            )
        conflict = (
            translate(
                "cli",
                "conflict #{number} (dry run): {kind} {record}, {field}: here {ours} ({ours_side}), "
                "received {theirs} ({theirs_side})",
            )
            if report.dry_run
            else translate(
                "cli",
                "conflict #{number}: {kind} {record}, {field}: here {ours} ({ours_side}), "
                "received {theirs} ({theirs_side})",
            )
        )
        for cf in f.conflicts[:50]:
            kind = entity_label(ENTITIES[cf["kind"]]) if cf["kind"] in ENTITIES else cf["kind"]
            print(
                "  "
                + conflict.format(
                    number=cf.get("number", ""),
                    kind=kind,
                    record=cf.get("label") or cf["record_id"],
                    field=field_text(cf["kind"], cf["field"]),
                    ours=repr(cf["ours"]),
                    ours_side=side_text(cf.get("ours_by"), cf.get("ours_at")),
                    theirs=repr(cf["theirs"]),
                    theirs_side=side_text(cf.get("theirs_by"), cf.get("theirs_at")),
                ),
                file=out,
            )
            if cf.get("settled"):
                print(
                    "      "
                    + translate("cli", "settled automatically (case, accents or spaces alone): {what}").format(
                        what=cf["settled"]
                    ),
                    file=out,
                )
        for d in f.duplicates[:50]:
            print(
                "  "
                + translate("cli", "probable duplicate: {kind} {a} / {b} ({reason})").format(
                    kind=d["kind"], a=d["a"], b=d["b"], reason=reason_text(d["reason"])
                ),
                file=out,
            )
    if report.backup:
        print(translate("cli", "Backup before import: {path}").format(path=report.backup), file=out)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    if args.report:
        check_output(args.report)  # refused before anything is imported, not after
    with Inventory.open(args.db) as inv:
        report = import_workbooks(inv, args.files, dry_run=args.dry_run, accept_altered=args.accept_altered)
    if args.report:
        write_report(report, args.report)
    if args.json:
        json.dump(report.as_json(), out, indent=2, ensure_ascii=False, default=str)
        print(file=out)
    else:
        _print_report(report, out)
        if args.report:
            print(translate("cli", "Report: {path}").format(path=args.report), file=out)
    if not report.ok:
        for f in report.files:
            if f.refused:
                message = (
                    translate("cli", "kpfield import: {file} refused: {reason}").format(file=f.file, reason=f.error)
                    if f.error
                    else translate("cli", "kpfield import: {file} refused").format(file=f.file)
                )
                print(message, file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    ep = export_sub.add_parser(
        "field",
        help="the field workbook, for another kpfield or a coordinator",
        description="Write every record kind on its own sheet, with UUIDs, versions and deletions, "
        "and an _about sheet (who, when, row counts, SHA-256 of the data).",
    )
    db_arg(ep)
    ep.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    ep.add_argument("--country", help="only this country's records (ISO 3166 alpha-2)")
    ep.add_argument(
        "--since",
        metavar="DATE[ TIME]",
        help="only records changed on or after this date, or this date and UTC time (2026-11-01 14:30)",
    )
    ep.set_defaults(handler=cmd_export)
    sp = sub.add_parser(
        "template",
        help="write a blank template to fill in Excel or LibreOffice",
        description="A blank workbook with the same sheets, headers in the chosen language, "
        "drop-down lists and checks.",
    )
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    lang_arg(sp, "language of the headers and instructions")
    sp.set_defaults(handler=cmd_template)
    sp = sub.add_parser(
        "import",
        help="import and merge field workbooks and filled templates",
        description="Validate every row like the forms, then merge by UUID (field by field; conflicts kept "
        "aside). Each file is all or nothing, after an automatic backup. Exit 1 when a file is refused.",
    )
    db_arg(sp)
    sp.add_argument("files", nargs="+", metavar="FILE.xlsx")
    sp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    sp.add_argument("--report", metavar="REPORT.xlsx", help="also write the report as a workbook")
    sp.add_argument("--json", action="store_true", help="print the report as JSON")
    sp.add_argument(
        "--accept-altered",
        action="store_true",
        help="import workbooks altered after they were signed instead of refusing them (written to the audit log)",
    )
    lang_arg(sp, "language of the printed summary, the report workbook and the problems (JSON keys stay the same)")
    sp.set_defaults(handler=cmd_import)
