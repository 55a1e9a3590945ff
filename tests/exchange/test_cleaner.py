"""The bulk import's specialised Cleaner must give exactly what clean() gives, row for row."""

import datetime as dt
import sqlite3

import pytest

from kpfield.domain.entities import ENTITIES
from kpfield.domain.validation import Cleaner, clean

TODAY = dt.date(2026, 11, 29)

TRICKY = [
    None,
    "",
    " ",
    "\u00a0",
    "\t\n",
    "  padded  text  ",
    "inner   spaces",
    "x" * 201,
    "x" * 200,
    "0042",
    " 0042 ",
    0,
    1,
    -1,
    0.0,
    -0.0,
    0.001,
    2.5,
    3.0,
    -3.0,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
    True,
    False,
    10**20,
    "12,5",
    "1 234,5",
    "1.234,5",
    "abc",
    "2026-04-03",
    "2026-4-3",
    "2026-02-30",
    "03/04/2026",
    " 2026-04-03 ",
    "2026-04-03T10:00:00",
    "2999-01-01",
    "1899-12-31",
    dt.date(2026, 4, 3),
    dt.date(2999, 1, 1),
    dt.datetime(2026, 4, 3, 10, 30),
    "SL",
    "sl",
    " gn ",
    "XX",
    "artisanal_mining",
    "Artisanal mining",
    "active",
    "ACTIVE",
    "digger, supporter",
    "digger;;",
    ",",
    "01A22565-3CE8-72CA-8567-3C3AC3A7BE98",
    "01a22565-3ce8-72ca-8567-3c3ac3a7be98",
    "not-a-uuid",
    "8.4833",
    "8°29'N",
    -11.78,
    [1, 2],
]


def same(entity, values, cleaner):
    want = clean(entity, values, today=TODAY)
    got = cleaner(values, today=TODAY)
    # repr: NaN values in problems compare unequal to themselves
    assert repr(got) == repr(want), (entity.key, values)
    assert got[0] == want[0] or repr(got[0]) == repr(want[0])


@pytest.mark.parametrize("key", list(ENTITIES))
def test_cleaner_matches_clean_on_tricky_values(key):
    ent = ENTITIES[key]
    cleaner = Cleaner(ent)
    for _ in range(2):  # the second pass answers from what the first one remembered
        for f in ent.fields:
            for value in TRICKY:
                same(ent, {f.name: value}, cleaner)
    same(ent, {"no_such_field": 1}, cleaner)
    same(ent, {"id": "x", "version": 2}, cleaner)


@pytest.mark.parametrize("key", list(ENTITIES))
def test_cleaner_leaves_an_importers_own_columns_alone(key):
    ent = ENTITIES[key]
    cleaner = Cleaner(ent, ignored=("clock",))
    for f in ent.fields:
        for value in TRICKY:
            row = {f.name: value, "id": "x", "version": 2, "clock": '{"a":1}'}
            assert repr(cleaner(row, today=TODAY)) == repr(clean(ent, {f.name: value}, today=TODAY))
    # any other name is still refused, with the message clean() gives
    row = {"clock": "x", "no_such_field": 1}
    assert cleaner(row, today=TODAY) == clean(ent, {"no_such_field": 1}, today=TODAY)
    assert Cleaner(ent)(row, today=TODAY) == clean(ent, row, today=TODAY)


def test_cleaner_matches_clean_on_the_demo(small_demo):
    conn = sqlite3.connect(small_demo)
    conn.row_factory = sqlite3.Row
    checked = 0
    for ent in ENTITIES.values():
        cleaner = Cleaner(ent)
        for row in conn.execute(f"SELECT * FROM {ent.table}"):
            stored = {n: row[n] for n in ent.field_names}
            same(ent, stored, cleaner)
            # the same row as a spreadsheet might give it: padded text, numbers as text, date cells
            typed = {
                n: (
                    f" {v} "
                    if isinstance(v, str) and ent.field(n).kind not in ("date",)
                    else dt.date.fromisoformat(v)
                    if isinstance(v, str) and ent.field(n).kind == "date"
                    else str(v).replace(".", ",")
                    if isinstance(v, float)
                    else v
                )
                for n, v in stored.items()
            }
            same(ent, typed, cleaner)
            checked += 1
    conn.close()
    assert checked > 500


def _indexes(db) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        conn.close()


def _tables_given(monkeypatch, method: str) -> list[str]:
    """The tables Inventory.<method> is called for, from now on."""
    from kpfield.store import Inventory

    seen: list[str] = []
    real = getattr(Inventory, method)

    def spy(self, table):
        seen.append(table)
        return real(self, table)

    monkeypatch.setattr(Inventory, method, spy)
    return seen


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_large_sheet_loads_with_its_indexes_deferred_and_gets_them_back(small_demo, tmp_path, monkeypatch, dry_run):
    from kpfield.exchange import importer
    from kpfield.exchange.export import export_field
    from kpfield.store import Inventory

    from .conftest import all_records, make_inventory

    monkeypatch.setattr(importer, "DEFER_INDEXES_AT", 10)  # the demo's sheets count as large
    dropped, searched = _tables_given(monkeypatch, "indexes_deferred"), _tables_given(monkeypatch, "search_deferred")
    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
        before = all_records(src)
    dest = tmp_path / "dest.kpfield"
    make_inventory(dest, "Regional coordinator").close()
    indexes = _indexes(dest)
    with Inventory.open(dest) as inv:
        report = importer.import_workbooks(inv, [tmp_path / "field.xlsx"], dry_run=dry_run)
    assert report.ok
    # production is loaded with its indexes dropped; persons, licences and sites never are
    assert "production" in dropped and not {"person", "licence", "site"} & set(dropped)
    # every kind's search index waits for the end of its load
    assert {"person", "licence", "site", "production"} <= set(searched)
    assert _indexes(dest) == indexes
    with Inventory.open(dest) as inv:
        after = all_records(inv)
        assert inv.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("person", "organisation", "licence", "site", "sale", "inspection"):
            inv.conn.execute(f"INSERT INTO {table}_search({table}_search, rank) VALUES ('integrity-check', 1)")
        triggers = inv.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
        someone = inv.conn.execute("SELECT id, family_name FROM person LIMIT 1").fetchone()
        if someone is not None:
            match = f'"{someone[1]}"'
            assert someone[0] in {
                r[0]
                for r in inv.conn.execute(
                    "SELECT id FROM person WHERE rowid IN "
                    "(SELECT rowid FROM person_search WHERE person_search MATCH ?)",
                    (match,),
                )
            }
    assert triggers == 18  # the search triggers are all back
    if dry_run:
        assert not any(after.values())
    else:
        assert after == before
