"""A licence's area as a polygon: typed in any coordinate form, checked, warned about."""

from __future__ import annotations

import pytest

from kpfield.domain.areas import AreaError, area_ha, format_corners, parse_corners, read_area
from kpfield.domain.coords import CoordinateError

SQUARE = "8.6401, -10.9702 | 8.6401, -10.9690 | 8.6390, -10.9690 | 8.6390, -10.9702"


def test_corners_in_every_accepted_form():
    c = parse_corners(SQUARE)
    assert c == ((8.6401, -10.9702), (8.6401, -10.969), (8.639, -10.969), (8.639, -10.9702))
    assert parse_corners(format_corners(c)) == c == read_area(format_corners(c))
    # decimal commas, ";" between latitude and longitude too: read two by two
    assert parse_corners("8,6401; -10,9702; 8,6401; -10,9690; 8,6390; -10,9690") == c[:3]
    # degrees-minutes-seconds with hemisphere letters, one corner a line; a closed ring as GIS writes it
    dms = parse_corners(
        "8°38'24\"N 10°58'13\"W\n8°38'24\"N 10°58'08\"O\n8°38'20\"N 10°58'08\"W\n8°38'24\"N 10°58'13\"W"
    )
    assert len(dms) == 3 and dms[0] == pytest.approx((8.64, -10.970278))
    assert 1.5 < area_ha(c) < 1.7


@pytest.mark.parametrize(
    "text, says",
    [
        ("8.64, -10.97 | 8.65, -10.97", "at least 3 corners"),
        ("0, 0 | 1, 1 | 0, 1 | 1, 0", "cross each other"),
        ("8.64, -10.97 | north | 8.65, -10.96", "cannot read"),
    ],
)
def test_corners_that_make_no_area(text, says):
    with pytest.raises((AreaError, CoordinateError), match=says):
        parse_corners(text)


def licence(inv, number, corners, **more):
    holder = inv.add("person", {"family_name": "Kamara", "country": "SL"}).id
    values = {
        "country": "SL",
        "number": number,
        "kind": "artisanal_mining",
        "holder_person_id": holder,
        "issued_on": "2025-01-01",
        "expires_on": "2027-01-01",
        "status": "active",
        "area_corners": corners,
        **more,
    }
    return inv.add("licence", values)


def test_a_licence_keeps_its_area_in_the_stored_form_and_warns_about_its_size(inv):
    saved = licence(inv, "AML/1", SQUARE, area_ha=0.5)
    stored = inv.get("licence", saved.id)["area_corners"]
    assert stored == "8.640100, -10.970200; 8.640100, -10.969000; 8.639000, -10.969000; 8.639000, -10.970200"
    (warning,) = saved.warnings
    assert warning.severity == "warning" and "1.62 ha" in warning.message and "0.5 ha" in warning.message
    with pytest.raises(Exception, match="cross each other"):
        licence(inv, "AML/2", "0, 0 | 1, 1 | 0, 1 | 1, 0")


def test_a_site_outside_its_licence_area_is_warned_about(inv):
    lic = licence(inv, "AML/1", SQUARE).id
    site = {"country": "SL", "code": "K1", "status": "active", "licence_id": lic}
    inside = inv.add("site", {**site, "latitude": 8.6395, "longitude": -10.9696})
    assert inside.warnings == []
    # 5 m beyond the edge: within a handheld's error, not warned
    _, problems = inv.check("site", {**site, "latitude": 8.64015, "longitude": -10.9696}, inside.id)
    assert problems == []
    outside = inv.add("site", {**site, "code": "K2", "latitude": 8.6450, "longitude": -10.9696})
    (p,) = outside.warnings
    assert p.severity == "warning" and "outside the area of licence AML/1" in p.message


def test_overlapping_licence_areas_are_warned_about(inv):
    licence(inv, "AML/1", SQUARE)
    touching = licence(inv, "AML/2", "8.6401, -10.9690 | 8.6401, -10.9680 | 8.6390, -10.9680 | 8.6390, -10.9690")
    assert touching.warnings == []  # a shared edge is no overlap
    over = licence(inv, "AML/3", "8.6400, -10.9700 | 8.6400, -10.9685 | 8.6380, -10.9685 | 8.6380, -10.9700")
    (p,) = over.warnings
    assert "overlaps the area of licence AML/1, AML/2" in p.message


def test_the_matrix_flags_the_planted_sites_and_areas(tmp_path):
    from kpfield.demo import generate
    from kpfield.matrix import Period, Scope
    from kpfield.matrix.indicators import INDICATORS, Context
    from kpfield.store import Inventory

    with Inventory.create(tmp_path / "d.kpfield", country="SL", officer="Fatmata Sesay") as demo:
        generate(demo, "small", 1)
        ctx = Context(demo.conn, [Scope("country", "SL")], Period.parse("2026H1"))
        try:
            outside = INDICATORS["sites_outside_licence_area"].compute(ctx, {})[0]
            overlap = INDICATORS["overlapping_licence_areas"].compute(ctx, {})[0]
        finally:
            ctx.close()
        codes = {
            r[0]
            for r in demo.conn.execute(
                f"SELECT code FROM site WHERE id IN ({','.join('?' * len(outside.offending))})", outside.offending
            )
        }
    # the planted plot beside its site, and the site whose longitude was typed in the wrong hemisphere
    assert outside.denominator > 0 and codes and all(c.endswith(("-0007", "-0005")) for c in codes)
    assert overlap.denominator > 0 and overlap.numerator == len(overlap.offending)
