"""Waypoints from a handheld GPS (a GPX file) made into sites, or moved onto the sites they name.

A GPX file is XML from outside, read as carefully as a workbook: at most :data:`MAX_BYTES`,
nesting at most :data:`MAX_DEPTH` deep, and no document type, entity or external reference at all
(defusedxml), so neither an entity bomb nor a file that reads the disk gets past the reader.
Namespaces are read by their local names (receivers and phone apps write GPX 1.0, 1.1, prefixed
or unqualified elements; a byte-order mark is allowed), and the clean document is handed to
gpxpy.

The import is planned first (:func:`plan_gpx`: a preview listing new sites and moved ones, every
problem, and new sites within a given distance of an existing one) and then written all or nothing
(:func:`apply_gpx`), in one transaction, recorded as a source with the file's SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from kpfield.domain.text import fold, normalise_identifier
from kpfield.domain.validation import Problem, ValidationError, errors
from kpfield.i18n import format_number, translate
from kpfield.store import Inventory

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "GpxError",
    "Waypoint",
    "Track",
    "GpxData",
    "GpxStep",
    "GpxPlan",
    "GpxImport",
    "read_gpx",
    "plan_gpx",
    "apply_gpx",
    "distance_m",
]

# A day's waypoints and tracks on a handheld are well under a megabyte; a year's track log a few.
MAX_BYTES = 32 * 1024 * 1024
# gpx > trk > trkseg > trkpt > extensions > a receiver's own elements: well under this.
MAX_DEPTH = 24
_GPX11 = "http://www.topografix.com/GPX/1/1"
_EARTH_RADIUS_M = 6_371_008.8


class GpxError(ValueError):
    """A GPX file that cannot be read or is refused; the message names the file and what to do."""


@dataclass(frozen=True)
class Waypoint:
    number: int  # 1-based, in the file's order, as the preview names it
    name: str
    latitude: float
    longitude: float
    elevation: float | None
    time: str | None
    description: str | None


@dataclass(frozen=True)
class Track:
    name: str | None
    segments: tuple[tuple[tuple[float, float], ...], ...]  # (lat, lon) per point


@dataclass(frozen=True)
class GpxData:
    path: Path
    sha256: str
    waypoints: tuple[Waypoint, ...]
    tracks: tuple[Track, ...]


@dataclass(frozen=True)
class GpxStep:
    """What one waypoint becomes: ``new`` (a site added), ``move`` (a site's point changed) or
    ``same`` (the site is already there)."""

    action: str
    waypoint: Waypoint
    site_id: str | None
    code: str
    name: str | None
    old_point: tuple[float, float] | None
    near: tuple[tuple[str, float], ...] = ()  # (site code, metres) of existing sites close by
    problems: tuple[Problem, ...] = ()


@dataclass
class GpxPlan:
    data: GpxData
    country: str
    district: str | None
    near_m: float
    steps: list[GpxStep] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # waypoint-level errors, each naming it

    @property
    def refused(self) -> bool:
        return bool(self.problems) or any(errors(list(s.problems)) for s in self.steps)

    def count(self, action: str) -> int:
        return sum(1 for s in self.steps if s.action == action)

    @property
    def flagged(self) -> list[GpxStep]:
        return [s for s in self.steps if s.near]


@dataclass(frozen=True)
class GpxImport:
    source_id: str
    added: int
    moved: int
    unchanged: int


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in metres between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


# ---- reading -----------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def _refused(path: Path, why: str) -> GpxError:
    return GpxError(translate("geo", "{path} is refused: {why}").format(path=path, why=why))


def read_gpx(path: str | Path) -> GpxData:
    """Read a GPX file's waypoints and tracks; raises GpxError for a file that is too large, too
    deep, carries a document type or entities, is not XML or not GPX."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refused(
                path,
                translate("geo", "it is {size} bytes, more than kpfield reads from a GPX file ({limit})").format(
                    size=format_number(size, grouping=True), limit=format_number(MAX_BYTES, grouping=True)
                ),
            )
        raw = path.read_bytes()
    except OSError as e:
        raise GpxError(
            translate("geo", "{path} cannot be read: {error}").format(path=path, error=e.strerror or e)
        ) from None
    root = _parse_safely(path, raw)
    if _local(root.tag) != "gpx":
        raise _refused(
            path,
            translate("geo", "it is XML but not GPX (its root element is {tag}); export waypoints as GPX").format(
                tag=_local(root.tag)
            ),
        )
    for el in root.iter():
        el.tag = _local(el.tag)
        for key in [k for k in el.attrib if "}" in k or ":" in k]:
            del el.attrib[key]
    root.set("xmlns", _GPX11)
    # gpxpy (and shapely below) load when a file is read: every command would pay for them otherwise
    import gpxpy
    import gpxpy.gpx

    try:
        gpx = gpxpy.parse(ET.tostring(root, encoding="unicode"))
    except gpxpy.gpx.GPXException as e:
        raise _refused(path, str(e)) from None
    waypoints = tuple(
        Waypoint(
            i,
            normalise_identifier(w.name or ""),
            w.latitude,
            w.longitude,
            w.elevation,
            w.time.isoformat() if w.time else None,
            normalise_identifier(w.description or w.comment or "") or None,
        )
        for i, w in enumerate(gpx.waypoints, 1)
    )
    tracks = tuple(
        Track(
            t.name,
            tuple(tuple((p.latitude, p.longitude) for p in seg.points) for seg in t.segments if seg.points),
        )
        for t in gpx.tracks
    )
    return GpxData(path, hashlib.sha256(raw).hexdigest(), waypoints, tracks)


def _parse_safely(path: Path, raw: bytes) -> ET.Element:
    import defusedxml
    import defusedxml.ElementTree as DET

    depth = 0
    root: ET.Element | None = None
    try:
        for event, el in DET.iterparse(io.BytesIO(raw), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if root is None:
                    root = el
                if depth > MAX_DEPTH:
                    raise _refused(
                        path,
                        translate("geo", "its elements are nested more than {limit} deep, which no GPS writes").format(
                            limit=MAX_DEPTH
                        ),
                    )
            else:
                depth -= 1
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise _refused(
            path,
            translate(
                "geo",
                "it declares a document type or entities, which GPS receivers never write and kpfield does not read",
            ),
        ) from None
    except ET.ParseError as e:
        line, column = e.position
        raise _refused(
            path,
            translate(
                "geo", "it is not well-formed XML (line {line}, column {column}); export it again from the GPS"
            ).format(line=line, column=column + 1),
        ) from None
    if root is None:
        raise _refused(path, translate("geo", "it is empty"))
    return root


# ---- planning ----------------------------------------------------------------------------------


def plan_gpx(
    inv: Inventory, data: GpxData, *, country: str | None = None, district: str | None = None, near_m: float = 50.0
) -> GpxPlan:
    """What importing ``data`` would do, written nowhere.

    A waypoint whose name is a site's code in ``country`` (default: the inventory's), compared as
    identifiers are, moves that site to the waypoint; failing that, one whose name is exactly one
    site's name (accents and case aside) moves that one; any other becomes a new active site with
    the name as its code, in ``district`` when given. New sites within ``near_m`` metres of an
    existing site are flagged. Two waypoints naming one site, or sharing a name, are problems."""
    from shapely import STRtree, box, points

    country = (country or inv.identity.country).upper()
    plan = GpxPlan(data, country, district, near_m)
    rows = inv.conn.execute(
        "SELECT id, code, name, latitude, longitude FROM site WHERE deleted = 0 AND country = ?", (country,)
    ).fetchall()
    by_code = {normalise_identifier(r[1]).casefold(): r for r in rows}
    by_name: dict[str, list[tuple[object, ...]]] = {}
    for r in rows:
        if r[2]:
            by_name.setdefault(fold(r[2]), []).append(r)
    located = [r for r in rows if r[3] is not None and r[4] is not None]
    tree = STRtree(points([(r[4], r[3]) for r in located])) if located else None

    seen_names: dict[str, int] = {}
    seen_sites: dict[str, int] = {}
    for w in data.waypoints:
        label = translate("geo", "waypoint {n} ({name})").format(n=w.number, name=w.name or "?")
        if not w.name:
            plan.problems.append(
                translate(
                    "geo", "waypoint {n} has no name: name it on the GPS, or in the file, with the site's code"
                ).format(n=w.number)
            )
            continue
        key = w.name.casefold()
        if key in seen_names:
            plan.problems.append(
                translate("geo", "{waypoint} has the same name as waypoint {other}: keep one").format(
                    waypoint=label, other=seen_names[key]
                )
            )
            continue
        seen_names[key] = w.number
        match = by_code.get(key)
        if match is None:
            named = by_name.get(fold(w.name), [])
            match = named[0] if len(named) == 1 else None
        if match is not None:
            site_id, code, name, lat, lon = (str(match[0]), str(match[1]), match[2], match[3], match[4])
            if site_id in seen_sites:
                plan.problems.append(
                    translate("geo", "{waypoint} and waypoint {other} both name site {code}: keep one").format(
                        waypoint=label, other=seen_sites[site_id], code=code
                    )
                )
                continue
            seen_sites[site_id] = w.number
            old = (float(lat), float(lon)) if lat is not None and lon is not None else None  # type: ignore[arg-type]
            same = (
                old is not None
                and round(old[0], 7) == round(w.latitude, 7)
                and round(old[1], 7) == round(w.longitude, 7)
            )
            current = inv.get("site", site_id) or {}
            _, problems = inv.check("site", {**current, "latitude": w.latitude, "longitude": w.longitude}, site_id)
            plan.steps.append(
                GpxStep(
                    "same" if same else "move",
                    w,
                    site_id,
                    code,
                    str(name) if name else None,
                    old,
                    problems=tuple(problems),
                )
            )
            continue
        values = _new_site(w, country, district)
        _, problems = inv.check("site", values)
        near: list[tuple[str, float]] = []
        if tree is not None and near_m > 0:
            dlat = near_m / 111_000
            dlon = dlat / max(0.01, math.cos(math.radians(w.latitude)))
            for i in tree.query(box(w.longitude - dlon, w.latitude - dlat, w.longitude + dlon, w.latitude + dlat)):
                r = located[int(i)]
                d = distance_m((w.latitude, w.longitude), (r[3], r[4]))
                if d <= near_m:
                    near.append((str(r[1]), d))
        near.sort(key=lambda x: x[1])
        plan.steps.append(GpxStep("new", w, None, w.name, w.description, None, tuple(near), tuple(problems)))
    return plan


def _new_site(w: Waypoint, country: str, district: str | None) -> dict[str, object]:
    values: dict[str, object] = {
        "country": country,
        "code": w.name,
        "status": "active",
        "latitude": w.latitude,
        "longitude": w.longitude,
    }
    if w.description:
        values["name"] = w.description
    if district:
        values["district"] = district
    return values


# ---- writing -----------------------------------------------------------------------------------


def apply_gpx(inv: Inventory, plan: GpxPlan) -> GpxImport:
    """Write ``plan`` all or nothing; raises ValidationError (nothing written) when it has a
    problem or a record is refused when saved."""
    if plan.refused:
        problems = [Problem("gpx", p) for p in plan.problems]
        for s in plan.steps:
            problems += [Problem(s.code, f"{s.code}: {p.message}", p.value) for p in errors(list(s.problems))]
        raise ValidationError("site", problems)
    reason = translate("geo", "GPS waypoints from {file}").format(file=plan.data.path.name)
    with inv.transaction():
        source = inv.add_source("gpx", file_name=plan.data.path.name, sha256=plan.data.sha256)
        for s in plan.steps:
            w = s.waypoint
            if s.action == "new":
                inv.add("site", _new_site(w, plan.country, plan.district), reason=reason, source_id=source)
            elif s.action == "move":
                assert s.site_id is not None
                inv.update("site", s.site_id, {"latitude": w.latitude, "longitude": w.longitude}, reason=reason)
        counts = {"added": plan.count("new"), "moved": plan.count("move"), "unchanged": plan.count("same")}
        inv.set_source_counts(source, json.dumps(counts))
    return GpxImport(source, counts["added"], counts["moved"], counts["unchanged"])
