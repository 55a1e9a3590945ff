"""What the modules of the workbook guard share: the refusal and the messages they all give, what
a workbook was found to be, which parts the reader reads, and the limits.

:class:`BadWorkbook` is the one error a workbook is refused with. :class:`WorkbookFacts` and
:class:`SheetFacts` are what :func:`kpfield.workbook.guard.inspect_workbook` returns. :class:`Plan`
names the parts of the original file the reader would read (:mod:`kpfield.workbook.guard` finds
them, :mod:`kpfield.workbook.canonical` copies them). :class:`PartChecker` lets another process
measure a share of the sheets (:mod:`kpfield.workbook.measure`). The limits below are every size
and count beyond which a workbook is refused.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kpfield.i18n import format_number, translate

__all__ = [
    "BadWorkbook",
    "Part",
    "PartChecker",
    "Plan",
    "PlannedSheet",
    "SheetFacts",
    "WorkbookFacts",
    "damaged",
    "declares_entities",
    "too_many",
]

# A real 1,000,000-row kpfield workbook inflates to about 0.5 GB of XML. Beyond these limits a
# file is refused before it is inflated.
MAX_UNCOMPRESSED = 4 * 1024**3
MAX_RATIO = 200  # per member, once it inflates past MAX_RATIO_FLOOR
MAX_RATIO_FLOOR = 16 * 1024**2
XML_HEAD = 4096  # a DOCTYPE must come before the root element, so the head is enough

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
# the workbook's own small parts (workbook.xml, relationships, styles) are parsed whole: a few KB
# in real files; beyond this they are refused rather than held in memory
MAX_SMALL_PART = 64 * 1024**2

# Deflate and stored are the only ways Office Open XML packages compress their parts.
STORED, DEFLATED = 0, 8
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")  # a zip member's local header
RAW_CHUNK = 1 << 20  # bytes read from the file at a time


class BadWorkbook(ValueError):
    """A file that cannot be read as a workbook; the message names the file and what to do."""


Part = tuple[int, str, int, str]  # position in the zip's directory, member name, CRC, sheet name


class PartChecker(Protocol):
    """Checks a share of a workbook's sheet parts elsewhere (another process) while
    :func:`~kpfield.workbook.guard.inspect_workbook` checks the rest."""

    def check(self, readable: Path, source: Path, parts: list[Part]) -> None:
        """Start checking ``parts`` of the canonical copy ``readable`` with
        :func:`~kpfield.workbook.measure.scan_parts` (messages name ``source``, the file the user
        chose)."""

    def checked(self) -> dict[str, dict[int, int]]:
        """What :func:`scan_parts` returned for them; raises BadWorkbook as it did."""


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


def damaged(path: Path, part: str, error: object) -> BadWorkbook:
    """The refusal of a workbook whose ``part`` cannot be read (``error`` says why)."""
    return BadWorkbook(
        translate("xlsx", "{path} is damaged ({part}: {error}): copy it again from its source").format(
            path=path, part=part, error=error
        )
    )


def declares_entities(path: Path, part: str) -> BadWorkbook:
    """The refusal of a workbook whose ``part`` declares XML entities."""
    return BadWorkbook(
        translate(
            "xlsx",
            "{path} is refused: its part {part} declares XML entities, which workbooks never need "
            "and which can make a reader exhaust memory",
        ).format(path=path, part=part)
    )


@dataclass
class PlannedSheet:
    name: str
    state: str
    info: zipfile.ZipInfo | None  # its cells; None for a sheet holding none (a chart) or missing
    missing: bool = False  # a worksheet whose part is not in the file: reading it fails


@dataclass
class Plan:
    """The parts of the original the reader would read, found as it finds them."""

    workbook: zipfile.ZipInfo
    strings: zipfile.ZipInfo | None
    styles: zipfile.ZipInfo | None
    sheets: list[PlannedSheet]
    date1904: bool


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
    """What :func:`~kpfield.workbook.guard.inspect_workbook` found that a user should be told
    about, and the copy to read."""

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
