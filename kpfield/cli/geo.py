"""Sites as places on the command line: ``export sites`` (KML, GeoJSON, GPX), ``import-gpx`` and ``map``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from kpfield.domain.coords import format_point
from kpfield.geo import FORMATS, GpxError, GpxPlan, MapScope, apply_gpx, export_sites, plan_gpx, read_gpx
from kpfield.i18n import translate
from kpfield.output import check_output
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Commands, db_arg, num


def cmd_export_sites(args: argparse.Namespace, out: TextIO) -> int:
    scope = MapScope(country=args.country.upper() if args.country else None, district=args.district)
    with Inventory.open(args.db) as inv:
        result = export_sites(inv, args.output, args.format, scope)
    print(
        translate("cli", "Wrote {path}: {sites} sites, {areas} licence areas").format(
            path=result.path, sites=num(result.sites), areas=num(result.licence_areas)
        ),
        file=out,
    )
    if result.without_point:
        print(
            "  "
            + translate("cli", "{n} sites of the scope have no GPS point and are not in the file").format(
                n=num(result.without_point)
            ),
            file=out,
        )
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
    ep = export_sub.add_parser(
        "sites",
        help="sites and licence areas for Google Earth (KML), QGIS (GeoJSON) or a handheld GPS (GPX)",
        description="Write the sites with a GPS point, with their status, licence and last inspection as "
        "properties, and the licences' areas (KML and GeoJSON), for a country, a district or everything.",
    )
    db_arg(ep)
    ep.add_argument("--format", required=True, choices=FORMATS, help="kml, geojson or gpx")
    ep.add_argument("-o", "--output", required=True, metavar="FILE")
    ep.add_argument("--country", metavar="XX", help="only this country's sites (ISO 3166 alpha-2)")
    ep.add_argument("--district", metavar="NAME", help="only this district's sites")
    ep.set_defaults(handler=cmd_export_sites)
    register_import(sub)
    register_map(sub)


def _point(p: tuple[float, float] | None) -> str:
    return format_point(*p) if p else translate("cli", "(no point)")


def print_plan(plan: GpxPlan, out: TextIO) -> None:
    data = plan.data
    points = sum(len(seg) for t in data.tracks for seg in t.segments)
    print(
        translate("cli", "{file}: {waypoints} waypoints, {tracks} tracks ({points} track points)").format(
            file=data.path.name, waypoints=num(len(data.waypoints)), tracks=num(len(data.tracks)), points=num(points)
        ),
        file=out,
    )
    print(
        "  "
        + translate("cli", "new sites {new}, moved {moved}, already there {same}").format(
            new=num(plan.count("new")), moved=num(plan.count("move")), same=num(plan.count("same"))
        ),
        file=out,
    )
    for step in plan.steps:
        if step.action == "same":
            continue
        w = step.waypoint
        new_point = format_point(w.latitude, w.longitude)
        if step.action == "new":
            line = translate("cli", "new   {code} {name} at {point}").format(
                code=step.code, name=step.name or "", point=new_point
            )
        else:
            line = translate("cli", "move  {code} {name} from {old} to {point}").format(
                code=step.code, name=step.name or "", old=_point(step.old_point), point=new_point
            )
        print("  " + " ".join(line.split()), file=out)
        for code, metres in step.near:
            print(
                "        "
                + translate("cli", "near existing site {code}, {metres} m away: the same site?").format(
                    code=code, metres=num(metres, 0)
                ),
                file=out,
            )
        for p in step.problems:
            tag = translate("cli", "error") if p.severity == "error" else translate("cli", "warning")
            print(f"        {tag}: {p}", file=out)
    for message in plan.problems:
        print("  " + translate("cli", "error: {message}").format(message=message), file=out)


def cmd_import_gpx(args: argparse.Namespace, out: TextIO) -> int:
    if args.near < 0:
        print(translate("cli", "kpfield import-gpx: --near must be 0 or more metres"), file=sys.stderr)
        return EXIT_USAGE
    try:
        data = read_gpx(args.file)
    except GpxError as e:
        print(f"kpfield: {e}", file=sys.stderr)
        return EXIT_REFUSED
    with Inventory.open(args.db) as inv:
        plan = plan_gpx(inv, data, country=args.country, district=args.district, near_m=args.near)
        print_plan(plan, out)
        if plan.refused:
            print(translate("cli", "Nothing was imported: correct the file and import it again."), file=out)
            return EXIT_REFUSED
        if args.dry_run:
            print(translate("cli", "Dry run: nothing was written."), file=out)
            return EXIT_OK
        result = apply_gpx(inv, plan)
    print(
        translate("cli", "Imported: {added} sites added, {moved} moved").format(
            added=num(result.added), moved=num(result.moved)
        ),
        file=out,
    )
    return EXIT_OK


def register_import(sub: Commands) -> None:
    sp = sub.add_parser(
        "import-gpx",
        help="make a handheld GPS's waypoints into sites, or move the sites they name",
        description="A waypoint named with a site's code (or, failing that, exactly one site's name) moves that "
        "site to the waypoint; any other becomes a new active site with the waypoint's name as its code. The "
        "preview lists both; new sites near an existing one are flagged. All or nothing; try --dry-run first.",
    )
    db_arg(sp)
    sp.add_argument("file", metavar="FILE.gpx")
    sp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sp.add_argument(
        "--near",
        type=float,
        default=50.0,
        metavar="METRES",
        help="flag new sites within this distance of an existing site (default 50)",
    )
    sp.add_argument("--country", metavar="XX", help="the sites' country (default: the inventory's)")
    sp.add_argument("--district", metavar="NAME", help="the district of the new sites")
    sp.set_defaults(handler=cmd_import_gpx)


def cmd_map(args: argparse.Namespace, out: TextIO) -> int:
    try:
        scope = MapScope.parse(args.scope)
    except ValueError:
        message = translate("cli", "kpfield map: cannot read the scope {scope}: give all, country:SL or district:Kono")
        print(
            message.format(scope=args.scope),
            file=sys.stderr,
        )
        return EXIT_USAGE
    check_output(args.png)
    tracks = None
    if args.gpx:
        try:
            tracks = [list(seg) for t in read_gpx(args.gpx).tracks for seg in t.segments]
        except GpxError as e:
            print(f"kpfield: {e}", file=sys.stderr)
            return EXIT_REFUSED
    # Qt is loaded only for this command, as for 'kpfield gui'
    from kpfield.ui.map.render import render_png

    with Inventory.open(args.db) as inv:
        n = render_png(inv, scope, args.png, args.width, args.height, tracks)
    print(translate("cli", "Wrote {path}: {sites} sites").format(path=args.png, sites=num(n)), file=out)
    return EXIT_OK


def register_map(sub: Commands) -> None:
    sp = sub.add_parser(
        "map",
        help="draw the map of a country or district as a PNG, for reports",
        description="Draw the sites (coloured by status, ringed by the matrix's flags), the licence areas, the "
        "country borders and the districts' outlines of a scope, offline, as a PNG image.",
    )
    db_arg(sp)
    sp.add_argument("--scope", default="all", help="all, country:SL, district:Kono or district:SL/Kono (default: all)")
    sp.add_argument("--png", required=True, metavar="FILE.png", help="the image to write")
    sp.add_argument("--gpx", metavar="FILE.gpx", help="also draw this GPX file's tracks (the route of a day's work)")
    sp.add_argument("--width", type=int, default=1600, help="pixels (default 1600)")
    sp.add_argument("--height", type=int, default=1100, help="pixels (default 1100)")
    sp.set_defaults(handler=cmd_map)
