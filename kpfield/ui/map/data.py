"""What the map draws, read once through the geo services: sites with their flags, licence areas,
country borders and district outlines, in the map's own flat projection.

The projection is equirectangular around the data's mean latitude: x = longitude x cos(lat0),
y = -latitude, in degrees, so that one scene unit is about 111.32 km in both directions and
shapes near the equator and in the tropics, where kpfield's countries are, look as they should.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
from shapely import MultiPoint
from shapely.geometry.base import BaseGeometry

from kpfield.domain.borders import outlines, outside_mask
from kpfield.geo import LicenceArea, MapScope, SiteFeature, licence_areas, site_features
from kpfield.store import Inventory

__all__ = ["FLAGS", "MapData", "load_map_data", "METRES_PER_UNIT"]

METRES_PER_UNIT = 111_320.0
# a site's flags, as the matrix raises them; drawn as a ring around its point, in this order
FLAGS = ("outside", "licence", "uninspected")


@dataclass
class MapData:
    lat0: float
    sites: list[SiteFeature]
    xs: np.ndarray  # scene x of each located site (NaN for the others)
    ys: np.ndarray
    flags: list[frozenset[str]]
    areas: list[LicenceArea]
    borders: dict[str, BaseGeometry]
    districts: list[tuple[str, BaseGeometry]] = field(default_factory=list)  # (name, outline of its sites)
    whole_country: str | None = None  # a country's map shows the whole country, not only its sites

    def to_scene(self, lat: float, lon: float) -> tuple[float, float]:
        return lon * math.cos(math.radians(self.lat0)), -lat

    def to_lat_lon(self, x: float, y: float) -> tuple[float, float]:
        return -y, x / math.cos(math.radians(self.lat0))

    def bounds(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of what there is to see: the located sites (those inside their country,
        when some are: a slip of the hemisphere would otherwise shrink the country to a dot), else
        the borders."""
        ok = ~np.isnan(self.xs)
        inside = ok & np.array(["outside" not in f for f in self.flags], dtype=bool)
        if inside.any():
            ok = inside
        border = self.borders.get(self.whole_country or "")
        if ok.any() and border is None:
            return (
                float(self.xs[ok].min()),
                float(self.ys[ok].min()),
                float(self.xs[ok].max()),
                float(self.ys[ok].max()),
            )
        boxes = [border.bounds] if border is not None else [g.bounds for g in self.borders.values()]
        if not boxes:
            return (-1.0, -1.0, 1.0, 1.0)
        lon0, lat0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        lon1, lat1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        x0, y1 = self.to_scene(lat0, lon0)
        x1, y0 = self.to_scene(lat1, lon1)
        return (x0, y0, x1, y1)


def _flags(sites: list[SiteFeature], today: dt.date) -> list[frozenset[str]]:
    outside: dict[str, bool] = {}
    by_country: dict[str, list[SiteFeature]] = {}
    for s in sites:
        if s.located:
            by_country.setdefault(s.country, []).append(s)
    for country, group in by_country.items():
        mask = outside_mask(country, [s.latitude or 0.0 for s in group], [s.longitude or 0.0 for s in group])
        for s, out in zip(group, mask or [False] * len(group), strict=True):
            outside[s.id] = out
    year_ago = (today - dt.timedelta(days=365)).isoformat()
    day = today.isoformat()
    result = []
    for s in sites:
        f = set()
        if outside.get(s.id):
            f.add("outside")
        if s.status == "active":
            if s.licence_status != "active" or not s.licence_expires_on or s.licence_expires_on < day:
                f.add("licence")
            if not s.last_inspected_on or s.last_inspected_on <= year_ago:
                f.add("uninspected")
        result.append(frozenset(f))
    return result


def load_map_data(inv: Inventory, scope: MapScope | None = None, today: dt.date | None = None) -> MapData:
    """Read what the map of ``scope`` shows (every site when None)."""
    sites = site_features(inv, scope)
    located = [s for s in sites if s.located]
    lat0 = float(np.mean([s.latitude for s in located])) if located else 0.0
    k = math.cos(math.radians(lat0))
    xs = np.array([s.longitude if s.located else np.nan for s in sites], dtype=np.float64) * k
    ys = -np.array([s.latitude if s.located else np.nan for s in sites], dtype=np.float64)
    # every shipped border: the neighbours show where a point across a border lies
    borders = dict(outlines())
    data = MapData(lat0, sites, xs, ys, _flags(sites, today or dt.date.today()), licence_areas(inv, scope), borders)
    if scope and scope.country and not scope.district and scope.site_ids is None:
        data.whole_country = scope.country
    # a district drawn as the outline of its own sites (no package here carries district borders);
    # a point outside its country (a typing slip) would stretch the outline over half a continent
    by_district: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for s, flags in zip(sites, data.flags, strict=True):
        if s.located and s.district and "outside" not in flags:
            by_district.setdefault((s.country, s.district), []).append((float(s.longitude), float(s.latitude)))  # type: ignore[arg-type]
    for (_, name), pts in sorted(by_district.items()):
        if len(pts) >= 3:
            data.districts.append((name, MultiPoint(pts).convex_hull))
    return data
