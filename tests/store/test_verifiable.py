"""Verifiable records: changes made behind the program's back are found and named, checkpoints
are signed, the installation key signs only its own inventories, and backups know whose they are.

Every tampering case changes the file with plain ``sqlite3``, as someone with a copy of the file
and an SQLite browser would, and runs the real ``kpfield verify``.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpfield.cli import main
from kpfield.store import Inventory
from kpfield.store.audit import digest
from kpfield.store.backup import list_backups
from tests.conftest import licence_values


def verify_json(path: Path) -> tuple[int, dict]:
    out = io.StringIO()
    code = main(["verify", "--db", str(path), "--json"], out=out)
    return code, json.loads(out.getvalue())


def codes(report: dict) -> set[str]:
    return {f["code"] for f in report["findings"]}


def tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for s in sql:
        conn.execute(s)
    conn.commit()
    conn.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The small demo (records added in bulk) plus a person added and edited one by one."""
    path = tmp_path / "inventory.kpfield"
    assert main(["demo", "--db", str(path), "--scale", "small"], out=io.StringIO()) == 0
    with Inventory.open(path) as inv:
        pid = inv.add("person", {"family_name": "Kamara", "given_names": "Isata", "country": "SL"}).id
        inv.update("person", pid, {"village": "Koidu"})
    return path


def test_an_untouched_inventory_is_sound_with_every_record_checked(demo: Path):
    code, report = verify_json(demo)
    assert code == 0 and report["ok"], report["findings"]
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["records"]["ok"] and "match the audit log" in checks["records"]["detail"]
    assert checks["checkpoints"]["ok"] and "passes through the latest checkpoint" in checks["checkpoints"]["detail"]


def test_carats_multiplied_by_100_are_found(demo: Path):
    tamper(demo, "UPDATE production SET carats = carats * 100 WHERE rowid = 7")
    code, report = verify_json(demo)
    assert code == 1 and "record.changed" in codes(report)
    found = [f for f in report["findings"] if f["code"] == "record.changed"]
    assert len(found) == 1 and found[0]["kind"] == "production"


def test_a_renamed_person_is_found_and_the_field_named(demo: Path):
    tamper(demo, "UPDATE person SET family_name = 'Someone' WHERE family_name = 'Kamara'")
    code, report = verify_json(demo)
    assert code == 1
    (found,) = [f for f in report["findings"] if f["code"] == "record.changed"]
    assert found["fields"] == [{"field": "family_name", "audited": "Kamara", "now": "Someone"}]
    assert "family_name is 'Someone', the audit log says 'Kamara'" in found["message"]
    out = io.StringIO()
    assert main(["verify", "--db", str(demo)], out=out) == 1
    assert "PROBLEMS FOUND" in out.getvalue() and "record.changed" in out.getvalue()


def test_the_whole_production_table_deleted_is_found(demo: Path):
    tamper(demo, "DELETE FROM production")
    code, report = verify_json(demo)
    assert code == 1 and "record.missing" in codes(report)
    assert report["counts"]["record.missing"] > 100


def test_a_record_added_behind_the_programs_back_is_found(demo: Path):
    tamper(
        demo,
        "INSERT INTO person (id, origin, created_at, modified_at, modified_by, version, deleted, family_name, country) "
        "SELECT 'b0b0b0b0-0000-4000-8000-000000000000', origin, created_at, modified_at, modified_by, 1, 0, "
        "'Ghost', 'SL' FROM person LIMIT 1",
    )
    code, report = verify_json(demo)
    assert code == 1 and "record.unaudited" in codes(report)


def test_wiping_the_audit_log_and_its_head_is_found(demo: Path):
    tamper(demo, "DELETE FROM audit", "DELETE FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')")
    code, report = verify_json(demo)
    assert code == 1
    assert {"record.unaudited", "checkpoint.cut"} <= codes(report)


def test_wiping_the_log_and_the_checkpoints_of_an_empty_inventory_is_found(tmp_path: Path):
    path = tmp_path / "empty.kpfield"
    assert main(["init", "--db", str(path), "--country", "SL", "--officer", "A"], out=io.StringIO()) == 0
    tamper(
        path,
        "DELETE FROM audit",
        "DELETE FROM checkpoint",
        "DELETE FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')",
    )
    code, report = verify_json(path)
    assert code == 1 and "genesis.missing" in codes(report)


def test_cutting_rows_off_the_end_and_moving_the_head_is_found(demo: Path):
    conn = sqlite3.connect(demo)
    (n,) = conn.execute("SELECT max(seq) FROM audit").fetchone()
    conn.close()
    tamper(
        demo,
        f"DELETE FROM audit WHERE seq > {n - 2}",
        f"UPDATE meta SET value = '{n - 2}' WHERE key = 'audit_head_seq'",
        f"UPDATE meta SET value = (SELECT hash FROM audit WHERE seq = {n - 2}) WHERE key = 'audit_head_hash'",
    )
    code, report = verify_json(demo)
    assert code == 1 and "checkpoint.cut" in codes(report)
    assert {c["name"]: c["ok"] for c in report["checks"]}["audit"]  # the chain itself looks whole


def test_rewriting_history_with_a_recomputed_chain_is_found(demo: Path):
    """Someone who edits a past audit row and recomputes every hash after it: the chain is whole,
    but it no longer passes through the signed checkpoint."""
    conn = sqlite3.connect(demo)
    conn.execute("UPDATE audit SET officer = 'Someone Else' WHERE seq = 2")
    prev = conn.execute("SELECT hash FROM audit WHERE seq = 1").fetchone()[0]
    rows = conn.execute(
        "SELECT seq, at, origin, officer, table_name, record_id, action, changes, reason, source_id, content "
        "FROM audit WHERE seq >= 2 ORDER BY seq"
    ).fetchall()
    for r in rows:
        prev = digest(prev, *r)
        conn.execute("UPDATE audit SET hash = ? WHERE seq = ?", (prev, r[0]))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'", (prev,))
    conn.commit()
    conn.close()
    code, report = verify_json(demo)
    assert code == 1 and "checkpoint.rewritten" in codes(report)
    assert {c["name"]: c["ok"] for c in report["checks"]}["audit"]


def test_an_edited_checkpoint_is_found(demo: Path):
    tamper(demo, "UPDATE checkpoint SET body = replace(body, '\"audit_rows\":', '\"audit_rows\":1') WHERE id = 1")
    code, report = verify_json(demo)
    assert code == 1 and codes(report) & {"genesis.invalid", "checkpoint.invalid"}


def test_without_the_key_verify_says_which_check_it_could_not_make(demo: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(tmp_path / "another computer"))
    code, report = verify_json(demo)
    assert code == 0
    (note,) = [f for f in report["findings"] if f["code"] == "checkpoint.key_absent"]
    assert note["severity"] == "not_checked" and "was not checked" in note["message"]


def test_every_save_is_signed_in_its_own_transaction(inv, holder):
    inv.add("licence", licence_values(holder))
    conn = sqlite3.connect(inv.path)  # read while the program still holds the inventory open
    (rows,) = conn.execute("SELECT max(seq) FROM audit").fetchone()
    kind, covered = conn.execute("SELECT kind, audit_rows FROM checkpoint ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert (kind, covered) == ("save", rows)


def test_removing_the_latest_checkpoint_is_found(demo: Path):
    tamper(demo, "DELETE FROM checkpoint WHERE id = (SELECT max(id) FROM checkpoint)")
    code, report = verify_json(demo)
    assert code == 1 and "checkpoint.unsigned_rows" in codes(report)


def test_unsigned_rows_are_only_worth_knowing_where_the_key_is_absent(demo: Path, tmp_path: Path, monkeypatch):
    tamper(demo, "DELETE FROM checkpoint WHERE id = (SELECT max(id) FROM checkpoint)")
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(tmp_path / "another computer"))
    code, report = verify_json(demo)
    assert code == 0 and {"checkpoint.unsigned_tail", "checkpoint.key_absent"} <= codes(report)


# ---- random direct edits -----------------------------------------------------------------------

_EDITS = [
    "UPDATE production SET carats = carats + 0.01 WHERE rowid = {n}",
    "UPDATE production SET reference = 'x' || {n} WHERE rowid = {n}",
    "UPDATE person SET village = 'Elsewhere {n}' WHERE rowid = {n}",
    "UPDATE licence SET deleted = 1 - deleted WHERE rowid = {n}",
    "UPDATE site SET modified_at = '2001-01-01' WHERE rowid = {n}",
    "DELETE FROM production WHERE rowid = {n}",
    "DELETE FROM inspection WHERE rowid = {n}",
    "INSERT INTO organisation (id, origin, created_at, modified_at, modified_by, name, kind, country) "
    "VALUES ('00000000-0000-4000-8000-{n:012d}', 'o', 'c', 'm', 'b', 'Org {n}', 'cooperative', 'SL')",
    "UPDATE audit SET reason = 'edited {n}' WHERE seq = {n}",
    "DELETE FROM audit WHERE seq = {n}",
    "UPDATE audit SET content = NULL WHERE seq = {n}",
    "DELETE FROM audit WHERE seq >= {n}",
    "DELETE FROM checkpoint WHERE id = (SELECT max(id) FROM checkpoint)",
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The small demo, and the data folder that holds its installation's key."""
    folder = tmp_path_factory.mktemp("pristine")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KPFIELD_DATA_DIR", str(folder / "data"))
        assert main(["demo", "--db", str(folder / "inventory.kpfield"), "--scale", "small"], out=io.StringIO()) == 0
    return folder / "inventory.kpfield", folder / "data"


def _snapshot(path: Path) -> list[object]:
    conn = sqlite3.connect(path)
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")
    ]
    out = [(t, sorted(map(repr, conn.execute(f"SELECT * FROM {t}")))) for t in sorted(tables) if "_search" not in t]
    conn.close()
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(_EDITS), st.integers(1, 40)), max_size=3))
def test_random_direct_edits_never_leave_a_changed_copy_sound(pristine, tmp_path: Path, monkeypatch, edits):
    pristine, data = pristine
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(data))  # verified where the installation's key is
    copy = tmp_path / "copy.kpfield"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine, copy)
    before = _snapshot(copy)
    conn = sqlite3.connect(copy)
    for sql, n in edits:
        try:
            conn.execute(sql.format(n=n))
        except sqlite3.DatabaseError:
            pass  # an edit that the database itself refuses (a constraint): nothing changed
    conn.commit()
    conn.close()
    code, report = verify_json(copy)
    if _snapshot(copy) != before:
        assert code == 1 and not report["ok"], edits
    else:
        assert code == 0, report["findings"]


# ---- the installation's key signs only its own inventories ----------------------------------


def test_an_inventory_built_elsewhere_claiming_this_installation_is_exported_unsigned(tmp_path: Path, monkeypatch):
    here, elsewhere = tmp_path / "coordinator data", tmp_path / "attacker data"
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(here))
    with Inventory.create(tmp_path / "real.kpfield", country="SL", officer="Coordinator") as real:
        origin = real.identity.origin
        own = real.keys.public_key()
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(elsewhere))
    forged = tmp_path / "forged.kpfield"
    with Inventory.create(forged, country="SL", officer="Coordinator", origin=origin) as inv:
        inv.add("person", {"family_name": "Forged", "country": "SL"})
    # the forger also writes the coordinator's public key (printed in every workbook) into the file
    tamper(forged, f"UPDATE meta SET value = '{own}' WHERE key = 'signing_public_key'")
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(here))
    out = io.StringIO()
    assert main(["export", "field", "--db", str(forged), "-o", str(tmp_path / "f.xlsx")], out=out) == 0
    text = out.getvalue()
    assert "NOT signed" in text and "genesis was not signed by this installation's key" in text
    with Inventory.create(tmp_path / "officer.kpfield", country="SL", officer="Officer") as officer:
        from kpfield.exchange.importer import import_workbooks

        report = import_workbooks(officer, [tmp_path / "f.xlsx"], dry_run=True)
        assert report.files[0].signature.status == "unsigned"
    code, report = verify_json(forged)
    assert code == 1 and "genesis.foreign" in codes(report)
    # the coordinator's own inventory still signs
    out = io.StringIO()
    assert (
        main(["export", "field", "--db", str(tmp_path / "real.kpfield"), "-o", str(tmp_path / "r.xlsx")], out=out) == 0
    )
    assert "signed with this installation's key" in out.getvalue()


def test_an_export_carries_its_signed_checkpoint_on_about(demo: Path, tmp_path: Path):
    import openpyxl

    assert main(["export", "field", "--db", str(demo), "-o", str(tmp_path / "f.xlsx")], out=io.StringIO()) == 0
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx", read_only=True)["_about"]
    facts = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}
    body = json.loads(facts["checkpoint"])
    # the chain's head as the export found it, signed (by the export, or by the latest checkpoint
    # when nothing was written since it)
    with sqlite3.connect(demo) as conn:
        seq, head = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert body["kind"] in ("export", "session", "backup", "save", "genesis")
    assert (body["audit_rows"], body["audit_hash"]) == (seq, head) and facts["checkpoint_signature"]


# ---- backups know whose they are ---------------------------------------------------------------


def test_two_officers_sharing_a_backup_folder_keep_their_own_backups(tmp_path: Path):
    usb = tmp_path / "usb"
    a, b = tmp_path / "a" / "inventory.kpfield", tmp_path / "b" / "inventory.kpfield"
    for path, officer in ((a, "Officer A"), (b, "Officer B")):
        assert main(["init", "--db", str(path), "--country", "SL", "--officer", officer], out=io.StringIO()) == 0
    for _ in range(3):
        for path in (a, b):
            assert main(["backup", "--db", str(path), "-o", str(usb), "--keep", "2"], out=io.StringIO()) == 0
    mine_a, mine_b = list_backups(a, usb), list_backups(b, usb)
    assert len(mine_a) == 2 and len(mine_b) == 2 and not set(mine_a) & set(mine_b)
    with Inventory.open(a) as inv:
        inv.add("person", {"family_name": "Only in A", "country": "SL"})
    out = io.StringIO()
    assert main(["restore", "--db", str(a), "--backups", str(usb)], out=out) == 0
    assert Path(out.getvalue().split(" from ")[1].split()[0]) in mine_a
    with Inventory.open(a) as inv:
        assert inv.identity.officer == "Officer A"
    # A's file lost: restore cannot tell whose it was, and the folder holds two inventories' backups
    a.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(a) + suffix).unlink(missing_ok=True)
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        assert main(["restore", "--db", str(a), "--backups", str(usb)], out=io.StringIO()) == 1
    assert "Officer A's inventory" in err.getvalue() and "Officer B's inventory" in err.getvalue()
    assert "--from" in err.getvalue()
    # named explicitly, another inventory's backup is brought back, and restore says whose it is
    out = io.StringIO()
    assert main(["restore", "--db", str(b), "--from", str(mine_a[-1])], out=out) == 0
    assert "another inventory" in out.getvalue() and "Officer A" in out.getvalue()
