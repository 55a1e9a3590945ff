"""Blank templates, filled by hand (and saved again by LibreOffice), then imported."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import field_label, sheet_name
from kpfield.store import Inventory

from .conftest import make_inventory


@pytest.mark.parametrize("lang", ["en", "fr", "pt", "es"])
def test_template_has_localised_headers_frozen_rows_widths_and_checks(lang: str, tmp_path: Path):
    out = tmp_path / f"template-{lang}.xlsx"
    assert main(["template", "-o", str(out), "--lang", lang], out=io.StringIO()) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] in ("Instructions", "Mode d'emploi", "Instruções", "Instrucciones")
    for ent in ENTITIES.values():
        ws = wb[sheet_name(ent, lang)]
        headers = [c.value for c in ws[1]]
        assert [h.rstrip(" *") for h in headers] == [field_label(ent, f, lang) for f in ent.field_names]
        assert ws.max_row == 1 and ws.freeze_panes == "A2"
        assert all(
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width >= 12 for i in range(len(headers))
        )
    lic = wb[sheet_name(ENTITIES["licence"], lang)]
    rules = {str(dv.sqref).split(":")[0]: dv for dv in lic.data_validations.dataValidation}
    assert rules["A2"].type == "list" and "_lists" in rules["A2"].formula1  # country
    assert rules["C2"].type == "list"  # kind
    assert rules["G2"].type == "date"
    assert rules["I2"].type == "decimal" and rules["I2"].operator == "greaterThan"
    lists = wb["_lists"]
    assert lists.sheet_state == "hidden"
    letter = rules["C2"].formula1.split("$")[1]
    kinds = [c.value for c in lists[letter][1:] if c.value is not None]
    # the drop-down offers the labels of the template's language (an officer picks "exploitation
    # artisanale"); each names one code, which the import stores
    from kpfield.domain import vocab

    codes = ENTITIES["licence"].field("kind").choices
    assert kinds == [vocab.label(c, lang) for c in codes]
    assert [vocab.match_choice(codes, k) for k in kinds] == list(codes)
    prod = wb[sheet_name(ENTITIES["production"], lang)]
    assert any(dv.type == "whole" for dv in prod.data_validations.dataValidation)


def _fill_french_template(path: Path) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Personnes"]
    ws.append(
        ["Kamara", "Fodé", "M", dt.date(1988, 5, 1), "00456", None, "SL", "SL", "Kono", "Tombodu", None, "digger"]
    )
    ws.append([None, "Isatu", "F", "03/02/1990", "00457", None, None, "SL", "Kono", "Tombodu", None, None])
    # a name that looks like a formula, typed as text (as a quote prefix or a text-formatted cell does)
    ws.cell(ws.max_row, 1).value = "=Isatu"
    ws.cell(ws.max_row, 1).data_type = "s"
    ws = wb[sheet_name(ENTITIES["licence"], "fr")]
    ws.append(
        [
            "SL",
            "0007",
            "exploitation artisanale",  # as the French drop-down offers it
            "00456",
            None,
            None,
            "15/01/2026",
            dt.date(2027, 1, 14),
            "0,5",
            "120",
            "active",
        ]
    )
    ws = wb[sheet_name(ENTITIES["site"], "fr")]
    ws.append(
        [
            "SL",
            "KON-0007",
            "Gbense pit",
            None,
            "Kono",
            "Gbense",
            "Tombodu",
            "8,6",
            "-10,95",
            5,
            "river_bed",
            "active",
            "0007",
            14,
        ]
    )
    ws = wb["Production"]
    ws.append(["KON-0007", "0007", dt.date(2026, 3, 2), 3, "0,75", 180, None, "Saidu", "CP-001"])
    wb.save(path)


@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed here; CI installs libreoffice-calc-nogui and runs this test",
)
def test_a_template_filled_by_hand_and_saved_by_libreoffice_imports(tmp_path: Path):
    template = tmp_path / "modele.xlsx"
    assert main(["template", "-o", str(template), "--lang", "fr"], out=io.StringIO()) == 0
    _fill_french_template(template)
    saved = tmp_path / "saved"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(saved),
            str(template),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = saved / "modele.xlsx"
    assert resaved.exists()
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    out = io.StringIO()
    code = main(["import", "--db", str(db), str(resaved), "--json"], out=out)
    report = json.loads(out.getvalue())
    assert code == 0, report
    assert report["files"][0]["counts"]["added"] == 5
    with Inventory.open(db) as inv:
        persons = {r["national_id"]: dict(r) for r in inv.conn.execute("SELECT * FROM person")}
        lic = dict(inv.conn.execute("SELECT * FROM licence").fetchone())
        prod = dict(inv.conn.execute("SELECT * FROM production").fetchone())
    assert persons["00456"]["given_names"] == "Fodé" and persons["00456"]["birth_date"] == "1988-05-01"
    assert persons["00457"]["family_name"] == "=Isatu" and persons["00457"]["birth_date"] == "1990-02-03"
    assert lic["number"] == "0007" and lic["holder_person_id"] == persons["00456"]["id"] and lic["area_ha"] == 0.5
    assert prod["carats"] == 0.75 and prod["produced_on"] == "2026-03-02"
