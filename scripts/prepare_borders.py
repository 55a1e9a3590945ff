"""Prepare the country outlines kpfield ships: resources/borders/countries.geojson.

Run once, when the list of countries or the source changes:

    pip install countryinfo shapely
    python scripts/prepare_borders.py

Source: the ``countryinfo`` package, which carries an outline per country (Natural Earth's
small-scale boundaries, public domain). For every country kpfield maps sites in (those with a
bounding box in kpfield/domain/places.py: the WGAAP producing countries) the outline is made
valid, simplified to ``TOLERANCE`` degrees and rounded to 5 decimals, and written as one GeoJSON
FeatureCollection with the ISO 3166 alpha-2 code as each feature's id. kpfield reads the file at
run time with shapely; countryinfo is not needed to run kpfield.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapely
from countryinfo import CountryInfo
from shapely import make_valid, set_precision
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpfield.domain.places import COUNTRIES  # noqa: E402

TOLERANCE = 0.005  # degrees, about 500 m: below the source's own precision
OUT = ROOT / "resources" / "borders" / "countries.geojson"

# countryinfo's names where they differ from kpfield's English ones
_NAMES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "TZ": "Tanzania",
}


def outline(code: str, name: str) -> dict[str, object]:
    info = CountryInfo(_NAMES.get(code, name))
    if info.iso(2) != code:
        raise SystemExit(f"countryinfo gives {info.iso(2)} for {name!r}, expected {code}")
    features = info.geo_json()["features"]
    geom = make_valid(shape(features[0]["geometry"]))
    geom = set_precision(geom.simplify(TOLERANCE, preserve_topology=True), 1e-5)
    return {"type": "Feature", "id": code, "properties": {"name": name}, "geometry": mapping(geom)}


def main() -> int:
    features = [outline(c.code, c.name) for c in COUNTRIES.values() if c.bbox is not None]
    doc = {
        "type": "FeatureCollection",
        "name": "kpfield country outlines",
        "source": "countryinfo (Natural Earth), simplified by scripts/prepare_borders.py",
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    vertices = sum(shapely.get_num_coordinates(shape(f["geometry"])) for f in features)
    print(f"{OUT.relative_to(ROOT)}: {len(features)} countries, {vertices} vertices, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
