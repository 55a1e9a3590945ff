"""``kpfield export inventory``: the consolidated inventory workbook a coordinator sends, and its PDF."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.periods import Period
from kpfield.domain.places import REGIONS, region_name
from kpfield.i18n import translate
from kpfield.output import check_output
from kpfield.report import Coverage, PdfUnavailable, find_region, whole_period, write_inventory, write_pdf
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
    sp.add_argument("--pdf", metavar="FILE.pdf", help="also write a PDF of the Summary, through LibreOffice")
    sp.add_argument("-q", "--quiet", action="store_true", help="do not print progress")
    lang_arg(sp, "language of the workbook's titles, headers and notes, and of the PDF")
    sp.set_defaults(handler=cmd_export_inventory)
