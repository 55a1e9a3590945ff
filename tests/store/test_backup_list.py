"""The backups of an inventory as the window lists them, and a restore in two halves (check and
copy while the inventory is open, then the quick swap that keeps the replaced file)."""

from __future__ import annotations

import datetime as dt

import pytest

from kpfield.progress import Cancelled
from kpfield.store import Inventory, InventoryError
from kpfield.store.backup import short_id
from kpfield.store.restore import describe, describe_backups, made_at, put_in_place, stage, staging_path
from tests.conftest import licence_values


def test_backups_are_listed_newest_first_with_what_they_hold(inv, holder):
    first = inv.backup()
    inv.add("licence", licence_values(holder))
    second = inv.backup()
    listed = describe_backups(inv.path)
    assert [b.path for b in listed] == [second, first]
    assert listed[0].counts is not None and listed[0].counts["person"] == 1 and listed[0].counts["licence"] == 1
    assert listed[1].counts is not None and listed[1].counts["licence"] == 0
    assert listed[0].made > listed[1].made and listed[0].made.tzinfo is dt.UTC
    assert listed[0].size == second.stat().st_size and listed[0].problem is None
    assert listed[0].inventory_id == inv.inventory_id()


def test_reading_a_backup_writes_nothing_beside_it(inv, holder):
    path = inv.backup()
    before = sorted(p.name for p in path.parent.iterdir())
    assert describe(path).counts is not None
    assert sorted(p.name for p in path.parent.iterdir()) == before


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000], ids=str
)
def test_a_damaged_or_foreign_backup_is_described_as_unreadable(inv, content):
    good = inv.backup()
    bad = good.with_name(f"{inv.path.stem}-{short_id(inv.inventory_id())}-20991231T235959000000Z.kpfield")
    bad.write_bytes(content)
    listed = describe_backups(inv.path)
    assert [b.path for b in listed] == [bad, good]
    assert listed[0].counts is None and listed[0].problem
    assert listed[1].counts is not None


def test_the_time_comes_from_the_name(tmp_path):
    assert made_at(tmp_path / "inv-0123456789ab-20261203T091500123456Z.kpfield") == dt.datetime(
        2026, 12, 3, 9, 15, 0, 123456, tzinfo=dt.UTC
    )
    assert made_at(tmp_path / "inv-20261203T091500123456Z-before-upgrade.kpfield") is not None
    assert made_at(tmp_path / "elsewhere.kpfield") is None


def test_listing_can_be_cancelled(inv):
    inv.backup()
    with pytest.raises(Cancelled):
        describe_backups(inv.path, progress=lambda done, total, what: False)


def test_stage_then_put_in_place_restores_and_keeps_the_replaced_file(inv, holder):
    backup = inv.backup()
    inv.add("licence", licence_values(holder))
    path = inv.path
    seen = []
    staging = stage(path, backup, lambda done, total, what: seen.append((done, total)) is None)
    assert staging == staging_path(path) and seen
    inv.close()
    kept = put_in_place(path, staging)
    assert kept is not None and kept.exists() and not staging.exists()
    with Inventory.open_readonly(path) as restored:
        assert restored.count("licence") == 0
    with Inventory.open_readonly(kept) as before:
        assert before.count("licence") == 1


def test_a_bad_backup_is_refused_before_anything_is_copied(inv, tmp_path):
    bad = tmp_path / "bad.kpfield"
    bad.write_bytes(b"nothing here")
    with pytest.raises(InventoryError, match="not a good backup"):
        stage(inv.path, bad)
    assert not staging_path(inv.path).exists()


def test_a_cancelled_copy_leaves_nothing(inv):
    backup = inv.backup()
    with pytest.raises(Cancelled):
        stage(inv.path, backup, lambda done, total, what: what != "" or done < total)
    assert not staging_path(inv.path).exists()


def test_a_swap_that_fails_puts_the_inventory_back_under_its_name(inv, monkeypatch):
    import os

    from kpfield.store import restore as restore_module

    backup = inv.backup()
    staging = stage(inv.path, backup)
    path = inv.path
    inv.close()
    real = os.replace

    def refuse_the_last(src, dst):
        if src == staging:
            raise PermissionError("the drive refused")
        return real(src, dst)

    monkeypatch.setattr(restore_module.os, "replace", refuse_the_last)
    with pytest.raises(PermissionError):
        put_in_place(path, staging)
    monkeypatch.undo()
    assert path.exists() and not list(path.parent.glob("*.replaced-*"))
    with Inventory.open_readonly(path) as back:
        assert back.count("person") == 0
