"""``kpfield export inventory``: the consolidated inventory workbook a coordinator sends, and its PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TextIO

from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.periods import Period
from kpfield.domain.places import REGIONS, region_name
from kpfield.i18n import translate
from kpfield.output import check_output
from kpfield.report import Coverage, PdfUnavailable, find_region, whole_period, write_inventory, write_pdf
from kpfield.report.changes import officer_scope, since_scope, write_changes
from kpfield.report.follow_up import write_follow_up
from kpfield.report.package import write_package
from kpfield.report.submissions import write_submissions
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Commands, db_arg, lang_arg, num


def _date_arg(text: str) -> str:
    try:
        return parse_date(text).isoformat()
    except DateError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def cmd_export_inventory(args: argparse.Namespace, out: TextIO) -> int:
    if args.pdf:
        check_output(args.pdf)  # refused before the workbook is written, not after
    if args.region and find_region(args.region) is None:
        print(
            translate(
                "cli", "kpfield export inventory: '{region}' is not a WGAAP region; choose one of {choices}"
            ).format(region=args.region, choices=", ".join(region_name(r) for r in REGIONS)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with Inventory.open(args.db) as inv:
        if args.region and args.country:
            print(translate("cli", "kpfield export inventory: give --region or --country, not both"), file=sys.stderr)
            return EXIT_USAGE
        scope = (
            Coverage.region(args.region)
            if args.region
            else Coverage.of_countries(args.country)
            if args.country
            else None
        )
        period = None
        if args.date_from or args.date_to:
            whole = whole_period(inv)
            start, end = args.date_from or whole.start, args.date_to or whole.end
            if end < start:
                print(translate("cli", "kpfield export inventory: --to is before --from"), file=sys.stderr)
                return EXIT_USAGE
            period = Period.between(start, end)

        def progress(done: int, total: int, what: str) -> bool:
            if not args.quiet:
                print(f"  [{done}/{total}] {what}", file=out, flush=True)
            return True

        result = write_inventory(inv, args.output, scope, period, progress=progress)
        sheets = ", ".join(
            translate("cli", "{sheet} {n} rows").format(sheet=result.titles.get(key, key), n=num(n))
            for key, n in result.sheets.items()
        )
        print(translate("cli", "Wrote {path}: {sheets}").format(path=result.path, sheets=sheets), file=out)
        if args.pdf:
            try:
                print(translate("cli", "Wrote {path}").format(path=write_pdf(inv, args.pdf, scope, period)), file=out)
            except PdfUnavailable as e:
                print(f"kpfield: {e}", file=sys.stderr)
                return EXIT_REFUSED
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    sp = export_sub.add_parser(
        "inventory",
        help="the consolidated regional inventory workbook",
        description="Write the consolidated inventory workbook a coordinator sends to the WGAAP: Summary in KP "
        "statistics form per country and half-year, production by district and month, sites, licences, buyers "
        "and exporters, and the sources the numbers rest on. Optionally a PDF of the Summary (needs LibreOffice).",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
    where = sp.add_mutually_exclusive_group()
    where.add_argument(
        "--region",
        metavar="REGION",
        help="a WGAAP region, by its key or its name: " + ", ".join(sorted(REGIONS)) + " (or 'West Africa'...)",
    )
    where.add_argument("--country", nargs="+", metavar="XX", help="one or more countries (ISO 3166 alpha-2)")
    sp.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE", help="first day (default: the data's)")
    sp.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE", help="last day (default: the data's)")
    sp.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        help="also write a PDF of the printed sheets (Summary, Trends, Challenge matrix, Footprints, "
        "Indicator details), through LibreOffice",
    )
    sp.add_argument("-q", "--quiet", action="store_true", help="do not print progress")
    lang_arg(sp, "language of the workbook's titles, headers and notes, and of the PDF")
    sp.set_defaults(handler=cmd_export_inventory)
    register_reports(sub, export_sub)


def _today_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except DateError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _period_arg(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def cmd_report_submissions(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        current, subs = write_submissions(inv, args.output, args.as_of)
    late = [s for s in subs if s.late]
    print(
        translate("cli", "Wrote {path}: {n} officers, {late} late for {half}").format(
            path=args.output, n=num(len(subs)), late=num(len(late)), half=current.label
        ),
        file=out,
    )
    for s in subs:
        when = s.received_at[:16].replace("T", " ") if s.received_at else translate("cli", "nothing received")
        mark = translate("cli", "LATE") if s.late else translate("cli", "on time")
        districts = ", ".join(d.district for d in s.districts if d.district) or "-"
        print(f"  {mark:<8} {s.officer:<24} {when:<17} {districts}", file=out)
    return EXIT_OK


def cmd_report_changes(args: argparse.Namespace, out: TextIO) -> int:
    if bool(args.officer) == bool(args.since):
        print(translate("cli", "kpfield report changes: give --officer or --since"), file=sys.stderr)
        return EXIT_USAGE
    with Inventory.open(args.db) as inv:
        scope = officer_scope(inv, args.officer) if args.officer else since_scope(args.since)
        counts = write_changes(inv, args.output, scope)
    print(translate("cli", "Wrote {path}: {title}").format(path=args.output, title=scope.title), file=out)
    for what, n in counts.items():
        print(f"  {what:<14}{num(n):>10}", file=out)
    if not counts:
        print("  " + translate("cli", "(no change)"), file=out)
    return EXIT_OK


def cmd_report_follow_up(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        scope, flagged = write_follow_up(inv, args.output, args.district, args.period)
    print(
        translate("cli", "Wrote {path}: {n} records to follow up in {district}, {period}").format(
            path=args.output, n=num(len(flagged)), district=scope.label, period=args.period.label
        ),
        file=out,
    )
    per: dict[str, int] = {}
    for f in flagged:
        per[f.indicator] = per.get(f.indicator, 0) + 1
    for indicator, n in per.items():
        print(f"  {num(n):>6}  {indicator}", file=out)
    return EXIT_OK


def cmd_export_package(args: argparse.Namespace, out: TextIO) -> int:
    key = find_region(args.region)
    if key is None:
        print(
            translate(
                "cli", "kpfield export package: '{region}' is not a WGAAP region; choose one of {choices}"
            ).format(region=args.region, choices=", ".join(region_name(r) for r in REGIONS)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with Inventory.open(args.db) as inv:
        package = write_package(inv, args.output, Coverage.region(key), key, args.period)
    print(translate("cli", "Wrote {path}").format(path=package.path), file=out)
    for name in package.members:
        print(f"  {name}", file=out)
    if package.no_pdf_because:
        print("  " + translate("cli", "no PDF: {why}").format(why=package.no_pdf_because), file=out)
    return EXIT_OK


def register_reports(sub: Commands, export_sub: Commands) -> None:
    rp = sub.add_parser(
        "report",
        help="reports a coordinator chases officers with: submissions, changes, follow-up",
        description="Workbooks for the coordinator: who has sent what, what changed, and the records to follow up.",
    )
    rsub = rp.add_subparsers(dest="report_kind", metavar="WHAT", required=True)
    sp = rsub.add_parser(
        "submissions",
        help="per officer and district, the last workbook received, and who is late",
        description="Per officer and district: the last field workbook received (when, signed or not, how many "
        "records, the production it covers), and who is late: no workbook received since the current half-year "
        "began.",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    sp.add_argument("--as-of", type=_today_arg, metavar="DATE", help="the day the half-year is judged on (today)")
    lang_arg(sp, "language of the workbook")
    sp.set_defaults(handler=cmd_report_submissions)
    sp = rsub.add_parser(
        "changes",
        help="the records added, changed or deleted by an officer's last workbook, or since a date",
        description="List the records added, changed, deleted or brought back, with their readable names: those "
        "an officer's last workbook brought (--officer), or every change recorded since a day or a day and UTC "
        "time (--since).",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    sp.add_argument("--officer", help="the officer's name as their workbooks give it (or their installation's id)")
    sp.add_argument("--since", metavar="DATE[ TIME]", help="a day (2026-11-01) or a day and UTC time")
    lang_arg(sp, "language of the workbook")
    sp.set_defaults(handler=cmd_report_changes)
    sp = rsub.add_parser(
        "follow-up",
        help="the records each challenge-matrix indicator flags in a district",
        description="The follow-up list of one district for one half-year or year: every record an indicator of "
        "the challenge matrix flags, named, with room for the inspector's visit.",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    sp.add_argument("--district", required=True, help="the district (Kono), or with its country (SL:Kono)")
    sp.add_argument("--period", required=True, type=_period_arg, metavar="PERIOD", help="2026H1, or a year")
    lang_arg(sp, "language of the workbook")
    sp.set_defaults(handler=cmd_report_follow_up)
    pp = export_sub.add_parser(
        "package",
        help="one zip to send: inventory workbook, PDF, imports, submissions, README",
        description="Write kpfield-<region>-<period>.zip into a folder: the inventory workbook and its PDF (needs "
        "LibreOffice), what the period's imports brought, who sent what, and a README in the chosen language.",
    )
    db_arg(pp)
    pp.add_argument("--region", required=True, help="a WGAAP region, by its key or its name")
    pp.add_argument("--period", required=True, type=_period_arg, metavar="PERIOD", help="2026H1, or a year")
    pp.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder the zip is written in")
    lang_arg(pp, "language of the workbooks, the PDF and the README")
    pp.set_defaults(handler=cmd_export_package)
