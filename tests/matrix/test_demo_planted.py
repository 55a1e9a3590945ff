"""The demo's planted problems are found by the matching rows of the matrix."""

import datetime as dt

import pytest

from kpfield.demo import DEALER_EXPIRY, MID_EXPIRY, SCALES, _CountryDemo, generate
from kpfield.domain.borders import inside_country
from kpfield.matrix import Period, Scope, evaluate, load_matrix
from kpfield.store import Inventory

SEED = 3
TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer") as inv:
        generate(inv, "small", seed=SEED)
    with Inventory.open(path) as inv:
        yield inv


def run(inv, period="2026H1", countries=("SL", "GN", "CF", "BR")):
    ev = evaluate(inv, load_matrix(), [Scope("country", c) for c in countries], Period.parse(period), today=TODAY)
    return {s.scope.split(":")[1]: {i.id: i for r in s.rows for i in r.indicators} for s in ev.scopes}


def ids(inv, sql, params=()):
    return {r[0] for r in inv.conn.execute(sql, params)}


def flagged(result, indicator):
    return {x for per in result.values() for x in per[indicator].offending_ids}


def test_expired_licences_still_producing(demo):
    result = run(demo)
    truth = ids(
        demo,
        "SELECT DISTINCT l.id FROM production p JOIN site s ON s.id = p.site_id JOIN licence l ON l.id = s.licence_id "
        "WHERE l.expires_on = ? AND p.produced_on >= '2026-01-01' AND p.produced_on <= '2026-06-30'",
        (MID_EXPIRY.isoformat(),),
    )
    assert truth and flagged(result, "expired_licences_still_producing") == truth
    # and their production counts as production without a valid licence
    prod = ids(
        demo,
        "SELECT p.id FROM production p JOIN site s ON s.id = p.site_id JOIN licence l ON l.id = s.licence_id "
        "WHERE l.expires_on = ? AND p.produced_on BETWEEN '2026-01-01' AND '2026-06-30'",
        (MID_EXPIRY.isoformat(),),
    )
    assert prod <= flagged(result, "production_without_valid_licence")
    for per in result.values():
        if per["expired_licences_still_producing"].offending_ids:
            assert per["expired_licences_still_producing"].status != "met"


def test_sites_without_gps_and_the_wrong_hemisphere(demo):
    result = run(demo)
    no_gps = ids(demo, "SELECT id FROM site WHERE latitude IS NULL AND status = 'active'")
    assert no_gps and flagged(result, "active_sites_with_gps") == no_gps
    outside = {
        r[0]
        for r in demo.conn.execute("SELECT id, country, latitude, longitude FROM site WHERE latitude IS NOT NULL")
        if inside_country(r[1], r[2], r[3]) is False
    }
    assert outside and flagged(result, "coordinates_outside_country") == outside


def test_unlicensed_buyers_and_the_expired_dealer(demo):
    result = run(demo)
    unlicensed = ids(
        demo,
        "SELECT id FROM production WHERE buyer_name IS NOT NULL AND produced_on BETWEEN '2026-01-01' AND '2026-06-30'",
    )
    assert unlicensed and unlicensed <= flagged(result, "production_sold_to_unlicensed_buyers")
    sl = _CountryDemo("SL", SCALES["small"], SEED, True)
    sl.build_registry()
    expired = demo.get("licence", sl.expired_dealer)
    assert expired["expires_on"] == DEALER_EXPIRY.isoformat()
    assert result["SL"]["dealers_buying_outside_licence"].offending_ids == (sl.expired_dealer,)
    assert result["SL"]["dealers_buying_outside_licence"].status == "challenge"
    for country in ("GN", "CF", "BR"):
        assert result[country]["dealers_buying_outside_licence"].offending_ids == ()


def test_the_buying_office_jump(demo):
    result = run(demo)
    sl = _CountryDemo("SL", SCALES["small"], SEED, True)
    sl.build_registry()
    assert result["SL"]["buying_office_jumps"].offending_ids == (sl.jump_dealer,)
    assert result["SL"]["buying_office_jumps"].status == "challenge"
    # at this small scale an office buys a few carats a half-year, so others may double by chance;
    # every flagged office must really have bought more than twice its earlier mean
    for office in flagged(result, "buying_office_jumps"):
        per = dict(
            demo.conn.execute(
                "SELECT produced_on >= '2026-01-01', TOTAL(carats) / COUNT(DISTINCT substr(produced_on, 1, 4) || "
                "(substr(produced_on, 6, 2) <= '06')) FROM production WHERE buyer_licence_id = ? "
                "AND produced_on <= '2026-06-30' GROUP BY 1",
                (office,),
            ).fetchall()
        )
        assert per[1] > 2 * per[0], office
    # the jump is a 2026H1 event: the half-year before shows none
    assert flagged(run(demo, "2025H2"), "buying_office_jumps") == set()


def test_exports_without_certificate(demo):
    for period, (start, end) in {
        "2026H1": ("2026-01-01", "2026-06-30"),
        "2025H2": ("2025-07-01", "2025-12-31"),
    }.items():
        truth = ids(
            demo,
            "SELECT id FROM sale WHERE kind = 'export' AND kp_certificate IS NULL AND sold_on BETWEEN ? AND ?",
            (start, end),
        )
        assert flagged(run(demo, period), "exports_without_certificate") == truth
    assert flagged(run(demo, "2026H1"), "exports_without_certificate")


def test_a_whole_region_evaluates_with_no_data_for_countries_without_records(demo):
    ev = evaluate(demo, load_matrix(), [Scope("country", c) for c in ("SL", "GN", "LR")], Period.parse("2026H1"))
    lr = ev.scopes[2]
    assert all(r.status in (None, "no_data") for r in lr.rows)
    assert ev.scopes[0].row("digger_licensing").status == "challenge"
