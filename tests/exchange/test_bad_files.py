"""Files that are not safe, readable workbooks: a clear error naming the file, exit 1, inventory untouched.
Files with surprises inside (macros, links to other files, formulas, a lying _about sheet, hidden
sheets): imported from their cell values, and the report says what kpfield left alone."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.exchange.importer import import_workbooks
from kpfield.store import Inventory
from kpfield.workbook import BadWorkbook, inspect_workbook, openpyxl_is_defused

from . import hostile
from .conftest import all_records, make_inventory

REFUSED = [name for name, case in hostile.NAMED.items() if case.refused]
READ = [name for name, case in hostile.NAMED.items() if not case.refused]


@pytest.fixture
def good_workbook(tmp_path: Path) -> Path:
    return hostile.good_workbook(tmp_path / "good")


@pytest.mark.parametrize("case", REFUSED)
def test_a_bad_file_is_refused_clearly_and_the_inventory_is_untouched(
    case: str, tmp_path: Path, good_workbook: Path, capsys
):
    words = hostile.NAMED[case].words
    bad = hostile.NAMED[case].make(tmp_path, good_workbook)
    db = tmp_path / "coordinator.kpfield"
    with make_inventory(db, "Coordinator") as inv:
        inv.add("person", {"family_name": "Sesay", "country": "SL"})
        before = all_records(inv)
        audit = inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    out = io.StringIO()
    assert main(["import", "--db", str(db), str(bad)], out=out) == 1
    printed = out.getvalue() + capsys.readouterr().err
    assert str(bad) in printed and words in printed, printed
    with Inventory.open(db) as inv:
        assert all_records(inv) == before
        assert inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
        assert inv.conn.execute("SELECT count(*) FROM source").fetchone()[0] == 0


def test_a_bad_file_does_not_stop_the_good_ones_next_to_it(tmp_path: Path, good_workbook: Path):
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    bad = hostile.NAMED["truncated"].make(tmp_path, good_workbook)
    assert main(["import", "--db", str(db), str(bad), str(good_workbook)], out=io.StringIO()) == 1
    with Inventory.open(db) as inv:
        assert inv.count("person") == 1


def test_openpyxl_parses_through_defusedxml(tmp_path: Path, good_workbook: Path):
    assert openpyxl_is_defused()
    lol = hostile.NAMED["XML entity expansion"].make(tmp_path, good_workbook)
    with pytest.raises(BadWorkbook):
        inspect_workbook(lol)
    from defusedxml import DTDForbidden, EntitiesForbidden

    # openpyxl wraps the parser's refusal; the cause is defusedxml's, not an expanded entity
    with pytest.raises(ValueError) as raised:
        openpyxl.load_workbook(lol)
    assert isinstance(raised.value.__cause__, (EntitiesForbidden, DTDForbidden))


@pytest.mark.parametrize("case", READ)
def test_a_file_with_surprises_is_read_from_its_values_and_the_report_says_so(
    case: str, tmp_path: Path, good_workbook: Path
):
    words = hostile.NAMED[case].words
    path = hostile.NAMED[case].make(tmp_path, good_workbook)
    db = tmp_path / "coordinator.kpfield"
    make_inventory(db, "Coordinator").close()
    out = io.StringIO()
    assert main(["import", "--db", str(db), str(path)], out=out) == 0, out.getvalue()
    notes = [line for line in out.getvalue().splitlines() if line.strip().startswith("note:")]
    assert not words or any(words in n for n in notes), out.getvalue()
    with Inventory.open(db) as inv:
        names = {r[0] for r in inv.conn.execute("SELECT family_name FROM person WHERE country = 'SL'")}
    assert "Koroma" in names


def test_formula_cells_give_their_saved_values_and_each_column_is_noted(tmp_path: Path, good_workbook: Path):
    path = hostile.NAMED["formula cells"].make(tmp_path, good_workbook)
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [path])
        rows = sorted(tuple(r) for r in inv.conn.execute("SELECT family_name, village FROM person"))
    assert rows == [("Koroma", "TOMBODU"), ("Sesay", None)]  # the values Excel saved, not formula text
    notes = report.files[0].notes
    assert any("'Family name': 2 cell(s) held a formula" in n for n in notes), notes
    assert any("'Village': 1 cell(s) held a formula" in n for n in notes), notes


def test_macros_are_never_run_nor_even_read(tmp_path: Path, good_workbook: Path, monkeypatch):
    path = hostile.NAMED[".xlsm with macros"].make(tmp_path, good_workbook)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def recording_open(self, name, *args, **kwargs):
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [path])
        assert inv.count("person") == 1
    assert report.files[0].written
    assert opened and not [n for n in opened if "vba" in n.lower()]
    assert any("xl/vbaProject.bin" in n and "never runs macros" in n for n in report.files[0].notes)


def test_a_lying_about_sheet_is_refused_when_signed_and_noted_when_not(tmp_path: Path, good_workbook: Path):
    signed = hostile.NAMED["_about checksum does not match"].make(tmp_path, good_workbook)
    unsigned = hostile.NAMED["unsigned with a wrong _about checksum"].make(tmp_path, good_workbook)
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [good_workbook, signed, unsigned])
        assert inv.count("person") == 1  # the same record: neither forged copy changes anything
    untouched, forged, lying = report.files
    assert not any("SHA-256" in n for n in untouched.notes)
    # signed: the signature no longer covers the _about sheet, so nothing from the file is written
    assert forged.error and "altered after it was signed" in forged.error and not forged.written
    # unsigned: nothing to verify against; the rows are checked like any other and the report says so
    assert lying.written and lying.counts["unchanged"] == 1
    assert any("SHA-256 in its _about sheet no longer matches" in n for n in lying.notes)


def test_a_sheet_spread_to_the_far_corner_is_refused_before_the_reader_allocates_it(tmp_path: Path, good_workbook):
    """Read whole, the sheet would ask for 550 GB and end the process; kpfield refuses it within 1 GB."""
    import subprocess
    import sys

    bad = hostile.NAMED["a cell at XFD1048576"].make(tmp_path, good_workbook)
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from kpfield.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "import", "--db", str(db), str(bad)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "spread over 1,048,576 rows and 16,384 columns" in done.stderr


ODD_SHEETS = {
    # cells written without references, placed by counting: the 20,000th is beyond column XFD
    "cells without references": (
        b'<row r="1"><c t="inlineStr"><is><t>Family name</t></is></c></row><row r="2">'
        + b"<c><v>1</v></c>" * 20_000
        + b"</row>",
        "at most 16,384 columns",
    ),
    # the reference after another attribute, which the quick scan does not read
    "reference not first": (
        hostile.PERSON_ROWS + b'<row r="999999"><c s="0" r="ZZ999999"><v>1</v></c></row>',
        "spread over 999,999 rows and 702 columns",
    ),
    # a namespace prefix on the cells, which have no references either
    "prefixed cells": (
        hostile.PERSON_ROWS.replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>")
        + b'<row r="3">'
        + b"<x:c><x:v>1</x:v></x:c>" * 20_000
        + b"</row>",
        "at most 16,384 columns",
    ),
    "a reference that is not one": (hostile.PERSON_ROWS + b'<row r="3"><c r="3"><v>1</v></c></row>', "not valid"),
}


@pytest.mark.parametrize("case", list(ODD_SHEETS))
def test_oddly_written_sheets_are_measured_exactly_and_refused_when_too_large(case: str, tmp_path: Path):
    rows, words = ODD_SHEETS[case]
    xml = hostile.sheet_xml(rows)
    if case == "prefixed cells":
        main_ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xml = xml.replace(b"<worksheet ", b'<worksheet xmlns:x="%s" ' % main_ns)
    path = hostile.one_sheet(tmp_path, "odd", xml)
    with pytest.raises(BadWorkbook, match=words.replace("(", r"\(")):
        inspect_workbook(path)


FINE_SHEETS = {
    "an empty formatted cell far away": hostile.PERSON_ROWS + b'<row r="1048576"><c r="XFD1048576" s="1"/></row>',
    "sixty columns": hostile.PERSON_ROWS
    + b'<row r="3">'
    + b"".join(b'<c r="%s3"><v>%d</v></c>' % (c.encode(), i) for i, c in enumerate(["BA", "BH", "CZ"]))
    + b"</row>",
    "cells without references": b'<row r="1"><c t="inlineStr"><is><t>Family name</t></is></c>'
    b'<c t="inlineStr"><is><t>Country</t></is></c></row>'
    b'<row><c t="inlineStr"><is><t>Koroma</t></is></c><c t="inlineStr"><is><t>SL</t></is></c></row>',
}


@pytest.mark.parametrize("case", list(FINE_SHEETS))
def test_unusual_but_sound_sheets_are_read(case: str, tmp_path: Path):
    path = hostile.one_sheet(tmp_path, "fine", hostile.sheet_xml(FINE_SHEETS[case]))
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [path])
        assert report.ok, report.as_json()
        assert inv.count("person") == 1


def test_formula_notes_name_the_column_even_when_the_sheet_starts_further_right(tmp_path: Path):
    import xlsxwriter

    path = tmp_path / "offset.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Persons")
    ws.write_row(2, 2, ["Family name", "Country"])  # C3, two empty rows and columns before it
    ws.write_formula(3, 2, '="Kor"&"oma"', None, "Koroma")
    ws.write_string(3, 3, "SL")
    ws.write_string(4, 2, "=not a formula")
    ws.write_string(4, 3, "SL")
    wb.close()
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [path])
        assert sorted(r[0] for r in inv.conn.execute("SELECT family_name FROM person")) == ["=not a formula", "Koroma"]
    notes = report.files[0].notes
    assert any("column 'Family name': 1 cell(s) held a formula" in n for n in notes), notes


def test_an_oversized_workbook_part_is_refused_not_parsed_whole(tmp_path: Path, good_workbook: Path, monkeypatch):
    from kpfield.workbook import guard as xlsx

    # workbook.xml and the relationships are parsed whole; real ones are a few KB
    monkeypatch.setattr(xlsx, "MAX_SMALL_PART", 200)
    with pytest.raises(BadWorkbook, match="far more than any workbook's"):
        inspect_workbook(good_workbook)


_MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# (the sheet element, the relationships (id, target), the member holding the wide sheet)
TRICKY_PARTS = {
    "an id attribute in another namespace": (
        '<sheet xmlns:x="urn:x" name="Persons" sheetId="1" x:id="rId2" r:id="rId1"/>',
        [("rId1", "worksheets/wide.xml"), ("rId2", "worksheets/sheet1.xml")],
        "xl/worksheets/wide.xml",
    ),
    "a doubled slash in the target": (
        '<sheet name="Persons" sheetId="1" r:id="rId1"/>',
        [("rId1", "worksheets//sheet1.xml")],
        "xl/worksheets//sheet1.xml",
    ),
    "a target outside the sheet folders": (
        '<sheet name="Persons" sheetId="1" r:id="rId1"/>',
        [("rId1", "/other/sheet1.xml")],
        "other/sheet1.xml",
    ),
}


@pytest.mark.parametrize("case", list(TRICKY_PARTS))
def test_every_part_a_reader_could_take_for_a_sheet_is_checked(case: str, tmp_path: Path):
    """A reader may resolve a sheet's part otherwise than kpfield does (namespaces, slashes, odd
    folders): whatever it takes, that part's cells were measured before it parses anything."""
    sheet, rels, member = TRICKY_PARTS[case]
    person = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Family name</t></is></c></row>'
    wide = person + b'<row r="2000"><c r="CRC2000"><v>1</v></c></row>'  # 2,000 rows x 2,499 columns
    rel_xml = "".join(f'<Relationship Id="{i}" Type="{_R}/worksheet" Target="{t}"/>' for i, t in rels)
    path = tmp_path / "tricky.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {_MAIN} xmlns:r="{_R}"><sheets>{sheet}</sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{rel_xml}</Relationships>',
        )
        z.writestr("xl/worksheets/sheet1.xml", hostile.sheet_xml(person))
        z.writestr(member, hostile.sheet_xml(wide))
    with pytest.raises(BadWorkbook, match="spread over 2,000 rows and 2,499 columns"):
        inspect_workbook(path)


def test_a_sheet_part_not_where_the_directory_said_is_refused_as_changed(good_workbook: Path):
    # the reading process checks the parts it is given by position, name and CRC: a file replaced
    # since the importing process read its directory is refused, not checked in the wrong place
    import zipfile

    from kpfield.workbook import scan_parts

    with zipfile.ZipFile(good_workbook) as zf:
        n, info = next((n, i) for n, i in enumerate(zf.infolist()) if i.filename.startswith("xl/worksheets/"))
    assert scan_parts(good_workbook, [(n, info.filename, info.CRC, "Sheet")]) == {info.filename: {}}
    for wrong in (
        (n, info.filename, info.CRC ^ 1, "Sheet"),
        (n + 1, info.filename, info.CRC, "Sheet"),
        (999, "x", 0, "x"),
    ):
        with pytest.raises(BadWorkbook, match="changed while it was being imported"):
            scan_parts(good_workbook, [wrong])
