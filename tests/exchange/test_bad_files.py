"""Files that are not safe, readable workbooks: a clear error naming the file, exit 1, inventory untouched."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.exchange.export import export_field
from kpfield.exchange.xlsx import BadWorkbook, inspect_workbook, openpyxl_is_defused
from kpfield.store import Inventory

from .conftest import all_records, make_inventory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "exchange"

LOL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>\n"
)


@pytest.fixture
def good_workbook(tmp_path: Path) -> Path:
    with make_inventory(tmp_path / "src.kpfield", "Officer") as inv:
        inv.add("person", {"family_name": "Koroma", "country": "SL"})
        export_field(inv, tmp_path / "good.xlsx")
    return tmp_path / "good.xlsx"


def _not_a_workbook(tmp: Path, good: Path) -> Path:
    p = tmp / "notes.xlsx"
    p.write_text("family_name;country\nKoroma;SL\n", encoding="utf-8")
    return p


def _truncated(tmp: Path, good: Path) -> Path:
    p = tmp / "truncated.xlsx"
    data = good.read_bytes()
    p.write_bytes(data[: len(data) * 2 // 3])
    return p


def _password(tmp: Path, good: Path) -> Path:
    return shutil.copy(FIXTURES / "encrypted.xlsx", tmp / "protected.xlsx")


def _xls(tmp: Path, good: Path) -> Path:
    return shutil.copy(FIXTURES / "template.xls", tmp / "old.xls")


def _ods(tmp: Path, good: Path) -> Path:
    p = tmp / "calc.ods"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", '<?xml version="1.0"?><office:document-content/>')
    return p


def _zip_bomb(tmp: Path, good: Path) -> Path:
    p = tmp / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        with dst.open("xl/worksheets/sheet99.xml", "w") as member:
            block = b" " * (1 << 20)
            for _ in range(100):  # 100 MB of spaces deflate to about 100 KB
                member.write(block)
    return p


def _entities(tmp: Path, good: Path) -> Path:
    p = tmp / "lol.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = LOL + data.split(b"?>", 1)[1].replace(b"<sheets>", b"<sheets>&lol9;", 1)
            dst.writestr(info.filename, data)
    return p


def _no_sheet(tmp: Path, good: Path) -> Path:
    p = tmp / "budget.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Budget 2026"
    wb.active.append(["Item", "Amount"])
    wb.active.append(["Fuel", 120])
    wb.save(p)
    return p


BAD = {
    "not a workbook": (_not_a_workbook, "is not a workbook"),
    "truncated": (_truncated, "damaged or incomplete"),
    "password-protected": (_password, "password"),
    ".xls": (_xls, ".xls"),
    ".ods": (_ods, ".ods"),
    "zip bomb": (_zip_bomb, "zip bomb"),
    "XML entity expansion": (_entities, "entities"),
    "no recognisable sheet": (_no_sheet, "no sheet kpfield recognises"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_file_is_refused_clearly_and_the_inventory_is_untouched(
    case: str, tmp_path: Path, good_workbook: Path, capsys
):
    make, words = BAD[case]
    bad = Path(make(tmp_path, good_workbook))
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
    bad = _truncated(tmp_path, good_workbook)
    assert main(["import", "--db", str(db), str(bad), str(good_workbook)], out=io.StringIO()) == 1
    with Inventory.open(db) as inv:
        assert inv.count("person") == 1


def test_openpyxl_parses_through_defusedxml(tmp_path: Path, good_workbook: Path):
    assert openpyxl_is_defused()
    lol = _entities(tmp_path, good_workbook)
    with pytest.raises(BadWorkbook):
        inspect_workbook(lol)
    from defusedxml import DTDForbidden, EntitiesForbidden

    # openpyxl wraps the parser's refusal; the cause is defusedxml's, not an expanded entity
    with pytest.raises(ValueError) as raised:
        openpyxl.load_workbook(lol)
    assert isinstance(raised.value.__cause__, (EntitiesForbidden, DTDForbidden))
