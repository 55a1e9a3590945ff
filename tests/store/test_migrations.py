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
        assert db[ent.table].columns_dict.keys() == set(BOOKKEEPING) | set(ent.field_names), ent.key


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
    assert all(c.ok for c in verify(first_schema))


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
    import kpfield.store.inventory as inventory_mod

    monkeypatch.setattr(inventory_mod, "MIGRATIONS", extended)
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
    # each step is its own transaction: the steps before the failing one stay applied, the failing one does not
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert applied[0] == "0001_initial" and "9000_add_note" not in applied
    conn.close()
    extra_migration["fail"] = False
    with Inventory.open(first_schema) as inv:
        assert inv.count("site") > 0
