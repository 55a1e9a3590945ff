"""Field workbook export, read back with openpyxl as a spreadsheet would."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import openpyxl

from kpfield.cli import main
from kpfield.exchange.export import export_field
from kpfield.store import Inventory, migrations

from .conftest import make_inventory


def _fill(inv: Inventory) -> dict[str, str]:
    p = inv.add(
        "person",
        {
            "family_name": '=HYPERLINK("http://x")',
            "given_names": "Sahr Émile",
            "country": "SL",
            "national_id": "007123",
            "village": "Tombodu",
            "birth_date": "12/03/1990",
        },
    ).id
    lic = inv.add(
        "licence",
        {
            "country": "SL",
            "number": "0042",
            "kind": "artisanal_mining",
            "holder_person_id": p,
            "issued_on": "2026-01-15",
            "expires_on": "2027-01-14",
            "area_ha": "0,8",
            "status": "active",
        },
    ).id
    gone = inv.add("person", {"family_name": "-Kamara", "country": "SL", "village": "Koidu"}).id
    inv.delete("person", gone)
    return {"person": p, "licence": lic, "gone": gone}


def test_cells_are_typed_and_formula_like_text_stays_text(tmp_path: Path):
    with make_inventory(tmp_path / "a.kpfield", "Fatmata Sesay") as inv:
        ids = _fill(inv)
        out = tmp_path / "field.xlsx"
        result = export_field(inv, out)
    assert not (tmp_path / "field.xlsx.part").exists() and not list(tmp_path.glob(".kpfield-tmp-*"))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "_about"
    persons = wb["Persons"]
    header = [c.value for c in persons[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in persons.iter_rows(min_row=2, values_only=True)}
    cells = {row[0].value: row for row in persons.iter_rows(min_row=2)}
    koroma = rows[ids["person"]]
    assert koroma["National ID"] == "007123"
    assert koroma["Given names"] == "Sahr Émile"
    assert koroma["Date of birth"] == dt.datetime(1990, 3, 12)
    name_cell = cells[ids["person"]][header.index("Family name")]
    assert name_cell.data_type == "s" and name_cell.value.startswith("=HYPERLINK")
    assert name_cell.quotePrefix
    assert rows[ids["gone"]]["deleted"] == 1 and rows[ids["gone"]]["Family name"] == "-Kamara"
    lic_header = [c.value for c in wb["Licences"][1]]
    lic = dict(zip(lic_header, next(wb["Licences"].iter_rows(min_row=2, values_only=True)), strict=True))
    assert lic["Licence number"] == "0042" and lic["Area (ha)"] == 0.8 and lic["version"] == 1
    assert lic["clock"].startswith("{")
    about = {r[0]: r[1] for r in wb["_about"].iter_rows(values_only=True) if r[0]}
    assert about["officer"] == "Fatmata Sesay"
    assert about["schema_version"] == migrations.known_names()[-1]
    assert about["data_sha256"] == result.sha256 and len(result.sha256) == 64
    assert about["Persons"] == 2 and about["Licences"] == 1 and about["Production"] == 0


def test_a_sheet_past_the_row_limit_continues_on_a_second_sheet(tmp_path: Path):
    with make_inventory(tmp_path / "a.kpfield", "Fatmata Sesay") as inv:
        for i in range(7):
            inv.add("person", {"family_name": f"Koroma {i}", "country": "SL"})
        result = export_field(inv, tmp_path / "f.xlsx", max_rows=4)  # 3 records per sheet
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    assert [s for s in wb.sheetnames if s.startswith("Persons")] == ["Persons", "Persons (2)", "Persons (3)"]
    assert [(t, n) for t, k, n in result.sheets if k == "person"] == [
        ("Persons", 3),
        ("Persons (2)", 3),
        ("Persons (3)", 1),
    ]
    about = {r[0]: r[1] for r in wb["_about"].iter_rows(values_only=True) if r[0]}
    assert about["Persons (3)"] == 1


def test_export_command_with_country_and_since(small_demo: Path, tmp_path: Path):
    out = tmp_path / "gn.xlsx"
    assert main(["export", "field", "--db", str(small_demo), "-o", str(out), "--country", "GN"]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    lic = wb["Licences"]
    at = next(lic.iter_rows(values_only=True)).index("Country")
    countries = {r[at] for r in lic.iter_rows(min_row=2, values_only=True)}
    assert countries == {"GN"}
    assert wb["Production"].max_row > 1
    assert (
        main(["export", "field", "--db", str(small_demo), "-o", str(tmp_path / "none.xlsx"), "--since", "2099-01-01"])
        == 0
    )
    wb = openpyxl.load_workbook(tmp_path / "none.xlsx", read_only=True)
    assert all(wb[s].max_row == 1 for s in wb.sheetnames if s != "_about")
    assert hashlib.sha256(out.read_bytes()).hexdigest()
