import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from kpfield.domain.entities import BOOKKEEPING, ENTITIES
from kpfield.store import Inventory, migrations
from kpfield.store.backup import list_backups
from kpfield.store.verify import verify

FIRST_SCHEMA = Path(__file__).parent.parent / "fixtures" / "inventory-0001.kpfield"


@pytest.fixture
def first_schema(tmp_path):
    path = tmp_path / "old inventory é.kpfield"
    shutil.copy(FIRST_SCHEMA, path)
    return path


def test_the_schema_holds_every_field_of_every_entity(inv):
    db = Database(inv.conn, execute_plugins=False)
    for ent in ENTITIES.values():
        local = set(migrations.LOCAL_COLUMNS.get(ent.table, ()))
        assert db[ent.table].columns_dict.keys() == set(BOOKKEEPING) | set(ent.field_names) | local, ent.key


def test_the_fixture_was_made_by_the_first_migration_only():
    conn = sqlite3.connect(FIRST_SCHEMA)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    conn.close()
    assert names == ["0001_initial"]


def test_an_inventory_from_the_first_schema_opens_at_the_latest(first_schema):
    with Inventory.open(first_schema) as inv:
        applied = [m.name for m in migrations.MIGRATIONS.applied(Database(inv.conn, execute_plugins=False))]
        assert applied == migrations.known_names()
        assert inv.identity.officer == "Fatmata Sesay"
        assert inv.count("production") > 200
        # 0006_signing: the register of officers' keys, and each import's signature status
        db = Database(inv.conn, execute_plugins=False)
        assert db["signing_key"].exists()
        assert {"signature", "signer_public_key", "signer_fingerprint", "signer_officer", "altered_accepted"} <= set(
            db["exchange_import"].columns_dict
        )
        assert inv.meta("signing_public_key") is None  # made on the first export, not by the upgrade
    assert all(c.ok for c in verify(first_schema))


def test_an_inventory_from_the_first_schema_signs_its_first_export(first_schema, tmp_path, _data_dir):
    """The key pair of an inventory older than signing is made on its first export, and audited."""
    from kpfield import identity
    from kpfield.exchange.export import export_field
    from kpfield.exchange.importer import import_workbooks

    with Inventory.open(first_schema) as inv:
        result = export_field(inv, tmp_path / "field.xlsx")
        assert result.key_made and inv.meta("signing_fingerprint") == result.fingerprint
        action = inv.conn.execute("SELECT action FROM audit WHERE record_id = 'signing_key'").fetchone()[0]
        assert action == "create"
        assert (_data_dir / "keys" / f"{inv.identity.origin}.key").exists()
        identity.export_identity(inv.keys.installation_key()[0], tmp_path / "officer.kpkey")
    assert all(c.ok for c in verify(first_schema))
    with Inventory.create(tmp_path / "coordinator.kpfield", country="SL", officer="Coordinator") as coordinator:
        assert import_workbooks(coordinator, [tmp_path / "field.xlsx"], dry_run=True).files[0].signature.status == (
            "unknown_key"
        )
        coordinator.keys.register(tmp_path / "officer.kpkey")
        report = import_workbooks(coordinator, [tmp_path / "field.xlsx"])
    assert report.ok and report.files[0].signature.status == "registered"
    assert report.files[0].signature.officer == "Fatmata Sesay"


@pytest.fixture
def extra_migration(monkeypatch):
    """Pretend this kpfield knows one more migration than the fixture has."""
    extended = migrations.Migrations("kpfield")
    for name, fn in migrations.STEPS:
        extended(name=name)(fn)
    state = {"fail": False}

    def m9000_add_note(db):
        db.execute("ALTER TABLE site ADD COLUMN note TEXT")
        db.execute("UPDATE site SET note = 'checked'")
        if state["fail"]:
            raise RuntimeError("disk full halfway through the upgrade")

    extended(name="9000_add_note")(m9000_add_note)
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, ("9000_add_note", m9000_add_note)])
    return state


def test_an_upgrade_backs_up_first_then_migrates(first_schema, extra_migration):
    with Inventory.open(first_schema) as inv:
        assert {r[0] for r in inv.conn.execute("SELECT DISTINCT note FROM site")} == {"checked"}
    backups = list_backups(first_schema)
    assert len(backups) == 1 and backups[0].name.endswith("-before-upgrade.kpfield")
    conn = sqlite3.connect(backups[0])
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(site)")]
    conn.close()


def test_a_failed_upgrade_leaves_the_inventory_as_it_was(first_schema, extra_migration):
    extra_migration["fail"] = True
    with pytest.raises(RuntimeError, match="disk full"):
        Inventory.open(first_schema)
    conn = sqlite3.connect(first_schema)
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(site)")]
    # each step is its own transaction: the steps before the failed one stay applied, the failed one not
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == [n for n, _ in migrations.STEPS if n != "9000_add_note"]
    conn.close()
    extra_migration["fail"] = False
    with Inventory.open(first_schema) as inv:
        assert inv.count("site") > 0


def test_the_command_line_opens_an_inventory_of_the_first_schema(first_schema, capsys):
    from kpfield.cli import main

    assert main(["stats", "--db", str(first_schema), "--json"]) == 0
    assert '"production"' in capsys.readouterr().out
    assert main(["verify", "--db", str(first_schema)]) == 0


def test_the_sync_state_of_an_older_inventory_is_keyed_by_record_kind(first_schema):
    """0007: each version vector, merge base and alias moves to the kind that holds its record;
    one for a record held nowhere is dropped; conflicts gain the incoming vector's columns."""
    conn = sqlite3.connect(first_schema, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    for name, fn in migrations.STEPS:
        if name in ("0001_initial", "0007_sync_by_kind") or name > "0007":
            continue
        fn(db)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('kpfield', ?, '2026-11-30')",
            (name,),
        )
    person = conn.execute("SELECT id FROM person LIMIT 1").fetchone()[0]
    site = conn.execute("SELECT id FROM site LIMIT 1").fetchone()[0]
    conn.execute("INSERT INTO source (id, kind, at) VALUES ('s1', 'workbook', '2026-11-30T10:00:00.000000Z')")
    for rid in (person, site, "held-nowhere"):
        conn.execute(
            "INSERT INTO record_clock (record_id, clock, version, source_id) VALUES (?, '{\"o\":1}', 1, 's1')", (rid,)
        )
        conn.execute(
            "INSERT INTO merge_base (record_id, peer, clock, source_id) VALUES (?, 'o', '{\"o\":1}', 's1')", (rid,)
        )
    conn.execute(
        "INSERT INTO record_alias (alias_id, table_name, record_id, at) VALUES ('old', 'site', ?, 'x')", (site,)
    )
    conn.close()
    with Inventory.open(first_schema) as inv:
        rows = inv.conn.execute("SELECT table_name, record_id, vouched, arrived_at FROM record_clock").fetchall()
        assert sorted(map(tuple, rows)) == sorted(
            [("person", person, 1, "2026-11-30T10:00:00.000000Z"), ("site", site, 1, "2026-11-30T10:00:00.000000Z")]
        )
        assert sorted(r[0] for r in inv.conn.execute("SELECT table_name FROM merge_base")) == ["person", "site"]
        assert inv.sync.aliases()["site"] == {"old": site} and inv.sync.aliases()["person"] == {}
        assert inv.sync.clock("person", person) == ('{"o":1}', 1, '{"o":1}')
        assert inv.sync.clock("site", person) is None
        assert {"theirs_clock", "theirs_version", "vouched"} <= set(
            Database(inv.conn, execute_plugins=False)["conflict"].columns_dict
        )


def test_field_versions_are_derived_from_the_audit_log_on_upgrade(tmp_path):
    """0009_field_versions: a field changed since its record was made is stamped with the change
    that last wrote it; a field never changed, and a record never changed, carry no stamp."""
    import json

    path = tmp_path / "before field versions.kpfield"
    with Inventory.create(path, country="SL", officer="Fatmata Sesay") as inv:
        me = inv.identity.origin
        edited = inv.add("person", {"family_name": "Koroma", "country": "SL", "village": "Tombodu"}).id
        untouched = inv.add("person", {"family_name": "Sesay", "country": "SL"}).id
        inv.update("person", edited, {"village": "Koidu"})  # version 2
        inv.update("person", edited, {"phone": "076111111"})  # version 3
        inv.delete("person", edited)  # version 4
        as_edited = inv.sync.stamps("person", [edited, untouched])
    assert as_edited == {edited: {"village": (me, 2), "phone": (me, 3), "deleted": (me, 4)}}
    # the same inventory as the release before field versions left it
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE field_stamp")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_field_versions'")
    conn.commit()
    conn.close()
    assert migrations.pending_steps(path) == ["0009_field_versions"]
    with Inventory.open(path, backup_before_upgrade=False) as inv:
        assert inv.sync.stamps("person", [edited, untouched]) == as_edited
        stored = inv.conn.execute("SELECT stamps FROM field_stamp").fetchall()
    assert [json.loads(s) for (s,) in stored] == [{"deleted": [me, 4], "phone": [me, 3], "village": [me, 2]}]


def test_field_versions_of_a_record_that_came_through_an_import_are_its_last_change(tmp_path, _data_dir):
    from kpfield.exchange.export import export_field
    from kpfield.exchange.importer import import_workbooks

    with Inventory.create(tmp_path / "kono.kpfield", country="SL", officer="Sahr Koroma") as kono:
        person = kono.add("person", {"family_name": "Koroma", "country": "SL", "village": "Tombodu"}).id
        export_field(kono, tmp_path / "kono.xlsx")
        kono_origin = kono.identity.origin
    path = tmp_path / "kenema.kpfield"
    with Inventory.create(path, country="SL", officer="Musa Kamara") as inv:
        me = inv.identity.origin
        assert import_workbooks(inv, [tmp_path / "kono.xlsx"], backup=False).ok
        inv.update("person", person, {"village": "Koidu"})
        assert inv.sync.stamps("person", [person]) == {person: {"village": (me, 1)}}
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE field_stamp")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_field_versions'")
    conn.commit()
    conn.close()
    with Inventory.open(path, backup_before_upgrade=False) as inv:
        # the record's last change (this installation's first), which its vector {kono: 1, here: 1} counts
        assert inv.sync.stamps("person", [person]) == {person: {"village": (me, 1)}}
        assert me != kono_origin


def test_persons_of_an_older_inventory_get_an_estimated_registration_day(first_schema):
    with Inventory.open(first_schema) as inv:
        rows = inv.conn.execute(
            "SELECT p.id, p.registered_on, p.registered_on_estimated, p.created_at, "
            "(SELECT MIN(d) FROM (SELECT l.issued_on AS d FROM licence l WHERE l.holder_person_id = p.id "
            "UNION ALL SELECT pr.produced_on FROM production pr JOIN licence l ON l.id = pr.licence_id "
            "WHERE l.holder_person_id = p.id)) FROM person p"
        ).fetchall()
        assert rows and all(r[2] == 1 for r in rows)  # every one flagged as an estimate
        for _id, registered, _flag, created, earliest in rows:
            assert registered == (earliest or created[:10])
        # a day an officer types is no longer an estimate
        holder = next(r[0] for r in rows if r[4] is not None)
        inv.update("person", holder, {"registered_on": "2023-05-02"})
        assert inv.conn.execute(
            "SELECT registered_on, registered_on_estimated FROM person WHERE id = ?", (holder,)
        ).fetchone()[:] == ("2023-05-02", 0)
    assert all(c.ok for c in verify(first_schema))
