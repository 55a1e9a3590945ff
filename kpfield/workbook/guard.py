"""The guard at the door: what a workbook must be before any parser sees it.

:func:`inspect_workbook` runs before any parser sees a file. It decides what the file is from its
bytes, never from its name: it refuses what is not an .xlsx (.xls, .xlsb, .ods, encrypted,
truncated, not a zip, text), zip bombs (by the uncompressed sizes the zip declares, before
anything is inflated), XML that declares entities (the "billion laughs"), and zips that name one
part twice (names differing only in capitals or in how folders are written, or a second name in
an Info-ZIP Unicode Path field), which readers would resolve each their own way.

It then writes a **canonical copy** of the workbook (:attr:`WorkbookFacts.readable`) holding only
what the reader needs: a workbook part and its relationships written by kpfield, and the sheets,
shared strings and styles copied byte for byte under plain names. Everything it measures, it
measures in that copy, and the reader opens that copy and nothing else: what is measured is what
is read, whatever the original's names, duplicates or extension say.

What it measures: how far each worksheet's cells spread (:func:`_sheet_extent`) and how many there
are (the reader holds a sheet as one grid of rows x columns, so a value in A1 and another in
XFD1048576 would ask for 550 GB and end the program); how many shared strings the workbook
declares and holds, and their size; that every copied part inflates to exactly the size its zip
entry declares, with its CRC. It returns what else a user should be told (:class:`WorkbookFacts`):
macros (never run), links to other files and data connections (never followed), formula cells
(their saved values are read), hidden sheets, and whether dates count from 1904.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import re
import stat
import struct
import tempfile
import time
import weakref
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol, TypedDict
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
# The reader holds the whole shared-string table while it reads any sheet: about 24 bytes per
# item besides its text, so an item costs far more memory than the 5 bytes of an empty <si/>. A
# million-record workbook saved by Excel holds about 4 million distinct texts (identifiers, clocks,
# times) in about 250 MB of XML.
MAX_SHARED_STRINGS = 10_000_000
MAX_SHARED_STRINGS_BYTES = 768 * 1024**2
MAX_SHEETS = 1_000  # sheets a workbook may declare (a kpfield workbook has about a dozen)
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
RAW_CHUNK = 1 << 20
# the workbook's own small parts (workbook.xml, relationships, styles) are parsed whole: a few KB
# in real files; beyond this they are refused rather than held in memory
MAX_SMALL_PART = 64 * 1024**2

# The canonical copy: what the reader opens. Deflate and stored are the only ways Office Open XML
# packages compress their parts.
_STORED, _DEFLATED = 0, 8
_FLAG_ENCRYPTED = 0x0001 | 0x0040
_UNICODE_PATH = 0x7075
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
COPY_PREFIX = "kpfield-read-"
STALE_COPY_SECONDS = 24 * 3600
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SHEET_STATES = ("visible", "hidden", "veryHidden")


class BadWorkbook(ValueError):
    """A file that cannot be read as a workbook; the message names the file and what to do."""


def inspect_workbook(path: str | Path, share: Callable[[int], PartChecker | None] | None = None) -> WorkbookFacts:
    """Refuse, with a message naming ``path``, anything that is not a safe .xlsx workbook.

    Returns what the user should be told about a workbook that passes (macros, links, formulas,
    hidden sheets, the 1904 date system), and :attr:`WorkbookFacts.readable`, the canonical copy
    that every reader of this workbook must open instead of ``path``. The copy is removed by
    :meth:`WorkbookFacts.discard`, or when the facts are no longer referenced; a copy left by a
    process that was killed is removed by a later inspection, a day on.

    ``share``, given the bytes of sheet XML to check once the zip's own checks pass, may return a
    :class:`PartChecker` that checks about half of the sheet parts while this process checks the
    rest (the importer's reading process, which has nothing else to do yet)."""
    path = Path(path)
    _check_path(path)
    with _open(path) as fh:
        head = fh.read(8)
        if head == OLE2:
            raise _ole2(path, fh)
        if not head.startswith(b"PK"):
            raise _not_xlsx(path)
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise BadWorkbook(
                translate(
                    "xlsx", "{path} is damaged or incomplete (cut short while copying?): copy it again from its source"
                ).format(path=path)
            ) from None
        with zf:
            infos = zf.infolist()
            members = _Members(path, infos)
            _check_kind(path, zf, members)
            _check_sizes(path, infos)
            _check_entities(path, zf, infos)
            plan = _plan(path, zf, members)
            facts = _facts(path, zf, members, plan)
            copy = _Copy.write(path, fh, plan, facts)
    try:
        _measure(path, copy.path, facts, share)
    except BaseException:
        facts.discard()
        raise
    return facts


Part = tuple[int, str, int, str]  # position in the zip's directory, member name, CRC, sheet name


class PartChecker(Protocol):
    """Checks a share of a workbook's sheet parts elsewhere (another process) while
    :func:`inspect_workbook` checks the rest."""

    def check(self, readable: Path, source: Path, parts: list[Part]) -> None:
        """Start checking ``parts`` of the canonical copy ``readable`` with :func:`scan_parts`
        (messages name ``source``, the file the user chose)."""

    def checked(self) -> dict[str, dict[int, int]]:
        """What :func:`scan_parts` returned for them; raises BadWorkbook as it did."""


# ---- what the file is ------------------------------------------------------------------------


def _check_path(path: Path) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise BadWorkbook(translate("xlsx", "{path}: no such file").format(path=path)) from None
    except OSError as e:
        raise BadWorkbook(
            translate("xlsx", "{path} cannot be read ({error}); copy it again from its source").format(
                path=path, error=e.strerror or e
            )
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise BadWorkbook(translate("xlsx", "{path} is a folder, not a workbook").format(path=path))
    if not stat.S_ISREG(st.st_mode):
        # a pipe would wait for a writer forever, a device never ends
        raise BadWorkbook(
            translate(
                "xlsx", "{path} is not a file but a device or a pipe: choose a workbook saved on a disk or a USB stick"
            ).format(path=path)
        )


def _open(path: Path) -> IO[bytes]:
    """``path`` opened for reading, refused unless it is still a regular file once open (without
    waiting: a pipe put in its place since :func:`_check_path` would wait for a writer)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise BadWorkbook(
            translate("xlsx", "{path} cannot be read ({error}); copy it again from its source").format(
                path=path, error=e.strerror or e
            )
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        _check_path(path)  # says what it is now
        raise _not_xlsx(path)
    return os.fdopen(fd, "rb")


def _ole2(path: Path, fh: IO[bytes]) -> BadWorkbook:
    """What an OLE2 (compound document) file is: an encrypted .xlsx or an old .xls."""
    marker = "EncryptedPackage".encode("utf-16-le")
    fh.seek(0)
    tail = b""
    while block := fh.read(RAW_CHUNK):
        if marker in tail + block:
            return BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is protected by a password: open it in Excel or LibreOffice, remove the password "
                    "(File > Info > Protect workbook, or Save As without a password) and import it again",
                ).format(path=path)
            )
        tail = block[-len(marker) :]
    return BadWorkbook(
        translate(
            "xlsx",
            "{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), "
            "then import that",
        ).format(path=path)
    )


def _not_xlsx(path: Path) -> BadWorkbook:
    return BadWorkbook(
        translate(
            "xlsx",
            "{path} is not a workbook (.xlsx), whatever its name says: if a spreadsheet program opens it, save it "
            "from there as an Excel workbook (.xlsx) and import that; otherwise choose a file saved from Excel, "
            "LibreOffice or kpfield",
        ).format(path=path)
    )


def _save_again(path: Path, part: str, why: str) -> BadWorkbook:
    return BadWorkbook(
        translate(
            "xlsx",
            "{path} is refused: its part {part} {why}, which spreadsheet programs never write. Open it in Excel "
            "or LibreOffice, save it as an Excel workbook (.xlsx) and import that",
        ).format(path=path, part=part[:200], why=why)
    )


def _ascii_lower(name: str) -> str:
    return name.translate(_ASCII_LOWER)


class _Members:
    """The zip's members, found as the reader finds them: a name is looked up without regard to
    ASCII capitals, backslashes read as slashes (python-calamine), then as written. A zip naming
    one part twice by those rules, or giving a member a second name in an Info-ZIP Unicode Path
    field (which Python's zipfile ignores and the reader's zip library uses), is refused."""

    def __init__(self, path: Path, infos: list[zipfile.ZipInfo]):
        self.by_key: dict[str, zipfile.ZipInfo] = {}
        self.by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.flag_bits & _FLAG_ENCRYPTED:
                raise BadWorkbook(
                    translate(
                        "xlsx", "{path} is protected by a password: remove the password and import it again"
                    ).format(path=path)
                )
            if info.compress_type not in (_STORED, _DEFLATED):
                raise _save_again(
                    path,
                    info.filename,
                    translate("xlsx", "is compressed with method {method}").format(method=info.compress_type),
                )
            other = _unicode_path(info)
            if other is not None and other != info.filename:
                raise _save_again(
                    path,
                    info.filename,
                    translate("xlsx", "carries a second name ({name})").format(name=repr(other[:200])),
                )
            key = _ascii_lower(info.filename.replace("\\", "/"))
            if key in self.by_key:
                first = self.by_key[key].filename
                raise _save_again(
                    path,
                    info.filename,
                    translate("xlsx", "is a second part named {first}").format(first=repr(first[:200]))
                    if first != info.filename
                    else translate("xlsx", "is there twice"),
                )
            self.by_key[key] = info
            self.by_name[info.filename] = info

    @property
    def names(self) -> set[str]:
        return set(self.by_name)

    def find(self, name: str) -> zipfile.ZipInfo | None:
        return self.by_key.get(_ascii_lower(name)) or self.by_name.get(name)


def _unicode_path(info: zipfile.ZipInfo) -> str | None:
    """The name an Info-ZIP Unicode Path extra field (0x7075) gives a member, if it has one."""
    extra, i = info.extra, 0
    while i + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, i)
        data = extra[i + 4 : i + 4 + size]
        if kind == _UNICODE_PATH and len(data) >= 5:
            return data[5:].decode("utf-8", "replace")
        i += 4 + size
    return None


def _head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, n: int) -> bytes:
    with zf.open(info) as member:
        return member.read(n)


def _check_kind(path: Path, zf: zipfile.ZipFile, members: _Members) -> None:
    """Refuse zips that are not Office Open XML workbooks, by what they hold, whatever their name."""
    mimetype = members.by_name.get("mimetype")
    if mimetype is not None:
        try:
            opendocument = b"opendocument" in _head(zf, mimetype, 100)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
            raise _damaged(path, mimetype.filename, e) from None
        if opendocument:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File > Save As > "
                    "Excel 2007-365 (.xlsx), then import that",
                ).format(path=path)
            )
    if members.find("[Content_Types].xml") is None:
        raise BadWorkbook(translate("xlsx", "{path} is a zip file but not an Excel workbook (.xlsx)").format(path=path))


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
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


def _check_entities(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    for i in infos:
        if not i.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        try:
            start = _head(zf, i, XML_HEAD)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error) as e:
            raise _damaged(path, i.filename, e) from None
        if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
            raise _entities(path, i.filename)


def _entities(path: Path, part: str) -> BadWorkbook:
    return BadWorkbook(
        translate(
            "xlsx",
            "{path} is refused: its part {part} declares XML entities, which workbooks never need "
            "and which can make a reader exhaust memory",
        ).format(path=path, part=part)
    )


def too_many(path: Path, what: str, count: int, limit: int) -> BadWorkbook:
    """The refusal of a workbook that declares or holds more of something than kpfield reads."""
    return BadWorkbook(
        translate(
            "workbook",
            "{path} is refused: {what}: {count}, more than kpfield reads ({limit}). A field workbook holds far "
            "fewer: split the data into smaller workbooks, or open the file in Excel or LibreOffice, save it "
            "again and import that",
        ).format(
            path=path,
            what=what,
            count=format_number(count, grouping=True),
            limit=format_number(limit, grouping=True),
        )
    )


# ---- which parts the reader reads ------------------------------------------------------------


@dataclass
class _PlannedSheet:
    name: str
    state: str
    info: zipfile.ZipInfo | None  # its cells; None for a sheet holding none (a chart) or missing
    missing: bool = False  # a worksheet whose part is not in the file: reading it fails


@dataclass
class _Plan:
    """The parts of the original the reader would read, found as it finds them."""

    workbook: zipfile.ZipInfo
    strings: zipfile.ZipInfo | None
    styles: zipfile.ZipInfo | None
    sheets: list[_PlannedSheet]
    date1904: bool


def _plan(path: Path, zf: zipfile.ZipFile, members: _Members) -> _Plan:
    """Follow the package as python-calamine does: the office document's folder from
    ``_rels/.rels`` (the target's folder; ``xl/`` without one), then ``workbook.xml``, its
    relationships, ``sharedStrings.xml`` and ``styles.xml`` in that folder; each sheet by the
    last attribute named ``id`` of its element, its target taken from the folder (or from the
    root when it starts with a slash)."""
    folder = "xl/"
    package = _xml(path, zf, members.find("_rels/.rels"))
    if package is not None:
        target = None
        for el in package.iter():
            if _local(el.tag) == "Relationship" and (el.get("Type") or "").endswith("/relationships/officeDocument"):
                target = el.get("Target", target)
        if target is not None:
            cut = target.rfind("/")
            folder = target[: cut + 1] if cut >= 0 else ""
            folder = folder[1:] if folder.startswith("/") else folder
    workbook = members.find(folder + "workbook.xml")
    if workbook is None:
        if members.find(folder + "workbook.bin") is not None or members.find("xl/workbook.bin") is not None:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} is an Excel binary workbook (.xlsb), which kpfield does not read: open it in Excel and "
                    "save it as an Excel workbook (.xlsx), then import that",
                ).format(path=path)
            )
        raise BadWorkbook(translate("xlsx", "{path} is a zip file but not an Excel workbook (.xlsx)").format(path=path))
    rels: dict[str, tuple[str, str]] = {}
    rels_root = _xml(path, zf, members.find(folder + "_rels/workbook.xml.rels"))
    if rels_root is not None:
        for el in rels_root.iter():
            rid = el.get("Id")
            if _local(el.tag) == "Relationship" and rid is not None:
                rels[rid] = (el.get("Target") or "", el.get("Type") or "")
    root = _xml(path, zf, workbook)
    if root is None:
        raise _damaged(path, workbook.filename, translate("xlsx", "not readable XML"))
    sheets: list[_PlannedSheet] = []
    date1904 = False
    for el in root.iter():
        local = _local(el.tag)
        if local == "workbookPr":
            date1904 = el.get("date1904") in ("1", "true")
        if local != "sheet" or el.get("name") is None:
            continue
        if len(sheets) >= MAX_SHEETS:
            raise too_many(
                path,
                translate("workbook", "sheets"),
                sum(1 for e in root.iter() if _local(e.tag) == "sheet"),
                MAX_SHEETS,
            )
        rid = None
        for k, v in el.attrib.items():
            if _local(k) == "id":
                rid = v
        state = el.get("state") or "visible"
        sheet = _PlannedSheet(el.get("name") or "", state if state in _SHEET_STATES else "hidden", None)
        rel = rels.get(rid or "")
        if rel is None:
            sheet.missing = True
        elif rel[1].rpartition("/")[2] == "worksheet":
            target = rel[0][1:] if rel[0].startswith("/") else folder + rel[0]
            sheet.info = members.find(target)
            sheet.missing = sheet.info is None
        sheets.append(sheet)
    return _Plan(
        workbook,
        members.find(folder + "sharedStrings.xml"),
        members.find(folder + "styles.xml"),
        sheets,
        date1904,
    )


@dataclass
class SheetFacts:
    """One sheet as the workbook declares it, and the formula cells found in it."""

    name: str
    part: str | None = None  # the member of the canonical copy holding its cells
    state: str = "visible"  # visible, hidden or veryHidden
    size: int = 0  # bytes of XML its part inflates to
    formulas: dict[int, int] = field(default_factory=dict)  # column (0-based) -> cells holding a formula

    @property
    def hidden(self) -> bool:
        return self.state != "visible"


@dataclass
class WorkbookFacts:
    """What :func:`inspect_workbook` found that a user should be told about, and the copy to read."""

    sheets: list[SheetFacts] = field(default_factory=list)
    macros: list[str] = field(default_factory=list)  # the parts holding macros (never run)
    external_links: list[str] = field(default_factory=list)  # files or addresses it links to (never opened)
    connections: bool = False  # data connections to databases or web pages (never refreshed)
    date1904: bool = False  # dates count from 1904-01-01 (old Mac Excel), not from 1899-12-30
    source: Path | None = None  # the file the user chose
    readable: Path | None = None  # the canonical copy every reader opens (see inspect_workbook)
    sha256: str = ""  # of the file as it was copied
    _owner: Any = field(default=None, repr=False, compare=False)  # removes the copy (this process only)

    def sheet(self, name: str) -> SheetFacts | None:
        return next((s for s in self.sheets if s.name == name), None)

    def discard(self) -> None:
        """Remove the canonical copy (when these facts made it; a reading process's copy of the
        facts leaves it to the process that made it)."""
        if self._owner is not None:
            self._owner()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_owner"] = None
        return state


def _facts(path: Path, zf: zipfile.ZipFile, members: _Members, plan: _Plan) -> WorkbookFacts:
    facts = WorkbookFacts(source=path, date1904=plan.date1904)
    facts.sheets = [SheetFacts(s.name, state=s.state) for s in plan.sheets]
    names = members.names
    facts.macros = sorted(
        n
        for n in names
        if n.lower().endswith("vbaproject.bin") or n.lower().startswith(("xl/macrosheets/", "xl/activex/"))
    )
    links: list[str] = []
    for n in sorted(names):
        if n.startswith("xl/externalLinks/") and n.endswith(".xml") and "/_rels/" not in n:
            folder, leaf = n.rsplit("/", 1)
            found = [
                t for t, external in _targets(path, zf, members, f"{folder}/_rels/{leaf}.rels").values() if external
            ]
            links.extend(found or [n])
    facts.external_links = list(dict.fromkeys(links))
    facts.connections = members.find("xl/connections.xml") is not None
    return facts


def _xml(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo | None) -> Element | None:
    """The root element of a small XML part, parsed without entities (defusedxml), or None."""
    from defusedxml import ElementTree

    if info is None:
        return None
    if info.file_size > MAX_SMALL_PART:
        raise BadWorkbook(
            translate(
                "workbook",
                "{path} is refused: its part {part} holds {size} bytes, far more than any workbook's; "
                "the file was not written by a spreadsheet program",
            ).format(path=path, part=info.filename, size=f"{info.file_size:,}")
        )
    try:
        with zf.open(info) as member:
            return ElementTree.parse(member).getroot()
    except Exception:  # a damaged part: measured and refused, or read by nothing
        return None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _targets(path: Path, zf: zipfile.ZipFile, members: _Members, rels: str) -> dict[str, tuple[str, bool]]:
    """Relationship id -> (target, whether it points outside the file)."""
    root = _xml(path, zf, members.find(rels))
    out: dict[str, tuple[str, bool]] = {}
    if root is None:
        return out
    for rel in root:
        rid, target = rel.get("Id"), rel.get("Target") or ""
        if rid:
            out[rid] = (target, (rel.get("TargetMode") or "").lower() == "external")
    return out


# ---- the canonical copy ----------------------------------------------------------------------


def copy_folder() -> Path:
    """Where canonical copies are written: the system's folder for temporary files."""
    return Path(tempfile.gettempdir())


def _sweep(folder: Path) -> None:
    """Remove the copies a killed kpfield left, once they are a day old (no import lasts a day)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for old in folder.glob(COPY_PREFIX + "*.xlsx"):
            with contextlib.suppress(OSError):
                if now - old.stat().st_mtime > STALE_COPY_SECONDS:
                    old.unlink()


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _attr(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )


class _Copy:
    """Writes the canonical copy: a zip of plain members, no extra fields, no data descriptors,
    sizes in every header."""

    def __init__(self, path: Path, out: IO[bytes], copy: Path):
        self.source, self.out, self.path = path, out, copy
        self.entries: list[bytes] = []
        self.at = 0

    @classmethod
    def write(cls, source: Path, fh: IO[bytes], plan: _Plan, facts: WorkbookFacts) -> _Copy:
        folder = copy_folder()
        _sweep(folder)
        try:
            fd, name = tempfile.mkstemp(prefix=COPY_PREFIX, suffix=".xlsx", dir=folder)
        except OSError as e:
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} cannot be imported: kpfield could not write its working copy in {folder} ({error}); "
                    "free some disk space and import it again",
                ).format(path=source, folder=folder, error=e.strerror or e)
            ) from None
        facts.readable = Path(name)
        facts._owner = weakref.finalize(facts, _remove, name)
        try:
            with os.fdopen(fd, "wb") as out:
                copy = cls(source, out, Path(name))
                copy._fill(fh, plan, facts)
                facts.sha256 = _sha256(fh)
        except OSError as e:
            facts.discard()
            raise BadWorkbook(
                translate(
                    "xlsx",
                    "{path} cannot be imported: kpfield could not write its working copy in {folder} ({error}); "
                    "free some disk space and import it again",
                ).format(path=source, folder=folder, error=e.strerror or e)
            ) from None
        except BaseException:
            facts.discard()
            raise
        return copy

    def _fill(self, fh: IO[bytes], plan: _Plan, facts: WorkbookFacts) -> None:
        parts: dict[int, str] = {}  # original member (by offset) -> its name in the copy
        rels: list[tuple[str, str]] = []  # (type, target) in the order of the workbook's relationships
        sheets_xml: list[str] = []
        empty = None
        for n, (sheet, sf) in enumerate(zip(plan.sheets, facts.sheets, strict=True), start=1):
            if sheet.info is not None:
                part = parts.get(sheet.info.header_offset)
                if part is None:
                    part = parts[sheet.info.header_offset] = f"xl/worksheets/sheet{len(parts) + 1}.xml"
                sf.part, sf.size = part, sheet.info.file_size
                target = part[3:]
            elif sheet.missing:
                target = f"worksheets/missing{n}.xml"  # reading it fails, as it would in the original
            else:
                empty = target = "worksheets/empty.xml"  # a chart or dialog sheet: no cells to read
            rels.append(("worksheet", target))
            state = "" if sheet.state == "visible" else f' state="{sheet.state}"'
            sheets_xml.append(f'<sheet name="{_attr(sheet.name)}" sheetId="{n}"{state} r:id="rId{n}"/>')
        if plan.styles is not None:
            rels.append(("styles", "styles.xml"))
        if plan.strings is not None:
            rels.append(("sharedStrings", "sharedStrings.xml"))
        pr = '<workbookPr date1904="1"/>' if plan.date1904 else ""
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        self._put(
            "[Content_Types].xml",
            head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        self._put(
            "_rels/.rels",
            head + f'<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        self._put(
            "xl/workbook.xml",
            head + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">{pr}<sheets>{"".join(sheets_xml)}</sheets>'
            "</workbook>",
        )
        self._put(
            "xl/_rels/workbook.xml.rels",
            head
            + f'<Relationships xmlns="{_PKG_REL_NS}">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="{_REL_NS}/{kind}" Target="{target}"/>'
                for n, (kind, target) in enumerate(rels, start=1)
            )
            + "</Relationships>",
        )
        if empty is not None:
            self._put("xl/" + empty, head + f'<worksheet xmlns="{_MAIN_NS}"><sheetData/></worksheet>')
        if plan.styles is not None:
            self._raw(fh, plan.styles, "xl/styles.xml")
        if plan.strings is not None:
            self._raw(fh, plan.strings, "xl/sharedStrings.xml")
        done = set()
        for sheet in plan.sheets:
            if sheet.info is not None and sheet.info.header_offset not in done:
                done.add(sheet.info.header_offset)
                self._raw(fh, sheet.info, parts[sheet.info.header_offset])
        self._end()

    def _entry(self, name: str, method: int, crc: int, packed: int, size: int) -> bytes:
        if max(packed, size, self.at) >= 0xFFFFFFFF:
            raise too_many(
                self.source, translate("workbook", "bytes in one workbook"), max(packed, size, self.at), 0xFFFFFFFE
            )
        raw = name.encode("ascii")
        self.entries.append(
            _CENTRAL.pack(0x02014B50, 20, 20, 0, method, 0, 0x21, crc, packed, size, len(raw), 0, 0, 0, 0, 0, self.at)
            + raw
        )
        local = _LOCAL.pack(0x04034B50, 20, 0, method, 0, 0x21, crc, packed, size, len(raw), 0) + raw
        self.out.write(local)
        self.at += len(local)
        return raw

    def _put(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        self._entry(name, _STORED, zlib.crc32(data), len(data), len(data))
        self.out.write(data)
        self.at += len(data)

    def _raw(self, fh: IO[bytes], info: zipfile.ZipInfo, name: str) -> None:
        """Copy a member's compressed bytes as they are (they are checked once copied)."""
        fh.seek(info.header_offset)
        local = fh.read(_LOCAL.size)
        if len(local) < _LOCAL.size or local[:4] != b"PK\x03\x04":
            raise _damaged(self.source, info.filename, translate("xlsx", "no local header"))
        name_len, extra_len = struct.unpack_from("<HH", local, 26)
        if fh.read(name_len) != info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"):
            raise _damaged(self.source, info.filename, translate("xlsx", "its two headers name it differently"))
        fh.seek(extra_len, os.SEEK_CUR)
        self._entry(name, info.compress_type, info.CRC, info.compress_size, info.file_size)
        left = info.compress_size
        while left:
            block = fh.read(min(RAW_CHUNK, left))
            if not block:
                raise _damaged(self.source, info.filename, translate("xlsx", "cut short"))
            self.out.write(block)
            left -= len(block)
        self.at += info.compress_size

    def _end(self) -> None:
        start = self.at
        for e in self.entries:
            self.out.write(e)
        size = sum(map(len, self.entries))
        self.out.write(_END.pack(0x06054B50, 0, 0, len(self.entries), len(self.entries), size, start, 0))


def _sha256(fh: IO[bytes]) -> str:
    h = hashlib.sha256()
    fh.seek(0)
    while block := fh.read(RAW_CHUNK):
        h.update(block)
    return h.hexdigest()


# ---- measuring the copy ----------------------------------------------------------------------


def _measure(
    source: Path, readable: Path, facts: WorkbookFacts, share: Callable[[int], PartChecker | None] | None
) -> None:
    """Check every part of the canonical copy the reader will parse."""
    try:
        zf = zipfile.ZipFile(readable)
    except (zipfile.BadZipFile, OSError) as e:
        raise _damaged(source, readable.name, e) from None
    with zf, readable.open("rb") as fp:
        infos = zf.infolist()
        by_part = {sf.part: sf for sf in facts.sheets if sf.part}
        for info in infos:
            if info.filename == "xl/styles.xml":
                if info.file_size > MAX_SMALL_PART:
                    raise _xml_too_large(source, "styles.xml", info.file_size)
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
    local = fp.read(_LOCAL.size)
    if len(local) < _LOCAL.size or local[:4] != b"PK\x03\x04":
        raise _damaged(path, label, translate("xlsx", "no local header"))
    name_len, extra_len = struct.unpack_from("<HH", local, 26)
    fp.seek(name_len + extra_len, os.SEEK_CUR)
    left, size, crc = info.compress_size, 0, 0
    if info.compress_type == _STORED:
        if info.compress_size != info.file_size:
            raise _damaged(path, label, translate("xlsx", "its sizes disagree"))
        while left:
            block = fp.read(min(CHUNK, left))
            if not block:
                raise _damaged(path, label, translate("xlsx", "cut short"))
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
                    raise _damaged(path, label, translate("xlsx", "cut short"))
                left -= len(pending)
                while pending and not inflater.eof:
                    block = inflater.decompress(pending, CHUNK)
                    pending = inflater.unconsumed_tail
                    size += len(block)
                    if size > info.file_size:
                        raise _damaged(path, label, translate("xlsx", "it holds more than its declared size"))
                    crc = zlib.crc32(block, crc)
                    if block:
                        yield block
        except zlib.error as e:
            raise _damaged(path, label, e) from None
        if not inflater.eof:
            raise _damaged(path, label, translate("xlsx", "cut short"))
    if size != info.file_size or crc != info.CRC:
        raise _damaged(path, label, translate("xlsx", "its contents do not match its checksum"))


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
        raise _entities(path, label)

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
                raise _damaged(path, label, e) from None
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
            raise _damaged(named, path.name, e) from None
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
                raise _damaged(named, label, e) from None
    return found


def _damaged(path: Path, part: str, error: object) -> BadWorkbook:
    return BadWorkbook(
        translate("xlsx", "{path} is damaged ({part}: {error}): copy it again from its source").format(
            path=path, part=part, error=error
        )
    )


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
        raise _entities(path, sheet)

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
