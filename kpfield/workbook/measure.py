"""Measuring the canonical copy: every part the reader will parse, checked before it parses it.

How far each worksheet's cells spread (:func:`_sheet_extent`) and how many there are (the reader
holds a sheet as one grid of rows x columns, so a value in A1 and another in XFD1048576 would ask
for 550 GB and end the program); how many shared strings the workbook declares and holds, and
their size; that every copied part inflates to exactly the size its zip entry declares, with its
CRC. :func:`measure_copy` does all of it for :func:`kpfield.workbook.guard.inspect_workbook`,
sharing the sheets with another process when given a :class:`PartChecker`; :func:`scan_parts` is
what that process runs.
"""

from __future__ import annotations

import math
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TypedDict
from xml.parsers import expat

from kpfield.i18n import translate

from .base import (
    BYTES_PER_CELL,
    CELLS_FLOOR,
    CELLS_MAX,
    LOCAL_HEADER,
    MAX_COLUMNS,
    MAX_SHARED_STRINGS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_SHEET_ROWS,
    MAX_SMALL_PART,
    RAW_CHUNK,
    STORED,
    XML_HEAD,
    BadWorkbook,
    Part,
    PartChecker,
    WorkbookFacts,
    damaged,
    declares_entities,
    too_many,
)

__all__ = ["allowed_cells", "measure_copy", "scan_parts"]

# The quick scan reads references up to column AT (46) and rows of a few digits without parsing
# them; anything else is parsed. Real sheets put every cell's reference first (<c r="B7" ...>).
NORMAL_COLUMNS = 46
_ODD_CELL = re.compile(rb'<c(?:[>/\t\n\r]| (?!r="[A-Za-z]))')
_FORMULA_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})\d{1,7}"[^>]*>\s*<f[\s>/]')
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_REF_TAIL = re.compile(rb'([^"<>]*)"[^<>]*?(/?)>')
_REF = re.compile(rb"([A-Za-z]*)(\d*)")
_SHARED_ITEM = re.compile(rb"[<:]si[\s/>]")
CHUNK = 1 << 22


def measure_copy(
    source: Path, readable: Path, facts: WorkbookFacts, share: Callable[[int], PartChecker | None] | None
) -> None:
    """Check every part of the canonical copy the reader will parse."""
    try:
        zf = zipfile.ZipFile(readable)
    except (zipfile.BadZipFile, OSError) as e:
        raise damaged(source, readable.name, e) from None
    with zf, readable.open("rb") as fp:
        infos = zf.infolist()
        by_part = {sf.part: sf for sf in facts.sheets if sf.part}
        for info in infos:
            if info.filename == "xl/styles.xml":
                if info.file_size > MAX_SMALL_PART:
                    raise _xml_too_large(source, "styles.xml", info.file_size)
                # read to the end only: _inflated refuses a stream whose size or CRC is not its entry's
                for _ in _inflated(source, fp, info, "styles.xml"):
                    pass
            elif info.filename == "xl/sharedStrings.xml":
                _check_strings(source, fp, info)
        parts = [(n, i.filename, i.CRC, by_part[i.filename].name) for n, i in enumerate(infos) if i.filename in by_part]
        sizes = [infos[n].file_size for n, *_ in parts]
        checker = share(sum(sizes)) if share is not None and parts else None
        if checker is None:
            found = scan_parts(readable, parts, zf, shown=source)
        else:
            mine, theirs = _split(parts, sizes)
            checker.check(readable, source, theirs)
            found = scan_parts(readable, mine, zf, shown=source)
            found.update(checker.checked())
        for name, formulas in found.items():
            by_part[name].formulas = formulas


def _xml_too_large(path: Path, part: str, size: int) -> BadWorkbook:
    return BadWorkbook(
        translate(
            "workbook",
            "{path} is refused: its part {part} holds {size} bytes, far more than any workbook's; "
            "the file was not written by a spreadsheet program",
        ).format(path=path, part=part, size=f"{size:,}")
    )


def _inflated(path: Path, fp: IO[bytes], info: zipfile.ZipInfo, label: str) -> Iterator[bytes]:
    """A member's bytes, in blocks of at most CHUNK, as every reader gets them: a part whose
    deflate stream ends before or after the size its entry declares, or whose CRC differs, is
    refused (Python's zipfile stops at the declared size, the reader's zip library at the end
    of the stream: they must be the same place)."""
    fp.seek(info.header_offset)
    local = fp.read(LOCAL_HEADER.size)
    if len(local) < LOCAL_HEADER.size or local[:4] != b"PK\x03\x04":
        raise damaged(path, label, translate("xlsx", "no local header"))
    name_len, extra_len = struct.unpack_from("<HH", local, 26)
    fp.seek(name_len + extra_len, os.SEEK_CUR)
    left, size, crc = info.compress_size, 0, 0
    if info.compress_type == STORED:
        if info.compress_size != info.file_size:
            raise damaged(path, label, translate("xlsx", "its sizes disagree"))
        while left:
            block = fp.read(min(CHUNK, left))
            if not block:
                raise damaged(path, label, translate("xlsx", "cut short"))
            left -= len(block)
            crc = zlib.crc32(block, crc)
            yield block
        size = info.file_size
    else:
        inflater = zlib.decompressobj(-15)
        try:
            while left and not inflater.eof:
                pending = fp.read(min(RAW_CHUNK, left))
                if not pending:
                    raise damaged(path, label, translate("xlsx", "cut short"))
                left -= len(pending)
                while pending and not inflater.eof:
                    block = inflater.decompress(pending, CHUNK)
                    pending = inflater.unconsumed_tail
                    size += len(block)
                    if size > info.file_size:
                        raise damaged(path, label, translate("xlsx", "it holds more than its declared size"))
                    crc = zlib.crc32(block, crc)
                    if block:
                        yield block
        except zlib.error as e:
            raise damaged(path, label, e) from None
        if not inflater.eof:
            raise damaged(path, label, translate("xlsx", "cut short"))
    if size != info.file_size or crc != info.CRC:
        raise damaged(path, label, translate("xlsx", "its contents do not match its checksum"))


def _check_strings(path: Path, fp: IO[bytes], info: zipfile.ZipInfo) -> None:
    """Refuse a shared-string table the reader would spend too much memory on: by its size, by the
    count its ``uniqueCount`` declares (the reader reserves that many items at once) and by the
    items it holds (each ``<si>``, prefixed or not: the count may only be too high)."""
    label = "sharedStrings.xml"
    if info.file_size > MAX_SHARED_STRINGS_BYTES:
        raise too_many(
            path,
            translate("workbook", "bytes of shared strings (text cells)"),
            info.file_size,
            MAX_SHARED_STRINGS_BYTES,
        )
    declared: list[int] = []
    found = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.rpartition(":")[2] == "sst":
            digits = "".join(ch for ch in attrs.get("uniqueCount", "") if ch.isdigit())
            declared.append(int(digits[:20]) if digits else 0)
            found[0] = True

    def no_dtd(*_: object) -> None:
        raise declares_entities(path, label)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    items, tail = 0, b""
    for block in _inflated(path, fp, info, label):
        # the reader takes the count from the first sst element, wherever it is: parse until it
        # comes (in small pieces: what follows it is many elements this needs no handler for)
        at = 0
        while not found[0] and at < len(block):
            try:
                parser.Parse(block[at : at + XML_HEAD * 16], False)
            except expat.ExpatError as e:
                raise damaged(path, label, e) from None
            at += XML_HEAD * 16
            if declared and declared[0] > MAX_SHARED_STRINGS:
                raise too_many(
                    path, translate("workbook", "shared strings (text cells) declared"), declared[0], MAX_SHARED_STRINGS
                )
        text = tail + block
        if b"<si\t" in text or b"<si\n" in text or b"<si\r" in text or b":si" in text:
            items += len(_SHARED_ITEM.findall(text))
        else:
            items += text.count(b"<si>") + text.count(b"<si/") + text.count(b"<si ")
        tail = block[-3:]
    if items > MAX_SHARED_STRINGS:  # counted to the end (cheaply): the message gives the count
        raise too_many(path, translate("workbook", "shared strings (text cells)"), items, MAX_SHARED_STRINGS)


def _split(parts: list[Part], sizes: list[int]) -> tuple[list[Part], list[Part]]:
    """Two shares of ``parts`` of about the same size (``sizes``: theirs), each in the workbook's
    order."""
    shares: tuple[list[int], list[int]] = ([], [])
    total = [0, 0]
    for k in sorted(range(len(parts)), key=sizes.__getitem__, reverse=True):
        side = 0 if total[0] <= total[1] else 1
        shares[side].append(k)
        total[side] += sizes[k]
    return [parts[k] for k in sorted(shares[0])], [parts[k] for k in sorted(shares[1])]


def scan_parts(
    path: str | Path, parts: list[Part], zf: zipfile.ZipFile | None = None, *, shown: str | Path | None = None
) -> dict[str, dict[int, int]]:
    """Check how far the cells of each sheet part of ``path`` spread, and how many there are (see
    :func:`_sheet_extent`); returns each part's formula cells per column, by member name.
    ``parts``: (position in the zip's directory, member name, its CRC, sheet name for messages);
    a member that is not at its position (the file was replaced since its directory was read) is
    refused. Messages name ``shown`` (the file the user chose) when given, else ``path``."""
    path = Path(path)
    named = Path(shown) if shown is not None else path
    if zf is None:
        try:
            own = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as e:
            raise damaged(named, path.name, e) from None
        with own:
            return scan_parts(path, parts, own, shown=named)
    infos = zf.infolist()
    found: dict[str, dict[int, int]] = {}
    with path.open("rb") as fp:
        for n, name, crc, label in parts:
            info = infos[n] if 0 <= n < len(infos) else None
            if info is None or info.filename != name or info.CRC != crc:
                raise BadWorkbook(
                    translate(
                        "xlsx",
                        "{path} changed while it was being imported (another program is writing it?): nothing from "
                        "it was written. Import it again once it is complete",
                    ).format(path=named)
                )
            try:
                found[info.filename] = _sheet_extent(named, fp, info, label)
            except (zlib.error, EOFError, OSError) as e:  # a stream damaged past its start
                raise damaged(named, label, e) from None
    return found


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper()[:8]:  # 8 letters are far beyond any column: no need for more
        n = n * 26 + ch - 64
    return n


def _parse_ref(path: Path, sheet: str, ref: bytes) -> tuple[int, int]:
    """(row, column), both 1-based, of a cell reference such as ``AB12``."""
    m = _REF.fullmatch(ref)
    if m is None or not m.group(1) or not m.group(2):
        raise BadWorkbook(
            translate(
                "workbook",
                "{path}, sheet {sheet!r}: the cell reference {ref!r} is not valid; the file is damaged or was not "
                "written by a spreadsheet program. Open it in Excel or LibreOffice, save it again and import that",
            ).format(path=path, sheet=sheet, ref=ref.decode("ascii", "replace")[:40])
        )
    digits = m.group(2).lstrip(b"0") or b"0"
    return (int(digits) if len(digits) <= 12 else 10**12), _column_number(m.group(1))


def _check_cell(path: Path, sheet: str, ref: str, row: int, col: int) -> None:
    """Refuse a cell beyond the last column or row any spreadsheet has."""
    if col > MAX_COLUMNS:
        raise BadWorkbook(
            translate(
                "workbook",
                "{path} is refused: sheet {sheet!r} has a cell at {ref}, column {col}, but spreadsheets have at most "
                "{most} columns (up to XFD); the file was not written by a spreadsheet program",
            ).format(path=path, sheet=sheet, ref=ref[:40], col=f"{col:,}", most=f"{MAX_COLUMNS:,}")
        )
    if row > MAX_SHEET_ROWS:
        raise BadWorkbook(
            translate(
                "workbook",
                "{path} is refused: sheet {sheet!r} has a cell at {ref}, row {row}, but spreadsheets have at most "
                "{most} rows; the file was not written by a spreadsheet program",
            ).format(path=path, sheet=sheet, ref=ref[:40], row=f"{row:,}", most=f"{MAX_SHEET_ROWS:,}")
        )


def allowed_cells(xml_size: int) -> int:
    """How many cells (rows x columns) a sheet whose XML holds ``xml_size`` bytes may span, and
    how many cells it may hold."""
    return min(CELLS_MAX, max(CELLS_FLOOR, xml_size // BYTES_PER_CELL))


def _check_span(path: Path, sheet: str, rows: int, cols: int, allowed: int) -> None:
    if rows * cols <= allowed:
        return
    raise BadWorkbook(
        translate(
            "workbook",
            "{path} is refused: the cells of sheet {sheet!r} spread over {rows} rows and {cols} columns "
            "({cells} cells), far more than its data fills and more than kpfield reads at once ({allowed}). "
            "Copy the rows that hold data to a new workbook and import that",
        ).format(
            path=path,
            sheet=sheet,
            rows=f"{rows:,}",
            cols=f"{cols:,}",
            cells=f"{rows * cols:,}",
            allowed=f"{allowed:,}",
        )
    )


def _check_count(path: Path, sheet: str, cells: int, allowed: int) -> None:
    if cells > allowed:
        raise too_many(path, translate("workbook", "cells in sheet {sheet!r}").format(sheet=sheet), cells, allowed)


def _sheet_extent(path: Path, fp: IO[bytes], info: zipfile.ZipInfo, sheet: str) -> dict[int, int]:
    """Check how far the cells of one worksheet part spread, and how many there are; returns its
    formula cells per column.

    The quick scan runs a few searches over each block of the XML (about 2 s for a sheet of
    250,000 rows of 40 columns). References up to column AT and rows below 10**digits are not
    parsed (they span at most NORMAL_COLUMNS x 10**digits cells, within what the sheet may
    span); every other reference is. Every ``<c `` counts as a cell (the reader holds each cell
    with a value, even one written again at the same place). A sheet written unusually (a cell
    without its reference first, namespace prefixes) is read exactly with expat instead.
    """
    allowed = allowed_cells(info.file_size)
    digits = max(1, min(6, int(math.log10(allowed / NORMAL_COLUMNS))))
    rare = re.compile(rb' r="(?!(?:[Aa][A-Ta-t]|[A-Za-z])?\d{1,%d}")' % digits)
    max_row, max_col = 10**digits - 1, NORMAL_COLUMNS
    formulas: dict[int, int] = {}
    carry = b""
    cells = 0
    blocks = _inflated(path, fp, info, sheet)
    while True:
        chunk = next(blocks, b"")
        buf = carry + chunk
        if chunk:
            # cut before the last cell, so that no tag (nor a cell and its formula) is split
            cut = buf.rfind(b"<c ")
            if cut <= 0:
                cut = buf.rfind(b"<")
            if cut <= 0:
                if len(buf) > MAX_SMALL_PART:  # one tag or text of many megabytes: read it with expat
                    return _exact_extent(path, fp, info, sheet, allowed)
                carry = buf
                continue
            body, carry = buf[:cut], buf[cut:]
        else:
            body, carry = buf, b""
        if _ODD_CELL.search(body) or _PREFIXED.search(body):
            return _exact_extent(path, fp, info, sheet, allowed)
        cells += body.count(b"<c ")
        if cells > allowed:
            _check_count(path, sheet, cells, allowed)
        for m in rare.finditer(body):
            tag = _REF_TAIL.match(body, m.end())
            if tag is None:
                return _exact_extent(path, fp, info, sheet, allowed)
            ref, empty = tag.groups()
            if empty or ref.isdigit():
                continue  # an empty cell, or a row: neither widens what the reader holds
            row, col = _parse_ref(path, sheet, ref)
            _check_cell(path, sheet, ref.decode("ascii", "replace"), row, col)
            max_row, max_col = max(max_row, row), max(max_col, col)
        if body.find(b"<f") >= 0:
            for letters in _FORMULA_CELL.findall(body):
                col = _column_number(letters) - 1
                formulas[col] = formulas.get(col, 0) + 1
        if not chunk:
            break
    if max_row * max_col > allowed:
        # the quick bound is not enough (a wide sheet): count exactly
        return _exact_extent(path, fp, info, sheet, allowed)
    return formulas


class _Place(TypedDict):
    """Where :func:`_exact_extent`'s parser is: the cell it is in, and what it has seen of it."""

    row: int
    col: int
    ref: str  # the cell's reference as written, or its position in words when it has none
    cell: bool  # inside a cell
    formula: bool  # the cell's formula is counted
    valued: bool  # the cell's value is counted
    cells: int  # cells with a value


def _exact_extent(path: Path, fp: IO[bytes], info: zipfile.ZipInfo, sheet: str, allowed: int) -> dict[int, int]:
    """The exact extent of the cells with a value, each placed where the reader places it."""
    at: _Place = {"row": 0, "col": 0, "ref": "", "cell": False, "formula": False, "valued": False, "cells": 0}
    extent = [0, 0]
    formulas: dict[int, int] = {}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            r = attrs.get("r", "")
            at["row"] = (int(r) if len(r) <= 12 else 10**12) if r.isdigit() else at["row"] + 1
            at["col"] = 0
        elif local == "c":
            ref = attrs.get("r")
            if ref is not None:
                at["row"], at["col"] = _parse_ref(path, sheet, ref.encode("utf-8"))
                at["ref"] = ref
            else:
                at["col"] += 1
                at["ref"] = f"row {at['row']:,}, column {at['col']:,}"
            at["cell"], at["formula"], at["valued"] = True, False, False
        elif at["cell"] and local in ("v", "is"):
            _check_cell(path, sheet, at["ref"], at["row"], at["col"])
            extent[0], extent[1] = max(extent[0], at["row"]), max(extent[1], at["col"])
            if not at["valued"]:
                at["valued"] = True
                at["cells"] += 1
                if at["cells"] > allowed:
                    _check_count(path, sheet, at["cells"], allowed)
        elif at["cell"] and local == "f" and not at["formula"]:
            at["formula"] = True
            formulas[at["col"] - 1] = formulas.get(at["col"] - 1, 0) + 1

    def end(name: str) -> None:
        if name.rpartition(":")[2] == "c":
            at["cell"] = False

    def no_dtd(*_: object) -> None:
        raise declares_entities(path, sheet)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    try:
        for chunk in _inflated(path, fp, info, sheet):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as e:
        raise BadWorkbook(
            translate(
                "workbook",
                "{path}, sheet {sheet!r}: the sheet's XML is damaged ({error}); copy the file again from its source, "
                "or open it in Excel or LibreOffice and save it again",
            ).format(path=path, sheet=sheet, error=e)
        ) from None
    _check_span(path, sheet, extent[0], extent[1], allowed)
    return formulas
