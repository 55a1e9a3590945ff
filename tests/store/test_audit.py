import sqlite3

from kpfield.cli import main
from kpfield.store.verify import verify
from tests.conftest import licence_values


def checks(path):
    return {c.name: c for c in verify(path)}


def busy_inventory(inv, holder):
    lid = inv.add("licence", licence_values(holder)).id
    inv.update("licence", lid, {"area_ha": 0.5}, reason="resurvey")
    inv.update("licence", lid, {"fee_usd": 150})
    inv.close()
    return inv.path


def tamper(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_untouched_chain_verifies(inv, holder):
    path = busy_inventory(inv, holder)
    result = checks(path)
    assert all(c.ok for c in result.values())
    assert "5 audit rows" in result["audit"].detail
    assert main(["verify", "--db", str(path)]) == 0


def test_editing_a_past_row_is_detected_and_named(inv, holder):
    path = busy_inventory(inv, holder)
    tamper(path, "UPDATE audit SET changes = replace(changes, '0.5', '5.0') WHERE seq = 4")
    result = checks(path)["audit"]
    assert not result.ok and "row 4" in result.detail
    assert main(["verify", "--db", str(path)]) == 1


def test_removing_a_middle_row_is_detected(inv, holder):
    path = busy_inventory(inv, holder)
    tamper(path, "DELETE FROM audit WHERE seq = 3")
    result = checks(path)["audit"]
    assert not result.ok and "row 3 is missing" in result.detail


def test_cutting_rows_off_the_end_is_detected(inv, holder):
    path = busy_inventory(inv, holder)
    tamper(path, "DELETE FROM audit WHERE seq = 5")
    result = checks(path)["audit"]
    assert not result.ok and "removed from the end" in result.detail


def test_rewriting_who_made_a_change_is_detected(inv, holder):
    path = busy_inventory(inv, holder)
    tamper(path, "UPDATE audit SET officer = 'Someone Else' WHERE seq = 2")
    assert not checks(path)["audit"].ok


def test_a_broken_reference_is_reported(inv, holder):
    path = busy_inventory(inv, holder)
    tamper(path, "UPDATE licence SET holder_person_id = '01a22565-0000-7000-8000-000000000000'")
    result = checks(path)["references"]
    assert not result.ok and "licence" in result.detail
