"""Officers editing the same records offline, and the coordinator settling what they disagree on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl

from kpfield.cli import main
from kpfield.exchange.export import export_field
from kpfield.exchange.importer import import_workbooks
from kpfield.exchange.review import open_conflicts, open_duplicates
from kpfield.store import Inventory

from .conftest import all_records, make_inventory, trust


class Office:
    """Three installations: a coordinator and two officers who start from the coordinator's workbook."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.c = make_inventory(tmp / "c.kpfield", "Coordinator")
        holder = self.c.add(
            "person", {"family_name": "Koroma", "given_names": "Sahr", "country": "SL", "village": "Tombodu"}
        ).id
        self.licence = self.c.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/0001",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2026-01-15",
                "expires_on": "2027-01-14",
                "area_ha": 0.8,
                "fee_usd": 50,
                "status": "active",
            },
        ).id
        export_field(self.c, tmp / "start.xlsx")
        self.a = make_inventory(tmp / "a.kpfield", "Officer A")
        self.b = make_inventory(tmp / "b.kpfield", "Officer B")
        # the coordinator registered both officers' keys, and each officer the coordinator's
        trust(self.c, self.a, self.b)
        trust(self.a, self.c)
        trust(self.b, self.c)
        for inv in (self.a, self.b):
            assert import_workbooks(inv, [tmp / "start.xlsx"], backup=False).ok

    def send(self, inv: Inventory, name: str) -> Path:
        export_field(inv, self.tmp / name)
        return self.tmp / name

    def receive(self, *files: Path):
        report = import_workbooks(self.c, list(files), backup=False)
        assert report.ok, [f.issues for f in report.files]
        return report

    def close(self) -> None:
        for inv in (self.c, self.a, self.b):
            inv.close()


def test_two_officers_change_different_fields_of_one_licence_both_changes_merge(tmp_path: Path):
    o = Office(tmp_path)
    o.a.update("licence", o.licence, {"area_ha": "0,9"})
    o.b.update("licence", o.licence, {"status": "suspended"})
    ra = o.receive(o.send(o.a, "a.xlsx"))
    rb = o.receive(o.send(o.b, "b.xlsx"))
    assert ra.files[0].counts["updated"] == 1
    assert rb.files[0].counts["updated"] == 1 and rb.files[0].counts["conflicted"] == 0
    lic = o.c.get("licence", o.licence)
    assert lic["area_ha"] == 0.9 and lic["status"] == "suspended"
    assert open_conflicts(o.c) == []
    # both again, in either order: nothing new
    again = o.receive(o.tmp / "b.xlsx", o.tmp / "a.xlsx")
    assert [f.counts["unchanged"] for f in again.files] == [2, 2]
    assert [f.counts["updated"] + f.counts["conflicted"] for f in again.files] == [0, 0]
    # the merged licence goes back to officer A, whose copy now fast-forwards
    back = import_workbooks(o.a, [o.send(o.c, "merged.xlsx")], backup=False)
    assert back.files[0].counts["updated"] == 1 and back.files[0].counts["conflicted"] == 0
    assert o.a.get("licence", o.licence)["status"] == "suspended"
    o.close()


def test_the_same_field_changed_differently_is_a_conflict_never_overwritten(tmp_path: Path):
    o = Office(tmp_path)
    o.a.update("licence", o.licence, {"fee_usd": 100, "area_ha": 0.5})
    o.b.update("licence", o.licence, {"fee_usd": 200})
    o.receive(o.send(o.a, "a.xlsx"))
    rb = o.receive(o.send(o.b, "b.xlsx"))
    assert rb.files[0].counts["conflicted"] == 1
    lic = o.c.get("licence", o.licence)
    assert lic["fee_usd"] == 100 and lic["area_ha"] == 0.5
    [c] = open_conflicts(o.c)
    assert (c.field, c.base, c.ours, c.theirs) == ("fee_usd", 50, 100, 200)
    # importing B's file again does not raise the same conflict twice
    o.receive(o.tmp / "b.xlsx")
    assert len(open_conflicts(o.c)) == 1
    o.c.close()
    db = str(tmp_path / "c.kpfield")
    out = io.StringIO()
    assert main(["conflicts", "--db", db, "--json"], out=out) == 0
    listed = json.loads(out.getvalue())["conflicts"]
    assert listed[0]["field"] == "fee_usd" and listed[0]["file"] == "b.xlsx"
    assert main(["resolve", "--db", db, str(c.id), "--theirs"], out=io.StringIO()) == 0
    with Inventory.open(db) as inv:
        assert inv.get("licence", o.licence)["fee_usd"] == 200
        assert open_conflicts(inv) == []
        audit = inv.conn.execute(
            "SELECT reason FROM audit WHERE record_id = ? ORDER BY seq DESC LIMIT 1", (o.licence,)
        ).fetchone()
        assert "conflict" in audit[0]
    assert main(["resolve", "--db", db, str(c.id), "--ours"]) == 1  # already settled
    o.a.close()
    o.b.close()


def test_a_deletion_against_an_edit_is_a_conflict_and_a_plain_deletion_travels(tmp_path: Path):
    o = Office(tmp_path)
    o.a.delete("licence", o.licence)
    o.b.update("licence", o.licence, {"area_ha": 0.6})
    o.receive(o.send(o.a, "a.xlsx"))
    assert o.c.get("licence", o.licence) is None  # the tombstone travelled
    rb = o.receive(o.send(o.b, "b.xlsx"))
    assert rb.files[0].counts["conflicted"] == 1
    [c] = open_conflicts(o.c)
    assert c.field == "deleted" and c.ours == 1 and c.theirs == 0
    from kpfield.exchange.review import resolve_conflict

    resolve_conflict(o.c, c.id, "theirs")
    lic = o.c.get("licence", o.licence)
    assert lic is not None and lic["area_ha"] == 0.6
    o.close()


def test_a_deletion_in_conflict_that_its_officer_takes_back_is_settled_by_agreement(tmp_path: Path):
    """The coordinator edits a licence while an officer deletes it: a conflict on ``deleted``. The
    officer then brings the licence back; the next workbook closes the conflict (both sides now say
    live) instead of leaving "received: deleted" to be settled."""
    o = Office(tmp_path)
    o.c.update("licence", o.licence, {"area_ha": 0.5})
    o.a.delete("licence", o.licence)
    o.receive(o.send(o.a, "a1.xlsx"))
    [c] = open_conflicts(o.c)
    assert (c.field, c.ours, c.theirs) == ("deleted", 0, 1)
    o.a.undelete("licence", o.licence)
    report = o.receive(o.send(o.a, "a2.xlsx"))
    assert report.files[0].counts["conflicted"] == 0
    assert open_conflicts(o.c) == []
    lic = o.c.get("licence", o.licence)
    assert lic is not None and lic["area_ha"] == 0.5
    status, resolution = o.c.conn.execute("SELECT status, resolution FROM conflict WHERE id = ?", (c.id,)).fetchone()
    assert status == "resolved" and resolution.startswith("agreed")
    reason = o.c.conn.execute(
        "SELECT reason FROM audit WHERE record_id = ? AND action = 'resolve' ORDER BY seq DESC LIMIT 1",
        (o.licence,),
    ).fetchone()[0]
    assert f"conflict {c.id} settled" in reason and "a2.xlsx" in reason
    # either file again changes nothing and reopens nothing
    settled = all_records(o.c)
    for name in ("a1.xlsx", "a2.xlsx"):
        assert o.receive(o.tmp / name).files[0].counts["conflicted"] == 0
        assert open_conflicts(o.c) == []
        assert all_records(o.c) == settled
    # the officer receives the coordinator's workbook: the same live licence there, nothing to settle
    assert import_workbooks(o.a, [o.send(o.c, "c.xlsx")], backup=False).ok
    back = o.a.get("licence", o.licence)
    assert back is not None and back["area_ha"] == 0.5 and open_conflicts(o.a) == []
    o.close()


def test_an_open_conflict_takes_the_later_value_its_side_writes(tmp_path: Path):
    """The same field written on both sides is a conflict; when the officer writes that field again,
    the next workbook brings the open conflict up to date (one conflict, the later value received,
    this file as where it came from), and settling it once is enough."""
    o = Office(tmp_path)
    o.c.update("licence", o.licence, {"area_ha": 0.5})
    o.a.update("licence", o.licence, {"area_ha": 0.6})
    o.receive(o.send(o.a, "a1.xlsx"))
    [first] = open_conflicts(o.c)
    assert (first.field, first.ours, first.theirs, first.file) == ("area_ha", 0.5, 0.6, "a1.xlsx")
    o.a.update("licence", o.licence, {"area_ha": 0.7})
    report = o.receive(o.send(o.a, "a2.xlsx"))
    assert report.files[0].counts["conflicted"] == 1
    [c] = open_conflicts(o.c)
    assert (c.id, c.field, c.ours, c.theirs, c.file) == (first.id, "area_ha", 0.5, 0.7, "a2.xlsx")
    assert [(cf["number"], cf["theirs"]) for cf in report.files[0].conflicts] == [(c.id, 0.7)]
    # the older file again leaves the conflict as it is
    o.receive(o.tmp / "a1.xlsx")
    assert [(x.id, x.theirs) for x in open_conflicts(o.c)] == [(c.id, 0.7)]
    from kpfield.exchange.review import resolve_conflict

    resolve_conflict(o.c, c.id, "theirs")
    assert o.c.get("licence", o.licence)["area_ha"] == 0.7
    settled = all_records(o.c)
    for name in ("a1.xlsx", "a2.xlsx"):
        o.receive(o.tmp / name)
        assert open_conflicts(o.c) == []
        assert all_records(o.c) == settled
    # the officer receives the settlement: both hold the same value, nothing to settle there
    assert import_workbooks(o.a, [o.send(o.c, "c.xlsx")], backup=False).ok
    assert o.a.get("licence", o.licence)["area_ha"] == 0.7 and open_conflicts(o.a) == []
    o.close()


def test_an_open_conflict_whose_side_comes_round_to_our_value_is_closed(tmp_path: Path):
    o = Office(tmp_path)
    o.c.update("licence", o.licence, {"area_ha": 0.5})
    o.a.update("licence", o.licence, {"area_ha": 0.6})
    o.receive(o.send(o.a, "a1.xlsx"))
    [c] = open_conflicts(o.c)
    o.a.update("licence", o.licence, {"area_ha": 0.5})
    assert o.receive(o.send(o.a, "a2.xlsx")).files[0].counts["conflicted"] == 0
    assert open_conflicts(o.c) == []
    assert o.c.get("licence", o.licence)["area_ha"] == 0.5
    o.receive(o.tmp / "a1.xlsx")
    assert open_conflicts(o.c) == []
    o.close()


def test_a_deletion_made_with_a_conflict_open_descends_from_the_value_received(tmp_path: Path):
    """The coordinator and an officer write the same field; the coordinator's import of the officer's
    workbook opens a conflict on it and takes nothing else. The coordinator has still seen the
    officer's state: deleting the licence afterwards is a deletion made after the officer's edits,
    which the officer's installation takes without a conflict on ``deleted``, while the conflict on
    the field stays open where it was raised, and settling it dominates both sides."""
    from kpfield.exchange.review import resolve_conflict
    from kpfield.store.verify import examine

    o = Office(tmp_path)
    o.c.update("licence", o.licence, {"area_ha": 0.5})
    # more changes on the officer's side than the coordinator's version counts
    for area in (0.6, 0.7, 0.65):
        o.a.update("licence", o.licence, {"area_ha": area})
    report = o.receive(o.send(o.a, "a1.xlsx"))
    assert report.files[0].counts["conflicted"] == 1
    [c] = open_conflicts(o.c)
    assert (c.field, c.ours, c.theirs) == ("area_ha", 0.5, 0.65)
    held = all_records(o.c)
    # the same file again changes nothing and raises nothing
    again = o.receive(o.tmp / "a1.xlsx").files[0].counts
    assert again["updated"] == again["conflicted"] == 0
    assert all_records(o.c) == held and [x.id for x in open_conflicts(o.c)] == [c.id]
    # the version raised without a change of value is in the audit log, with the record's content
    assert not [f for f in examine(tmp_path / "c.kpfield").findings if f.code.startswith("record.")]
    o.c.delete("licence", o.licence)
    back = import_workbooks(o.a, [o.send(o.c, "c1.xlsx")], backup=False)
    assert back.ok and back.files[0].counts["conflicted"] == 0
    assert open_conflicts(o.a) == []
    assert o.a.get("licence", o.licence) is None  # the deletion travelled
    # the conflict stays open at the coordinator; settling it is a state both sides descend from
    assert [x.id for x in open_conflicts(o.c)] == [c.id]
    resolve_conflict(o.c, c.id, "theirs")
    lic = o.c.get("licence", o.licence, include_deleted=True)
    assert lic["deleted"] and lic["area_ha"] == 0.65
    settled = all_records(o.c)
    o.receive(o.tmp / "a1.xlsx")
    assert open_conflicts(o.c) == [] and all_records(o.c) == settled
    assert import_workbooks(o.a, [o.send(o.c, "c2.xlsx")], backup=False).ok
    assert open_conflicts(o.a) == []
    assert o.a.get("licence", o.licence, include_deleted=True)["area_ha"] == 0.65
    o.close()


def test_an_unsigned_workbook_in_conflict_does_not_advance_what_the_record_has_seen(tmp_path: Path):
    """A workbook no registered officer signed may not change a record held here, nor make it count
    the changes it carries as seen, whether its row conflicts or not."""
    o = Office(tmp_path)
    stranger = make_inventory(tmp_path / "s.kpfield", "Stranger")
    assert import_workbooks(stranger, [tmp_path / "start.xlsx"], backup=False).ok
    o.c.update("licence", o.licence, {"area_ha": 0.5})
    for area in (0.6, 0.7):
        stranger.update("licence", o.licence, {"area_ha": area})
    before = o.c.sync.clock("licence", o.licence)
    report = o.receive(o.send(stranger, "s.xlsx"))
    assert report.files[0].signature.status != "registered"
    [c] = open_conflicts(o.c)
    assert (c.field, c.ours, c.theirs) == ("area_ha", 0.5, 0.7)
    after = o.c.sync.clock("licence", o.licence)
    assert after == before
    assert after is None or stranger.identity.origin not in json.loads(after[0])
    stranger.close()
    o.close()


def test_duplicates_across_officers_are_listed_and_merged_with_an_alias(tmp_path: Path):
    o = Office(tmp_path)
    pa = o.a.add(
        "person",
        {"family_name": "Sesay", "given_names": "Aminata", "country": "SL", "village": "Koidu", "national_id": "SL-77"},
    ).id
    pb = o.b.add("person", {"family_name": "SESAY", "given_names": "Aminata", "country": "SL", "village": "Koidu"}).id
    o.b.add(
        "licence",
        {
            "country": "SL",
            "number": "AML/0002",
            "kind": "artisanal_mining",
            "holder_person_id": pb,
            "issued_on": "2026-02-01",
            "expires_on": "2027-01-31",
            "status": "active",
        },
    )
    o.receive(o.send(o.a, "a.xlsx"))
    rb = o.receive(o.send(o.b, "b.xlsx"))
    assert rb.files[0].duplicates and rb.files[0].duplicates[0]["reason"] == "same name in the same village"
    [d] = open_duplicates(o.c)
    from kpfield.exchange.review import merge_records

    merge_records(o.c, pa, pb)
    assert o.c.get("person", pb) is None
    lic = o.c.conn.execute("SELECT holder_person_id FROM licence WHERE number = 'AML/0002'").fetchone()
    assert lic[0] == pa
    assert open_duplicates(o.c) == []
    # officer B edits the merged person later: the change lands on the kept record through the alias
    o.b.update("person", pb, {"phone": "+232 76 000000"})
    r = o.receive(o.send(o.b, "b2.xlsx"))
    assert r.ok
    assert o.c.get("person", pa)["phone"] == "+232 76 000000"
    o.close()


def test_the_same_licence_registered_twice_under_two_uuids_becomes_an_alias(tmp_path: Path):
    o = Office(tmp_path)
    holder = o.a.add("person", {"family_name": "Bangura", "country": "SL"}).id
    o.a.add(
        "licence",
        {
            "country": "SL",
            "number": "AML/0777",
            "kind": "artisanal_mining",
            "holder_person_id": holder,
            "issued_on": "2026-02-01",
            "expires_on": "2027-01-31",
            "status": "active",
        },
    )
    holder_b = o.b.add("person", {"family_name": "Bangura", "country": "SL"}).id
    lic_b = o.b.add(
        "licence",
        {
            "country": "SL",
            "number": "AML/0777",
            "kind": "artisanal_mining",
            "holder_person_id": holder_b,
            "issued_on": "2026-02-01",
            "expires_on": "2027-06-30",
            "status": "active",
        },
    ).id
    o.receive(o.send(o.a, "a.xlsx"))
    rb = o.receive(o.send(o.b, "b.xlsx"))
    assert any("alias" in n for n in rb.files[0].notes)
    assert o.c.count("licence") == 2  # AML/0001 and AML/0777 once
    assert any(c.field == "expires_on" for c in open_conflicts(o.c))
    assert o.c.conn.execute("SELECT record_id FROM record_alias WHERE alias_id = ?", (lic_b,)).fetchone()
    o.close()


def test_a_coordinator_merges_ten_officers_and_a_hand_typed_sheet_and_loses_nothing(tmp_path: Path):
    import openpyxl

    files = []
    expected = 0
    for n in range(10):
        with make_inventory(tmp_path / f"officer{n}.kpfield", f"Officer {n}") as inv:
            p = inv.add("person", {"family_name": f"Digger {n}", "country": "SL", "national_id": f"SL-{n:04d}"}).id
            lic = inv.add(
                "licence",
                {
                    "country": "SL",
                    "number": f"AML/{n:04d}",
                    "kind": "artisanal_mining",
                    "holder_person_id": p,
                    "issued_on": "2026-01-15",
                    "expires_on": "2027-01-14",
                    "status": "active",
                },
            ).id
            site = inv.add("site", {"country": "SL", "code": f"KON-{n:04d}", "status": "active", "licence_id": lic}).id
            for day in range(1, 4):
                inv.add(
                    "production",
                    {
                        "site_id": site,
                        "licence_id": lic,
                        "produced_on": f"2026-03-0{day}",
                        "stones": day,
                        "carats": day * 0.25,
                    },
                )
            expected += 6
            export_field(inv, tmp_path / f"officer{n}.xlsx")
            files.append(tmp_path / f"officer{n}.xlsx")
    typed = tmp_path / "typed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Production"
    ws.append(["Site", "Licence", "Date", "Stones", "Carats"])
    ws.append(["KON-0003", "AML/0003", "04/03/2026", 2, "0,6"])
    wb.save(typed)
    files.append(typed)
    db = tmp_path / "regional.kpfield"
    make_inventory(db, "Coordinator").close()
    out = io.StringIO()
    assert main(["import", "--db", str(db), *map(str, files), "--json"], out=out) == 0
    report = json.loads(out.getvalue())
    assert sum(f["counts"]["added"] for f in report["files"]) == expected + 1
    with Inventory.open(db) as inv:
        assert inv.count("production") == 31 and inv.count("licence") == 10
        sources = inv.conn.execute(
            "SELECT file_name, officer FROM source WHERE kind = 'workbook' ORDER BY at"
        ).fetchall()
        assert [s[0] for s in sources] == [f.name for f in files]
        assert {s[1] for s in sources[:10]} == {f"Officer {n}" for n in range(10)}
        # what came from where: every record's insert is audited against its file
        per_source = dict(
            inv.conn.execute(
                "SELECT source_id, SUM(CASE WHEN action = 'insert_many' THEN json_array_length(changes, '$.ids') "
                "ELSE 1 END) FROM audit WHERE action IN ('insert', 'insert_many') AND source_id IS NOT NULL "
                "GROUP BY source_id"
            )
        )
        assert sorted(per_source.values()) == [1] + [6] * 10
    out = io.StringIO()
    assert main(["import", "--db", str(db), *map(str, files), "--json"], out=out) == 0
    assert all(f["counts"]["added"] + f["counts"]["updated"] == 0 for f in json.loads(out.getvalue())["files"])


def test_a_version_vector_left_for_a_record_not_held_here_is_replaced_by_the_import(tmp_path: Path):
    # Records this import adds get their version vectors by a plain INSERT; a vector already
    # there for such a record (none should be) must be replaced, not fail the import.
    with make_inventory(tmp_path / "a.kpfield", "Officer A") as a:
        pid = a.add("person", {"family_name": "Kamara", "given_names": "Fatu", "country": "SL"}).id
        export_field(a, tmp_path / "a.xlsx")
        origin = a.identity.origin
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as c:
        with c.transaction():
            stale = c.add_source("demo")
            c.conn.execute(
                "INSERT INTO record_clock (table_name, record_id, clock, version, source_id) "
                "VALUES ('person', ?, '{\"x\": 9}', 9, ?)",
                (pid, stale),
            )
        report = import_workbooks(c, [tmp_path / "a.xlsx"], backup=False)
        assert report.ok and report.files[0].counts["added"] >= 1
        clock, version, source = c.conn.execute(
            "SELECT clock, version, source_id FROM record_clock WHERE record_id = ?", (pid,)
        ).fetchone()
        assert (json.loads(clock), version) == ({origin: 1}, 1)
        assert source == report.files[0].source_id


class Unseen:
    """Officer A makes a licence and sends it to officer B only; the coordinator never sees the
    state both started from."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.c = make_inventory(tmp / "c.kpfield", "Coordinator")
        self.a = make_inventory(tmp / "a.kpfield", "Officer A")
        self.b = make_inventory(tmp / "b.kpfield", "Officer B")
        trust(self.c, self.a, self.b)
        trust(self.b, self.a)
        holder = self.a.add(
            "person", {"family_name": "Conteh", "given_names": "Musa", "country": "SL", "village": "Koidu"}
        ).id
        self.licence = self.a.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/0777",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2026-01-15",
                "expires_on": "2027-01-14",
                "area_ha": 0.8,
                "fee_usd": 50,
                "status": "active",
            },
        ).id
        export_field(self.a, tmp / "a0.xlsx")
        assert import_workbooks(self.b, [tmp / "a0.xlsx"], backup=False).ok

    def to_coordinator(self, inv: Inventory, name: str):
        export_field(inv, self.tmp / name)
        report = import_workbooks(self.c, [self.tmp / name], backup=False)
        assert report.ok, [f.issues for f in report.files]
        return report.files[0]

    def close(self) -> None:
        for inv in (self.c, self.a, self.b):
            inv.close()


def test_fields_changed_on_one_side_only_merge_although_the_coordinator_never_saw_the_base(tmp_path: Path):
    o = Unseen(tmp_path)
    o.a.update("licence", o.licence, {"fee_usd": 75})  # changed only in Kono
    o.b.update("licence", o.licence, {"area_ha": 0.6})  # changed only in Kenema (the site's area)
    first = o.to_coordinator(o.a, "a1.xlsx")
    assert first.counts["added"] == 2
    second = o.to_coordinator(o.b, "b1.xlsx")
    assert second.counts["conflicted"] == 0 and second.counts["updated"] == 1
    lic = o.c.get("licence", o.licence)
    assert (lic["fee_usd"], lic["area_ha"]) == (75, 0.6)
    assert open_conflicts(o.c) == []
    # the other order, at a second coordinator: the same result
    c2 = make_inventory(tmp_path / "c2.kpfield", "Coordinator 2")
    trust(c2, o.a, o.b)
    report = import_workbooks(c2, [tmp_path / "b1.xlsx", tmp_path / "a1.xlsx"], backup=False)
    assert report.ok and [f.counts["conflicted"] for f in report.files] == [0, 0]
    lic2 = c2.get("licence", o.licence)
    assert (lic2["fee_usd"], lic2["area_ha"]) == (75, 0.6)
    # the workbook carries each field's last writer, by position in the record's vector
    ws = openpyxl.load_workbook(tmp_path / "b1.xlsx", read_only=True)["Licences"]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    row = rows[1]
    clock = json.loads(row[head.index("clock")])
    stamps = json.loads(row[head.index("field_clock")])
    origin, n = sorted(clock)[stamps["area_ha"][0]], stamps["area_ha"][1]
    assert origin == o.b.identity.origin and n == clock[origin] == 1
    assert set(stamps) == {"area_ha"}  # the fields never changed carry no stamp
    # importing both again changes nothing
    again = import_workbooks(o.c, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"], backup=False)
    assert [f.counts["updated"] + f.counts["conflicted"] for f in again.files] == [0, 0]
    c2.close()
    o.close()


def test_the_same_field_changed_on_both_sides_without_the_base_is_one_conflict(tmp_path: Path):
    o = Unseen(tmp_path)
    o.a.update("licence", o.licence, {"fee_usd": 75, "status": "suspended"})
    o.b.update("licence", o.licence, {"fee_usd": 60, "area_ha": 0.6})
    o.to_coordinator(o.a, "a1.xlsx")
    second = o.to_coordinator(o.b, "b1.xlsx")
    assert second.counts["conflicted"] == 1
    [c] = open_conflicts(o.c)
    assert (c.field, c.ours, c.theirs) == ("fee_usd", 75, 60)
    lic = o.c.get("licence", o.licence)
    assert (lic["fee_usd"], lic["status"], lic["area_ha"]) == (75, "suspended", 0.6)
    # settled: the settlement wins at officer A too, and neither file raises it again
    from kpfield.exchange.review import resolve_conflict

    resolve_conflict(o.c, c.id, "theirs")
    again = import_workbooks(o.c, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"], backup=False)
    assert [f.counts["updated"] + f.counts["conflicted"] for f in again.files] == [0, 0]
    trust(o.a, o.c)
    export_field(o.c, tmp_path / "settled.xlsx")
    back = import_workbooks(o.a, [tmp_path / "settled.xlsx"], backup=False)
    assert back.ok and back.files[0].counts["conflicted"] == 0
    assert o.a.get("licence", o.licence)["fee_usd"] == 60
    o.close()


def _old_format(monkeypatch) -> None:
    """Workbooks as the release before field stamps wrote them: no field_clock column."""
    from kpfield.exchange import export
    from kpfield.exchange.headers import FIELD_CLOCK

    columns_of, rows = export.columns_of, export._rows
    monkeypatch.setattr(export, "columns_of", lambda ent: [c for c in columns_of(ent) if c != FIELD_CLOCK])
    monkeypatch.setattr(export, "_rows", lambda *a: ([*r[:8], *r[9:]] for r in rows(*a)))


def test_a_workbook_without_field_versions_still_imports_and_merges_by_its_base(tmp_path: Path, monkeypatch):
    o = Office(tmp_path)
    o.a.update("licence", o.licence, {"area_ha": "0,9"})
    o.b.update("licence", o.licence, {"status": "suspended"})
    with monkeypatch.context() as m:
        _old_format(m)
        a_old, b_old = o.send(o.a, "a.xlsx"), o.send(o.b, "b.xlsx")
    head = next(openpyxl.load_workbook(a_old, read_only=True)["Licences"].iter_rows(values_only=True))
    assert "field_clock" not in head and "clock" in head
    report = o.receive(a_old, b_old)
    assert [f.signature.status for f in report.files] == ["registered", "registered"]
    assert [f.counts["updated"] for f in report.files] == [1, 1]
    assert open_conflicts(o.c) == []
    lic = o.c.get("licence", o.licence)
    assert lic["area_ha"] == 0.9 and lic["status"] == "suspended"
    # the same field changed on both sides, in old workbooks: one conflict, against the base
    o.a.update("licence", o.licence, {"fee_usd": 100})
    o.b.update("licence", o.licence, {"fee_usd": 200})
    with monkeypatch.context() as m:
        _old_format(m)
        a2, b2 = o.send(o.a, "a2.xlsx"), o.send(o.b, "b2.xlsx")
    o.receive(a2, b2)
    [c] = open_conflicts(o.c)
    assert (c.field, c.ours, c.theirs) == ("fee_usd", 100, 200)
    o.close()


def test_a_forged_field_version_is_refused_with_its_row(tmp_path: Path):
    o = Unseen(tmp_path)
    o.b.update("licence", o.licence, {"area_ha": 0.6})
    export_field(o.b, tmp_path / "b1.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "b1.xlsx")
    ws = wb["Licences"]
    col = [c.value for c in ws[1]].index("field_clock") + 1
    ws.cell(row=2, column=col, value='{"area_ha": [0, 99]}')
    wb.save(tmp_path / "forged.xlsx")
    # the column is signed like every other: the file is refused as altered
    report = import_workbooks(o.c, [tmp_path / "forged.xlsx"], backup=False)
    assert not report.ok and report.files[0].signature.status == "altered"
    # imported all the same by the coordinator's override, the row is refused for what it claims
    report = import_workbooks(o.c, [tmp_path / "forged.xlsx"], backup=False, accept_altered=True)
    f = report.files[0]
    assert not report.ok and f.counts["refused"] == 1
    assert any(i.column == "field_clock" and "does not count" in i.message for i in f.issues)
    assert o.c.get("licence", o.licence) is None  # the whole file was refused
    o.close()


def test_a_value_typed_into_a_signed_workbook_is_merged_against_the_base_not_dropped(tmp_path: Path):
    """A hand edit leaves the field's version as it was: the versions cannot tell that field's
    history, so the merge base decides it (here: changed on their side only, so taken)."""
    o = Unseen(tmp_path)
    assert import_workbooks(o.c, [tmp_path / "a0.xlsx"], backup=False).ok
    o.a.update("licence", o.licence, {"fee_usd": 75})
    o.to_coordinator(o.a, "a1.xlsx")
    o.b.update("licence", o.licence, {"area_ha": 0.6})
    export_field(o.b, tmp_path / "b1.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "b1.xlsx")
    ws = wb["Licences"]
    col = [c.value for c in ws[1]].index("Status") + 1
    ws.cell(row=2, column=col, value="suspended")
    wb.save(tmp_path / "b1-typed.xlsx")
    report = import_workbooks(o.c, [tmp_path / "b1-typed.xlsx"], backup=False, accept_altered=True)
    assert report.ok and report.files[0].counts["conflicted"] == 0
    lic = o.c.get("licence", o.licence)
    assert (lic["fee_usd"], lic["area_ha"], lic["status"]) == (75, 0.6, "suspended")
    o.close()
