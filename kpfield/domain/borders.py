"""Country borders: whether a point lies in its country, against the outline kpfield ships.

The outlines (``resources/borders/countries.geojson``, prepared by ``scripts/prepare_borders.py``
from Natural Earth's small-scale boundaries) are coarse: a border drawn with one vertex every
few tens of kilometres may be several kilometres off the real one. A point therefore counts as
outside only when it lies more than :data:`TOLERANCE_DEG` (about 5 km) beyond the drawn border;
the check warns and never refuses. Geometries are prepared once per country, and many points are
tested together (:func:`outside_mask`), so that checking every site of a region takes
milliseconds.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kpfield.resources import resource_path

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["TOLERANCE_DEG", "outline", "outlines", "inside_country", "outside_mask"]

TOLERANCE_DEG = 0.05


@functools.cache
def outlines() -> dict[str, BaseGeometry]:
    """Every shipped outline by ISO 3166 alpha-2 code (empty when the file is missing)."""
    # shapely is imported when a border is first needed: every command would pay for it otherwise
    from shapely.geometry import shape

    try:
        doc = json.loads(resource_path("borders", "countries.geojson").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(f["id"]): shape(f["geometry"]) for f in doc["features"]}


def outline(country: str) -> BaseGeometry | None:
    """The drawn border of ``country``, or None when kpfield ships none for it."""
    return outlines().get(country)


@functools.cache
def _area(country: str) -> BaseGeometry | None:
    geom = outline(country)
    if geom is None:
        return None
    import shapely

    area = geom.buffer(TOLERANCE_DEG)
    shapely.prepare(area)
    return area


def inside_country(country: str, lat: float, lon: float) -> bool | None:
    """Whether (lat, lon) lies in ``country`` (within the tolerance); None when kpfield has no
    outline for it."""
    area = _area(country)
    if area is None:
        return None
    import shapely

    return bool(shapely.contains_xy(area, lon, lat))


def outside_mask(country: str, lats: Sequence[float], lons: Sequence[float]) -> list[bool] | None:
    """For each point, whether it lies outside ``country``; None when kpfield has no outline."""
    area = _area(country)
    if area is None:
        return None
    if not lats:
        return []
    import numpy as np
    import shapely

    inside = shapely.contains_xy(area, np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
    return [not bool(x) for x in inside]
