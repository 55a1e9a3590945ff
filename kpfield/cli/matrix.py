"""The challenge matrix on the command line: evaluate, footprint, assess."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TextIO

from kpfield import i18n
from kpfield.domain.labels import significant
from kpfield.domain.places import REGIONS, districts
from kpfield.i18n import translate
from kpfield.matrix import Period, Scope, assessments, default_period, evaluate, load_matrix, parse_scope
from kpfield.matrix.evaluate import format_table
from kpfield.matrix.footprint import footprint_report, footprint_svg, load_reference
from kpfield.output import check_output, writing
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_REFUSED, Commands, db_arg, lang_arg, num, warn


def _matrix_scopes(args: argparse.Namespace, inv: Inventory) -> list[Scope]:
    if args.region:
        if args.region not in REGIONS:
            raise ValueError(
                translate("cli", "'{region}' is not a WGAAP region; choose one of {choices}").format(
                    region=args.region, choices=", ".join(REGIONS)
                )
            )
        return [Scope("country", c) for c in REGIONS[args.region]]
    if args.scope:
        return [parse_scope(s, inv) for s in args.scope]
    countries = [args.country.upper()] if args.country else inv.site_countries()
    if args.by_district:
        found = [(c, d) for c in countries for d in inv.site_districts(c)]
        known = {(d.country, d.name) for c in countries for d in districts(c)}
        return [Scope("district", d, c) for c, d in sorted(found, key=lambda cd: ((cd not in known), cd))]
    return [parse_scope(f"country:{c}") for c in countries]


def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    matrix = load_matrix(args.matrix)
    with Inventory.open(args.db) as inv:
        period = Period.parse(args.period) if args.period else default_period(inv)
        scopes = _matrix_scopes(args, inv)
        if not scopes:
            print(translate("cli", "kpfield: the inventory has no sites to evaluate"), file=sys.stderr)
            return EXIT_REFUSED
        ev = evaluate(inv, matrix, scopes, period, lang=i18n.language())
    if args.json:
        json.dump(ev.as_json(), out, indent=1, ensure_ascii=False)
        print(file=out)
    else:
        print(format_table(ev), file=out)
    return EXIT_OK


def cmd_footprint(args: argparse.Namespace, out: TextIO) -> int:
    reference = load_reference(args.reference) if args.reference else None
    if args.svg:
        check_output(args.svg)  # before any work: a folder or a device is refused at once
    with Inventory.open(args.db) as inv:
        scope = parse_scope(args.scope, inv)
        period = Period.parse(args.period) if args.period else default_period(inv)
        report = footprint_report(
            inv, scope, period, history=args.history, reference=reference, min_stones=args.min_stones
        )
    if args.svg:
        with writing(args.svg) as staged:
            staged.part.write_text(footprint_svg(report), encoding="utf-8")
    if args.json:
        json.dump(asdict(report), out, indent=1, ensure_ascii=False)
        print(file=out)
        return EXIT_OK

    def pct(share: float | None) -> str:
        return translate("cli", "{value}%").format(value=num(100 * share, 1)) if share is not None else "-"

    fp, ref, cmp = report.footprint, report.reference, report.comparison
    print(
        translate("cli", "Footprint of {place}: {records} records, {stones} stones, {carats} ct").format(
            place=fp.label, records=num(fp.records), stones=num(fp.stones), carats=num(fp.carats, 2)
        ),
        file=out,
    )
    heads = [
        translate("cli", "class"),
        translate("cli", "stones"),
        translate("cli", "% stones"),
        translate("cli", "carats"),
        translate("cli", "% carats"),
        translate("cli", "USD/ct"),
        translate("cli", "ref % stones"),
    ]
    widths = [22, 9, 10, 12, 10, 9, 14]
    print(
        "".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths, strict=True))),
        file=out,
    )
    for i, c in enumerate(fp.classes):
        usd = num(c.usd_per_carat, 0) if c.usd_per_carat is not None else "-"
        rs = ref.classes[i].stone_share if ref else None
        print(
            f"{c.label:<22}{num(c.stones):>9}{pct(c.stone_share or 0):>10}{num(c.carats, 2):>12}"
            f"{pct(c.carat_share or 0):>10}{usd:>9}{pct(rs):>14}",
            file=out,
        )
    classed = sum(c.stones for c in fp.classes)
    if classed < fp.stones:
        print(
            translate(
                "cli", "{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not above"
            ).format(
                stones=num(fp.stones - classed),
                total=num(fp.stones),
                carats=num(max(0.0, fp.carats - sum(c.carats for c in fp.classes)), 2),
            ),
            file=out,
        )
    if ref is not None and not sum(c.stones for c in ref.classes):
        print(
            "\n"
            + translate("cli", "Reference: {place} holds no stones: there is nothing to compare with").format(
                place=ref.label
            ),
            file=out,
        )
    elif ref and cmp:
        print(
            "\n"
            + translate("cli", "Reference: {place} ({stones} stones)").format(place=ref.label, stones=num(ref.stones)),
            file=out,
        )
        distance = translate("cli", "Total-variation distance: stones {tvd}").format(tvd=num(cmp.tvd, 3))
        if cmp.tvd_carats is not None:
            distance += translate("cli", ", carats {tvd}").format(tvd=num(cmp.tvd_carats, 3))
        print(distance, file=out)
        if cmp.enough_stones and cmp.chi2 is not None and cmp.p_value is not None:
            print(
                translate("cli", "Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}").format(
                    chi2=num(cmp.chi2, 1), dof=cmp.dof, p=significant(cmp.p_value)
                ),
                file=out,
            )
        else:
            print(
                translate("cli", "Chi-square not computed: each footprint needs at least {n} stones").format(
                    n=cmp.min_stones
                ),
                file=out,
            )
    j = report.jump
    if j:
        hist = ", ".join(f"{p} {num(c, 1)} ct" for p, c in j.history)
        verdict = translate("cli", "JUMP") if j.jump else translate("cli", "no jump")
        ratio = (
            translate("cli", "{ratio}x the earlier mean").format(ratio=num(j.ratio, 2))
            if j.ratio is not None
            else translate("cli", "no earlier production")
        )
        print(
            translate(
                "cli",
                "Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}",
            ).format(
                carats=num(j.carats, 1),
                ratio=ratio,
                threshold=num(j.threshold),
                verdict=verdict,
                history=hist,
            ),
            file=out,
        )
    return EXIT_OK


def cmd_assess(args: argparse.Namespace, out: TextIO) -> int:
    matrix = load_matrix(args.matrix)
    row = matrix.row(args.row)
    period = Period.parse(args.period)
    if not period.is_half_year:
        raise ValueError(
            translate("cli", "a self-assessment is made per half-year: write the period as 2026H1 or 2026H2")
        )
    values = {
        "country": args.country,
        "period": period.label,
        "row_id": row.id,
        "score": args.score,
        "evidence": args.evidence,
        "gap": args.gap,
        "action": args.action,
        "owner": args.owner,
        "due_on": args.due,
    }
    with Inventory.open(args.db) as inv:
        saved = assessments.save(inv, values, reason=args.reason)
    warn(saved.warnings)
    print(saved.id, file=out)
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    sp = sub.add_parser(
        "evaluate",
        help="evaluate the inventory against the WGAAP challenge matrix",
        description="Compute the challenge matrix's indicators per country (or region's countries, or "
        "districts) for one half-year, with statuses and each country's self-assessment.",
    )
    db_arg(sp)
    where = sp.add_mutually_exclusive_group()
    where.add_argument("--country", help="one country (ISO 3166 alpha-2); default: every country in the inventory")
    where.add_argument(
        "--region",
        help="a WGAAP region: west-africa, central-southern-africa or south-america (one column per country)",
    )
    where.add_argument(
        "--scope", action="append", help="a scope such as district:SL:Kono or site:SL-KON-0001 (repeatable)"
    )
    sp.add_argument("--by-district", action="store_true", help="one column per district of the country/countries")
    sp.add_argument("--period", help="half-year (2026H1) or year (2026); default: the latest half-year with production")
    sp.add_argument("--matrix", metavar="FILE", help="a matrix file to use instead of the one kpfield ships")
    lang_arg(sp, "language of the titles")
    sp.add_argument("--json", action="store_true", help="print JSON with every indicator's figures and record ids")
    sp.set_defaults(handler=cmd_evaluate)
    sp = sub.add_parser(
        "footprint",
        help="size-class footprint of a site, district, office or country",
        description="The size-frequency distribution (stones and carats per size class, USD/ct) of a scope "
        "for a period, compared with its earlier half-years or a reference file, and a production jump test.",
    )
    db_arg(sp)
    sp.add_argument(
        "--scope", required=True, help="site:CODE, district:NAME, office:LICENCE-NUMBER, country:XX or region:NAME"
    )
    sp.add_argument("--period", help="half-year (2026H1) or year; default: the latest half-year with production")
    sp.add_argument("--history", type=int, default=4, help="earlier half-years forming the reference (default 4)")
    sp.add_argument("--reference", metavar="FILE", help="a reference footprint (TOML with [stones] per class)")
    sp.add_argument("--min-stones", type=int, default=50, help="stones each side needs for the chi-square test (50)")
    sp.add_argument("--svg", metavar="FILE", help="also draw the bar chart (reference overlaid) as an SVG file")
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sp.set_defaults(handler=cmd_footprint)
    sp = sub.add_parser(
        "assess",
        help="record a country's self-assessment of one matrix row",
        description="Record (or revise) a self-assessment: score A-D with evidence, gap, action, owner and "
        "due date, for one row of the challenge matrix, one country and one half-year.",
    )
    db_arg(sp)
    sp.add_argument("--country", required=True, help="ISO 3166 alpha-2")
    sp.add_argument("--period", required=True, help="half-year, e.g. 2026H1")
    sp.add_argument("--row", required=True, help="the matrix row id, e.g. digger_licensing")
    sp.add_argument("--score", required=True, choices=("A", "B", "C", "D"))
    sp.add_argument("--evidence")
    sp.add_argument("--gap")
    sp.add_argument("--action")
    sp.add_argument("--owner")
    sp.add_argument("--due", help="due date of the action")
    sp.add_argument("--matrix", metavar="FILE", help="the matrix file the row belongs to (default: kpfield's)")
    sp.add_argument("--reason", help="why, for the audit log")
    sp.set_defaults(handler=cmd_assess)
