import datetime as dt

import pytest

from kpfield.demo import DEALER_EXPIRY, MID_EXPIRY, generate
from kpfield.domain.entities import ENTITIES
from kpfield.domain.validation import clean
from kpfield.store import Inventory


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer") as inv:
        generate(inv, "small", seed=3)
    with Inventory.open(path) as inv:
        yield inv


def dump(inv):
    out = {}
    for ent in ENTITIES.values():
        out[ent.key] = inv.conn.execute(f"SELECT * FROM {ent.table} ORDER BY id").fetchall()
    return {k: [tuple(r) for r in v] for k, v in out.items()}


def test_same_seed_same_records(tmp_path, demo):
    with Inventory.create(tmp_path / "again.kpfield", country="SL", officer="Demo officer") as again:
        generate(again, "small", seed=3)
        first, second = dump(demo), dump(again)
    # the origin differs (another installation); everything else, ids included, is the same
    for key in first:
        strip = [tuple(v for i, v in enumerate(r) if i not in (1, 4)) for r in first[key]]
        assert strip == [tuple(v for i, v in enumerate(r) if i not in (1, 4)) for r in second[key]], key


def test_another_seed_other_records(tmp_path, demo):
    with Inventory.create(tmp_path / "other.kpfield", country="SL", officer="Demo officer") as other:
        generate(other, "small", seed=4)
        assert dump(other)["production"] != dump(demo)["production"]


def test_small_is_a_few_hundred_records_over_three_countries(demo):
    s = demo.summary()
    assert 200 <= sum(s.counts.values()) <= 1000
    assert len({p.country for p in s.production}) >= 3


def test_every_demo_record_passes_the_forms_validation(demo):
    for ent in ENTITIES.values():
        for row in demo.conn.execute(f"SELECT * FROM {ent.table}"):
            values = {f: row[f] for f in ent.field_names}
            _, problems = clean(ent, values, today=dt.date(2026, 11, 29))
            errors = [p for p in problems if p.severity == "error"]
            assert not errors, (ent.key, row["id"], errors)


def test_prices_and_productivity_are_realistic(demo):
    for p in demo.summary().production:
        expected = {"SL": (190, 300), "GN": (70, 140), "CF": (120, 230), "BR": (140, 270)}[p.country]
        assert expected[0] <= p.usd_per_carat <= expected[1], p
    big = demo.conn.execute("SELECT COUNT(*) FROM production WHERE carats >= 1").fetchone()[0]
    assert big < 0.2 * demo.count("production")  # most production events are well under a carat


def test_expired_licences_still_producing_are_planted(demo):
    n = demo.conn.execute(
        "SELECT COUNT(*) FROM production p JOIN licence l ON l.id = p.licence_id "
        "WHERE p.produced_on > l.expires_on AND l.expires_on = ?",
        (MID_EXPIRY.isoformat(),),
    ).fetchone()[0]
    assert n > 0


def test_sites_without_gps_and_a_wrong_hemisphere_are_planted(demo):
    assert demo.conn.execute("SELECT COUNT(*) FROM site WHERE latitude IS NULL").fetchone()[0] >= 4
    from kpfield.domain.borders import inside_country

    outside = [
        r
        for r in demo.conn.execute("SELECT country, latitude, longitude FROM site WHERE latitude IS NOT NULL")
        if inside_country(r[0], r[1], r[2]) is False
    ]
    assert outside


def test_unlicensed_buyers_and_an_expired_dealer_are_planted(demo):
    assert demo.conn.execute("SELECT COUNT(*) FROM production WHERE buyer_name IS NOT NULL").fetchone()[0] > 0
    after = demo.conn.execute(
        "SELECT COUNT(*) FROM production p JOIN licence l ON l.id = p.buyer_licence_id "
        "WHERE l.expires_on = ? AND p.produced_on > l.expires_on",
        (DEALER_EXPIRY.isoformat(),),
    ).fetchone()[0]
    assert after > 0


def test_a_buying_office_jumps_in_the_last_half_year(demo):
    rows = demo.conn.execute(
        "SELECT buyer_licence_id, substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' "
        "THEN 'H1' ELSE 'H2' END AS period, COUNT(*) FROM production WHERE buyer_licence_id IS NOT NULL "
        "GROUP BY 1, 2"
    ).fetchall()
    by_office = {}
    for office, period, purchases in rows:
        by_office.setdefault(office, {})[period] = purchases
    history = ("2024H2", "2025H1", "2025H2")
    jumps = [o for o, p in by_office.items() if p.get("2026H1", 0) > 3 * sum(p.get(h, 0) for h in history) / 3]
    assert len(jumps) == 1


def test_exports_without_a_certificate_are_planted(demo):
    missing = demo.conn.execute("SELECT COUNT(*) FROM sale WHERE kind = 'export' AND kp_certificate IS NULL")
    assert missing.fetchone()[0] > 0


def test_accented_names_survive(demo):
    names = {r[0] for r in demo.conn.execute("SELECT family_name FROM person WHERE country IN ('GN', 'CF', 'BR')")}
    assert any(ch in "".join(names) for ch in "éèïçãôú")


def test_the_demo_refuses_an_inventory_with_records(demo):
    with pytest.raises(ValueError, match="already holds records"):
        generate(demo, "small")


def _schema(inv):
    rows = inv.conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
    return sorted(tuple(r) for r in rows)


def test_a_larger_demo_builds_its_indexes_and_search_once_and_gets_them_all_back(tmp_path, monkeypatch):
    from kpfield import demo as demo_module

    # the national scale's shape at a size a test can afford: not "small", so loaded with the
    # production indexes and every search index deferred
    monkeypatch.setitem(demo_module.SCALES, "sized-down", demo_module.Scale(("SL",), 40, 120, 2, 1, 1, 3))
    with Inventory.create(tmp_path / "sized.kpfield", country="SL", officer="Demo officer") as inv:
        schema = _schema(inv)
        generate(inv, "sized-down", seed=3)
        assert _schema(inv) == schema
        for table in ("person", "organisation", "licence", "site", "sale", "inspection"):
            inv.conn.execute(f"INSERT INTO {table}_search({table}_search, rank) VALUES ('integrity-check', 1)")
            assert inv.count(table) > 0, table
        name = inv.conn.execute("SELECT family_name FROM person ORDER BY rowid DESC LIMIT 1").fetchone()[0]
        hits = inv.conn.execute("SELECT count(*) FROM person_search WHERE person_search MATCH ?", (f'"{name}"',))
        assert hits.fetchone()[0] >= 1
