"""A template's text cells read numbers by the one rule (real number cells are taken as they are),
and its rows are checked against the law and plausibility rules."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import sheet_name
from kpfield.store import Inventory

from .conftest import make_inventory
from .test_template import _fill_french_template


def _with_usd(tmp_path: Path, usd: object) -> Path:
    template = tmp_path / "modele.xlsx"
    assert main(["template", "-o", str(template), "--lang", "fr"], out=io.StringIO()) == 0
    _fill_french_template(template)
    wb = openpyxl.load_workbook(template)
    ws = wb["Production"]
    header = [c.value for c in ws[1]]
    column = next(i for i, h in enumerate(header, start=1) if h and "USD" in str(h))
    ws.cell(ws.max_row, column).value = usd
    if isinstance(usd, str):
        ws.cell(ws.max_row, column).data_type = "s"
    wb.save(template)
    return template


def _import(tmp_path: Path, template: Path) -> tuple[int, dict, Path]:
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    out = io.StringIO()
    code = main(["import", "--db", str(db), str(template), "--json"], out=out)
    return code, json.loads(out.getvalue()), db


def test_an_ambiguous_text_cell_is_refused_with_both_readings(tmp_path):
    code, report, db = _import(tmp_path, _with_usd(tmp_path, "1,250"))
    assert code != 0
    text = json.dumps(report, ensure_ascii=False)
    assert "1 250" in text and ("1,25" in text or "1.25" in text)
    assert "1 250 or 1250" in text  # and the fix says how to write it
    with Inventory.open(db) as inv:
        assert inv.count("production") == 0  # all or nothing


@pytest.mark.parametrize("usd, stored", [("1 250", 1250.0), (1250, 1250.0), (1.25, 1.25), ("1.250,50", 1250.5)])
def test_unambiguous_cells_import(tmp_path, usd, stored):
    code, report, db = _import(tmp_path, _with_usd(tmp_path, usd))
    assert code == 0, report
    with Inventory.open(db) as inv:
        assert inv.conn.execute("SELECT value_usd FROM production").fetchone()[0] == stored


def test_a_row_breaking_a_rule_imports_with_its_warning_named(tmp_path):
    template = _with_usd(tmp_path, 180)
    wb = openpyxl.load_workbook(template)
    ws = wb[sheet_name(ENTITIES["licence"], "fr")]
    header = [c.value for c in ws[1]]
    expires = next(i for i, h in enumerate(header, start=1) if h and str(h).startswith("Expir"))
    ws.cell(ws.max_row, expires).value = dt.date(2026, 2, 1)  # the production of 2026-03-02 comes after
    wb.save(template)
    code, report, db = _import(tmp_path, template)
    assert code == 0, report
    issues = report["files"][0]["issues"]
    assert all(i["severity"] == "warning" for i in issues)
    messages = {(i["sheet"], i["message"].split(":")[0]) for i in issues}
    # the licence was imported from the same workbook, and is checked all the same
    assert ("Production", "Licence valid on the date") in messages
    assert ("Chantiers", "Active site under a valid licence") in messages
    assert ("Production", "Buyer licensed") in messages
    with Inventory.open(db) as inv:
        assert inv.count("production") == 1
