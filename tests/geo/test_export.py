"""KML, GeoJSON and GPX of sites, read back by the programs' own kind of reader."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import gpxpy
import pytest
from shapely.geometry import shape

from kpfield.cli import main
from kpfield.geo import MapScope, export_sites

KML = "{http://www.opengis.net/kml/2.2}"


def test_geojson_round_trip_through_shapely_keeps_seven_decimals(mapped, tmp_path):
    path = tmp_path / "sites.geojson"
    result = export_sites(mapped, path, "geojson", MapScope(country="SL"))
    assert (result.sites, result.without_point, result.licence_areas) == (3, 1, 1)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    (area,) = [f for f in doc["features"] if f["properties"]["kind"] == "licence_area"]
    polygon = shape(area["geometry"])
    assert polygon.is_valid and polygon.exterior.coords[0] == (-10.9718, 8.6418)
    assert area["properties"]["number"] == "AML/KONO/7" and area["properties"]["holder"] == "Koroma"
    by_code = {f["properties"]["code"]: f for f in doc["features"] if f["properties"]["kind"] == "site"}
    assert set(by_code) == {"KON-1", "KON-2", "KEN-1"}
    point = shape(by_code["KON-1"]["geometry"])
    assert point.geom_type == "Point"
    assert (point.y, point.x) == (8.6412346, -10.9712346)
    assert polygon.contains(point)
    props = by_code["KON-1"]["properties"]
    assert props["status"] == "active" and props["licence_number"] == "AML/KONO/7"
    assert props["licence_status"] == "active" and props["district"] == "Kono"
    # a formula-like name keeps Excel's quote; the rest of the text is as typed
    assert by_code["KON-2"]["properties"]["name"] == '\'=HYPERLINK("x")&<b> "Gbense" & sons'


def test_kml_is_well_formed_with_a_placemark_per_located_site(mapped, tmp_path):
    path = tmp_path / "kono.kml"
    result = export_sites(mapped, path, "kml", MapScope(district="kono"))
    assert (result.sites, result.licence_areas) == (2, 1)
    root = ET.parse(path).getroot()  # escaped text or it would not parse
    assert root.tag == f"{KML}kml"
    doc = root.find(f"{KML}Document")
    assert doc.findtext(f"{KML}name") == "Sites, Kono"
    styles = {s.get("id") for s in doc.findall(f"{KML}Style")}
    placemarks = doc.findall(f".//{KML}Placemark")
    assert [p.findtext(f"{KML}name") for p in placemarks] == ["AML/KONO/7", "KON-1", "KON-2"]
    ring = placemarks.pop(0).findtext(f"{KML}Polygon/{KML}outerBoundaryIs/{KML}LinearRing/{KML}coordinates")
    corners = [tuple(map(float, c.split(","))) for c in ring.split()]
    assert len(corners) == 5 and corners[0] == corners[-1] == (-10.9718, 8.6418)
    for p in placemarks:
        assert p.findtext(f"{KML}styleUrl").lstrip("#") in styles
        lon, lat = map(float, p.findtext(f"{KML}Point/{KML}coordinates").split(","))
        assert 8 < lat < 9 and -11 < lon < -10
    data = {d.get("name"): d.findtext(f"{KML}value") for d in placemarks[1].iter(f"{KML}Data")}
    assert data["name"].startswith("'=HYPERLINK") and "<b>" in data["name"]
    assert data["village"] == "Yengema" and "licence_number" not in data


def test_kml_reads_with_fastkml_when_it_is_installed(mapped, tmp_path):
    fastkml = pytest.importorskip("fastkml")
    path = tmp_path / "all.kml"
    export_sites(mapped, path, "kml")
    k = fastkml.KML.from_string(path.read_bytes())
    doc = k.features[0]
    names = [p.name for folder in doc.features for p in folder.features]
    assert sorted(names) == ["AML/KONO/7", "KEN-1", "KON-1", "KON-2"]


def test_gpx_is_read_back_by_gpxpy(mapped, tmp_path):
    path = tmp_path / "sites.gpx"
    export_sites(mapped, path, "gpx", MapScope(country="SL"))
    gpx = gpxpy.parse(path.read_text(encoding="utf-8"))
    by_name = {w.name: w for w in gpx.waypoints}
    assert set(by_name) == {"KON-1", "KON-2", "KEN-1"}
    assert (by_name["KON-1"].latitude, by_name["KON-1"].longitude) == (8.6412346, -10.9712346)
    assert by_name["KEN-1"].type == "idle"
    assert by_name["KON-2"].comment.startswith("'=")


def test_control_characters_are_dropped_so_every_file_parses(mapped, tmp_path):
    # the forms refuse such characters now; a record saved before they did may still hold them
    with mapped.transaction() as conn:
        conn.execute("UPDATE site SET name = ?, village = ? WHERE code = 'KON-1'", ("bell\x07 and\x00 null", "V\x0b"))
    for fmt in ("kml", "gpx", "geojson"):
        path = tmp_path / f"odd.{fmt}"
        export_sites(mapped, path, fmt)
        text = path.read_text(encoding="utf-8")
        assert "\x07" not in text and "\x00" not in text and "\x0b" not in text
        if fmt != "geojson":
            ET.fromstring(text.encode())


def test_cli_export_sites(mapped, tmp_path, capsys):
    db = mapped.path
    mapped.close()
    out = tmp_path / "kono.geojson"
    code = main(["export", "sites", "--db", str(db), "--format", "geojson", "--district", "Kono", "-o", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "2 sites, 1 licence areas" in printed and "1 sites of the scope have no GPS point" in printed
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 3
    assert main(["export", "sites", "--db", str(db), "--format", "kmz", "-o", str(out)]) == 2
