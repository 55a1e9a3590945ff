"""Sites and licence areas written for the programs coordinators open them in: KML (Google
Earth), GeoJSON (QGIS) and GPX (a handheld GPS).

Every text is made safe on the way out: characters XML cannot hold are dropped, the XML is
escaped by the writer (ElementTree, gpxpy), and a text a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``...) gets Excel's quote prefix, as in every workbook kpfield writes,
since a table of these properties is often pasted into a spreadsheet. Coordinates keep 7
decimals (about 1 cm).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain.labels import code_label
from kpfield.domain.places import country_name
from kpfield.i18n import translate
from kpfield.output import writing
from kpfield.store import Inventory
from kpfield.workbook import FORMULA_START

from .features import LicenceArea, MapScope, SiteFeature, licence_areas, site_features

__all__ = ["FORMATS", "ExportResult", "export_sites", "safe_text", "site_properties", "licence_properties"]

FORMATS = ("kml", "geojson", "gpx")
DECIMALS = 7

# XML 1.0 refuses these (and a text with them could not be read back); they draw nothing anyway.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# KML colours are aabbggrr; one per site status.
STATUS_COLOURS = {
    "active": "ff2e7d32",
    "idle": "ff0288d1",
    "abandoned": "ff757575",
    "rehabilitated": "ff8e24aa",
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sites: int
    licence_areas: int
    without_point: int  # sites of the scope with no GPS point, left out


def safe_text(value: object) -> str:
    """A text fit for a file others open: no characters XML refuses, and a formula-like start
    quoted so that a spreadsheet keeps it as text."""
    text = _NOT_XML.sub("", str(value))
    if text.startswith(FORMULA_START):
        text = "'" + text
    return text


def _clean(value: Any) -> Any:
    return safe_text(value) if isinstance(value, str) else value


def site_properties(s: SiteFeature) -> dict[str, Any]:
    """The key fields of a site as the properties of its feature (codes as stored, so that a
    filter in QGIS reads the same in every language)."""
    props = {
        "kind": "site",
        "id": s.id,
        "code": s.code,
        "name": s.name,
        "country": s.country,
        "region": s.region,
        "district": s.district,
        "chiefdom": s.chiefdom,
        "village": s.village,
        "status": s.status,
        "deposit_type": s.deposit_type,
        "workers": s.workers,
        "gps_accuracy_m": s.gps_accuracy_m,
        "licence_number": s.licence_number,
        "licence_status": s.licence_status,
        "licence_expires_on": s.licence_expires_on,
        "last_inspected_on": s.last_inspected_on,
    }
    return {k: _clean(v) for k, v in props.items()}


def licence_properties(a: LicenceArea) -> dict[str, Any]:
    props = {
        "kind": "licence_area",
        "id": a.id,
        "number": a.number,
        "country": a.country,
        "licence_kind": a.kind,
        "status": a.status,
        "issued_on": a.issued_on,
        "expires_on": a.expires_on,
        "area_ha": a.area_ha,
        "holder": a.holder,
    }
    return {k: _clean(v) for k, v in props.items()}


def _ring(a: LicenceArea) -> list[tuple[float, float]]:
    """The polygon's corners as closed (lon, lat) ring, rounded."""
    ring = [(round(lon, DECIMALS), round(lat, DECIMALS)) for lat, lon in a.corners]
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


# ---- GeoJSON -----------------------------------------------------------------------------------


def _geojson(sites: list[SiteFeature], areas: list[LicenceArea], title: str) -> str:
    features: list[dict[str, Any]] = []
    for a in areas:
        ring = _ring(a)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]},
                "properties": licence_properties(a),
            }
        )
    for s in sites:
        assert s.latitude is not None and s.longitude is not None
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(s.longitude, DECIMALS), round(s.latitude, DECIMALS)],
                },
                "properties": site_properties(s),
            }
        )
    doc = {"type": "FeatureCollection", "name": safe_text(title), "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)


# ---- KML ---------------------------------------------------------------------------------------

_KML = "http://www.opengis.net/kml/2.2"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, f"{{{_KML}}}{tag}", attrs)
    if text is not None:
        e.text = text
    return e


def _extended(parent: ET.Element, props: dict[str, Any]) -> None:
    data = _sub(parent, "ExtendedData")
    for key, value in props.items():
        if value is not None:
            _sub(_sub(data, "Data", name=key), "value", str(value))


def _kml(sites: list[SiteFeature], areas: list[LicenceArea], title: str) -> bytes:
    ET.register_namespace("", _KML)
    root = ET.Element(f"{{{_KML}}}kml")
    doc = _sub(root, "Document")
    _sub(doc, "name", safe_text(title))
    _sub(doc, "description", f"kpfield {__version__}")
    for status, colour in STATUS_COLOURS.items():
        style = _sub(doc, "Style", id=f"site-{status}")
        icon = _sub(style, "IconStyle")
        _sub(icon, "color", colour)
        _sub(icon, "scale", "0.8")
        _sub(_sub(icon, "Icon"), "href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png")
    area_style = _sub(doc, "Style", id="licence-area")
    line = _sub(area_style, "LineStyle")
    _sub(line, "color", "ff00a5ff")
    _sub(line, "width", "2")
    _sub(_sub(area_style, "PolyStyle"), "color", "4000a5ff")

    if areas:
        folder = _sub(doc, "Folder")
        _sub(folder, "name", safe_text(translate("geo", "Licence areas")))
        for a in areas:
            pm = _sub(folder, "Placemark", id=f"licence-{a.id}")
            _sub(pm, "name", safe_text(a.number))
            _sub(pm, "styleUrl", "#licence-area")
            _extended(pm, licence_properties(a))
            poly = _sub(pm, "Polygon")
            ring = _sub(_sub(poly, "outerBoundaryIs"), "LinearRing")
            _sub(ring, "coordinates", " ".join(f"{lon:.7f},{lat:.7f}" for lon, lat in _ring(a)))
    folder = _sub(doc, "Folder")
    _sub(folder, "name", safe_text(translate("geo", "Sites")))
    for s in sites:
        assert s.latitude is not None and s.longitude is not None
        pm = _sub(folder, "Placemark", id=f"site-{s.id}")
        _sub(pm, "name", safe_text(s.code))
        description = " · ".join(safe_text(x) for x in (s.name, s.village, s.district, code_label(s.status)) if x)
        _sub(pm, "description", description)
        _sub(pm, "styleUrl", f"#site-{s.status}" if s.status in STATUS_COLOURS else "#site-active")
        _extended(pm, site_properties(s))
        _sub(_sub(pm, "Point"), "coordinates", f"{s.longitude:.7f},{s.latitude:.7f}")
    ET.indent(root, space=" ")
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


# ---- GPX ---------------------------------------------------------------------------------------


def _gpx(sites: list[SiteFeature], title: str) -> str:
    import gpxpy.gpx  # only when a GPX file is written: every command would pay for it otherwise

    gpx = gpxpy.gpx.GPX()
    gpx.creator = f"kpfield {__version__}"
    gpx.name = safe_text(title)
    for s in sites:
        assert s.latitude is not None and s.longitude is not None
        w = gpxpy.gpx.GPXWaypoint(
            latitude=round(s.latitude, DECIMALS),
            longitude=round(s.longitude, DECIMALS),
            name=safe_text(s.code),
            description=" · ".join(safe_text(x) for x in (s.name, s.village, s.district) if x) or None,
            symbol="Flag, Blue",
            type=safe_text(s.status),
        )
        w.comment = safe_text(s.name) if s.name else None
        gpx.waypoints.append(w)
    return gpx.to_xml(version="1.1")


def scope_title(scope: MapScope, sites: Sequence[SiteFeature] = ()) -> str:
    """What the file covers, as a person reads it: "Sites, Sierra Leone, Kono" (the district as
    the sites spell it, whatever case it was asked in)."""
    parts = [translate("geo", "Sites")]
    if scope.country:
        parts.append(country_name(scope.country))
    if scope.district:
        parts.append(next((s.district for s in sites if s.district), scope.district))
    return ", ".join(parts)


def export_sites(inv: Inventory, path: str | Path, fmt: str, scope: MapScope | None = None) -> ExportResult:
    """Write the sites of ``scope`` (and, for KML and GeoJSON, the licence areas) to ``path`` in
    ``fmt`` (one of :data:`FORMATS`). Sites without a GPS point are left out and counted. GPX
    carries waypoints only (a handheld has no polygons)."""
    if fmt not in FORMATS:
        raise ValueError(
            translate("geo", "unknown format {format}: choose {choices}").format(format=fmt, choices=", ".join(FORMATS))
        )
    scope = scope or MapScope()
    all_sites = site_features(inv, scope)
    sites = [s for s in all_sites if s.located]
    areas = licence_areas(inv, scope) if fmt != "gpx" else []
    title = scope_title(scope, all_sites)
    with writing(path) as staged:
        if fmt == "geojson":
            staged.part.write_text(_geojson(sites, areas, title), encoding="utf-8")
        elif fmt == "kml":
            staged.part.write_bytes(_kml(sites, areas, title))
        else:
            staged.part.write_text(_gpx(sites, title), encoding="utf-8")
    return ExportResult(Path(path), len(sites), len(areas), len(all_sites) - len(sites))
