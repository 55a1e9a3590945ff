"""Hostile and broken workbooks, shared by the tests and ``benchmarks/soak_faults.py``.

- :data:`NAMED`: the named bad inputs of the fault suite, each a builder and what must happen
  (refused with given words, or imported with a note saying what kpfield left alone).
- :func:`random_workbook`: a workbook made from a ``random.Random`` (Hypothesis passes its own,
  so it can shrink a failing case): random sheet names (record kinds in English and French among
  them), headers mixing real field labels with junk, cells of every type, Unicode, empty and very
  long text, formulas, merged cells, hidden sheets, sometimes an ``_about`` sheet that lies.
- :func:`check_import`: imports one workbook and checks the property every hostile file must
  meet: a clean import or a clean refusal with a report, never an exception, never a partial write.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from kpfield.domain.entities import BOOKKEEPING, ENTITIES
from kpfield.exchange.export import ABOUT, FORMAT, export_field
from kpfield.exchange.headers import CLOCK, field_label, sheet_name
from kpfield.store import Inventory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "exchange"

LOL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>\n"
)
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)
PERSON_ROWS = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Family name</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Country</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>Koroma</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>SL</t></is></c></row>'
)


def good_workbook(folder: Path) -> Path:
    """A field workbook exported by kpfield, holding one person (Koroma, SL)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "good.xlsx"
    with Inventory.create(folder / "source.kpfield", country="SL", officer="Officer") as inv:
        inv.add("person", {"family_name": "Koroma", "country": "SL"})
        export_field(inv, out)
    return out


def rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] = {}) -> Path:  # noqa: B006
    """Copy a workbook member by member; ``change`` may alter a member (None drops it); ``extra`` adds members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)
        for name, data in extra.items():
            zout.writestr(name, data)
    return dst


def sheet_xml(rows: bytes, dimension: bytes = b"") -> bytes:
    """A worksheet part holding ``rows`` (XML), with an optional declared size."""
    dim = b'<dimension ref="%s"/>' % dimension if dimension else b""
    return SHEET_HEAD + dim + b"<sheetData>" + rows + b"</sheetData></worksheet>"


def one_sheet(folder: Path, name: str, xml: bytes) -> Path:
    """A workbook with one sheet 'Persons' whose XML is ``xml`` (written by hand)."""
    base = folder / f"{name}-base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Persons"
    wb.active.append(["Family name", "Country"])
    wb.save(base)
    out = rewrite(base, folder / f"{name}.xlsx", lambda n, d: xml if n == "xl/worksheets/sheet1.xml" else d)
    base.unlink()
    return out


# ---- the named bad inputs ---------------------------------------------------------------------


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
    return Path(shutil.copy(FIXTURES / "encrypted.xlsx", tmp / "protected.xlsx"))


def _xls(tmp: Path, good: Path) -> Path:
    return Path(shutil.copy(FIXTURES / "template.xls", tmp / "old.xls"))


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
    def change(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return LOL + data.split(b"?>", 1)[1].replace(b"<sheets>", b"<sheets>&lol9;", 1)
        return data

    return rewrite(good, tmp / "lol.xlsx", change)


def _no_sheet(tmp: Path, good: Path) -> Path:
    p = tmp / "budget.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Budget 2026"
    wb.active.append(["Item", "Amount"])
    wb.active.append(["Fuel", 120])
    wb.save(p)
    return p


def _million_columns(tmp: Path, good: Path) -> Path:
    # column BDWGN is the 1,000,000th; the reader would hold 3 rows of a million cells, or worse
    far = b'<row r="3"><c r="BDWGN3"><v>1</v></c></row>'
    return one_sheet(
        tmp,
        "wide",
        SHEET_HEAD + b'<dimension ref="A1:BDWGN3"/><sheetData>' + PERSON_ROWS + far + b"</sheetData></worksheet>",
    )


def _far_corner(tmp: Path, good: Path) -> Path:
    # a value in XFD1048576: the reader would ask for 17 billion cells (550 GB) and end the program
    far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return one_sheet(
        tmp,
        "corner",
        SHEET_HEAD + b'<dimension ref="A1:XFD1048576"/><sheetData>' + PERSON_ROWS + far + b"</sheetData></worksheet>",
    )


def _declared_everywhere(tmp: Path, good: Path) -> Path:
    # only the declared size is huge; the cells are two rows: read normally
    return one_sheet(
        tmp,
        "declared",
        SHEET_HEAD + b'<dimension ref="A1:XFD1048576"/><sheetData>' + PERSON_ROWS + b"</sheetData></worksheet>",
    )


def _external_links(tmp: Path, good: Path) -> Path:
    link = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<externalBook r:id="rId1"><sheetNames><sheetName val="Persons"/></sheetNames>'
        b'<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="A2" t="str"><v>Koroma</v></cell></row>'
        b"</sheetData></sheetDataSet></externalBook></externalLink>"
    )
    link_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'externalLinkPath" Target="file:///C:/Users/officer/Documents/secret-register.xlsx" TargetMode="External"/>'
        b"</Relationships>"
    )

    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(
                b"</Types>",
                b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
            )
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(
                b"</Relationships>",
                b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
            )
        if name == "xl/workbook.xml":
            return re.sub(
                rb"</sheets>",
                b'</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>',
                data,
            )
        if name == "xl/worksheets/sheet1.xml":
            # the family name is a formula into the other file, with the value Excel saved
            return data.replace(
                b'<c r="A2" t="inlineStr"><is><t>Koroma</t></is></c>',
                b'<c r="A2" t="str"><f>[1]Persons!A2</f><v>Koroma</v></c>',
            )
        return data

    base = _hand_typed(tmp, "links-base")
    out = rewrite(
        base,
        tmp / "links.xlsx",
        change,
        {"xl/externalLinks/externalLink1.xml": link, "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels},
    )
    base.unlink()
    return out


def _hand_typed(tmp: Path, name: str) -> Path:
    """A one-sheet workbook (Persons: Family name, Country; Koroma, SL) with inline strings."""
    return one_sheet(tmp, name, sheet_xml(PERSON_ROWS))


def _macros(tmp: Path, good: Path) -> Path:
    import xlsxwriter

    vba = tmp / "vbaProject.bin"
    # what matters is that it is there: kpfield must neither run nor even read it
    vba.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b'Sub Auto_Open(): Shell "calc": End Sub')
    p = tmp / "with-macros.xlsm"
    wb = xlsxwriter.Workbook(str(p))
    ws = wb.add_worksheet("Persons")
    ws.write_row(0, 0, ["Family name", "Country"])
    ws.write_row(1, 0, ["Koroma", "SL"])
    wb.add_vba_project(str(vba))
    wb.close()
    vba.unlink()
    return p


def _formulas(tmp: Path, good: Path) -> Path:
    import xlsxwriter

    p = tmp / "formulas.xlsx"
    wb = xlsxwriter.Workbook(str(p))
    ws = wb.add_worksheet("Persons")
    ws.write_row(0, 0, ["Family name", "Country", "Village"])
    ws.write_formula(1, 0, '="Kor"&"oma"', None, "Koroma")  # the saved value is what is imported
    ws.write_string(1, 1, "SL")
    ws.write_formula(1, 2, '=UPPER("tombodu")', None, "TOMBODU")
    ws.write_formula(2, 0, '=CONCATENATE("Se","say")', None, "Sesay")
    ws.write_string(2, 1, "SL")
    wb.close()
    return p


def _forged_checksum(tmp: Path, good: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/") and b"data_sha256" in data:
            return re.sub(rb"[0-9a-f]{64}", b"0" * 64, data, count=1)
        return data

    return rewrite(good, tmp / "forged.xlsx", change)


def strip_signature(wb: Any) -> None:
    """Take the signature facts off an openpyxl workbook's ``_about`` sheet (as a hand could)."""
    from kpfield.exchange.signature import SIGNATURE_FACTS

    for row in wb[ABOUT].iter_rows():
        if row[0].value in SIGNATURE_FACTS:
            row[0].value = row[1].value = None


def _forged_checksum_unsigned(tmp: Path, good: Path) -> Path:
    """A kpfield workbook with its signature taken off and its data checksum changed: nothing
    proves who made it, so its rows are checked like a hand-filled template's, and the report says
    the checksum does not match."""
    wb = openpyxl.load_workbook(good)
    strip_signature(wb)
    for row in wb[ABOUT].iter_rows():
        if row[0].value == "data_sha256":
            row[1].value = "0" * 64
    p = tmp / "forged-unsigned.xlsx"
    wb.save(p)
    return p


def _hidden_sheet(tmp: Path, good: Path) -> Path:
    p = tmp / "hidden.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Nothing here"])
    ws = wb.create_sheet("Persons")
    ws.append(["Family name", "Country"])
    ws.append(["Koroma", "SL"])
    ws.sheet_state = "hidden"
    wb.save(p)
    return p


@dataclass(frozen=True)
class Named:
    """A named bad input: ``refused`` files must be refused with ``words`` in the message; the
    others imported (one person, Koroma) with ``words`` in a note of the report."""

    make: Callable[[Path, Path], Path]
    words: str
    refused: bool = True


NAMED: dict[str, Named] = {
    "not a workbook": Named(_not_a_workbook, "is not a workbook"),
    "truncated": Named(_truncated, "damaged or incomplete"),
    "password-protected": Named(_password, "password"),
    ".xls": Named(_xls, ".xls"),
    ".ods": Named(_ods, ".ods"),
    "zip bomb": Named(_zip_bomb, "zip bomb"),
    "XML entity expansion": Named(_entities, "entities"),
    "no recognisable sheet": Named(_no_sheet, "no sheet kpfield recognises"),
    "a million columns": Named(_million_columns, "at most 16,384 columns"),
    "a cell at XFD1048576": Named(_far_corner, "spread over 1,048,576 rows and 16,384 columns"),
    "a huge declared size": Named(_declared_everywhere, "", refused=False),
    "external links": Named(_external_links, "secret-register.xlsx", refused=False),
    ".xlsm with macros": Named(_macros, "never runs macros", refused=False),
    "formula cells": Named(_formulas, "held a formula", refused=False),
    "_about checksum does not match": Named(_forged_checksum, "altered after it was signed"),
    "unsigned with a wrong _about checksum": Named(_forged_checksum_unsigned, "SHA-256", refused=False),
    "hidden sheet": Named(_hidden_sheet, "hidden", refused=False),
}


# ---- random workbooks -------------------------------------------------------------------------

_JUNK_TEXT = [
    "",
    " ",
    "x",
    "N/A",
    "—",
    "Koroma",
    "Condé",
    "Ñandú",
    "Ọlọ́run",
    "日本語のテキスト",
    "العربية",
    "עברית",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "🙂💎⛏️",
    "e\u0301\u0301\u0301",
    "\u200b\u200e\u202e",
    "SL",
    "GN",
    "XX",
    "artisanal_mining",
    "active",
    "digger,licence_holder",
    "AML/0001",
    "SITE-1",
    "SL-0001",
    "2026-04-03",
    "03/04/2026",
    "31/02/2026",
    "0,8",
    "1e308",
    "-0",
    "8°30'N",
    "7.5",
    "12",
    "00042",
    "=cmd|' /C calc'!A0",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tleading tab",
    "line\nbreak",
    "1",
    "0",
    "yes",
    "TRUE",
    "{}",
    '{"bad": clock',
    "not-a-uuid",
    "6f1c1b8e-2a53-4c0e-9d55-6b7a1f0c9e21",
    "<b>html</b>",
    "' OR 1=1 --",
    "Robert'); DROP TABLE person;--",
]
_JUNK_HEADERS = [
    "",
    "Notes",
    "Column1",
    "?",
    "名前",
    "Nom",
    "ID",
    "uuid",
    "Total",
    "🙂",
    "Family  NAME",
    "pays",
    "dAtE",
]
_JUNK_SHEETS = ["Sheet1", "Feuil1", "Données", "Résumé", "📋 list", "Instructions", "Lists", ABOUT, "_lists", "x" * 31]
_FORMULAS = ["=1+1", "=A1", "=SUM(A1:A3)", "=NOW()", "=cmd|' /C calc'!A0", '=HYPERLINK("http://example.invalid","x")']
_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(_JUNK_TEXT)
    if roll < 0.75:  # random Unicode from several planes
        return "".join(
            chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x2FFF), rng.randint(0x1F300, 0x1FAFF)]))
            for _ in range(rng.randint(1, 30))
        )
    if roll < 0.85:
        return rng.choice(_JUNK_TEXT) * rng.randint(20, 400)  # long, up to several thousand characters
    if roll < 0.9:
        return "A" * rng.choice([4001, 33000])  # beyond a field's limit, beyond Excel's cell limit
    return " ".join(rng.choice(_JUNK_TEXT) for _ in range(rng.randint(2, 6)))


def _value(rng: random.Random, labels: list[str]) -> Any:
    roll = rng.random()
    if roll < 0.2:
        return None
    if roll < 0.55:
        return _text(rng)
    if roll < 0.65:
        return rng.choice([0, 1, -1, 7, 42, 10**9, 2**53, -(2**31), 3.5, 0.8, -0.0, 1e-9, 1e300, 45000.25])
    if roll < 0.72:
        return rng.choice([True, False])
    if roll < 0.8:
        return dt.date(rng.randint(1900, 2100), rng.randint(1, 12), rng.randint(1, 28))
    if roll < 0.85:
        return dt.datetime(rng.randint(1950, 2050), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), 30)
    if roll < 0.92:
        return ("formula", rng.choice(_FORMULAS))
    return rng.choice(labels) if labels else None  # a header repeated as data


def _labels(key: str, rng: random.Random) -> list[str]:
    ent = ENTITIES[key]
    names = [*BOOKKEEPING, CLOCK, *ent.field_names]
    return [field_label(ent, n, rng.choice(["en", "fr"])) if n in ent.field_names else n for n in names]


def _sheet_titles(rng: random.Random) -> list[str]:
    titles: list[str] = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.6:
            ent = ENTITIES[rng.choice(list(ENTITIES))]
            title = sheet_name(ent, rng.choice(["en", "fr"]))
            if rng.random() < 0.2:
                title = rng.choice([title.upper(), f"{title} (2)", f" {title} "])
        elif roll < 0.85:
            title = rng.choice(_JUNK_SHEETS)
        else:
            title = _text(rng)
        title = _FORBIDDEN_IN_SHEET_NAMES.sub("_", _ILLEGAL_XML.sub("", title)).strip("'")[:31] or "Sheet"
        if title.lower() not in {t.lower() for t in titles}:
            titles.append(title)
    return titles


def _plausible_persons(rng: random.Random, ws: Any, count: Callable[..., None]) -> None:
    """A person sheet whose rows are valid, in hostile clothes (Unicode, formulas, merged cells)."""
    lang = rng.choice(["en", "fr"])
    ent = ENTITIES["person"]
    names = ["family_name", "country", *rng.sample(["given_names", "village", "district", "sex", "roles"], 2)]
    ws.append([field_label(ent, n, lang) for n in names])
    for _ in range(rng.randint(1, 20)):
        row: list[Any] = []
        for n in names:
            if n == "family_name":
                v = rng.choice(_JUNK_TEXT[5:16]) + " " + str(rng.randint(1, 10**6))
            elif n == "country":
                v = rng.choice(["SL", "GN", " sl ", "LR"])
            elif n == "sex":
                v = rng.choice(["", "female", "male"])
            elif n == "roles":
                v = rng.choice(["", "digger", "digger,licence_holder"])
            else:
                v = rng.choice([None, _ILLEGAL_XML.sub("", _text(rng))[:150].lstrip("=") or None])
            if n != "family_name" and rng.random() < 0.1:
                v = "=1+1"  # a formula with no saved value: read as an empty cell
                count("formulas")
            row.append(v)
        ws.append(row)
        count("rows")
    count("plausible sheets")


def _disguise(rng: random.Random, ws: Any, count: Callable[..., None]) -> None:
    """Merge a few cells, hide the sheet."""
    if rng.random() < 0.3 and ws.max_row > 2 and ws.max_column > 1:
        r0 = rng.randint(1, ws.max_row - 1)
        c0 = rng.randint(1, ws.max_column - 1)
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r0 + rng.randint(0, 2), end_column=c0 + 1)
        count("merged cells")
    if rng.random() < 0.2:
        ws.sheet_state = rng.choice(["hidden", "veryHidden"])
        count("hidden sheets")


def random_workbook(rng: random.Random, path: Path) -> dict[str, int]:
    """Write a random hostile workbook to ``path``; returns what it holds, counted by kind."""
    from kpfield.exchange.headers import entity_of_sheet

    kinds: dict[str, int] = {}

    def count(kind: str, n: int = 1) -> None:
        kinds[kind] = kinds.get(kind, 0) + n

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    titles = _sheet_titles(rng)
    plausible = rng.random() < 0.35
    if plausible:
        # valid person rows in hostile clothes, next to sheets kpfield does not recognise
        titles = [sheet_name(ENTITIES["person"], rng.choice(["en", "fr"]))] + [
            t for t in titles if entity_of_sheet(t) is None and t != ABOUT
        ]
    for title in titles:
        ws = wb.create_sheet(title)
        count("sheets")
        key = entity_of_sheet(title)
        if plausible and key is None:
            ws.append([rng.choice(_JUNK_HEADERS[:4]), _text(rng)])
            ws.append([_ILLEGAL_XML.sub("", _text(rng))])
            _disguise(rng, ws, count)
            continue
        if title == ABOUT:
            ws.append(["key", "value"])
            ws.append(["format", FORMAT])
            ws.append(["origin", rng.choice(["", "not-a-uuid", "6f1c1b8e-2a53-4c0e-9d55-6b7a1f0c9e21"])])
            ws.append(["data_sha256", rng.choice(["0" * 64, "", 42])])
            count("lying _about")
            continue
        if plausible:
            _plausible_persons(rng, ws, count)
            _disguise(rng, ws, count)
            continue
        labels = _labels(key or rng.choice(list(ENTITIES)), rng)
        pool = labels + _JUNK_HEADERS
        header = [rng.choice(pool) for _ in range(rng.randint(1, 14))]
        for _ in range(rng.choice([0, 0, 0, 1, 3])):
            ws.append([])  # the header below some empty rows
        ws.append([_ILLEGAL_XML.sub("", h) for h in header])
        for _ in range(rng.randint(0, 25)):
            row: list[Any] = []
            for _c in range(len(header) + rng.choice([0, 0, 1, 5])):
                v = _value(rng, labels)
                if isinstance(v, tuple):
                    count("formulas")
                    v = v[1]
                elif isinstance(v, str):
                    v = _ILLEGAL_XML.sub("", v)[:32767] if rng.random() < 0.95 else _ILLEGAL_XML.sub("", v)
                    if len(v) > 32767:
                        count("cells beyond Excel's limit")
                    elif len(v) > 1000:
                        count("long cells")
                row.append(v)
            ws.append(row)
            count("rows")
        _disguise(rng, ws, count)
    if all(ws.sheet_state != "visible" for ws in wb.worksheets):
        wb.worksheets[0].sheet_state = "visible"  # a workbook needs one visible sheet
    wb.save(path)
    return kinds


# ---- the property -----------------------------------------------------------------------------


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of an inventory, in a stable order."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def base_inventory(path: Path) -> Path:
    """A small inventory the random workbooks can refer to (licence AML/0001, site SITE-1, ...)."""
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        holder = inv.add(
            "person", {"family_name": "Koroma", "country": "SL", "national_id": "SL-0001", "roles": "licence_holder"}
        ).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/0001",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2026-01-15",
                "expires_on": "2027-01-14",
                "status": "active",
            },
        ).id
        inv.add("site", {"country": "SL", "code": "SITE-1", "status": "active", "licence_id": lic})
        inv.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@dataclass
class Outcome:
    written: bool
    refused: bool
    notes: list[str]
    error: str | None
    problems: list[str] = field(default_factory=list)  # the messages of the refused rows


def check_import(base: Path, workbook: Path) -> Outcome:
    """Import ``workbook`` into a copy of ``base`` and check the property; raises AssertionError.

    Either the file is written (the inventory verifies) or it is refused with a report that
    says why (an error, or problems listed row by row) and the inventory is exactly as it was.
    The report can always be printed, written as JSON and as a workbook.
    """
    from kpfield.cli.exchange import _print_report
    from kpfield.exchange.import_report import write_report
    from kpfield.exchange.importer import import_workbooks
    from kpfield.store.verify import verify

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "inventory.kpfield"
        shutil.copy(base, db)
        before = dump(db)
        with Inventory.open(db) as inv:
            report = import_workbooks(inv, [workbook], backup=False)
        (f,) = report.files
        assert f.written != f.refused, f"written={f.written} refused={f.refused}"
        after = dump(db)
        if f.refused:
            assert f.error or (f.issue_count > 0 and f.issues), "refused without saying why"
            assert after == before, "a refused file changed the inventory"
        else:
            assert f.source_id and after != before, "written, but no source was recorded"
        failed = [c for c in verify(db) if not c.ok]
        assert not failed, failed
        _print_report(report, io.StringIO())
        json.dumps(report.as_json(), default=str)
        write_report(report, Path(tmp) / "report.xlsx")
        return Outcome(f.written, f.refused, list(f.notes), f.error, [i.message for i in f.issues])
