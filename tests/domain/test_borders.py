"""Outside the country, against the shipped border rather than a box."""

from __future__ import annotations

import json

from kpfield.domain.borders import TOLERANCE_DEG, inside_country, outlines, outside_mask
from kpfield.domain.entities import ENTITIES
from kpfield.domain.places import COUNTRIES, in_bbox
from kpfield.domain.validation import clean
from kpfield.resources import resource_path


def test_every_country_kpfield_maps_sites_in_has_a_border_and_the_file_is_small():
    path = resource_path("borders", "countries.geojson")
    assert path.stat().st_size < 3_000_000
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert {f["id"] for f in doc["features"]} == {c.code for c in COUNTRIES.values() if c.bbox}
    for code, geom in outlines().items():
        assert geom.is_valid and geom.area > 0, code


def test_mining_towns_lie_in_their_country():
    assert inside_country("SL", 8.64, -10.97)  # Koidu
    assert inside_country("GN", 9.18, -9.30)  # Banankoro
    assert inside_country("LR", 7.24, -8.98)  # Ganta, a few km from Guinea
    assert inside_country("CD", -6.13, 23.60)  # Mbuji-Mayi
    assert inside_country("BR", -18.24, -43.60)  # Diamantina
    assert inside_country("BE", 50.85, 4.35) is None  # no border shipped: no opinion


def test_points_a_bounding_box_let_through_are_caught():
    # Guinea north-east of Kono, and Liberia south of Kailahun: in Sierra Leone's box, not in it
    assert in_bbox("SL", 9.5, -10.5) and inside_country("SL", 9.5, -10.5) is False
    assert inside_country("GN", 9.5, -10.5)
    assert in_bbox("SL", 7.2, -10.5) and inside_country("SL", 7.2, -10.5) is False
    # Ouesso lies in the DRC's box but in the Republic of the Congo
    assert in_bbox("CD", 1.61, 16.05) and inside_country("CD", 1.61, 16.05) is False
    # and the wrong hemisphere, as before
    assert inside_country("SL", 8.64, 10.97) is False


def test_the_tolerance_spares_points_just_beyond_a_coarse_border():
    area = outlines()["SL"]
    x, y = area.exterior.coords[0]
    assert inside_country("SL", y, x) and TOLERANCE_DEG <= 0.1


def test_many_points_at_once():
    assert outside_mask("SL", [8.64, 9.5, 8.64], [-10.97, -10.5, 10.97]) == [False, True, True]
    assert outside_mask("SL", [], []) == [] and outside_mask("XX", [1], [1]) is None


def test_the_site_form_warns_about_a_point_in_the_neighbouring_country():
    _, problems = clean(
        ENTITIES["site"], {"country": "SL", "code": "K1", "status": "active", "latitude": 9.5, "longitude": -10.5}
    )
    (p,) = problems
    assert p.severity == "warning" and "outside Sierra Leone" in p.message
    _, problems = clean(
        ENTITIES["site"], {"country": "SL", "code": "K1", "status": "active", "latitude": 8.64, "longitude": -10.97}
    )
    assert problems == []
