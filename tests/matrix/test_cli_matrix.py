"""`kpfield evaluate`, `footprint` and `assess` on real files, as a user runs them."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from kpfield.store import Inventory


def kpfield(*args):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "kpfield", *map(str, args)], capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.kpfield"
    r = kpfield("demo", "--db", path, "--seed", "3")
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy each test may write to."""
    path = tmp_path / "demo copy.kpfield"
    shutil.copy(demo_file, path)
    return path


def test_evaluate_prints_a_heat_map_and_the_indicators(demo_file):
    r = kpfield("evaluate", "--db", demo_file)
    assert r.returncode == 0, r.stderr
    assert "Challenge matrix, period 2026H1" in r.stdout
    header = next(line for line in r.stdout.splitlines() if line.strip().startswith("BR"))
    assert header.split() == ["BR", "CF", "GN", "SL"]
    assert "Licensing and registration of diggers" in r.stdout and "CHALLENGE" in r.stdout
    assert "Share of exports without a KP certificate number" in r.stdout


def test_evaluate_json_carries_every_figure_and_the_record_ids(demo_file):
    r = kpfield("evaluate", "--db", demo_file, "--region", "west-africa", "--period", "2026h1", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["period"] == "2026H1"
    assert [s["scope"] for s in data["scopes"]] == [f"country:{c}" for c in ("SL", "GN", "LR", "CI", "GH", "TG")]
    sl = {i["id"]: i for row in data["scopes"][0]["rows"] for i in row["indicators"]}
    jump = sl["buying_office_jumps"]
    assert set(jump) >= {"value", "numerator", "denominator", "status", "offending_ids", "record_kind"}
    assert jump["status"] == "challenge" and len(jump["offending_ids"]) == 1
    with Inventory.open(demo_file) as inv:
        assert inv.get("licence", jump["offending_ids"][0])["kind"] == "dealer"
    liberia = data["scopes"][2]
    assert all(row["status"] in (None, "no_data") for row in liberia["rows"])


def test_evaluate_by_district_and_in_french(demo_file):
    r = kpfield("evaluate", "--db", demo_file, "--country", "SL", "--by-district", "--lang", "fr")
    assert r.returncode == 0, r.stderr
    assert "Kono" in r.stdout and "Kenema" in r.stdout
    assert "Octroi de permis et enregistrement des creuseurs" in r.stdout


def test_evaluate_refuses_a_broken_matrix_naming_line_and_key(demo_file, tmp_path):
    bad = tmp_path / "matrix.toml"
    bad.write_text('[grades.A]\nen = "fine"\n[[row]]\nid = "Bad Row"\n', encoding="utf-8")
    r = kpfield("evaluate", "--db", demo_file, "--matrix", bad)
    assert r.returncode == 1
    assert "matrix.toml" in r.stderr and "key" in r.stderr
    bad.write_text("[[row]\n", encoding="utf-8")
    r = kpfield("evaluate", "--db", demo_file, "--matrix", bad)
    assert r.returncode == 1 and "line 1" in r.stderr


def test_evaluate_refuses_an_unknown_scope_or_period(demo_file):
    r = kpfield("evaluate", "--db", demo_file, "--scope", "site:NOWHERE")
    assert r.returncode == 1 and "NOWHERE" in r.stderr
    r = kpfield("evaluate", "--db", demo_file, "--period", "2026-H1")
    assert r.returncode == 1 and "2026H1" in r.stderr


def test_footprint_table_json_and_svg(demo_file, tmp_path):
    svg = tmp_path / "chart.svg"
    r = kpfield("footprint", "--db", demo_file, "--scope", "country:SL", "--svg", svg)
    assert r.returncode == 0, r.stderr
    assert "Footprint of SL, 2026H1" in r.stdout
    assert "+9-11" in r.stdout and "Total-variation distance" in r.stdout and "jump test" in r.stdout
    assert svg.read_text(encoding="utf-8").startswith("<svg")
    r = kpfield("footprint", "--db", demo_file, "--scope", "district:Kono", "--period", "2025H2", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["scope"] == "district:SL:Kono" and data["period"] == "2025H2"
    assert len(data["footprint"]["classes"]) == 11
    shares = [c["stone_share"] or 0 for c in data["footprint"]["classes"]]
    assert sum(shares) == pytest.approx(1.0)


def test_footprint_of_a_buying_office(demo_file):
    with Inventory.open(demo_file) as inv:
        number = inv.conn.execute("SELECT number FROM licence WHERE kind = 'dealer' ORDER BY number").fetchone()[0]
    r = kpfield("footprint", "--db", demo_file, "--scope", f"office:{number}")
    assert r.returncode == 0, r.stderr
    assert f"Footprint of {number}" in r.stdout


def test_assess_records_then_revises_a_self_assessment(demo):
    args = ["assess", "--db", demo, "--country", "SL", "--period", "2026H1", "--row", "digger_licensing"]
    r = kpfield(
        *args,
        "--score",
        "C",
        "--evidence",
        "cadastre covers Kono only",
        "--owner",
        "Mines warden",
        "--due",
        "31/12/2026",
    )
    assert r.returncode == 0, r.stderr
    rid = r.stdout.strip()
    r = kpfield(*args, "--score", "B", "--gap", "Kenema register still on paper", "--reason", "after the audit")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == rid
    with Inventory.open(demo) as inv:
        rec = inv.get("self_assessment", rid)
        assert (rec["score"], rec["evidence"], rec["due_on"], rec["version"]) == (
            "B",
            "cadastre covers Kono only",
            "2026-12-31",
            2,
        )
        actions = [r[0] for r in inv.conn.execute("SELECT action FROM audit WHERE record_id = ? ORDER BY seq", (rid,))]
        assert actions == ["insert", "update"]
    kpfield(
        "assess", "--db", demo, "--country", "SL", "--period", "2025H2", "--row", "digger_licensing", "--score", "D"
    )
    r = kpfield("evaluate", "--db", demo, "--country", "SL", "--json")
    row = next(r for r in json.loads(r.stdout)["scopes"][0]["rows"] if r["row_id"] == "digger_licensing")
    assert row["assessment"]["score"] == "B" and "Largely in place" in row["assessment"]["meaning"]
    assert row["earlier_scores"] == [["2025H2", "D"]]
    table = kpfield("evaluate", "--db", demo, "--country", "SL").stdout
    assert "CHALLENGE B" in table


def test_assess_refuses_unknown_rows_periods_and_duplicates(demo):
    r = kpfield("assess", "--db", demo, "--country", "SL", "--period", "2026H1", "--row", "nope", "--score", "A")
    assert r.returncode == 1 and "digger_licensing" in r.stderr
    r = kpfield("assess", "--db", demo, "--country", "SL", "--period", "2026", "--row", "statistics", "--score", "A")
    assert r.returncode == 1 and "half-year" in r.stderr
    values = ["country=SL", "period=2026h1", "row_id=statistics", "score=A"]
    r = kpfield("add", "self_assessment", "--db", demo, *values)
    assert r.returncode == 0, r.stderr
    with Inventory.open(demo) as inv:
        assert inv.get("self_assessment", r.stdout.strip())["period"] == "2026H1"
    r = kpfield("add", "self_assessment", "--db", demo, *values)
    assert r.returncode == 1 and "already used" in r.stderr
    r = kpfield("add", "self_assessment", "--db", demo, "country=SL", "period=2026Q1", "row_id=statistics", "score=A")
    assert r.returncode == 1 and "half-year" in r.stderr
