"""A large workbook is read by a second process (kpfield.exchange.sheets): the import it gives must
be the very import that reading it here gives, for good files, edited ones, refused ones and
broken ones."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kpfield.exchange import sheets
from kpfield.exchange.export import export_field
from kpfield.exchange.importer import import_workbooks
from kpfield.store import Inventory
from kpfield.workbook import WorkbookReader, inspect_workbook

from . import hostile
from .conftest import all_records, make_inventory, trust


def _import_both_ways(
    tmp_path: Path, steps: list[list[Path]], trusted: tuple[Path, ...] = (), **kw: Any
) -> tuple[list[Any], dict]:
    """Import ``steps`` (lists of files) into two fresh inventories, one reading here and one in a
    second process, each having registered the keys of the ``trusted`` inventories; returns what
    both gave, having checked they gave the same."""
    seen = []
    for processes in (False, True):
        db = tmp_path / f"coordinator-{processes}.kpfield"
        with make_inventory(db, "Coordinator") as coordinator:
            for path in trusted:
                with Inventory.open(path) as officer:
                    trust(coordinator, officer)
        reports = []
        with Inventory.open(db) as inv:
            for files in steps:
                report = import_workbooks(inv, files, backup=False, processes=processes, **kw).as_json()
                for f in report["files"]:
                    f.pop("source_id")
                reports.append(report)
            records = all_records(inv)
            conflicts = inv.conn.execute("SELECT record_id, field, ours, theirs FROM conflict ORDER BY 1, 2").fetchall()
        seen.append((reports, _stable(records), [tuple(c) for c in conflicts]))
    here, there = seen
    assert there[0] == here[0], "the reports differ"
    assert there[1] == here[1], "the inventories differ"
    assert there[2] == here[2], "the conflicts differ"
    return here[0], here[1]


def _stable(records: dict[str, dict[str, dict]]) -> dict[str, dict[str, dict]]:
    """Records without the times a merge stamps with its own clock (different in each run)."""
    return {
        kind: {rid: {k: v for k, v in row.items() if k != "modified_at"} for rid, row in rows.items()}
        for kind, rows in records.items()
    }


@pytest.fixture
def field_workbook(small_demo: Path, tmp_path: Path) -> Path:
    src = tmp_path / "officer.kpfield"
    shutil.copy(small_demo, src)
    with Inventory.open(src) as inv:
        pid = inv.add("person", {"family_name": "+Conté", "national_id": "000123", "country": "GN"}).id
        inv.delete("person", pid)
        export_field(inv, tmp_path / "field.xlsx")
    return tmp_path / "field.xlsx"


def test_a_field_workbook_and_its_second_import_are_the_same_either_way(field_workbook: Path, tmp_path: Path):
    reports, records = _import_both_ways(tmp_path, [[field_workbook], [field_workbook]])
    first, second = reports[0]["files"][0], reports[1]["files"][0]
    assert first["counts"]["added"] == sum(map(len, records.values())) > 500
    assert second["counts"]["unchanged"] == first["counts"]["added"] and second["counts"]["added"] == 0
    with Inventory.open(tmp_path / "coordinator-True.kpfield") as inv:
        assert inv.count("production") > 100


def _edit(src: Path, dest: Path, change) -> Path:  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(dest)
    return dest


def _column(ws: Any, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def test_edited_rows_references_by_code_and_new_rows_are_the_same_either_way(field_workbook: Path, tmp_path: Path):
    def change(wb: Any) -> None:
        ws = wb["Production"]
        value, site, ident = _column(ws, "Estimated value (USD)"), _column(ws, "Site"), _column(ws, "id")
        ws.cell(2, value).value = 1234.5  # an edit of a record the coordinator already holds
        ws.cell(3, ident).value = None  # typed again by hand: a new record
        sites = wb["Sites"]
        code = sites.cell(2, _column(sites, "Site code")).value
        uid = sites.cell(2, _column(sites, "id")).value
        for r in range(4, 9):
            if ws.cell(r, site).value == uid:
                ws.cell(r, site).value = code  # the site given by its code
        ws.cell(9, site).value = uid.upper()  # a UUID typed in capitals

    edited = _edit(field_workbook, tmp_path / "edited.xlsx", change)
    # the officer's key is registered: the override of the alteration then takes the edit
    reports, _ = _import_both_ways(
        tmp_path, [[field_workbook], [edited]], trusted=(tmp_path / "officer.kpfield",), accept_altered=True
    )
    counts = reports[1]["files"][0]["counts"]
    assert counts["updated"] >= 1 and counts["added"] >= 1 and counts["refused"] == 0, counts


def test_refused_rows_give_the_same_report_either_way(field_workbook: Path, tmp_path: Path):
    def change(wb: Any) -> None:
        ws = wb["Production"]
        ws.cell(2, _column(ws, "Stones")).value = -3
        ws.cell(3, _column(ws, "Site")).value = "no-such-site"
        ws.cell(4, _column(ws, "Date")).value = "31/02/2026"
        persons = wb["Persons"]
        persons.cell(2, _column(persons, "Country")).value = "XX"

    edited = _edit(field_workbook, tmp_path / "refused.xlsx", change)
    reports, records = _import_both_ways(tmp_path, [[edited]], accept_altered=True)
    f = reports[0]["files"][0]
    assert f["counts"]["refused"] >= 4 and not f["written"] and not any(records.values())
    assert {(i["sheet"], i["row"]) for i in f["issues"]} >= {("Production", 2), ("Production", 3), ("Persons", 2)}


def test_a_sheet_the_reader_cannot_parse_is_refused_the_same_way(field_workbook: Path, tmp_path: Path):
    def damage(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet6.xml":  # Production, cut in the middle of its rows
            return data[: len(data) // 2]
        return data

    bad = hostile.rewrite(field_workbook, tmp_path / "damaged.xlsx", damage)
    reports, records = _import_both_ways(tmp_path, [[bad]])
    f = reports[0]["files"][0]
    assert f["error"] and "damaged.xlsx" in f["error"] and not any(records.values())


def test_the_reading_process_ends_when_the_import_stops_reading(field_workbook: Path):
    facts = inspect_workbook(field_workbook)
    with WorkbookReader(field_workbook, facts) as reader:
        plan = [("person", ["Persons"]), ("production", ["Production"])]
        stream = sheets.events(field_workbook, facts, reader, plan, hashing=True, processes=True)
        assert next(stream) == ("sheet", "person", "Persons")
        frame = stream.gi_frame
        assert frame is not None
        proc = frame.f_locals["self"].proc
        stream.close()  # as when a row's merge fails midway
    assert proc.poll() is not None, "the reading process outlived the import"


def test_a_sheet_spread_too_far_is_refused_whichever_process_checks_it(field_workbook: Path, tmp_path: Path):
    # With a second process, each process checks about half of the sheet parts before anything is
    # parsed: a refused part must stop the import the same way in either half.
    import zipfile

    with zipfile.ZipFile(field_workbook) as zf:
        parts = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
    assert len(parts) > 4
    for part in parts:

        def far(name: str, data: bytes, part: str = part) -> bytes:
            if name == part:
                return data.replace(
                    b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
                )
            return data

        bad = hostile.rewrite(field_workbook, tmp_path / "far.xlsx", far)
        folder = tmp_path / part.replace("/", "_")
        folder.mkdir()
        reports, records = _import_both_ways(folder, [[bad]])
        f = reports[0]["files"][0]
        assert f["error"] and "16,384 columns" in f["error"], (part, f["error"])
        assert not any(records.values())


def test_the_reading_process_ends_when_the_check_refuses_the_workbook(
    field_workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    started: list[sheets.ReadingProcess] = []
    real = sheets.ReadingProcess.__init__

    def keep(self: sheets.ReadingProcess, path: Path) -> None:
        real(self, path)
        started.append(self)

    monkeypatch.setattr(sheets.ReadingProcess, "__init__", keep)

    def far(name: str, data: bytes) -> bytes:
        return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')

    bad = hostile.rewrite(field_workbook, tmp_path / "far.xlsx", far)
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [bad, field_workbook], backup=False, processes=True)
        assert report.files[0].error and not report.files[0].written
        assert report.files[1].written and report.files[1].counts["added"] > 500
    assert len(started) == 2
    assert all(p.proc.poll() is not None for p in started), "a reading process outlived its import"
