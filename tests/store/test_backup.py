import pytest

from kpfield.progress import Cancelled
from kpfield.store import Inventory
from kpfield.store.backup import list_backups
from kpfield.store.verify import verify
from tests.conftest import licence_values


def test_a_backup_is_a_whole_inventory(inv, holder, tmp_path):
    inv.add("licence", licence_values(holder))
    path = inv.backup(tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and path.suffix == ".kpfield"
    assert all(c.ok for c in verify(path))
    with Inventory.open(path) as copy:
        assert copy.count("licence") == 1
        assert copy.identity.origin == inv.identity.origin
    assert inv.meta("last_backup_at")


def test_only_the_newest_backups_are_kept(inv, tmp_path):
    made = [inv.backup(tmp_path / "b", keep=3) for _ in range(5)]
    assert list_backups(inv.path, tmp_path / "b") == made[-3:]


def test_default_folder_is_next_to_the_inventory(inv):
    path = inv.backup()
    assert path.parent == inv.path.parent / "backups"


def test_a_cancelled_backup_leaves_no_file(inv, holder, tmp_path):
    for i in range(300):  # enough pages for the backup to take several steps
        inv.add("person", {"family_name": f"Person {i}", "country": "SL", "village": "Koidu" * 30})
    with pytest.raises(Cancelled):
        inv.backup(tmp_path / "b", progress=lambda done, total, what: False)
    assert list((tmp_path / "b").iterdir()) == []
    seen = []
    inv.backup(tmp_path / "b", progress=lambda done, total, what: seen.append((done, total)) is None)
    assert seen and seen[-1][0] == seen[-1][1]
