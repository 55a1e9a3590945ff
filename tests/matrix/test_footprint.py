"""Footprint distances on known distributions, and footprints read from the store."""

import xml.dom.minidom

import pytest

from kpfield.matrix import Period, Scope
from kpfield.matrix.footprint import (
    chi2_sf,
    compare_counts,
    footprint,
    footprint_report,
    footprint_svg,
    jump_test,
    load_reference,
    tvd,
)
from kpfield.store.ids import new_id

from .conftest import bulk, production


@pytest.mark.parametrize(
    ("chi2", "dof", "p"),
    [
        (3.841459, 1, 0.05),
        (6.634897, 1, 0.01),
        (11.0705, 5, 0.05),
        (18.307, 10, 0.05),
        (0.0, 3, 1.0),
        (30.0, 2, 3.059e-7),
    ],
)
def test_chi_square_tail_matches_tables(chi2, dof, p):
    assert chi2_sf(chi2, dof) == pytest.approx(p, rel=1e-3)


def test_total_variation_distance():
    assert tvd([1, 0], [0, 1]) == 1.0
    assert tvd([50, 50], [100, 0]) == 0.5
    assert tvd([10, 20, 30], [1, 2, 3]) == pytest.approx(0.0)
    assert tvd([0, 0], [1, 1]) is None


def test_the_same_distribution_is_not_rejected():
    cmp = compare_counts([100, 200, 300, 400], [200, 400, 600, 800])
    assert cmp.enough_stones and cmp.chi2 == pytest.approx(0.0) and cmp.p_value == pytest.approx(1.0)
    assert cmp.dof == 3 and cmp.tvd == pytest.approx(0.0)


def test_a_known_two_by_two_table():
    # [[60, 40], [40, 60]]: expected 50 everywhere, chi2 = 4 * 100 / 50 = 8, one degree of freedom
    cmp = compare_counts([60, 40], [40, 60], min_stones=100)
    assert cmp.chi2 == pytest.approx(8.0) and cmp.dof == 1
    assert cmp.p_value == pytest.approx(0.004678, rel=1e-3)
    assert cmp.tvd == pytest.approx(0.2)


def test_sparse_classes_are_pooled_and_few_stones_are_not_tested():
    cmp = compare_counts([300, 100, 1, 0, 0], [280, 120, 0, 1, 1])
    assert cmp.enough_stones and cmp.dof == 1  # the three sparse classes pooled into the one before
    small = compare_counts([50, 50], [500, 500], min_stones=200)
    assert not small.enough_stones and small.p_value is None and small.tvd == pytest.approx(0.0)


def test_footprint_from_the_store(hand):
    fp = footprint(hand.inv, Scope("country", "SL"), "2026-01-01", "2026-06-30", "SL 2026H1")
    by = {c.code: c for c in fp.classes}
    # p1 1 stone gr4 1.0 ct $250, p2 2 stones p11 0.5 ct $100, p3 1 stone ct2_5 2 ct $900; p4 has no classes
    assert (fp.records, fp.stones, fp.carats) == (4, 5, 4.0)
    assert (by["gr4"].stones, by["p11"].stones, by["ct2_5"].stones) == (1, 2, 1)
    assert by["p11"].stone_share == pytest.approx(0.5)
    assert by["ct2_5"].carat_share == pytest.approx(2.0 / 3.5)
    assert by["gr4"].usd_per_carat == pytest.approx(250.0) and by["p11"].usd_per_carat == pytest.approx(200.0)
    assert by["m7"].usd_per_carat is None


def test_usd_per_carat_comes_from_single_class_records_only(hand):
    s1 = hand.ids["S1"]
    row = production(s1, "2026-03-01", 2, 1.5, value_usd=10_000, reference="MIX", id=new_id())
    row.update({"sc_gr4_n": 1, "sc_gr4_ct": 1.0, "sc_gr2_n": 1, "sc_gr2_ct": 0.5})
    with hand.inv.transaction():
        hand.inv.bulk_add("production", [row], source_id=hand.inv.add_source("test"))
    fp = footprint(hand.inv, Scope("site", "S1", "SL"), "2026-01-01", "2026-06-30", "S1")
    by = {c.code: c for c in fp.classes}
    assert by["gr4"].stones == 2 and by["gr4"].usd_per_carat == pytest.approx(250.0)
    assert by["gr2"].usd_per_carat is None


def test_report_against_history_and_jump(hand):
    s1 = hand.ids["S1"]
    each = {"p7_9": 0.05, "p11": 0.2, "gr4": 1.0}
    bulk(hand.inv, s1, "2025-03-01", {"p7_9": 300, "p11": 200, "gr4": 10}, each)
    bulk(hand.inv, s1, "2025-09-01", {"p7_9": 300, "p11": 200, "gr4": 10}, each)
    bulk(hand.inv, s1, "2026-03-01", {"p7_9": 50, "p11": 400, "gr4": 60}, each)
    report = footprint_report(hand.inv, Scope("site", "S1", "SL"), Period.parse("2026H1"))
    cmp = report.comparison
    assert cmp.enough_stones and cmp.p_value < 1e-6 and cmp.tvd > 0.3
    assert report.reference.stones == 1020
    j = report.jump
    # 15 + 40 + 10 ct in each half of 2025; 2026H1 holds 2.5 + 80 + 60 and p1's 1 ct: 2.2 times the mean
    assert j.history[-2:] == (("2025H1", pytest.approx(65.0)), ("2025H2", pytest.approx(65.0)))
    assert j.mean == pytest.approx(65.0) and j.carats == pytest.approx(143.5) and j.jump
    svg = footprint_svg(report)
    assert svg.startswith("<svg") and "chi-square" in svg
    chart = xml.dom.minidom.parseString(svg)  # well-formed, so any browser draws it
    assert len(chart.getElementsByTagName("rect")) == 1 + 2 * 11  # background, bar and reference per class


def test_jump_test_without_history(hand):
    j = jump_test(hand.inv, Scope("site", "S1", "SL"), Period.parse("2026H1"))
    assert j.mean is None and j.ratio is None and not j.jump


def test_a_reference_file(tmp_path, hand):
    path = tmp_path / "ref.toml"
    path.write_text('name = "Kono 2007"\n[stones]\ngr4 = 1\np11 = 2\nct2_5 = 1\n', encoding="utf-8")
    ref = load_reference(path)
    assert ref.label == "Kono 2007" and ref.stones == 4
    report = footprint_report(hand.inv, Scope("country", "SL"), Period.parse("2026H1"), reference=ref, min_stones=1)
    assert report.comparison.tvd == pytest.approx(0.0)
    path.write_text("[stones]\nbig = 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stones.big"):
        load_reference(path)
