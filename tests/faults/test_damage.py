"""A full disk, a damaged file, and bringing back a backup."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kpfield.cli import main
from kpfield.store import Inventory, InventoryError
from kpfield.store.restore import restore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_during_an_import_is_a_clear_error_and_changes_nothing(inv):
    inv.add("person", {"family_name": "Kamara", "country": "SL"})
    pages = inv.conn.execute("PRAGMA page_count").fetchone()[0]
    inv.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # about 80 KB left on the 'disk'
    with pytest.raises(InventoryError, match="disk is full"):
        with inv.transaction():
            src = inv.add_source("import", file_name="big.xlsx")
            inv.bulk_add(
                "person",
                ({"family_name": f"P{i}", "country": "SL"} for i in range(5000)),
                source_id=src,
                validate=False,
            )
    assert inv.count("person") == 1
    assert inv.conn.execute("SELECT COUNT(*) FROM source").fetchone()[0] == 0
    inv.conn.execute("PRAGMA max_page_count = 1073741823")
    inv.add("person", {"family_name": "Sesay", "country": "SL"})  # and the inventory still works
    assert inv.count("person") == 2


@pytest.mark.parametrize("deferred", ["search_deferred", "indexes_deferred"])
def test_a_full_disk_during_a_load_with_deferred_indexes_is_the_same_clear_error(inv, deferred):
    # SQLite rolls a transaction back itself when the disk is full: the deferred indexes and
    # search triggers come back with it, and nothing may hide the error by rebuilding them
    inv.add("person", {"family_name": "Kamara", "country": "SL"})
    schema = sorted(tuple(r) for r in inv.conn.execute("SELECT type, name, sql FROM sqlite_master"))
    pages = inv.conn.execute("PRAGMA page_count").fetchone()[0]
    inv.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(InventoryError, match="disk is full"):
        with inv.transaction(), getattr(inv, deferred)("person"):
            src = inv.add_source("import", file_name="big.xlsx")
            rows = ({"family_name": f"P{i}", "country": "SL", "village": "Kayima"} for i in range(5000))
            inv.bulk_add("person", rows, source_id=src, validate=False)
    inv.conn.execute("PRAGMA max_page_count = 1073741823")
    assert sorted(tuple(r) for r in inv.conn.execute("SELECT type, name, sql FROM sqlite_master")) == schema
    inv.conn.execute("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    inv.add("person", {"family_name": "Sesay", "country": "SL", "village": "Kayima"})
    found = inv.conn.execute("SELECT count(*) FROM person_search WHERE person_search MATCH 'Kayima'").fetchone()[0]
    assert (inv.count("person"), found) == (2, 1)


def damage(path: Path, page: int) -> None:
    """Overwrite one whole page, as a bad sector or a half-written copy would."""
    with path.open("r+b") as fh:
        fh.seek(4096 * page)
        fh.write(b"\xde\xad\xbe\xef" * 1024)


@pytest.fixture
def backed_up(tmp_path: Path) -> Path:
    db = tmp_path / "kono.kpfield"
    assert main(["demo", "--db", str(db), "--seed", "5"]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    with Inventory.open(db) as inv:
        inv.add("person", {"family_name": "After the backup", "country": "SL"})
        inv.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def test_verify_says_plainly_that_a_file_is_damaged_and_restore_brings_back_the_backup(backed_up, capsys):
    damage(backed_up, 40)
    capsys.readouterr()
    assert main(["verify", "--db", str(backed_up)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "damaged" in out and "kpfield restore" in out
    damaged = digest(backed_up)
    assert main(["restore", "--db", str(backed_up)]) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("kept as ")[1].strip())
    assert digest(kept) == damaged  # the damaged file is kept aside, byte for byte
    assert main(["verify", "--db", str(backed_up)]) == 0
    with Inventory.open(backed_up) as inv:
        assert inv.count("person") > 100
        names = {r[0] for r in inv.conn.execute("SELECT family_name FROM person")}
        assert "After the backup" not in names  # the state of the backup, as it was


def test_restore_skips_bad_backups_and_refuses_a_bad_one_named(backed_up, tmp_path):
    good = sorted((backed_up.parent / "backups").glob("*.kpfield"))[-1]
    bad = good.with_name(good.name.replace("Z.kpfield", "Z-zz.kpfield")).with_name(
        good.stem[: len(backed_up.stem) + 1] + "29991231T000000000000Z.kpfield"
    )
    bad.write_bytes(good.read_bytes())
    damage(bad, 40)
    used, _ = restore(backed_up)
    assert used == good  # the newest backup is damaged, so the newest good one is used
    with pytest.raises(InventoryError, match="not a good backup"):
        restore(backed_up, bad)


def test_restore_without_any_backup_says_so(inv):
    with pytest.raises(InventoryError, match="No good backup"):
        restore(inv.path)


def test_a_full_disk_during_a_backup_is_a_clear_error_and_leaves_no_partial_file(inv, monkeypatch):
    from kpfield.store import backup as backup_mod
    from kpfield.store.db import DiskFull

    for i in range(300):
        inv.add("person", {"family_name": f"Person {i}", "country": "SL", "village": "Tombodu" * 20})
    before = inv.conn.execute("SELECT COUNT(*), MAX(seq) FROM audit").fetchone()
    real = backup_mod._destination

    def small_disk(path):
        conn = real(path)
        conn.execute("PRAGMA max_page_count = 8")  # about 32 KB free where the backup goes
        return conn

    monkeypatch.setattr(backup_mod, "_destination", small_disk)
    with pytest.raises(DiskFull, match="disk is full") as caught:
        inv.backup()
    assert "No backup file was left" in str(caught.value)
    folder = backup_mod.default_dir(inv.path)
    assert not list(folder.glob("*.partial")) and not list(folder.glob("*.kpfield"))
    assert not list(folder.glob(".kpfield-tmp-*"))
    assert inv.conn.execute("SELECT COUNT(*), MAX(seq) FROM audit").fetchone() == before
    monkeypatch.setattr(backup_mod, "_destination", real)
    made = inv.backup()  # room again: the next backup works
    assert made.exists()
