"""Spreadsheet safety on the way out: no workbook kpfield writes holds a formula it did not mean.

Every export (field workbook, template in each language, inventory workbook, import report with
its conflicts) is written from data full of text a spreadsheet would run as a formula
(``=cmd|' /C calc'!A0``, ``+1``, ``-1``, ``@SUM(A1)``, a leading tab or carriage return), then
read back with openpyxl (not the reader kpfield imports with) and checked cell by cell: no
formula cell, except those on :data:`ALLOWED`, and every formula-like text keeps Excel's quote
prefix, so it stays text even when a person edits the cell. The raw XML is searched for formula
elements too, so the check does not rest on openpyxl's reading alone.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from kpfield.exchange.export import export_field
from kpfield.exchange.import_report import write_report
from kpfield.exchange.importer import import_workbooks
from kpfield.exchange.template import write_template
from kpfield.i18n import LANGUAGES
from kpfield.report import write_inventory
from kpfield.store import Inventory
from kpfield.workbook import FORMULA_START

from .conftest import make_inventory

# The cells kpfield writes a formula into on purpose, as "file name: sheet!cell". None: every
# figure is computed by kpfield and written as a value (kpfield/exchange/*.py never calls
# XlsxWriter's write_formula). The template's drop-down lists are data validations that name
# the hidden _lists sheet, not cells.
ALLOWED: set[str] = set()

DDE = "=cmd|' /C calc'!A0"
HOSTILE = [DDE, "+1", "-1", "@SUM(A1)", '=HYPERLINK("http://example.invalid","x")', "\t=1+1", "\r=1+1"]
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")


def formula_cells(path: Path) -> list[str]:
    """Every cell of ``path`` that is a formula, as ``sheet!A1``, read by openpyxl and in the raw XML."""
    found = []
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if getattr(c, "data_type", None) == "f":
                        found.append(f"{ws.title}!{c.coordinate}")
    finally:
        wb.close()
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml") and _FORMULA_ELEMENT.search(zf.read(name)):
                found.append(f"{name} has a formula element")
    return found


def unquoted_formula_text(path: Path) -> list[str]:
    """Text cells that a spreadsheet would run as a formula if retyped, written without the quote prefix."""
    found = []
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = getattr(c, "value", None)
                    if isinstance(v, str) and v.startswith(FORMULA_START) and not c.style_array.quotePrefix:
                        found.append(f"{ws.title}!{c.coordinate} {v[:30]!r}")
    finally:
        wb.close()
    return found


def texts(path: Path) -> set[str]:
    """Every text value of the workbook."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)}
    finally:
        wb.close()


def assert_safe(path: Path) -> None:
    unexpected = [c for c in formula_cells(path) if f"{path.name}: {c}" not in ALLOWED]
    assert not unexpected, unexpected
    unquoted = unquoted_formula_text(path)
    assert not unquoted, unquoted


@pytest.fixture(scope="module")
def hostile_inventory(small_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, kept by an officer whose name is a formula, with records full of formula-like text."""
    db = tmp_path_factory.mktemp("outbound") / "hostile.kpfield"
    with Inventory.open(small_demo) as demo:
        demo.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(small_demo, db)
    with Inventory.open(db) as inv:
        inv.conn.execute("UPDATE meta SET value = ? WHERE key = 'officer'", (DDE,))
        holder = inv.add(
            "person",
            {"family_name": DDE, "given_names": "+1", "village": "-1", "district": "@SUM(A1)", "country": "SL"},
        ).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "+232-76",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2026-01-15",
                "expires_on": "2027-01-14",
                "status": "active",
            },
        ).id
        site = inv.add(
            "site",
            {
                "country": "SL",
                "code": "-SITE-1",
                "name": DDE,
                "district": "@SUM(A1)",
                "village": '=HYPERLINK("http://example.invalid","x")',
                "status": "active",
                "licence_id": lic,
            },
        ).id
        inv.add(
            "production",
            {
                "site_id": site,
                "licence_id": lic,
                "produced_on": "2026-03-02",
                "stones": 2,
                "carats": 1.5,
                "buyer_name": "=1+1",
                "reference": "@ref",
            },
        )
    return db


def test_the_field_workbook_holds_no_formula(hostile_inventory: Path, tmp_path: Path):
    out = tmp_path / "field.xlsx"
    with Inventory.open(hostile_inventory) as inv:
        export_field(inv, out)
    assert {DDE, "+1", "-1", "@SUM(A1)", "=1+1"} <= texts(out)  # the text is there, as text
    assert_safe(out)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_template_holds_no_formula(lang: str, tmp_path: Path):
    out = write_template(tmp_path / f"template-{lang}.xlsx", lang)
    assert_safe(out)


def test_the_inventory_workbook_holds_no_formula(hostile_inventory: Path, tmp_path: Path):
    out = tmp_path / "inventory.xlsx"
    with Inventory.open(hostile_inventory) as inv:
        write_inventory(inv, out)
    assert DDE in texts(out)
    assert_safe(out)


def test_the_import_report_and_its_conflicts_hold_no_formula(tmp_path: Path, monkeypatch):
    # two officers edit one village differently; the coordinator gets both (a conflict), then a
    # hand-typed file named like a formula whose rows are refused with formula-like values
    c = make_inventory(tmp_path / "c.kpfield", "Coordinator")
    pid = c.add("person", {"family_name": "Koroma", "country": "SL", "village": "Tombodu"}).id
    export_field(c, tmp_path / "start.xlsx")
    a, b = make_inventory(tmp_path / "a.kpfield", "Officer A"), make_inventory(tmp_path / "b.kpfield", DDE)
    for inv in (a, b):
        assert import_workbooks(inv, [tmp_path / "start.xlsx"], backup=False).ok
    a.update("person", pid, {"village": DDE})
    b.update("person", pid, {"village": "+1"})
    export_field(a, tmp_path / "a.xlsx")
    export_field(b, tmp_path / "b.xlsx")
    monkeypatch.chdir(tmp_path)
    hand = "=cmd.xlsx"
    book = xlsxwriter.Workbook(hand, {"strings_to_formulas": False})
    ws = book.add_worksheet("Persons")
    ws.write_row(0, 0, ["Family name", "Country", "Date of birth"])
    for i, text in enumerate(HOSTILE, start=1):
        ws.write_string(i, 0, text)
        ws.write_string(i, 1, text)  # not a country: refused, and the value goes into the report
        ws.write_string(i, 2, "@" + text)
    book.add_worksheet("=1+1").write_string(0, 0, "-1")
    book.close()
    report = import_workbooks(c, ["a.xlsx", "b.xlsx", hand], backup=False)
    assert report.files[1].conflicts and report.files[2].refused
    out = write_report(report, tmp_path / "report.xlsx")
    seen = texts(out)
    assert {DDE, "+1", hand, "=1+1", "@\t=1+1"} <= seen  # leading tabs are stripped on the way in
    assert_safe(out)
    # the inventory workbook's Sources sheet lists the open conflict and the files imported
    c.add("site", {"country": "SL", "code": "S-1", "name": "+1", "status": "active"})
    write_inventory(c, tmp_path / "with-conflict.xlsx")
    assert DDE in texts(tmp_path / "with-conflict.xlsx")
    assert_safe(tmp_path / "with-conflict.xlsx")
    for inv in (a, b, c):
        inv.close()


def test_the_checks_themselves_see_a_formula_and_a_bare_formula_like_text(tmp_path: Path):
    """The checks above would fail on a workbook that had either."""
    path = tmp_path / "bad.xlsx"
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = book.add_worksheet("Sheet1")
    ws.write_formula(0, 0, "=1+1", None, 2)
    ws.write_string(1, 0, "+1")
    book.close()
    assert formula_cells(path) and unquoted_formula_text(path)
    with pytest.raises(AssertionError):
        assert_safe(path)
