"""Conflicts a person can settle, driven through the command line as a coordinator would: each
record named as a person reads it, each side by officer and date, numbered conflicts and duplicate
pairs that ``kpfield resolve`` takes, a conflict on a record kept deleted settled, and differences of
case, accents or spaces alone settled automatically to the most recent spelling, and listed."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl

from .test_coordinator_scenario import Region, _start, counts, state


def test_a_conflict_is_listed_by_names_officers_and_dates_and_settled_by_its_number(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    with r.open("a") as a:
        a.update("licence", licence, {"area_ha": 0.9})
    with r.open("b") as b:
        b.update("licence", licence, {"area_ha": 0.7})
    printed = r.cli("c", "import", "--db", r.db["c"], r.send("a", "a2.xlsx"), r.send("b", "b2.xlsx"))
    assert (
        "conflict #1: Licence AML/0001 · artisanal mining · Sahr Koroma, Area (ha): here 0.9 (Sahr Koroma, " in printed
    )
    assert "received 0.7 (Musa Kamara, " in printed

    listing = r.cli("c", "conflicts", "--db", r.db["c"])
    [c] = r.conflicts()
    assert f"#{c['id']} Licence AML/0001" in listing
    assert "Sahr Koroma" in listing  # the licence's holder names it, and Kono's officer wrote ours
    assert "here: 0.9 (Sahr Koroma, " in listing
    assert "received: 0.7 (Musa Kamara, " in listing and "file b2.xlsx" in listing
    assert "both started from: 0.8" in listing
    assert licence not in listing.split("Settle with")[0]  # no bare UUID where a person reads
    assert (c["label"], c["ours_by"], c["theirs_by"]) == (
        "AML/0001 · artisanal mining · Sahr Koroma",
        "Sahr Koroma",
        "Musa Kamara",
    )
    assert c["ours_at"] and c["theirs_at"] and c["number"] == c["id"]

    out = r.cli("c", "resolve", "--db", r.db["c"], str(c["id"]), "--theirs")
    assert f"conflict {c['id']} settled" in out
    with r.open("c") as inv:
        assert inv.get("licence", licence)["area_ha"] == 0.7
    assert r.conflicts() == []
    # the settlement is kpfield's own write: the integrity check finds nothing changed behind its back
    r.cli("c", "verify", "--db", r.db["c"])


def test_a_conflict_on_a_record_kept_deleted_is_settled(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    # Kono renames the site and Kenema renames it otherwise, then deletes it; the coordinator
    # takes Kenema's file first, so the site is deleted here when Kono's rename arrives
    with r.open("a") as a:
        a.update("site", site, {"name": "Tombodu river pit"})
    with r.open("b") as b:
        b.update("site", site, {"name": "Tombodu old pit"})
        b.delete("site", site)
    r.receive(r.send("b", "b2.xlsx"), r.send("a", "a2.xlsx"))
    listed = {c["field"]: c for c in r.conflicts()}
    assert "name" in listed, listed
    listing = r.cli("c", "conflicts", "--db", r.db["c"])
    assert "Site KON-001" in listing
    # the record stays deleted; the name received is kept on it, should it come back
    if "deleted" in listed:
        r.cli("c", "resolve", "--db", r.db["c"], listed["deleted"]["id"], "--ours")
    r.cli("c", "resolve", "--db", r.db["c"], listed["name"]["id"], "--theirs")
    with r.open("c") as inv:
        row = inv.get("site", site, include_deleted=True)
        assert row["deleted"] == 1 and row["name"] == "Tombodu river pit"
        assert inv.get("site", site) is None
    assert r.conflicts() == []
    settled = state(r.db["c"])
    assert all(c["conflicted"] == 0 for c in counts(r.receive(tmp_path / "a2.xlsx", tmp_path / "b2.xlsx")))
    assert state(r.db["c"]) == settled


def test_a_duplicate_pair_is_merged_by_its_number(tmp_path, monkeypatch, capsys):
    r = Region(tmp_path, monkeypatch)
    _start(r)
    with r.open("a") as a:
        pa = a.add(
            "person", {"family_name": "Conteh", "given_names": "Fatmata", "country": "SL", "village": "Koidu"}
        ).id
    with r.open("b") as b:
        pb = b.add(
            "person", {"family_name": "CONTEH", "given_names": "Fatmata", "country": "SL", "village": "Koidu"}
        ).id
    r.receive(r.send("a", "a.xlsx"), r.send("b", "b.xlsx"))
    listing = r.cli("c", "conflicts", "--db", r.db["c"])
    [pair] = json.loads(r.cli("c", "conflicts", "--db", r.db["c"], "--json"))["duplicates"]
    assert f"pair {pair['id']}: Person: A Fatmata Conteh (Koidu) / B Fatmata CONTEH (Koidu)" in listing
    # keep B, by number
    out = r.cli("c", "resolve", "--db", r.db["c"], "--merge", pair["id"], "B")
    assert "merged" in out
    with r.open("c") as inv:
        assert inv.get("person", pb) is not None and inv.get("person", pa) is None
    # a number that names no pair is refused, saying so
    capsys.readouterr()
    r.cli("c", "resolve", "--db", r.db["c"], "--merge", "99", code=1)
    assert "no open duplicate candidate 99" in capsys.readouterr().err


def test_case_accents_and_spaces_alone_are_settled_to_the_latest_spelling_and_listed(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    with r.open("a") as a:
        a.update("person", person, {"family_name": "CAMARA", "given_names": "Sébastien", "village": "KOIDU TOWN"})
    with r.open("b") as b:
        b.update("person", person, {"family_name": "Camara", "given_names": "Sebastien", "village": "Koidu Town"})
    a2, b2 = r.send("a", "a2.xlsx"), r.send("b", "b2.xlsx")
    report = r.receive(a2, b2)
    fb = report["files"][1]
    assert fb["counts"]["conflicted"] == 0
    settled = {cf["field"]: cf for cf in fb["conflicts"]}
    assert set(settled) == {"family_name", "given_names", "village"}
    assert all(cf["settled"] for cf in settled.values())
    assert settled["family_name"]["ours"] == "CAMARA" and settled["family_name"]["theirs"] == "Camara"
    assert any("settled automatically to the most recent spelling" in n for n in fb["notes"])
    # Kenema wrote last: its spelling stays
    with r.open("c") as inv:
        p = inv.get("person", person)
        assert (p["family_name"], p["given_names"], p["village"]) == ("Camara", "Sebastien", "Koidu Town")
    # never silent: listed as settled automatically, not as open conflicts
    assert r.conflicts() == []
    listing = r.cli("c", "conflicts", "--db", r.db["c"])
    assert "3 conflict(s) settled automatically" in listing
    assert "Person Sebastien Camara (Koidu Town): Family name" in listing
    assert "here: CAMARA (Sahr Koroma, " in listing and "received: Camara (Musa Kamara, " in listing
    auto = json.loads(r.cli("c", "conflicts", "--db", r.db["c"], "--json"))["settled_automatically"]
    assert {c["field"] for c in auto} == {"family_name", "given_names", "village"}
    assert all(c["resolution"].startswith("settled automatically to the most recent spelling (theirs)") for c in auto)
    # imported again, in either order: nothing new, nothing reopened
    for order in ((a2, b2), (b2, a2)):
        again = r.receive(*order)
        assert all(c["conflicted"] == 0 and c["updated"] == 0 for c in counts(again))
    assert r.conflicts() == []

    # the other way round: the side here is the later one, and it stays
    with r.open("b") as b:
        b.update("person", person, {"family_name": "CAMARA"})
    b3 = r.send("b", "b3.xlsx")
    with r.open("c") as inv:
        inv.update("person", person, {"family_name": "camara"})
    [f] = r.receive(b3)["files"]
    [cf] = f["conflicts"]
    assert (cf["field"], cf["ours"], cf["theirs"]) == ("family_name", "camara", "CAMARA")
    assert cf["settled"].startswith("kept the value here")
    with r.open("c") as inv:
        assert inv.get("person", person)["family_name"] == "camara"
    assert r.conflicts() == []


def test_spaces_alone_count_as_the_same_spelling():
    from kpfield.store.sync import Sync

    same = Sync.spelling_only
    assert same("Koidu  Town", "Koidu Town") and same("Sébastien", "Sebastien") and same("Camara", "CAMARA")
    assert not same("Camara", "Kamara") and not same(0.5, 0.5000001) and not same("Camara", "Camara")


def test_conflicts_sheets_number_each_conflict_and_keep_values_typed(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    with r.open("a") as a:
        a.update("licence", licence, {"area_ha": 0.9, "expires_on": "2027-03-31"})
    with r.open("b") as b:
        b.update("licence", licence, {"area_ha": 0.7, "expires_on": "2027-06-30"})
    r.receive(r.send("a", "a2.xlsx"))
    report = tmp_path / "report.xlsx"
    r.cli("c", "import", "--db", r.db["c"], r.send("b", "b2.xlsx"), "--report", report)
    numbers = {c["field"]: c["id"] for c in r.conflicts()}

    ws = openpyxl.load_workbook(report)["Conflicts"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]
    by_field = {row["Field"]: row for row in rows}
    area, expires = by_field["Area (ha)"], by_field["Expires on"]
    assert area["Conflict"] == numbers["area_ha"] and expires["Conflict"] == numbers["expires_on"]
    assert (area["Value here"], area["Value received"], area["Value both sides last agreed on"]) == (0.9, 0.7, 0.8)
    assert expires["Value here"] == dt.datetime(2027, 3, 31) and expires["Value received"] == dt.datetime(2027, 6, 30)
    assert area["Record"] == "AML/0001 · artisanal mining · Sahr Koroma"
    assert (area["Changed here by"], area["Received from"]) == ("Sahr Koroma", "Musa Kamara")

    book = tmp_path / "inventory.xlsx"
    r.cli("c", "export", "inventory", "--db", r.db["c"], "-o", book, "-q")
    ws = openpyxl.load_workbook(book)["Sources"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    at = next(i for i, row in enumerate(cells) if row[0] == "Conflict")
    head = cells[at]
    listed = [dict(zip(head, row, strict=False)) for row in cells[at + 1 : at + 3]]
    by_field = {row["Field"]: row for row in listed}
    assert by_field["Area (ha)"]["Conflict"] == numbers["area_ha"]
    assert (by_field["Area (ha)"]["Value here"], by_field["Area (ha)"]["Value received"]) == (0.9, 0.7)
    assert by_field["Expires on"]["Value received"] == dt.datetime(2027, 6, 30)
    assert by_field["Expires on"]["Record"] == "AML/0001 · artisanal mining · Sahr Koroma"


def test_a_spelling_from_an_unsigned_file_waits_for_a_person(tmp_path, monkeypatch):
    from .test_coordinator_scenario import PERSONS, forged

    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    unsigned = forged(r.send("a", "a.xlsx"), tmp_path / "unsigned.xlsx", PERSONS, "person", {"family_name": "KOROMA"})
    [f] = r.receive(unsigned)["files"]
    assert f["counts"]["conflicted"] == 1 and [cf["settled"] for cf in f["conflicts"]] == [None]
    [c] = r.conflicts()
    assert (c["field"], c["ours"], c["theirs"]) == ("family_name", "Koroma", "KOROMA")
    with r.open("c") as inv:
        assert inv.get("person", person)["family_name"] == "Koroma"
