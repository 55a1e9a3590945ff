"""A licence's area as a polygon: corners typed as coordinates, stored in one form, measured.

Typed: one corner per part, parts separated by ``|``, a line break, or ``;`` (each corner in any
form :func:`kpfield.domain.coords.parse_point` reads: ``8.6401, -10.9702 | 8.6401, -10.9690 |
8.6390, -10.9690`` or ``8°38'24"N 10°58'13"W; 8°38'24"N 10°58'08"W; ...``). Where ``;`` also
separates latitude and longitude (``8,6401; -10,9702; 8,6401; -10,9690; ...``, decimal commas),
the parts are read two by two. Stored: ``lat, lon; lat, lon; ...`` with 6 decimals (about 10 cm),
without repeating the first corner at the end.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kpfield.i18n import translate

if TYPE_CHECKING:
    from shapely import Polygon

from .coords import CoordinateError, parse_point

__all__ = [
    "MAX_CORNERS",
    "Corners",
    "parse_corners",
    "format_corners",
    "stored_corners",
    "read_area",
    "overlapping_areas",
    "EDGE_TOLERANCE_M",
    "polygon",
    "area_ha",
    "contains",
    "AreaError",
]

MAX_CORNERS = 200
# A handheld's fix is good to a few metres: a point this close to its licence's edge is in.
EDGE_TOLERANCE_M = 10.0
Corners = tuple[tuple[float, float], ...]
_PARTS = re.compile(r"[|\n\r]+")


class AreaError(ValueError):
    """Corners that do not make an area; the message says what to type."""


def _points(parts: Sequence[str]) -> list[tuple[float, float]] | None:
    try:
        return [parse_point(p) for p in parts]
    except CoordinateError:
        return None


def parse_corners(text: str) -> Corners:
    """The corners of an area typed as text, in order; raises AreaError (or CoordinateError for a
    corner that cannot be read) when they do not make a simple polygon of 3 to 200 corners."""
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) == 1:
        semi = [p.strip() for p in parts[0].split(";") if p.strip()]
        pts = _points(semi)
        if pts is None and len(semi) % 2 == 0:
            pts = _points([f"{semi[i]}; {semi[i + 1]}" for i in range(0, len(semi), 2)])
        if pts is None:
            pts = [parse_point(p) for p in semi]  # raises, naming the corner it cannot read
    else:
        pts = [parse_point(p) for p in parts]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]  # a closed ring, as GIS programs write it
    if len(set(pts)) < 3:
        raise AreaError(
            translate("areas", "an area needs at least 3 corners, separated by | or ; (got {n})").format(n=len(pts))
        )
    if len(pts) > MAX_CORNERS:
        raise AreaError(
            translate("areas", "an area may have at most {limit} corners (got {n})").format(
                limit=MAX_CORNERS, n=len(pts)
            )
        )
    if not polygon(tuple(pts)).is_valid:
        raise AreaError(
            translate("areas", "the sides of the area cross each other: list the corners in order around the area")
        )
    return tuple(pts)


def format_corners(corners: Corners) -> str:
    """The stored form: ``lat, lon; lat, lon; ...``."""
    return "; ".join(f"{lat:.6f}, {lon:.6f}" for lat, lon in corners)


def stored_corners(text: str) -> Corners:
    """The corners of an area in its stored form (fast: no checks; ValueError for other text)."""
    out = []
    for part in text.split(";"):
        lat, lon = part.split(",")
        out.append((float(lat), float(lon)))
    return tuple(out)


def polygon(corners: Corners) -> Polygon:
    """The area as a shapely polygon in (lon, lat) degrees."""
    # shapely is imported when an area is first checked: every command would pay for it otherwise
    from shapely import Polygon

    return Polygon([(lon, lat) for lat, lon in corners])


def area_ha(corners: Corners) -> float:
    """The area in hectares (on a local flat projection: exact enough for a licence's few km)."""
    from shapely import Polygon

    lat0 = sum(lat for lat, _ in corners) / len(corners)
    k = 111_320.0
    xy = [(lon * k * math.cos(math.radians(lat0)), lat * k) for lat, lon in corners]
    return float(Polygon(xy).area) / 10_000


def contains(corners: Corners, lat: float, lon: float, tolerance_m: float = 0.0) -> bool:
    """Whether (lat, lon) lies in the area, or within ``tolerance_m`` metres of it."""
    from shapely import contains_xy

    poly = polygon(corners)
    if tolerance_m > 0:
        poly = poly.buffer(tolerance_m / 111_320.0)
    return bool(contains_xy(poly, lon, lat))


def read_area(text: str | None) -> Corners | None:
    """The corners of a stored area, or None when there is none or the text is not in the stored
    form (a record saved behind kpfield's back: no opinion about it)."""
    if not text:
        return None
    try:
        corners = stored_corners(text)
    except ValueError:
        return None
    return corners if len(corners) >= 3 else None


def overlapping_areas(areas: Sequence[tuple[str, Corners]]) -> dict[str, list[str]]:
    """For each id of ``areas`` (id, corners) that overlaps another, the ids it overlaps (areas
    that only touch along an edge or at a corner do not count)."""
    if not areas:
        return {}
    from shapely import STRtree

    polys = [polygon(c) for _, c in areas]
    tree = STRtree(polys)
    out: dict[str, list[str]] = {}
    left, right = tree.query(polys, predicate="intersects")
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        if i != j and polys[i].intersection(polys[j]).area > 0:
            out.setdefault(areas[i][0], []).append(areas[j][0])
    return out
