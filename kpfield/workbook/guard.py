"""The guard at the door: what a workbook must be before any parser sees it.

:func:`inspect_workbook` runs before any parser sees a file: it refuses what is not an .xlsx
(.xls, .ods, encrypted, truncated, not a zip), zip bombs (by the uncompressed sizes the zip
declares, before anything is inflated), and XML that declares entities (the "billion laughs").
It then reads each worksheet's cell references (:func:`_sheet_extent`) and refuses a sheet whose
cells span more rows and columns than a spreadsheet can hold, or far more than its data needs:
the reader holds a sheet as one grid of rows x columns, so a value in A1 and another in
XFD1048576 would ask for 550 GB and end the program. It returns what else a user should be told
(:class:`WorkbookFacts`): macros (never run), links to other files and data connections (never
followed), formula cells (their saved values are read), hidden sheets.
"""

from __future__ import annotations

import math
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypedDict
from xml.etree.ElementTree import Element
from xml.parsers import expat

from kpfield.i18n import format_number, translate

__all__ = [
    "BadWorkbook",
    "Part",
    "SheetFacts",
    "WorkbookFacts",
    "inspect_workbook",
    "scan_parts",
    "PartChecker",
]

# A real 1,000,000-row kpfield workbook inflates to about 0.5 GB of XML. Beyond these limits a
# file is refused before it is inflated.
MAX_UNCOMPRESSED = 4 * 1024**3
MAX_RATIO = 200  # per member, once it inflates past MAX_RATIO_FLOOR
MAX_RATIO_FLOOR = 16 * 1024**2
XML_HEAD = 4096  # a DOCTYPE must come before the root element, so the head is enough

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# How far a sheet's cells may spread. The reader (python-calamine) holds a sheet as one grid from
# its first to its last cell with a value, about 32 bytes a cell whatever the cell holds.
MAX_COLUMNS = 16_384  # XFD, the last column of Excel and LibreOffice
MAX_SHEET_ROWS = 1_048_576
CELLS_FLOOR = 4_000_000  # any sheet may span this many cells (about 130 MB)
CELLS_MAX = 48_000_000  # no sheet may span more (about 1.5 GB): a million rows of 46 columns
BYTES_PER_CELL = 4  # between the two, a sheet may span one cell per 4 bytes of its XML
# The quick scan reads references up to column AT (46) and rows of a few digits without parsing
# them; anything else is parsed. Real sheets put every cell's reference first (<c r="B7" ...>).
NORMAL_COLUMNS = 46
_ODD_CELL = re.compile(rb'<c(?:[>/\t\n\r]| (?!r="[A-Za-z]))')
_FORMULA_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})\d{1,7}"[^>]*>\s*<f[\s>/]')
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_REF_TAIL = re.compile(rb'([^"<>]*)"[^<>]*?(/?)>')
_REF = re.compile(rb"([A-Za-z]*)(\d*)")
CHUNK = 1 << 22
# the workbook's own small parts (workbook.xml, relationships) are parsed whole: a few KB in real
# files; beyond this they are refused rather than held in memory
MAX_SMALL_PART = 64 * 1024**2


class BadWorkbook(ValueError):
    """A file that cannot be read as a workbook; the message names the file and what to do."""


def inspect_workbook(path: str | Path, share: Callable[[int], PartChecker | None] | None = None) -> WorkbookFacts:
    """Refuse, with a message naming ``path``, anything that is not a safe .xlsx workbook.

    Returns what the user should be told about a workbook that passes (macros, links, formulas,
    hidden sheets). ``share``, given the bytes of sheet XML to check once the zip's own checks
    pass, may return a :class:`PartChecker` that checks about half of the sheet parts while this
    process checks the rest (the importer's reading process, which has nothing else to do yet)."""
    path = Path(path)
    if not path.exists():
        raise BadWorkbook(translate("xlsx", "{path}: no such file").format(path=path))
    if path.is_dir():
        raise BadWorkbook(translate("xlsx", "{path} is a folder, not a workbook").format(path=path))
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE2:
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is protected by a password: open it in Excel or LibreOffice, remove the password "
                    "(File > Info > Protect workbook, or Save As without a password) and import it again",
                ).format(path=path)
            )
        raise BadWorkbook(
            translate(
                "xlsx",
                "{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), "
                "then import that",
            ).format(path=path)
        )
    if not head.startswith(b"PK"):
        raise BadWorkbook(
            translate(
                "xlsx", "{path} is not a workbook (.xlsx): choose a file saved from Excel, LibreOffice or kpfield"
            ).format(path=path)
        )
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BadWorkbook(
            translate(
                "xlsx", "{path} is damaged or incomplete (cut short while copying?): copy it again from its source"
            ).format(path=path)
        ) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "mimetype" in names and b"opendocument" in zf.read("mimetype")[:100]:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File > Save As > "
                    "Excel 2007-365 (.xlsx), then import that",
                ).format(path=path)
            )
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise BadWorkbook(
                translate("xlsx", "{path} is a zip file but not an Excel workbook (.xlsx)").format(path=path)
            )
        total = 0
        for i in infos:
            total += i.file_size
            if i.file_size > MAX_RATIO_FLOOR and i.file_size > MAX_RATIO * max(1, i.compress_size):
                raise BadWorkbook(
                    translate(
                        "xlsx",
                        "{path} is refused: its part {part} would inflate from {packed} to {size} bytes, "
                        "which no real workbook does (a 'zip bomb')",
                    ).format(
                        path=path,
                        part=i.filename,
                        packed=format_number(i.compress_size, grouping=True),
                        size=format_number(i.file_size, grouping=True),
                    )
                )
        if total > MAX_UNCOMPRESSED:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is refused: it would inflate to {size} bytes, more than kpfield reads ({limit}); "
                    "split it into smaller workbooks",
                ).format(
                    path=path,
                    size=format_number(total, grouping=True),
                    limit=format_number(MAX_UNCOMPRESSED, grouping=True),
                )
            )
        for i in infos:
            if not i.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with zf.open(i) as member:
                    start = member.read(XML_HEAD)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
                if "encrypted" in str(e).lower():
                    raise BadWorkbook(
                        translate(
                            "xlsx", "{path} is protected by a password: remove the password and import it again"
                        ).format(path=path)
                    ) from None
                raise _damaged(path, i.filename, e) from None
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise BadWorkbook(
                    translate(
                        "xlsx",
                        "{path} is refused: its part {part} declares XML entities, which workbooks never need "
                        "and which can make a reader exhaust memory",
                    ).format(path=path, part=i.filename)
                )
        facts = _facts(path, zf, names)
        by_part = {sf.part: sf for sf in facts.sheets if sf.part}
        # every part a reader could take for a sheet: those in the sheet folders, those the
        # workbook's relationships name however a reader resolves their targets (taken
        # literally, or tidied), and those _facts resolved
        wanted = {i.filename for i in infos if _is_sheet_part(i.filename)}
        wanted.update(by_part)
        wanted.update(_literal_targets(path, zf))
        # by position in the zip's directory: a zip may hold two members of one name
        parts = [(n, i) for n, i in enumerate(infos) if i.filename in wanted]
        for _, i in parts:
            if i.filename in by_part:
                by_part[i.filename].size = i.file_size
        named = [(n, i.filename, i.CRC, _label(by_part, i.filename)) for n, i in parts]
        checker = share(sum(i.file_size for _, i in parts)) if share is not None and parts else None
        if checker is None:
            found = scan_parts(path, named, zf)
        else:
            mine, theirs = _split(named, [i.file_size for _, i in parts])
            checker.check(theirs)
            found = scan_parts(path, mine, zf)
            found.update(checker.checked())
        for name, formulas in found.items():
            if name in by_part:
                by_part[name].formulas = formulas
    return facts


Part = tuple[int, str, int, str]  # position in the zip's directory, member name, CRC, sheet name


class PartChecker(Protocol):
    """Checks a share of a workbook's sheet parts elsewhere (another process) while
    :func:`inspect_workbook` checks the rest."""

    def check(self, parts: list[Part]) -> None:
        """Start checking ``parts`` with :func:`scan_parts`."""

    def checked(self) -> dict[str, dict[int, int]]:
        """What :func:`scan_parts` returned for them; raises BadWorkbook as it did."""


def _label(by_part: dict[str, SheetFacts], part: str) -> str:
    sheet = by_part.get(part)
    return sheet.name if sheet else part


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


def scan_parts(path: str | Path, parts: list[Part], zf: zipfile.ZipFile | None = None) -> dict[str, dict[int, int]]:
    """Check how far the cells of each sheet part spread (see :func:`_sheet_extent`); returns
    each part's formula cells per column, by member name. ``parts``: (position in the zip's
    directory, member name, its CRC, sheet name for messages); a member that is not at its
    position (the file was replaced since its directory was read) is refused."""
    path = Path(path)
    if zf is None:
        try:
            own = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as e:
            raise _damaged(path, path.name, e) from None
        with own:
            return scan_parts(path, parts, own)
    infos = zf.infolist()
    found: dict[str, dict[int, int]] = {}
    for n, name, crc, label in parts:
        info = infos[n] if 0 <= n < len(infos) else None
        if info is None or info.filename != name or info.CRC != crc:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} changed while it was being imported (another program is writing it?): nothing from it "
                    "was written. Import it again once it is complete",
                ).format(path=path)
            )
        try:
            found[info.filename] = _sheet_extent(path, zf, info, label)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:  # a stream damaged past its start
            raise _damaged(path, info.filename, e) from None
    return found


def _damaged(path: Path, part: str, error: Exception) -> BadWorkbook:
    return BadWorkbook(
        translate("xlsx", "{path} is damaged ({part}: {error}): copy it again from its source").format(
            path=path, part=part, error=error
        )
    )


def _is_sheet_part(name: str) -> bool:
    return name.startswith(("xl/worksheets/", "xl/macrosheets/", "xl/dialogsheets/")) and name.endswith(".xml")


def _literal_targets(path: Path, zf: zipfile.ZipFile) -> set[str]:
    """The zip members a reader may take for a sheet: the targets of every relationship that any
    ``sheet`` element of the workbook names (by any attribute called id, in any namespace), under
    each way of reading a target (relative to xl/ as written, leading slashes taken off once or
    all, backslashes as slashes, tidied)."""
    rels, book = _xml(path, zf, "xl/_rels/workbook.xml.rels"), _xml(path, zf, "xl/workbook.xml")
    if rels is None or book is None:
        return set()
    ids = {v for el in book.iter() if _local(el.tag) == "sheet" for k, v in el.attrib.items() if _local(k) == "id"}
    out: set[str] = set()
    for rel in rels:
        if rel.get("Id") not in ids:
            continue
        raw = rel.get("Target") or ""
        for target in {raw, raw.replace("\\", "/")}:
            out.update(
                (
                    "xl/" + target,
                    target[1:],
                    target.lstrip("/"),
                    posixpath.normpath(posixpath.join("xl", target)),
                    posixpath.normpath(target.lstrip("/")),
                )
            )
    return out


@dataclass
class SheetFacts:
    """One sheet as the workbook declares it, and the formula cells found in it."""

    name: str
    part: str | None = None  # the zip member holding its cells
    state: str = "visible"  # visible, hidden or veryHidden
    size: int = 0  # bytes of XML its part inflates to
    formulas: dict[int, int] = field(default_factory=dict)  # column (0-based) -> cells holding a formula

    @property
    def hidden(self) -> bool:
        return self.state != "visible"


@dataclass
class WorkbookFacts:
    """What :func:`inspect_workbook` found that a user should be told about."""

    sheets: list[SheetFacts] = field(default_factory=list)
    macros: list[str] = field(default_factory=list)  # the parts holding macros (never run)
    external_links: list[str] = field(default_factory=list)  # files or addresses it links to (never opened)
    connections: bool = False  # data connections to databases or web pages (never refreshed)

    def sheet(self, name: str) -> SheetFacts | None:
        return next((s for s in self.sheets if s.name == name), None)


def _xml(path: Path, zf: zipfile.ZipFile, name: str) -> Element | None:
    """The root element of a small XML part, parsed without entities (defusedxml), or None."""
    from defusedxml import ElementTree

    try:
        size = zf.getinfo(name).file_size
    except KeyError:
        return None
    if size > MAX_SMALL_PART:
        raise BadWorkbook(
            translate(
                "workbook",
                "{path} is refused: its part {part} holds {size} bytes, far more than any workbook's; "
                "the file was not written by a spreadsheet program",
            ).format(path=path, part=name, size=f"{size:,}")
        )
    try:
        with zf.open(name) as member:
            return ElementTree.parse(member).getroot()
    except KeyError:
        return None
    except Exception:  # a damaged part: the reader says so, with its own words, when it reads it
        return None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attr(el: Element, name: str) -> str | None:
    for k, v in el.attrib.items():
        if _local(k) == name:
            return v
    return None


def _targets(path: Path, zf: zipfile.ZipFile, rels: str, base: str) -> dict[str, tuple[str, bool]]:
    """Relationship id -> (target part or address, whether it points outside the file)."""
    root = _xml(path, zf, rels)
    out: dict[str, tuple[str, bool]] = {}
    if root is None:
        return out
    for rel in root:
        rid, target = rel.get("Id"), rel.get("Target") or ""
        if not rid:
            continue
        external = (rel.get("TargetMode") or "").lower() == "external"
        if not external:
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out[rid] = (target, external)
    return out


def _facts(path: Path, zf: zipfile.ZipFile, names: set[str]) -> WorkbookFacts:
    facts = WorkbookFacts()
    rels = _targets(path, zf, "xl/_rels/workbook.xml.rels", "xl")
    root = _xml(path, zf, "xl/workbook.xml")
    if root is not None:
        for el in root.iter():
            if _local(el.tag) == "sheet" and el.get("name") is not None:
                rid = _attr(el, "id")
                target = rels.get(rid or "")
                facts.sheets.append(
                    SheetFacts(
                        el.get("name") or "",
                        target[0] if target and not target[1] else None,
                        el.get("state") or "visible",
                    )
                )
    facts.macros = sorted(
        n for n in names if n.lower().endswith("vbaproject.bin") or n.startswith(("xl/macrosheets/", "xl/activeX/"))
    )
    links: list[str] = []
    for n in sorted(names):
        if n.startswith("xl/externalLinks/") and n.endswith(".xml") and "/_rels/" not in n:
            folder, leaf = posixpath.split(n)
            found = [
                t for t, external in _targets(path, zf, f"{folder}/_rels/{leaf}.rels", folder).values() if external
            ]
            links.extend(found or [n])
    facts.external_links = list(dict.fromkeys(links))
    facts.connections = "xl/connections.xml" in names
    return facts


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
    """How many cells (rows x columns) a sheet whose XML holds ``xml_size`` bytes may span."""
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


def _sheet_extent(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str) -> dict[int, int]:
    """Check how far the cells of one worksheet part spread; returns its formula cells per column.

    The quick scan runs a few searches over each block of the XML (about 2 s for a sheet of
    250,000 rows of 40 columns). References up to column AT and rows below 10**digits are not
    parsed (they span at most NORMAL_COLUMNS x 10**digits cells, within what the sheet may
    span); every other reference is. A sheet written unusually (a cell without its reference
    first, namespace prefixes) is read exactly with expat instead.
    """
    allowed = allowed_cells(info.file_size)
    digits = max(1, min(6, int(math.log10(allowed / NORMAL_COLUMNS))))
    rare = re.compile(rb' r="(?!(?:[Aa][A-Ta-t]|[A-Za-z])?\d{1,%d}")' % digits)
    max_row, max_col = 10**digits - 1, NORMAL_COLUMNS
    formulas: dict[int, int] = {}
    carry = b""
    with zf.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            buf = carry + chunk
            if chunk:
                # cut before the last cell, so that no tag (nor a cell and its formula) is split
                cut = buf.rfind(b"<c ")
                if cut <= 0:
                    cut = buf.rfind(b"<")
                if cut <= 0:
                    if len(buf) > MAX_SMALL_PART:  # one tag or text of many megabytes: read it with expat
                        return _exact_extent(path, zf, info, sheet, allowed)
                    carry = buf
                    continue
                body, carry = buf[:cut], buf[cut:]
            else:
                body, carry = buf, b""
            if _ODD_CELL.search(body) or _PREFIXED.search(body):
                return _exact_extent(path, zf, info, sheet, allowed)
            for m in rare.finditer(body):
                tag = _REF_TAIL.match(body, m.end())
                if tag is None:
                    return _exact_extent(path, zf, info, sheet, allowed)
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
        return _exact_extent(path, zf, info, sheet, allowed)
    return formulas


class _Place(TypedDict):
    """Where :func:`_exact_extent`'s parser is: the cell it is in, and what it has seen of it."""

    row: int
    col: int
    ref: str  # the cell's reference as written, or its position in words when it has none
    cell: bool  # inside a cell
    formula: bool  # the cell's formula is counted


def _exact_extent(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str, allowed: int) -> dict[int, int]:
    """The exact extent of the cells with a value, each placed where the reader places it."""
    at: _Place = {"row": 0, "col": 0, "ref": "", "cell": False, "formula": False}
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
            at["cell"], at["formula"] = True, False
        elif at["cell"] and local in ("v", "is"):
            _check_cell(path, sheet, at["ref"], at["row"], at["col"])
            extent[0], extent[1] = max(extent[0], at["row"]), max(extent[1], at["col"])
        elif at["cell"] and local == "f" and not at["formula"]:
            at["formula"] = True
            formulas[at["col"] - 1] = formulas.get(at["col"] - 1, 0) + 1

    def end(name: str) -> None:
        if name.rpartition(":")[2] == "c":
            at["cell"] = False

    def no_dtd(*_: object) -> None:
        raise BadWorkbook(
            f"{path} is refused: its part {info.filename} declares XML entities, which workbooks never need "
            "and which can make a reader exhaust memory"
        )

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    try:
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
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
