import hashlib
import json
import sqlite3

import pytest

from kpfield.domain.validation import ValidationError
from kpfield.store import Inventory, InventoryBusy, InventoryError, NewerInventory, NotAnInventory
from tests.conftest import licence_values


def audit_rows(inv):
    return inv.conn.execute("SELECT table_name, record_id, action, changes, reason FROM audit ORDER BY seq").fetchall()


def file_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_records_identity_and_reopen(tmp_path):
    path = tmp_path / "Aminata Koné" / "inventaire.kpfield"
    with Inventory.create(path, country="gn", officer="  Aminata   Koné ", district="Kérouané") as inv:
        origin = inv.identity.origin
    with Inventory.open(path) as inv:
        assert inv.identity.origin == origin
        assert inv.identity.officer == "Aminata Koné"
        assert inv.identity.country == "GN"
        assert inv.identity.district == "Kérouané"
        assert inv.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert inv.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert inv.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_create_refuses_bad_identity_and_existing_files(tmp_path, inv):
    with pytest.raises(ValidationError, match="country"):
        Inventory.create(tmp_path / "x.kpfield", country="ZZ", officer="A")
    assert not (tmp_path / "x.kpfield").exists()
    with pytest.raises(InventoryError, match="already exists"):
        Inventory.create(inv.path, country="SL", officer="A")


def test_add_writes_record_bookkeeping_and_field_level_audit(inv, holder):
    saved = inv.add("licence", licence_values(holder), reason="issued at Koidu office")
    rec = inv.get("licence", saved.id)
    assert rec["origin"] == inv.identity.origin and rec["modified_by"] == inv.identity.origin
    assert rec["version"] == 1 and rec["deleted"] == 0
    assert rec["created_at"].endswith("Z")
    table, record_id, action, changes, reason = audit_rows(inv)[-1]
    assert (table, record_id, action, reason) == ("licence", saved.id, "insert", "issued at Koidu office")
    assert json.loads(changes)["area_ha"] == [None, 0.8]


def test_update_audits_only_changed_fields_and_bumps_version(inv, holder):
    lid = inv.add("licence", licence_values(holder)).id
    n = len(audit_rows(inv))
    inv.update("licence", lid, {"area_ha": "0.9", "status": "active"}, reason="resurvey")
    rec = inv.get("licence", lid)
    assert rec["area_ha"] == 0.9 and rec["version"] == 2
    rows = audit_rows(inv)
    assert len(rows) == n + 1
    assert json.loads(rows[-1][3]) == {"area_ha": [0.8, 0.9]}
    inv.update("licence", lid, {"area_ha": 0.9})  # no change: nothing written
    assert len(audit_rows(inv)) == n + 1 and inv.get("licence", lid)["version"] == 2


def test_refused_records_write_nothing(inv, holder):
    inv.add("licence", licence_values(holder))
    before = (inv.count("licence"), len(audit_rows(inv)))
    with pytest.raises(ValidationError) as err:
        inv.add("licence", licence_values(holder))  # duplicate number in SL
    assert "already used" in str(err.value) and err.value.problems[0].field == "number"
    with pytest.raises(ValidationError, match="expires_on"):
        inv.add("licence", licence_values(holder, number="2", issued_on="2026-05-01", expires_on="2026-04-01"))
    with pytest.raises(ValidationError, match="out of range"):
        inv.add("site", {"country": "SL", "code": "S1", "status": "active", "latitude": 200, "longitude": 1})
    assert (inv.count("licence"), len(audit_rows(inv))) == before
    assert inv.count("site") == 0


def test_same_number_in_another_country_is_fine(inv, holder):
    inv.add("licence", licence_values(holder))
    inv.add("licence", licence_values(holder, country="GN"))
    assert inv.count("licence") == 2


def test_references_must_exist_and_be_live(inv, holder):
    with pytest.raises(ValidationError, match="no person"):
        inv.add("licence", licence_values("01a22565-3ce8-72ca-8567-3c3ac3a7be98"))
    inv.delete("person", holder, reason="duplicate")
    with pytest.raises(ValidationError, match="deleted"):
        inv.add("licence", licence_values(holder))


def test_delete_is_a_tombstone_and_can_be_undone(inv, holder):
    lid = inv.add("licence", licence_values(holder)).id
    inv.delete("licence", lid, reason="typed twice")
    assert inv.get("licence", lid) is None
    tomb = inv.get("licence", lid, include_deleted=True)
    assert tomb["deleted"] == 1 and tomb["version"] == 2
    # the number is free again while the licence is deleted...
    other = inv.add("licence", licence_values(holder)).id
    # ...so bringing the old one back is refused instead of making two licences with one number
    with pytest.raises(ValidationError, match="already used"):
        inv.undelete("licence", lid)
    inv.delete("licence", other)
    inv.undelete("licence", lid)
    assert inv.get("licence", lid)["version"] == 3
    assert [r[2] for r in audit_rows(inv)[-3:]] == ["insert", "delete", "undelete"]


def test_stale_form_cannot_overwrite_a_newer_edit(inv, holder):
    lid = inv.add("licence", licence_values(holder)).id
    inv.update("licence", lid, {"fee_usd": 100}, expected_version=1)
    with pytest.raises(InventoryError, match="changed elsewhere"):
        inv.update("licence", lid, {"fee_usd": 200}, expected_version=1)
    assert inv.get("licence", lid)["fee_usd"] == 100


def test_duplicate_national_id_is_a_warning(inv):
    inv.add("person", {"family_name": "Kamara", "country": "SL", "national_id": "00123"})
    saved = inv.add("person", {"family_name": "Kamarah", "country": "SL", "national_id": "00123"})
    assert [w.field for w in saved.warnings] == ["national_id"]
    assert inv.get("person", saved.id)["national_id"] == "00123"


def test_bulk_add_is_all_or_nothing(inv, holder):
    rows = [licence_values(holder, number=f"B{i}") for i in range(5)]
    rows[3]["expires_on"] = "2020-01-01"
    with pytest.raises(ValidationError, match="row 4"):
        with inv.transaction():
            src = inv.add_source("import", file_name="officer.xlsx")
            inv.bulk_add("licence", rows, source_id=src)
    assert inv.count("licence") == 0
    assert inv.conn.execute("SELECT COUNT(*) FROM source").fetchone()[0] == 0
    rows[3]["expires_on"] = "2027-01-01"
    with inv.transaction():
        src = inv.add_source("import", file_name="officer.xlsx")
        assert inv.bulk_add("licence", rows, source_id=src) == 5
    # every record traces back to the file it came from
    for row in inv.conn.execute("SELECT id FROM licence").fetchall():
        assert [h["source_id"] for h in inv.history("licence", row[0])] == [src]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.kpfield"
    path.write_text("licences to check on Monday\n")
    before = file_digest(path)
    with pytest.raises(NotAnInventory, match="not an SQLite database"):
        Inventory.open(path)
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.kpfield"]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = file_digest(path)
    with pytest.raises(NotAnInventory, match="not a kpfield inventory"):
        Inventory.open(path)
    assert file_digest(path) == before


def test_an_inventory_from_a_newer_kpfield_is_refused_untouched(inv):
    inv.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kpfield', '9001_from_the_future', '2030-01-01')"
    )
    inv.close()
    before = file_digest(inv.path)
    with pytest.raises(NewerInventory, match="newer kpfield"):
        Inventory.open(inv.path)
    assert file_digest(inv.path) == before


def test_a_second_writer_is_told_the_inventory_is_busy(inv, holder):
    other = Inventory.open(inv.path)
    other.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with inv.transaction():
            inv.add("licence", licence_values(holder))
            with pytest.raises(InventoryBusy, match="busy"):
                other.add("licence", licence_values(holder, number="2"))
        assert other.count("licence") == 1  # the first writer's work is there, the second wrote nothing
    finally:
        other.close()


def test_history_lists_a_records_own_changes_and_the_import_that_added_it(inv, holder):
    lid = inv.add("licence", licence_values(holder), reason="issued").id
    inv.update("licence", lid, {"fee_usd": 90}, reason="fee paid")
    assert [(h["action"], h["reason"]) for h in inv.history("licence", lid)] == [
        ("insert", "issued"),
        ("update", "fee paid"),
    ]
    with inv.transaction():
        src = inv.add_source("import", file_name="kono.xlsx", sha256="ab" * 32)
        inv.bulk_add("licence", [licence_values(holder, number=f"K{i}") for i in range(3)], source_id=src)
    other = inv.conn.execute("SELECT id FROM licence WHERE number = 'K1'").fetchone()[0]
    (entry,) = inv.history("licence", other)
    assert entry["action"] == "insert_many" and entry["source_id"] == src
    assert inv.history("person", other) == []


def index_names(inv, table):
    return sorted(
        r[0]
        for r in inv.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
        )
    )


def search_triggers(inv, table):
    return [
        r[0]
        for r in inv.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
    ]


def search_ids(inv, words):
    return {
        r[0]
        for r in inv.conn.execute(
            "SELECT id FROM person WHERE rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)",
            (words,),
        )
    }


def test_a_deferred_search_index_is_rebuilt_after_a_bulk_load_and_kept_when_it_fails(inv, holder):
    triggers = search_triggers(inv, "person")
    assert len(triggers) == 3
    people = [
        {"family_name": "Sesay", "given_names": f"Aminata {i}", "country": "SL", "village": "Kayima"} for i in range(4)
    ]
    with inv.transaction(), inv.search_deferred("person"):
        assert search_triggers(inv, "person") == []  # nothing indexed row by row
        src = inv.add_source("import", file_name="big.xlsx")
        inv.bulk_add("person", people, source_id=src)
        assert search_ids(inv, "Kayima") == set()
    assert sorted(search_triggers(inv, "person")) == sorted(triggers)
    found = search_ids(inv, "Kayima")
    assert len(found) == 4 and holder not in found
    inv.conn.execute("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    with pytest.raises(ValidationError):
        with inv.transaction(), inv.search_deferred("person"):
            src = inv.add_source("import", file_name="bad.xlsx")
            inv.bulk_add("person", [{"family_name": "Kamara", "village": "Kayima", "country": "XX"}], source_id=src)
    assert sorted(search_triggers(inv, "person")) == sorted(triggers)
    assert search_ids(inv, "Kayima") == found
    # an edit after the load is indexed row by row again
    pid = next(iter(found))
    inv.update("person", pid, {"village": "Koidu"})
    assert search_ids(inv, "Kayima") == found - {pid} and search_ids(inv, "Koidu") == {pid}
    inv.conn.execute("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    with pytest.raises(InventoryError, match="inside"):
        with inv.search_deferred("person"):
            pass


def test_deferred_indexes_are_rebuilt_after_a_bulk_load_and_kept_when_it_fails(inv, holder):
    before = index_names(inv, "licence")
    with inv.transaction(), inv.indexes_deferred("licence"):
        assert index_names(inv, "licence") == ["licence_number"]  # the unique index stays
        src = inv.add_source("import", file_name="big.xlsx")
        inv.bulk_add("licence", [licence_values(holder, number=f"D{i}") for i in range(3)], source_id=src)
    assert index_names(inv, "licence") == before
    with pytest.raises(ValidationError):
        with inv.transaction(), inv.indexes_deferred("licence"):
            src = inv.add_source("import", file_name="bad.xlsx")
            inv.bulk_add("licence", [licence_values(holder, number="E1", expires_on="2020-01-01")], source_id=src)
    assert index_names(inv, "licence") == before
    assert inv.count("licence") == 3
    with pytest.raises(InventoryError, match="inside"):
        with inv.indexes_deferred("licence"):
            pass
