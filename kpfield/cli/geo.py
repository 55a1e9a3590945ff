"""Sites as places on the command line: ``export sites`` (KML, GeoJSON, GPX)."""

from __future__ import annotations

import argparse
from typing import TextIO

from kpfield.geo import FORMATS, MapScope, export_sites
from kpfield.i18n import translate
from kpfield.store import Inventory

from .common import EXIT_OK, Commands, db_arg, num


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
