"""The guard at the door: what a workbook must be before any parser sees it.

:func:`inspect_workbook` runs before any parser sees a file. It decides what the file is from its
bytes, never from its name: it refuses what is not an .xlsx (.xls, .xlsb, .ods, encrypted,
truncated, not a zip, text), zip bombs (by the uncompressed sizes the zip declares, before
anything is inflated), XML that declares entities (the "billion laughs"), and zips that name one
part twice (names differing only in capitals or in how folders are written, or a second name in
an Info-ZIP Unicode Path field), which readers would resolve each their own way.

It then finds the parts the reader would read, as the reader finds them (:func:`_plan`), writes
the canonical copy of them that every reader opens (:mod:`kpfield.workbook.canonical`) and
measures that copy (:mod:`kpfield.workbook.measure`). It returns what else a user should be told
(:class:`WorkbookFacts`): macros (never run), links to other files and data connections (never
followed), formula cells (their saved values are read), hidden sheets, and whether dates count
from 1904.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from kpfield.i18n import format_number, translate

from .base import (
    DEFLATED,
    MAX_RATIO,
    MAX_RATIO_FLOOR,
    MAX_SHEETS,
    MAX_SMALL_PART,
    MAX_UNCOMPRESSED,
    RAW_CHUNK,
    STORED,
    XML_HEAD,
    BadWorkbook,
    Part,
    PartChecker,
    Plan,
    PlannedSheet,
    SheetFacts,
    WorkbookFacts,
    damaged,
    declares_entities,
    too_many,
)
from .canonical import CanonicalCopy
from .measure import measure_copy, scan_parts

__all__ = [
    "BadWorkbook",
    "Part",
    "SheetFacts",
    "WorkbookFacts",
    "inspect_workbook",
    "scan_parts",
    "PartChecker",
]

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_FLAG_ENCRYPTED = 0x0001 | 0x0040
_UNICODE_PATH = 0x7075
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SHEET_STATES = ("visible", "hidden", "veryHidden")


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
            copy = CanonicalCopy.write(path, fh, plan, facts)
    try:
        measure_copy(path, copy.path, facts, share)
    except BaseException:
        facts.discard()
        raise
    return facts


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
            if info.compress_type not in (STORED, DEFLATED):
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
            raise damaged(path, mimetype.filename, e) from None
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
            raise damaged(path, i.filename, e) from None
        if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
            raise declares_entities(path, i.filename)


# ---- which parts the reader reads ------------------------------------------------------------


def _plan(path: Path, zf: zipfile.ZipFile, members: _Members) -> Plan:
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
        raise damaged(path, workbook.filename, translate("xlsx", "not readable XML"))
    sheets: list[PlannedSheet] = []
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
        sheet = PlannedSheet(el.get("name") or "", state if state in _SHEET_STATES else "hidden", None)
        rel = rels.get(rid or "")
        if rel is None:
            sheet.missing = True
        elif rel[1].rpartition("/")[2] == "worksheet":
            target = rel[0][1:] if rel[0].startswith("/") else folder + rel[0]
            sheet.info = members.find(target)
            sheet.missing = sheet.info is None
        sheets.append(sheet)
    return Plan(
        workbook,
        members.find(folder + "sharedStrings.xml"),
        members.find(folder + "styles.xml"),
        sheets,
        date1904,
    )


def _facts(path: Path, zf: zipfile.ZipFile, members: _Members, plan: Plan) -> WorkbookFacts:
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
