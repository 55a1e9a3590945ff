"""The import report and the field workbook laid out to read and print: widths, frozen and
filtered headers, A4 landscape one page wide."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from kpfield.cli import main

from .conftest import make_inventory


def run(*args: object) -> int:
    return main([str(a) for a in args], out=io.StringIO())


def _laid_out(ws) -> None:
    assert ws.freeze_panes == "A2", ws.title
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9, ws.title
    # one page wide (1 is the default, which the file leaves out), as many pages tall as it takes
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1), ws.title
    assert ws.page_setup.fitToHeight == 0, ws.title
    assert ws.column_dimensions["A"].width >= 9, ws.title
    assert ws["A1"].alignment.wrap_text, ws.title


def test_the_field_workbook_and_the_import_report_read_and_print(tmp_path: Path):
    officer = tmp_path / "officer.kpfield"
    with make_inventory(officer, "Fatmata Sesay") as inv:
        inv.add("person", {"family_name": "Koroma", "country": "SL", "roles": "digger"})
    book = tmp_path / "field.xlsx"
    assert run("export", "field", "--db", officer, "-o", book) == 0
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        if ws.title.startswith("_"):
            continue  # the workbook's own facts
        _laid_out(ws)
    coordinator = tmp_path / "regional.kpfield"
    assert run("init", "--db", coordinator, "--country", "SL", "--officer", "Coordinator") == 0
    report = tmp_path / "report.xlsx"
    assert run("import", "--db", coordinator, book, "--report", report) == 0
    for ws in openpyxl.load_workbook(report).worksheets:
        _laid_out(ws)
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
