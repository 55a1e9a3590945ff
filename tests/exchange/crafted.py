"""Workbooks crafted by hand with zipfile, as an attacker with a text editor would: the guard and
the reader must see one and the same file. Shared by ``tests/exchange/test_one_view.py`` and
``benchmarks/soak_faults.py``.

Each case in :data:`CASES` builds a file in a folder and says what must happen: refused with
given words in the message, or imported (one person, Koroma, with ``words`` in a note when given).
The names the reader's zip library resolves differently from Python's (capitals, backslashes, an
Info-ZIP Unicode Path field, a second member of the same name, a document folder elsewhere) each
hide a sheet whose cells reach XFD1048576: read whole, it would ask for 550 GB and end the program.
"""

from __future__ import annotations

import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from .hostile import PERSON_ROWS, Named, sheet_xml

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
).encode()
# the far corner: a value in XFD1048576 beside a sound header and row
FAR = sheet_xml(PERSON_ROWS + b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
PERSONS = sheet_xml(PERSON_ROWS)
FAR_WORDS = "spread over 1,048,576 rows and 16,384 columns"
SAVE_AS = "as an Excel workbook (.xlsx)"
Member = tuple[str | zipfile.ZipInfo, bytes]


def package_rels(target: str = "xl/workbook.xml") -> bytes:
    return (
        HEAD + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{R}/officeDocument" Target="{target}"/></Relationships>'
    ).encode()


def workbook_xml(sheets: list[tuple[str, str]] | None = None, pr: str = "") -> bytes:
    body = "".join(
        f'<sheet name="{name}" sheetId="{n}" r:id="{rid}"/>'
        for n, (name, rid) in enumerate(sheets or [("Persons", "rId1")], 1)
    )
    return (HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{R}">{pr}<sheets>{body}</sheets></workbook>').encode()


def workbook_rels(targets: list[tuple[str, str]] | None = None, strings: bool = False, styles: bool = False) -> bytes:
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{R}/worksheet" Target="{t}"/>'
        for rid, t in (targets or [("rId1", "worksheets/sheet1.xml")])
    )
    if strings:
        rels += f'<Relationship Id="rIdS" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rIdT" Type="{R}/styles" Target="styles.xml"/>'
    return (HEAD + f'<Relationships xmlns="{PKG}">{rels}</Relationships>').encode()


def standard(sheet: bytes = PERSONS, sheet_name: str = "xl/worksheets/sheet1.xml") -> list[Member]:
    """The members of a one-sheet workbook (Persons: Koroma, SL) whose sheet is ``sheet_name``."""
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook_xml()),
        ("xl/_rels/workbook.xml.rels", workbook_rels()),
        (sheet_name, sheet),
    ]


def package(path: Path, members: list[Member]) -> Path:
    """A zip of ``members`` in that order (a name may come twice: zipfile warns, and writes it)."""
    import warnings

    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return path


def unicode_path(name: str, real: str) -> zipfile.ZipInfo:
    """A member stored as ``name`` whose Info-ZIP Unicode Path field (0x7075) renames it ``real``:
    Python's zipfile ignores the field, the reader's zip library uses it."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    raw = real.encode()
    info.extra = struct.pack("<HHBI", 0x7075, 5 + len(raw), 1, zlib.crc32(name.encode())) + raw
    return info


# ---- the cases -----------------------------------------------------------------------------


def capital_w_twin(tmp: Path, good: Path) -> Path:
    return package(tmp / "capital-w-twin.xlsx", [*standard(), ("xl/Worksheets/sheet1.xml", FAR)])


def capital_w_only(tmp: Path, good: Path) -> Path:
    return package(tmp / "capital-w.xlsx", standard(FAR, "xl/Worksheets/Sheet1.xml"))


def backslash_twin(tmp: Path, good: Path) -> Path:
    return package(tmp / "backslash-twin.xlsx", [*standard(), ("xl\\worksheets\\sheet1.xml", FAR)])


def backslash_only(tmp: Path, good: Path) -> Path:
    return package(tmp / "backslash.xlsx", standard(FAR, "xl\\worksheets\\sheet1.xml"))


def unicode_renamed(tmp: Path, good: Path) -> Path:
    return package(
        tmp / "unicode-path.xlsx",
        [*standard(), (unicode_path("xl/worksheets/sheet9.xml", "xl/worksheets/sheet1.xml"), FAR)],
    )


def duplicate_names(tmp: Path, good: Path) -> Path:
    return package(tmp / "twice.xlsx", [*standard(), ("xl/worksheets/sheet1.xml", FAR)])


def document_elsewhere(tmp: Path, good: Path) -> Path:
    """``_rels/.rels`` sends the reader to other/workbook.xml, whose sheet reaches the far corner;
    xl/ holds a sound workbook for anyone looking there."""
    return package(
        tmp / "elsewhere.xlsx",
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", package_rels("/other/workbook.xml")),
            ("xl/workbook.xml", workbook_xml()),
            ("xl/_rels/workbook.xml.rels", workbook_rels()),
            ("xl/worksheets/sheet1.xml", PERSONS),
            ("other/workbook.xml", workbook_xml()),
            ("other/_rels/workbook.xml.rels", workbook_rels()),
            ("other/worksheets/sheet1.xml", FAR),
        ],
    )


def longer_than_declared(tmp: Path, good: Path) -> Path:
    """The sheet's deflate stream holds the far corner, but its entry declares the size and CRC of
    the sound sheet: Python's zipfile stops at the declared size, the reader's zip library reads
    the stream to its end."""
    prefix = FAR[: FAR.index(b'<row r="1048576"')]
    path = package(tmp / "longer.xlsx", standard(FAR))
    _patch_entry(path, "xl/worksheets/sheet1.xml", len(prefix), zlib.crc32(prefix))
    return path


def _patch_entry(path: Path, name: str, size: int, crc: int) -> None:
    """Overwrite a member's declared CRC and uncompressed size, in its local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local = zf.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, size)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + n]) == name.encode():
            struct.pack_into("<I", data, at + 16, crc)
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def xlsx_named_xlsb(tmp: Path, good: Path) -> Path:
    """A sound workbook under a .xlsb name: read as what it is."""
    return package(tmp / "persons.xlsb", standard())


def real_xlsb(tmp: Path, good: Path) -> Path:
    """An Excel binary workbook, as Excel lays one out (BIFF12 records in .bin parts)."""
    rng = random.Random(7)
    records = bytes([0x83, 0x01, 0x00]) + bytes(rng.randrange(256) for _ in range(600)) + bytes([0x84, 0x01, 0x00])
    return package(
        tmp / "binary.xlsb",
        [
            (
                "[Content_Types].xml",
                CONTENT_TYPES.replace(
                    b"</Types>",
                    b'<Default Extension="bin" '
                    b'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
                ),
            ),
            ("_rels/.rels", package_rels("xl/workbook.bin")),
            ("xl/workbook.bin", records),
            ("xl/_rels/workbook.bin.rels", workbook_rels([("rId1", "worksheets/sheet1.bin")])),
            ("xl/worksheets/sheet1.bin", records * 4),
            ("xl/styles.bin", records),
        ],
    )


def random_named_xlsx(tmp: Path, good: Path) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "noise.xlsx"
    path.write_bytes(b"PK" + os.urandom(4000))  # starts like a zip, is none
    return path


def text_named_xlsb(tmp: Path, good: Path) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "register.xlsb"
    path.write_text("family_name,country\nKoroma,SL\n", encoding="utf-8")
    return path


def _strings_workbook(path: Path, strings: bytes, rows: bytes) -> Path:
    return package(
        path,
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", package_rels()),
            ("xl/workbook.xml", workbook_xml()),
            ("xl/_rels/workbook.xml.rels", workbook_rels(strings=True)),
            ("xl/sharedStrings.xml", strings),
            ("xl/worksheets/sheet1.xml", sheet_xml(rows)),
        ],
    )


def _sst(items: bytes, unique: str) -> bytes:
    return HEAD.encode() + f'<sst xmlns="{MAIN}" count="{unique}" uniqueCount="{unique}">'.encode() + items + b"</sst>"


SHARED_ROWS = (
    b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    b'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
)
SHARED_ITEMS = b"<si><t>Family name</t></si><si><t>Country</t></si><si><t>Koroma</t></si><si><t>SL</t></si>"


def strings_declared(tmp: Path, good: Path) -> Path:
    """Four shared strings, but a declared count the reader would reserve room for at once
    (about 2.4 TB): one number in the file."""
    # a decoy sst in a comment first: the count that matters is the element's
    items = b'<!-- <sst uniqueCount="4"> -->' + SHARED_ITEMS
    return _strings_workbook(tmp / "declared.xlsx", _sst(items, "99999999999"), SHARED_ROWS)


def strings_flood(tmp: Path, good: Path) -> Path:
    """Ten million and one empty shared strings (5 bytes of XML each, about 24 bytes of memory
    each in the reader), with a little noise so that the file compresses under the zip-bomb
    limit, as in the reported attack."""
    rng = random.Random(3)
    noise = [b" ", b"\n", b"\t", b"\r\n"]
    n = 10_000_001
    unit = b"<si/>" * 8
    flood = b"".join(unit + rng.choice(noise) for _ in range(n // 8)) + b"<si/>" * (n % 8)
    return _strings_workbook(tmp / "flood.xlsx", _sst(SHARED_ITEMS + flood, "4"), SHARED_ROWS)


def _clock_workbook(path: Path, clock: str) -> Path:
    from xml.sax.saxutils import escape

    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Family name</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Country</t></is></c><c r="C1" t="inlineStr"><is><t>clock</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Koroma</t></is></c><c r="B2" t="inlineStr"><is><t>SL</t></is></c>'
        b'<c r="C2" t="inlineStr"><is><t>' + escape(clock).encode() + b"</t></is></c></row>"
    )
    return package(path, standard(sheet_xml(rows)))


def deep_clock(tmp: Path, good: Path) -> Path:
    """A 30 KB clock cell of nested brackets: parsed as JSON it exhausts the interpreter's stack."""
    return _clock_workbook(tmp / "deep-clock.xlsx", "[" * 30_000)


def long_clock(tmp: Path, good: Path) -> Path:
    return _clock_workbook(tmp / "long-clock.xlsx", '{"a":1' + " " * 70_000 + "}")


STYLES_1904 = (
    HEAD + f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
).encode()


def dates_1904(tmp: Path, good: Path, serial: int = 31_900) -> Path:
    """A workbook in the 1904 date system (old Mac Excel): Koroma's date of birth as a date cell,
    Sesay's as a plain number; both are ``serial`` days after 1904-01-01."""
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Family name</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Country</t></is></c>'
        b'<c r="C1" t="inlineStr"><is><t>Date of birth</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Koroma</t></is></c><c r="B2" t="inlineStr"><is><t>SL</t></is></c>'
        b'<c r="C2" s="1"><v>%d</v></c></row>'
        b'<row r="3"><c r="A3" t="inlineStr"><is><t>Sesay</t></is></c><c r="B3" t="inlineStr"><is><t>SL</t></is></c>'
        b'<c r="C3"><v>%d</v></c></row>'
    ) % (serial, serial)
    return package(
        tmp / "mac-1904.xlsx",
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", package_rels()),
            ("xl/workbook.xml", workbook_xml(pr='<workbookPr date1904="1"/>')),
            ("xl/_rels/workbook.xml.rels", workbook_rels(styles=True)),
            ("xl/styles.xml", STYLES_1904),
            ("xl/worksheets/sheet1.xml", sheet_xml(rows)),
        ],
    )


CASES: dict[str, Named] = {
    "sheet under xl/Worksheets beside xl/worksheets": Named(capital_w_twin, "is a second part named"),
    "sheet only under xl/Worksheets": Named(capital_w_only, FAR_WORDS),
    "sheet under a backslash name beside the plain one": Named(backslash_twin, "is a second part named"),
    "sheet only under a backslash name": Named(backslash_only, FAR_WORDS),
    "Unicode Path field renaming a member": Named(unicode_renamed, "carries a second name"),
    "one member name twice": Named(duplicate_names, "is there twice"),
    "office document in another folder": Named(document_elsewhere, FAR_WORDS),
    "deflate stream longer than declared": Named(longer_than_declared, "holds more than its declared size"),
    ".xlsx content named .xlsb": Named(xlsx_named_xlsb, "", refused=False),
    "Excel binary workbook (.xlsb)": Named(real_xlsb, SAVE_AS),
    "not a zip, named .xlsx": Named(random_named_xlsx, "damaged or incomplete"),
    "text named .xlsb": Named(text_named_xlsb, SAVE_AS),
    "shared strings: a declared count of 99,999,999,999": Named(
        strings_declared, "shared strings (text cells) declared"
    ),
    "shared strings: 10,000,005 empty items": Named(strings_flood, "shared strings (text cells): 10,000,005"),
    "clock cell nested 30,000 deep": Named(deep_clock, "nested 30,000 levels deep"),
    "clock cell of 70,000 characters": Named(long_clock, "more than kpfield reads (65,536)"),
}

BUILDERS: dict[str, Callable[[Path, Path], Path]] = {name: case.make for name, case in CASES.items()}
