"""Templates filled by hand, credited to the officer who filled them, and naming persons by national
ID, digger-card number, or name and village: driven through the command line on real files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import sheet_name
from kpfield.exchange.template import FILLED_BY_ROW
from kpfield.store import Inventory

from .conftest import make_inventory

PERSONS, LICENCES = sheet_name(ENTITIES["person"]), sheet_name(ENTITIES["licence"])


def kpfield(*args: Any, code: int = 0) -> str:
    out = io.StringIO()
    assert main([str(a) for a in args], out=out) == code, out.getvalue()
    return out.getvalue()


def _template(
    tmp: Path, officer: str | None, installation: str | None = None, lang: str = "en", name: str = "template"
) -> Path:
    path = tmp / f"{name}-{lang}.xlsx"
    kpfield("template", "-o", path, "--lang", lang)
    wb = openpyxl.load_workbook(path)
    ins = wb.worksheets[0]
    ins.cell(FILLED_BY_ROW + 1, 2).value = officer
    ins.cell(FILLED_BY_ROW + 2, 2).value = installation
    wb.save(path)
    return path


def _rows(path: Path, sheet: str, *rows: list[Any]) -> None:
    wb = openpyxl.load_workbook(path)
    for row in rows:
        wb[sheet].append(row)
    wb.save(path)


def _licence(number: str, holder: str) -> list[Any]:
    return ["SL", number, "artisanal_mining", holder, None, None, "2026-01-15", "2027-01-14", 0.5, 50, "active"]


def _person(family: str, given: str, village: str, card: str | None = None, national_id: str | None = None) -> list:
    return [family, given, "F", None, national_id, card, "SL", "SL", "Kono", village, None, "licence_holder"]


def _import(db: Path, path: Path, code: int = 0) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(kpfield("import", "--db", db, path, "--json", code=code))
    return report


def test_a_template_is_credited_to_the_officer_who_filled_it(tmp_path):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Regional coordinator").close()
    with make_inventory(tmp_path / "kono.kpfield", "Aminata Sesay") as kono:
        installation = kono.identity.origin
    path = _template(tmp_path, "  Aminata   Sesay ", installation)
    _rows(path, PERSONS, _person("Conteh", "Mariama", "Koidu", card="DC-0042"))
    _rows(path, LICENCES, _licence("AML/0100", "DC-0042"))
    site = ["SL", "KON-0100", "Gbense pit", None, "Kono", "Gbense", "Koidu", 8.6, -10.95, 5, "river_bed", "active"]
    _rows(path, sheet_name(ENTITIES["site"]), [*site, "AML/0100", 14])
    report = _import(db, path)
    [f] = report["files"]
    assert f["kind"] == "filled template" and f["officer"] == "Aminata Sesay" and f["origin"] == installation
    assert f["counts"]["added"] == 3
    with Inventory.open(db) as inv:
        for kind in ("person", "licence", "site"):
            [row] = inv.conn.execute(f"SELECT origin, modified_by FROM {kind}").fetchall()
            assert tuple(row) == (installation, installation)
        source = inv.conn.execute("SELECT kind, officer, origin FROM source").fetchone()
        assert tuple(source) == ("workbook", "Aminata Sesay", installation)
    # the inventory's Sources sheet names her, not the coordinator
    book = tmp_path / "inventory.xlsx"
    kpfield("export", "inventory", "--db", db, "-o", book, "-q")
    ws = openpyxl.load_workbook(book)["Sources"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head = next(r for r in rows if r[0] == "Kind")
    listed = [dict(zip(head, r, strict=False)) for r in rows[rows.index(head) + 1 :] if r[1] == path.name]
    assert [(r["Kind"], r["Officer"], r["Origin (installation)"]) for r in listed] == [
        ("workbook", "Aminata Sesay", installation)
    ]
    assert "Regional coordinator" not in {r["Officer"] for r in listed}


def test_a_template_without_an_installation_or_officer_still_imports_and_says_so(tmp_path):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Regional coordinator").close()
    path = _template(tmp_path, "Aminata Sesay", lang="fr")  # the labels are read in any language
    _rows(path, "Personnes", _person("Conteh", "Mariama", "Koidu"))
    [f] = _import(db, path)["files"]
    assert f["officer"] == "Aminata Sesay" and f["origin"] is None
    with Inventory.open(db) as inv:
        assert inv.conn.execute("SELECT officer FROM source").fetchone()[0] == "Aminata Sesay"

    nobody = _template(tmp_path, None, name="nobody")
    _rows(nobody, PERSONS, _person("Bangura", "Isata", "Yengema"))
    [f] = _import(db, nobody)["files"]
    assert f["officer"] is None and any("does not say who filled it" in n for n in f["notes"])


def test_an_installation_that_is_not_one_refuses_the_template_naming_the_cell(tmp_path, capsys):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Regional coordinator").close()
    path = _template(tmp_path, "Aminata Sesay", "Kono office")
    _rows(path, PERSONS, _person("Conteh", "Mariama", "Koidu"))
    [f] = _import(db, path, code=1)["files"]
    assert f"sheet 'Instructions', cell B{FILLED_BY_ROW + 2}" in f["error"] and "'Kono office'" in f["error"]
    assert "kpfield identity" in f["error"]
    with Inventory.open(db) as inv:
        assert inv.count("person") == 0


def test_a_holder_is_named_by_digger_card_or_by_name_and_village(tmp_path):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Regional coordinator").close()
    # two persons already in the inventory, one without a national ID
    kpfield("add", "person", "--db", db, "family_name=Koroma", "given_names=Sahr", "country=SL", "village=Tombodu")
    kpfield(
        "add",
        "person",
        "--db",
        db,
        "family_name=Kamara",
        "given_names=Fodé",
        "country=SL",
        "village=Koidu",
        "digger_card=DC-7",
    )
    path = _template(tmp_path, "Aminata Sesay")
    # and one new in the template itself, named by name and village on the next sheet
    _rows(path, PERSONS, _person("Conteh", "Mariama", "Gbense"))
    _rows(
        path,
        LICENCES,
        _licence("AML/0201", "DC-7"),  # the digger card
        _licence("AML/0202", "Sahr Koroma (Tombodu)"),  # name and village
        _licence("AML/0203", "KOROMA Sahr, tombodu"),  # family name first, case and accents aside
        _licence("AML/0204", "Mariama Conteh (Gbense)"),  # a person of this template
        _licence("AML/0205", "Fode Kamara"),  # the name alone, when one person has it
    )
    [f] = _import(db, path)["files"]
    assert f["counts"]["refused"] == 0 and f["counts"]["added"] == 6, f["issues"]
    with Inventory.open(db) as inv:
        holders = dict(
            inv.conn.execute(
                "SELECT l.number, p.given_names || ' ' || p.family_name FROM licence l "
                "JOIN person p ON p.id = l.holder_person_id"
            ).fetchall()
        )
    assert holders == {
        "AML/0201": "Fodé Kamara",
        "AML/0202": "Sahr Koroma",
        "AML/0203": "Sahr Koroma",
        "AML/0204": "Mariama Conteh",
        "AML/0205": "Fodé Kamara",
    }


def test_a_name_several_persons_have_is_refused_with_the_candidates(tmp_path):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Regional coordinator").close()
    for village, nid in (("Koidu", "SL-1001"), ("Tombodu", None)):
        kpfield(
            "add",
            "person",
            "--db",
            db,
            "family_name=Kamara",
            "given_names=Fatmata",
            "country=SL",
            f"village={village}",
            *([f"national_id={nid}"] if nid else ["digger_card=DC-9"]),
        )
    path = _template(tmp_path, "Aminata Sesay")
    _rows(path, LICENCES, _licence("AML/0301", "Fatmata Kamara (Koidu)"), _licence("AML/0302", "Fatmata Kamara"))
    [f] = _import(db, path, code=1)["files"]
    [issue] = f["issues"]
    assert (issue["sheet"], issue["row"], issue["column"]) == (LICENCES, 3, "Holder (person)")
    assert "'Fatmata Kamara' names several persons" in issue["message"]
    assert "Fatmata Kamara (Koidu) [national ID SL-1001" in issue["message"]
    assert "Fatmata Kamara (Tombodu) [digger card DC-9" in issue["message"]
    assert "name and village" in issue["fix"]
    with Inventory.open(db) as inv:
        assert inv.count("licence") == 0  # all or nothing


def test_records_credited_to_an_officers_installation_travel_back_and_forth(tmp_path, monkeypatch):
    from .test_coordinator_scenario import Region

    r = Region(tmp_path, monkeypatch)
    with r.open("a") as a:
        kono = a.identity.origin
    path = _template(tmp_path, "Sahr Koroma", kono)
    _rows(path, PERSONS, _person("Conteh", "Mariama", "Koidu", card="DC-0042"))
    [f] = r.receive(path)["files"]
    assert f["counts"]["added"] == 1 and f["officer"] == "Sahr Koroma"
    # the coordinator's workbook carries them to Kono, whose officer edits one and sends it back
    back = r.send("c", "back.xlsx")
    [f] = r.receive(back, db=r.db["a"])["files"]
    assert f["counts"]["refused"] == 0 and f["counts"]["added"] == 1, f["issues"]
    with r.open("a") as a:
        [pid] = [row[0] for row in a.conn.execute("SELECT id FROM person")]
        a.update("person", pid, {"phone": "+232 76 000001"})
    [f] = r.receive(r.send("a", "kono.xlsx"))["files"]
    assert f["counts"]["refused"] == 0 and f["counts"]["conflicted"] == 0 and f["counts"]["updated"] == 1
    with r.open("c") as c:
        assert c.get("person", pid)["phone"] == "+232 76 000001"
