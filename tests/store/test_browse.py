"""Browsing in SQL: keyset pages must give exactly the rows a plain ORDER BY gives, in order."""

import random

import pytest

from kpfield.demo import generate
from kpfield.domain.rules import licence_status
from kpfield.domain.vocab import LICENCE_SHOWN_STATUSES as LICENCE_SHOWN
from kpfield.store import Inventory
from kpfield.store.browse import VIEWS, Browser, Query, fts_query
from kpfield.store.duplicates import possible_duplicates
from kpfield.store.lookup import label_of, lookup


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("browse") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Test officer") as inv:
        generate(inv, "small", 1)
        # a record with empty sort values, so NULL ordering is exercised
        holder = inv.conn.execute("SELECT id FROM person LIMIT 1").fetchone()[0]
        for n in range(3):
            inv.add(
                "licence",
                {
                    "country": "SL",
                    "number": f"NULL/{n}",
                    "kind": "dealer",
                    "holder_person_id": holder,
                    "issued_on": "2025-01-01",
                    "expires_on": "2026-01-01",
                    "status": "active",
                },
            )
    inv = Inventory.open(path)
    yield inv
    inv.close()


def _expected_ids(inv, view, query):
    """Every matching id, by a plain full query (the reference the pages are compared with)."""
    b = Browser(inv.conn, view, query)
    direction = "DESC" if b.descending else "ASC"
    sql = f"SELECT t.id FROM {b.view.table} t WHERE {b._where} ORDER BY {b._sort_sql} {direction}, t.rowid {direction}"
    return [r[0] for r in inv.conn.execute(sql, b._params)]


@pytest.mark.parametrize(
    "kind,sort",
    [
        ("production", None),
        ("production", "carats"),
        ("production", "reference"),
        ("licence", "area_ha"),
        ("person", "national_id"),
        ("site", "latitude"),
        ("sale", "kp_certificate"),
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_in_any_order_give_the_plain_query_rows(demo, kind, sort, descending):
    query = Query(sort=sort, descending=descending)
    expected = _expected_ids(demo, kind, query)
    b = Browser(demo.conn, kind, query, page_size=7, cache_pages=3)
    assert b.count() == len(expected) > 0
    order = list(range(len(expected)))
    random.Random(7).shuffle(order)
    # random jumps (index-only anchors), then straight runs forwards and backwards (keyset)
    for i in order[:60] + list(range(len(expected))) + list(reversed(range(len(expected)))):
        assert b.record_id(i) == expected[i], i


def test_search_ignores_accents_and_case(demo):
    expected = _expected_ids(demo, "site", Query(text="Kérouané"))
    assert expected
    for text in ("Kerouane", "kérouané", "KEROU"):
        b = Browser(demo.conn, "site", Query(text=text))
        assert [b.record_id(i) for i in range(b.count())] == expected, text


def test_production_is_found_by_site_licence_and_reference(demo):
    site_code, lic_id, ref = demo.conn.execute(
        "SELECT s.code, p.licence_id, p.reference FROM production p JOIN site s ON s.id = p.site_id LIMIT 1"
    ).fetchone()
    number = demo.conn.execute("SELECT number FROM licence WHERE id = ?", (lic_id,)).fetchone()[0]
    for text in (site_code, number, ref):
        b = Browser(demo.conn, "production", Query(text=text))
        assert b.count() > 0, text
        assert _expected_ids(demo, "production", Query(text=text)) == [b.record_id(i) for i in range(b.count())]
    assert Browser(demo.conn, "production", Query(text="no-such-thing-anywhere")).count() == 0


def test_filters_by_place_status_and_dates(demo):
    b = Browser(demo.conn, "production", Query(country="GN", date_from="2025-01-01", date_to="2025-06-30"))
    rows = demo.conn.execute(
        "SELECT COUNT(*) FROM production p JOIN site s ON s.id = p.site_id WHERE p.deleted = 0 "
        "AND s.country = 'GN' AND p.produced_on BETWEEN '2025-01-01' AND '2025-06-30'"
    ).fetchone()[0]
    assert b.count() == rows > 0
    # a licence's status filter is its status today, from its dates (expired, expiring soon...)
    recorded_active = demo.conn.execute(
        "SELECT issued_on, expires_on, status FROM licence WHERE deleted = 0 AND status = 'active' AND kind = 'dealer'"
    ).fetchall()
    by_status = {s: Browser(demo.conn, "licence", Query(status=s, kind="dealer")).count() for s in LICENCE_SHOWN}
    expected = {s: sum(licence_status(dict(r)) == s for r in recorded_active) for s in LICENCE_SHOWN[:4]}
    assert {s: by_status[s] for s in LICENCE_SHOWN[:4]} == expected
    assert sum(expected.values()) == len(recorded_active) > 0


def test_index_of_finds_the_row_of_a_record(demo):
    query = Query(sort="carats", descending=True)
    expected = _expected_ids(demo, "production", query)
    b = Browser(demo.conn, "production", query)
    for i in (0, 5, len(expected) // 2, len(expected) - 1):
        assert b.index_of(expected[i]) == i
    assert (
        Browser(demo.conn, "production", Query(country="BR")).index_of(
            demo.conn.execute(
                "SELECT p.id FROM production p JOIN site s ON s.id = p.site_id WHERE s.country = 'SL' LIMIT 1"
            ).fetchone()[0]
        )
        is None
    )


def test_sorting_and_paging_production_walks_an_index(demo):
    for sort in ("carats", "produced_on", "reference"):
        b = Browser(demo.conn, "production", Query(sort=sort))
        plan = " ".join(
            r[3]
            for r in demo.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT t.rowid FROM production t WHERE {b._where} "
                f"ORDER BY {b._sort_sql}, t.rowid LIMIT 10"
            )
        )
        assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, (sort, plan)


def test_the_search_index_follows_every_write(inv, holder):
    assert Browser(inv.conn, "person", Query(text="Kérouané")).count() == 0
    inv.update("person", holder, {"village": "Kérouané"})
    assert Browser(inv.conn, "person", Query(text="kerouane")).record_id(0) == holder
    assert Browser(inv.conn, "person", Query(text="Tombodu")).count() == 0
    inv.delete("person", holder)
    assert Browser(inv.conn, "person", Query(text="kerouane")).count() == 0


def test_fts_query_quotes_what_people_type():
    assert fts_query('AML/0001 "x') == '"AML/0001"* """x"*'
    assert fts_query("  - ") is None


def test_possible_duplicates_same_id_or_similar_name_in_the_village(inv, holder):
    inv.update("person", holder, {"national_id": "SL123456789"})
    same_id = possible_duplicates(inv.conn, "person", {"family_name": "Other", "national_id": "SL123456789"})
    assert [d.id for d in same_id] == [holder] and "national ID" in same_id[0].reason
    near = possible_duplicates(
        inv.conn, "person", {"family_name": "KOROMAH", "given_names": "Sahr", "village": "tombodu"}
    )
    assert [d.id for d in near] == [holder]
    assert (
        possible_duplicates(inv.conn, "person", {"family_name": "Koroma", "given_names": "Sahr", "village": "Koidu"})
        == []
    )
    assert (
        possible_duplicates(
            inv.conn, "person", {"family_name": "Sesay", "given_names": "Fatmata", "village": "Tombodu"}
        )
        == []
    )
    # an edited record is not its own duplicate
    assert (
        possible_duplicates(
            inv.conn, "person", {"family_name": "Koroma", "given_names": "Sahr", "village": "Tombodu"}, holder
        )
        == []
    )


def test_lookup_finds_licences_by_number_or_holder(demo):
    number, holder = demo.conn.execute(
        "SELECT l.number, p.family_name FROM licence l JOIN person p ON p.id = l.holder_person_id LIMIT 1"
    ).fetchone()
    assert any(label.startswith(number) for _, label in lookup(demo.conn, "licence", number))
    assert lookup(demo.conn, "licence", holder)
    rid, label = lookup(demo.conn, "site", "kerouane")[0]
    assert label_of(demo.conn, "site", rid) == label
    assert all(
        "dealer" in label or "exporter" in label
        for _, label in lookup(demo.conn, "licence", "DL", licence_kinds=("dealer", "exporter"))
    )


def test_every_view_reads_its_first_and_last_rows(demo):
    for kind in VIEWS:
        b = Browser(demo.conn, kind)
        assert b.count() > 0, kind
        assert len(b.row(0)) == len(VIEWS[kind].columns) + 3
        b.row(b.count() - 1)


def test_an_upgraded_inventory_is_searchable_at_once(tmp_path):
    import shutil
    from pathlib import Path

    from kpfield.store.browse import rebuild_search

    path = tmp_path / "old.kpfield"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "inventory-0001.kpfield", path)
    with Inventory.open(path) as inv:
        family, village = inv.conn.execute(
            "SELECT family_name, village FROM person WHERE village IS NOT NULL LIMIT 1"
        ).fetchone()
        hits = Browser(inv.conn, "person", Query(text=f"{family} {village}"))
        assert hits.count() >= 1
        with inv.transaction():
            rebuild_search(inv.conn)
        assert Browser(inv.conn, "person", Query(text=f"{family} {village}")).count() == hits.count()


@pytest.mark.parametrize("limit", [250_000, 5])
@pytest.mark.parametrize("sort,descending", [(None, None), ("carats", False), ("reference", True)])
def test_search_results_page_alike_held_in_memory_or_paged_by_key(demo, monkeypatch, limit, sort, descending):
    import kpfield.store.browse as browse

    monkeypatch.setattr(browse, "MATERIALISE_LIMIT", limit)  # 5: too many to hold, paged by key
    query = Query(text="Kono", sort=sort, descending=descending)
    expected = _expected_ids(demo, "production", query)
    b = Browser(demo.conn, "production", query, page_size=7, cache_pages=3)
    assert b.count() == len(expected) > 5
    order = list(range(len(expected)))
    random.Random(3).shuffle(order)
    for i in order[:40] + list(range(len(expected))) + list(reversed(range(len(expected)))):
        assert b.record_id(i) == expected[i], i
    assert (b._keys is not None) == (limit >= len(expected))
    for i in (0, len(expected) // 2, len(expected) - 1):
        assert b.index_of(expected[i]) == i
