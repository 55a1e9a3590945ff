"""The canonical copy: what the reader opens instead of the file the user chose.

:class:`CanonicalCopy` writes a copy of the workbook (:attr:`WorkbookFacts.readable`) holding only
what the reader needs: a workbook part and its relationships written by kpfield, and the sheets,
shared strings and styles copied byte for byte under plain names. Everything the guard measures,
it measures in that copy (:mod:`kpfield.workbook.measure`), and the reader opens that copy and
nothing else: what is measured is what is read, whatever the original's names, duplicates or
extension say. Copies live in :func:`copy_folder`; one left by a killed kpfield is removed a day
later.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
import time
import weakref
import zipfile
import zlib
from pathlib import Path
from typing import IO

from kpfield.i18n import translate

from .base import LOCAL_HEADER, RAW_CHUNK, STORED, BadWorkbook, Plan, WorkbookFacts, damaged, too_many

__all__ = ["COPY_PREFIX", "CanonicalCopy", "copy_folder"]

_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
COPY_PREFIX = "kpfield-read-"
STALE_COPY_SECONDS = 24 * 3600
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


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


class CanonicalCopy:
    """Writes the canonical copy: a zip of plain members, no extra fields, no data descriptors,
    sizes in every header."""

    def __init__(self, path: Path, out: IO[bytes], copy: Path):
        self.source, self.out, self.path = path, out, copy
        self.entries: list[bytes] = []
        self.at = 0

    @classmethod
    def write(cls, source: Path, fh: IO[bytes], plan: Plan, facts: WorkbookFacts) -> CanonicalCopy:
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

    def _fill(self, fh: IO[bytes], plan: Plan, facts: WorkbookFacts) -> None:
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
        local = LOCAL_HEADER.pack(0x04034B50, 20, 0, method, 0, 0x21, crc, packed, size, len(raw), 0) + raw
        self.out.write(local)
        self.at += len(local)
        return raw

    def _put(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        self._entry(name, STORED, zlib.crc32(data), len(data), len(data))
        self.out.write(data)
        self.at += len(data)

    def _raw(self, fh: IO[bytes], info: zipfile.ZipInfo, name: str) -> None:
        """Copy a member's compressed bytes as they are (they are checked once copied)."""
        fh.seek(info.header_offset)
        local = fh.read(LOCAL_HEADER.size)
        if len(local) < LOCAL_HEADER.size or local[:4] != b"PK\x03\x04":
            raise damaged(self.source, info.filename, translate("xlsx", "no local header"))
        name_len, extra_len = struct.unpack_from("<HH", local, 26)
        if fh.read(name_len) != info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"):
            raise damaged(self.source, info.filename, translate("xlsx", "its two headers name it differently"))
        fh.seek(extra_len, os.SEEK_CUR)
        self._entry(name, info.compress_type, info.CRC, info.compress_size, info.file_size)
        left = info.compress_size
        while left:
            block = fh.read(min(RAW_CHUNK, left))
            if not block:
                raise damaged(self.source, info.filename, translate("xlsx", "cut short"))
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
