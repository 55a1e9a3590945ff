"""GPX files from handhelds made into sites: matching, preview, all or nothing, hostile files."""

from __future__ import annotations

import pytest

from kpfield.cli import main
from kpfield.domain.validation import ValidationError
from kpfield.geo import GpxError, apply_gpx, plan_gpx, read_gpx
from kpfield.geo.gpx import MAX_BYTES, distance_m

GARMIN = """<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<gpx xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3"
     xmlns:wptx1="http://www.garmin.com/xmlschemas/WaypointExtension/v1" creator="eTrex 32x" version="1.1">
  <metadata><link href="http://www.garmin.com"><text>Garmin International</text></link>
    <time>2026-03-04T16:02:11Z</time></metadata>
  <wpt lat="8.641500" lon="-10.971400"><ele>312.47</ele><time>2026-03-04T09:12:40Z</time><name>KON-1</name>
    <sym>Flag, Blue</sym></wpt>
  <wpt lat="8.660000" lon="-10.950000"><ele>298.1</ele><time>2026-03-04T10:40:02Z</time><name>012</name>
    <cmt>Gbense river pit</cmt><sym>Flag, Blue</sym>
    <extensions><wptx1:WaypointExtension><wptx1:DisplayMode>SymbolAndName</wptx1:DisplayMode>
    </wptx1:WaypointExtension></extensions></wpt>
  <wpt lat="8.700100" lon="-10.900100"><ele>301</ele><name>013</name></wpt>
  <wpt lat="8.2301" lon="-11.0301"><name>kenema flat</name></wpt>
  <trk><name>ACTIVE LOG 04-MAR-26</name>
    <trkseg><trkpt lat="8.6415" lon="-10.9714"><ele>312</ele></trkpt><trkpt lat="8.65" lon="-10.96"/>
      <trkpt lat="8.66" lon="-10.95"/></trkseg>
    <trkseg><trkpt lat="8.69" lon="-10.91"/><trkpt lat="8.7001" lon="-10.9001"/></trkseg></trk>
</gpx>
"""

# a phone app's export: byte-order mark, prefixed GPX 1.0 elements, odd extra namespaces
ODD = (
    "\ufeff<?xml version='1.0' encoding='UTF-8'?>\n"
    "<g:gpx xmlns:g='http://www.topografix.com/GPX/1/0' xmlns:osmand='https://osmand.net' version='1.0'>"
    "<g:wpt lat='8.5' lon='-10.8'><g:name>Tombodu 4</g:name><osmand:color>#ff0000</osmand:color></g:wpt>"
    "<g:trk><g:trkseg><g:trkpt lat='8.5' lon='-10.8'/></g:trkseg></g:trk></g:gpx>"
)


def write(tmp_path, text, name="day.gpx", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def sites(inv):
    return {
        r[0]: (r[1], r[2], r[3])
        for r in inv.conn.execute("SELECT code, name, latitude, longitude FROM site WHERE deleted = 0")
    }


def test_garmin_waypoints_and_tracks_are_read(tmp_path):
    data = read_gpx(write(tmp_path, GARMIN))
    assert [w.name for w in data.waypoints] == ["KON-1", "012", "013", "kenema flat"]
    first = data.waypoints[0]
    assert (first.latitude, first.longitude, first.elevation) == (8.6415, -10.9714, 312.47)
    assert first.time.startswith("2026-03-04T09:12:40")
    assert data.waypoints[1].description == "Gbense river pit"
    (track,) = data.tracks
    assert track.name == "ACTIVE LOG 04-MAR-26"
    assert [len(s) for s in track.segments] == [3, 2]


def test_bom_prefixes_and_gpx_1_0_are_read(tmp_path):
    data = read_gpx(write(tmp_path, ODD))
    assert [(w.name, w.latitude, w.longitude) for w in data.waypoints] == [("Tombodu 4", 8.5, -10.8)]
    assert [len(s) for s in data.tracks[0].segments] == [1]


def test_plan_matches_codes_and_names_and_flags_near_sites(mapped, tmp_path):
    data = read_gpx(write(tmp_path, GARMIN))
    plan = plan_gpx(mapped, data, district="Kono", near_m=100)
    steps = {s.waypoint.name: s for s in plan.steps}
    assert steps["KON-1"].action == "move" and steps["KON-1"].code == "KON-1"
    assert steps["KON-1"].old_point == pytest.approx((8.6412345678, -10.9712345678))
    assert steps["012"].action == "new" and steps["012"].name == "Gbense river pit" and not steps["012"].near
    # 013 is 15 m from KON-2: flagged as perhaps the same site
    (near,) = steps["013"].near
    assert near[0] == "KON-2" and near[1] == pytest.approx(distance_m((8.7001, -10.9001), (8.7, -10.9)))
    assert 10 < near[1] < 20
    # no site has the code "kenema flat", and no name either: a new site
    assert steps["kenema flat"].action == "new"
    assert not plan.refused
    before = sites(mapped)
    assert sites(mapped) == before  # planning writes nothing

    result = apply_gpx(mapped, plan)
    assert (result.added, result.moved) == (3, 1)
    after = sites(mapped)
    assert after["KON-1"][1:] == (8.6415, -10.9714)
    assert after["012"] == ("Gbense river pit", 8.66, -10.95)
    assert mapped.conn.execute("SELECT district FROM site WHERE code = '013'").fetchone()[0] == "Kono"
    source = mapped.conn.execute("SELECT kind, file_name, counts FROM source WHERE id = ?", (result.source_id,))
    assert source.fetchone()[:2] == ("gpx", "day.gpx")


def test_a_waypoint_named_like_one_site_moves_it(mapped, tmp_path):
    gpx = GARMIN.replace("<name>kenema flat</name>", "<name>TANKORO FLAT</name>").replace("<name>KON-1</name>", "")
    plan = plan_gpx(mapped, read_gpx(write(tmp_path, gpx)))
    assert plan.problems  # the nameless waypoint
    step = next(s for s in plan.steps if s.waypoint.name == "TANKORO FLAT")
    assert (step.action, step.code) == ("move", "KON-1")


def test_all_or_nothing(mapped, tmp_path):
    # two waypoints with one name: the whole file is refused, nothing written
    gpx = GARMIN.replace("<name>013</name>", "<name>012</name>")
    plan = plan_gpx(mapped, read_gpx(write(tmp_path, gpx)))
    assert plan.refused and "same name as waypoint 2" in plan.problems[0]
    before = sites(mapped)
    with pytest.raises(ValidationError):
        apply_gpx(mapped, plan)
    assert sites(mapped) == before
    # a code the forms refuse (too long) refuses the file too
    gpx = GARMIN.replace("<name>013</name>", f"<name>{'X' * 300}</name>")
    plan = plan_gpx(mapped, read_gpx(write(tmp_path, gpx)))
    assert plan.refused
    with pytest.raises(ValidationError):
        apply_gpx(mapped, plan)
    assert sites(mapped) == before


BOMB = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><wpt lat="8" lon="-11"><name>&c;</name></wpt></gpx>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<gpx version="1.1"><wpt lat="8" lon="-11"><name>&x;</name></wpt></gpx>"""
DOCTYPE_ONLY = '<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "http://example.invalid/gpx.dtd"><gpx version="1.1"/>'


@pytest.mark.parametrize(
    "text, says",
    [
        (BOMB, "document type or entities"),
        (EXTERNAL, "document type or entities"),
        (DOCTYPE_ONLY, "document type or entities"),
        ("<gpx>" + "<extensions>" * 200 + "</extensions>" * 200 + "</gpx>", "nested more than"),
        ("<gpx><wpt lat='8' lon='-11'><name>A</name></gpx>", "not well-formed XML (line 1"),
        ("<kml><Document/></kml>", "not GPX"),
        ("", "not well-formed"),
    ],
)
def test_hostile_gpx_is_refused_naming_the_file(tmp_path, text, says):
    path = write(tmp_path, text, "hostile.gpx")
    with pytest.raises(GpxError) as e:
        read_gpx(path)
    assert says in str(e.value) and "hostile.gpx" in str(e.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.gpx"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(GpxError, match="more than kpfield reads"):
        read_gpx(path)


def test_cli_dry_run_then_import(mapped, tmp_path, capsys):
    db = mapped.path
    mapped.close()
    gpx = write(tmp_path, GARMIN)
    assert main(["import-gpx", "--db", str(db), str(gpx), "--dry-run", "--near", "100", "--district", "Kono"]) == 0
    shown = capsys.readouterr().out
    assert "new sites 3, moved 1" in shown and "move KON-1" in shown and "new 012 Gbense river pit" in shown
    assert "near existing site KON-2, 16 m away" in shown and "Dry run: nothing was written." in shown
    assert main(["import-gpx", "--db", str(db), str(gpx)]) == 0
    assert "3 sites added, 1 moved" in capsys.readouterr().out
    # the same file again: everything is already there
    assert main(["import-gpx", "--db", str(db), str(gpx)]) == 0
    assert "new sites 0, moved 0, already there 4" in capsys.readouterr().out
    bad = write(tmp_path, BOMB, "bomb.gpx")
    assert main(["import-gpx", "--db", str(db), str(bad)]) == 1
    assert "bomb.gpx is refused" in capsys.readouterr().err
