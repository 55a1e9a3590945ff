"""Each indicator on the hand-made inventory of conftest.py, against answers worked out by hand."""

import datetime as dt

import pytest

from kpfield.matrix import Period, Scope, evaluate, load_matrix
from kpfield.matrix.indicators import INDICATORS, Context
from kpfield.store.ids import new_id

from .conftest import TODAY, bulk, production

H1 = Period.parse("2026H1")


def measure(inv, indicator, scopes=None, period=H1, **params):
    scopes = scopes or [Scope("country", "SL")]
    ctx = Context(inv.conn, scopes, period, TODAY)
    try:
        return INDICATORS[indicator].compute(ctx, {**INDICATORS[indicator].params, **params})
    finally:
        ctx.close()


def one(inv, indicator, **kw):
    return measure(inv, indicator, **kw)[0]


def check(m, numerator, denominator, offending):
    assert m.numerator == pytest.approx(numerator)
    assert m.denominator == pytest.approx(denominator)
    assert m.value == pytest.approx(numerator / denominator)
    assert sorted(m.offending) == sorted(offending)


def test_production_without_valid_licence(hand):
    # p3 (licence B expired 2026-03-31) and p4 (site without licence): 2.5 of 4.0 ct
    check(one(hand.inv, "production_without_valid_licence"), 2.5, 4.0, [hand.ids["p3"], hand.ids["p4"]])


def test_licence_validity_follows_the_domain_rule(hand):
    # a suspended licence is not valid even within its dates (kpfield.domain.validation.licence_valid_on)
    hand.inv.update("licence", hand.ids["A"], {"status": "suspended"})
    check(one(hand.inv, "production_without_valid_licence"), 3.5, 4.0, [hand.ids[p] for p in ("p1", "p3", "p4")])


def test_expired_licences_still_producing(hand):
    check(one(hand.inv, "expired_licences_still_producing"), 1, 2, [hand.ids["B"]])


def test_workers_registered(hand):
    # Tombodu: 3 workers, 2 diggers; Koidu: 2 workers (S2; S3 is idle), 0 diggers -> (2 + 0) / 5
    check(one(hand.inv, "workers_registered"), 2, 5, [hand.ids["S1"], hand.ids["S2"]])


def test_site_mapping(hand):
    check(one(hand.inv, "active_sites_with_gps"), 1, 2, [hand.ids["S2"]])
    check(one(hand.inv, "coordinates_outside_country"), 1, 2, [hand.ids["S3"]])
    check(one(hand.inv, "sites_not_recently_inspected"), 1, 2, [hand.ids["S2"]])


def test_production_recording(hand):
    # six months in 2026H1; S1 recorded in one, S2 in two
    check(one(hand.inv, "sites_with_missing_months"), 2, 2, [hand.ids["S1"], hand.ids["S2"]])
    check(one(hand.inv, "incomplete_production_records"), 1, 4, [hand.ids["p4"]])
    # p2 entered 135 days after, p4 123 days after
    check(one(hand.inv, "late_production_records"), 2, 4, [hand.ids["p2"], hand.ids["p4"]])
    check(one(hand.inv, "late_production_records", days=130), 1, 4, [hand.ids["p2"]])


def test_buyers(hand):
    # sold: p1 1 ct (D valid), p2 0.5 ct (E expired), p3 2 ct (no licence)
    check(one(hand.inv, "production_sold_to_unlicensed_buyers"), 2.5, 3.5, [hand.ids["p2"], hand.ids["p3"]])
    check(one(hand.inv, "dealers_buying_outside_licence"), 1, 2, [hand.ids["E"]])


def test_sales_vs_purchases(hand):
    # D bought 1.0 and sold 0.98 (within 5 %); E bought 0.5 and sold nothing
    check(one(hand.inv, "sales_vs_purchases"), 0.98, 1.5, [hand.ids["E"]])
    check(one(hand.inv, "sales_vs_purchases", tolerance=0.01), 0.98, 1.5, [hand.ids["D"], hand.ids["E"]])


def test_exports(hand):
    check(one(hand.inv, "exports_without_certificate"), 1, 2, [hand.ids["x2"]])
    # a site has no exporters: no data, not an error
    m = one(hand.inv, "exports_without_certificate", scopes=[Scope("site", "S1", "SL")])
    assert (m.denominator, m.value) == (0, None)


def test_statistics(hand):
    check(one(hand.inv, "active_sites_reporting"), 2, 2, [])
    # deadline 2026-06-30 + 45 days: p4 entered 2026-09-01
    check(one(hand.inv, "records_on_time"), 3, 4, [hand.ids["p4"]])


def test_government_capacity(hand):
    check(one(hand.inv, "inspections_per_officer"), 3, 2, [])
    check(one(hand.inv, "active_sites_per_inspector"), 2, 2, [hand.ids["S2"]])


def test_valuation_outliers(hand):
    s1 = hand.ids["S1"]
    with hand.inv.transaction():
        source = hand.inv.add_source("test")
        rows = [
            production(s1, "2026-03-05", 1, 1.0, sc="gr4", value_usd=v, reference=f"V{i}", id=new_id())
            for i, v in enumerate((260, 270, 2500))
        ]
        hand.inv.bulk_add("production", rows, source_id=source)
    outlier = next(r["id"] for r in rows if r["value_usd"] == 2500)
    # class gr4: 250, 260, 270, 2500 -> median 265; 2500 > 4 x 265. Other classes: one record each.
    check(one(hand.inv, "valuation_outliers"), 1, 6, [outlier])
    check(one(hand.inv, "valuation_outliers", factor=10.0), 0, 6, [])
    check(one(hand.inv, "valuation_outliers", reference="country"), 1, 6, [outlier])
    # the medians come from the whole reference area whatever the scopes: a site alone (its country
    # read from the store) or overlapping scopes (each record counted once) give the same answer
    per = measure(hand.inv, "valuation_outliers", scopes=[Scope("site", "S1", "SL")])
    check(per[0], 1, 4, [outlier])
    per = measure(hand.inv, "valuation_outliers", scopes=[Scope("country", "SL"), Scope("site", "S1", "SL")])
    check(per[0], 1, 6, [outlier])
    check(per[1], 1, 4, [outlier])


def test_scopes_split_and_zero_denominators(hand):
    scopes = [Scope("site", "S1", "SL"), Scope("site", "S2", "SL"), Scope("country", "GN")]
    per = measure(hand.inv, "production_without_valid_licence", scopes=scopes)
    check(per[0], 0, 1.0, [])
    check(per[1], 2.0, 2.5, [hand.ids["p3"]])
    assert (per[2].numerator, per[2].denominator, per[2].value, per[2].offending) == (0, 0, None, [])
    # every indicator survives a scope with nothing in it
    for key in INDICATORS:
        m = measure(hand.inv, key, scopes=[Scope("country", "GN")])[0]
        assert m.denominator == 0 and m.value is None, key


def test_an_empty_period_is_no_data_everywhere_it_depends_on_production(hand):
    ev = evaluate(hand.inv, load_matrix(), [Scope("country", "SL")], Period.parse("2020H1"), today=TODAY)
    statuses = {i.id: i.status for r in ev.scopes[0].rows for i in r.indicators}
    for key in (
        "production_without_valid_licence",
        "late_production_records",
        "sales_vs_purchases",
        "exports_without_certificate",
        "valuation_outliers",
        "buying_office_jumps",
    ):
        assert statuses[key] == "no_data", key


def test_evaluate_statuses_rows_and_deleted_records(hand):
    ev = evaluate(hand.inv, load_matrix(), [Scope("country", "SL")], H1, today=TODAY)
    sl = ev.scopes[0]
    row = sl.row("digger_licensing")
    assert row.status == "challenge"
    assert sl.row("legal_framework").status is None and sl.row("legal_framework").indicators == ()
    cross = sl.row("cross_check").indicators[0]
    assert cross.status == "challenge"  # 0.65 is more than 0.15 from 1
    # a deleted record no longer counts
    hand.inv.delete("production", hand.ids["p3"])
    m = one(hand.inv, "production_without_valid_licence")
    check(m, 0.5, 2.0, [hand.ids["p4"]])


def test_today_limits_the_months_of_a_running_period(hand):
    ctx = Context(hand.inv.conn, [Scope("country", "SL")], H1, dt.date(2026, 2, 20))
    try:
        m = INDICATORS["sites_with_missing_months"].compute(ctx, {})[0]
    finally:
        ctx.close()
    # by 20 February only January and February count: S1 (February only) misses January; S2 too
    check(m, 2, 2, [hand.ids["S1"], hand.ids["S2"]])


@pytest.mark.parametrize("whole_table", [True, False])
def test_footprint_departures(hand, whole_table):
    each = {"p7_9": 0.05, "p11": 0.2, "gr4": 1.0}
    usual = {"p7_9": 300, "p11": 200, "gr4": 10}
    for day in ("2025-03-01", "2025-09-01"):
        bulk(hand.inv, hand.ids["S1"], day, usual, each)
        bulk(hand.inv, hand.ids["S2"], day, usual, each)
    bulk(hand.inv, hand.ids["S1"], "2026-03-01", {"p7_9": 50, "p11": 400, "gr4": 60}, each)  # other goods
    bulk(hand.inv, hand.ids["S2"], "2026-03-01", usual, each)  # the same profile
    bulk(hand.inv, hand.ids["S3"], "2026-03-01", usual, each)  # no history: not compared
    ctx = Context(hand.inv.conn, [Scope("country", "SL")], H1, TODAY, footprint_history=4 if whole_table else None)
    ctx.wide = whole_table
    try:
        m = INDICATORS["footprint_departures"].compute(ctx, INDICATORS["footprint_departures"].params)[0]
    finally:
        ctx.close()
    check(m, 1, 2, [hand.ids["S1"]])


def test_buying_office_jumps(hand):
    # D bought p1 (1 ct) in 2026H1; give it 0.3 ct in each half of 2025: 1 > 2 x 0.3
    d = hand.ids["D"]
    rows = [
        production(hand.ids["S1"], day, 1, 0.3, sc="p11", value_usd=60, buyer_licence_id=d, reference="J", id=new_id())
        for day in ("2025-02-01", "2025-08-01")
    ]
    with hand.inv.transaction():
        hand.inv.bulk_add("production", rows, source_id=hand.inv.add_source("test"))
    # E has no earlier purchases: not judged
    check(one(hand.inv, "buying_office_jumps"), 1, 1, [d])
    check(one(hand.inv, "buying_office_jumps", ratio=4.0), 0, 1, [])
    # by whole years: 1 ct in 2026 against 0.6 ct in 2025 is no jump; E bought in 2026 only
    check(one(hand.inv, "buying_office_jumps", period=Period.parse("2026")), 0, 1, [])
