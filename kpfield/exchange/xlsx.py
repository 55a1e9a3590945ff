"""The one small interface between kpfield and spreadsheet libraries, and the guard at the door.

Each path uses the library that is fastest for it (measured on a 2-core machine, 200,000 rows of
12 columns):

- writing: XlsxWriter in ``constant_memory`` mode (about 8,300 rows/s in 26 MB, against 4,400 for
  openpyxl's write-only mode and 5,800 for pandas, which held 575 MB). Each row is flushed to a
  temporary file as soon as the next one starts, so memory does not grow with the row count.
- reading: python-calamine (Rust; about 60,000 rows/s against 3,900 for openpyxl's read-only
  mode). It holds one sheet at a time in memory, which :class:`WorkbookReader` keeps to one sheet.
- openpyxl remains for what neither does (tests reading back styles and data validations). It
  parses XML through defusedxml when defusedxml is installed; :func:`openpyxl_is_defused` lets
  a test prove it.

:func:`inspect_workbook` runs before any parser sees a file: it refuses what is not an .xlsx
(.xls, .ods, encrypted, truncated, not a zip), zip bombs (by the uncompressed sizes the zip
declares, before anything is inflated), and XML that declares entities (the "billion laughs").
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kpfield.i18n import format_number, translate

__all__ = [
    "BadWorkbook",
    "WorkbookReader",
    "WorkbookWriter",
    "inspect_workbook",
    "openpyxl_is_defused",
    "FORMULA_START",
]

# Text that a spreadsheet would run as a formula if a person re-entered the cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# A real 1,000,000-row kpfield workbook inflates to about 0.5 GB of XML. Beyond these limits a
# file is refused before it is inflated.
MAX_UNCOMPRESSED = 4 * 1024**3
MAX_RATIO = 200  # per member, once it inflates past MAX_RATIO_FLOOR
MAX_RATIO_FLOOR = 16 * 1024**2
XML_HEAD = 4096  # a DOCTYPE must come before the root element, so the head is enough

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class BadWorkbook(ValueError):
    """A file that cannot be read as a workbook; the message names the file and what to do."""


def inspect_workbook(path: str | Path) -> None:
    """Refuse, with a message naming ``path``, anything that is not a safe .xlsx workbook."""
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
                raise BadWorkbook(
                    translate("xlsx", "{path} is damaged ({part}: {error}): copy it again from its source").format(
                        path=path, part=i.filename, error=e
                    )
                ) from None
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise BadWorkbook(
                    translate(
                        "xlsx",
                        "{path} is refused: its part {part} declares XML entities, which workbooks never need "
                        "and which can make a reader exhaust memory",
                    ).format(path=path, part=i.filename)
                )


def openpyxl_is_defused() -> bool:
    """Whether openpyxl parses workbook XML through defusedxml (it does when defusedxml is installed)."""
    from openpyxl.xml import DEFUSEDXML

    return bool(DEFUSEDXML)


# ---- reading ---------------------------------------------------------------------------------


class WorkbookReader:
    """Reads a checked workbook one sheet at a time (python-calamine).

    Cell values come back as Python values: str, int, float, bool, ``datetime.date`` or
    ``datetime.datetime``; empty cells as ``""``. Formulas are not evaluated: the value the
    spreadsheet saved with the formula is read.
    """

    def __init__(self, path: str | Path):
        from python_calamine import CalamineWorkbook

        self.path = Path(path)
        inspect_workbook(self.path)
        try:
            self._wb = CalamineWorkbook.from_path(str(self.path))
        except Exception as e:  # calamine raises its own error types for damaged files
            raise BadWorkbook(
                translate(
                    "xlsx", "{path} cannot be read as a workbook ({error}); copy it again from its source"
                ).format(path=self.path, error=e)
            ) from None

    @property
    def sheet_names(self) -> list[str]:
        return list(self._wb.sheet_names)

    def rows(self, title: str) -> Iterator[list[Any]]:
        """The rows of one sheet, the header first. Only this sheet is held in memory."""
        try:
            sheet = self._wb.get_sheet_by_name(title)
            it = sheet.iter_rows()
        except Exception as e:
            raise BadWorkbook(self._unreadable(title, e)) from None
        try:
            yield from it
        except Exception as e:
            raise BadWorkbook(self._unreadable(title, e)) from None

    def _unreadable(self, title: str, e: Exception) -> str:
        return translate("xlsx", "{path}, sheet '{sheet}': cannot be read ({error})").format(
            path=self.path, sheet=title, error=e
        )

    def close(self) -> None:
        self._wb.close()

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---- writing ---------------------------------------------------------------------------------


class SheetWriter:
    """One sheet being written row by row; cells are typed by the column kinds it was given.

    Kinds: ``text`` (always a text cell; formula-like text gets Excel's quote prefix, so it stays
    text even when someone edits the cell), ``number``, ``int``, ``date`` (a ``datetime.date`` or
    ISO text, written as a date cell).
    """

    def __init__(self, book: WorkbookWriter, ws: Any, kinds: Sequence[str]):
        self._ws = ws
        self._book = book
        self.rows = 0
        wn, ws_, wd = ws.write_number, ws.write_string, ws.write_datetime
        date_fmt, quoted = book.date_format, book.quoted_format

        def text(r: int, c: int, v: Any) -> None:
            s = v if isinstance(v, str) else str(v)
            if s.startswith(FORMULA_START):
                ws_(r, c, s, quoted)
            else:
                ws_(r, c, s)

        def number(r: int, c: int, v: Any) -> None:
            wn(r, c, v)

        def date(r: int, c: int, v: Any) -> None:
            if isinstance(v, str):
                v = dt.date.fromisoformat(v[:10])
            wd(r, c, v, date_fmt)

        by_kind = {"text": text, "number": number, "int": number, "date": date}
        self._cells = [by_kind[k] for k in kinds]

    def header(self, labels: Sequence[str]) -> None:
        for c, label in enumerate(labels):
            self._ws.write_string(0, c, label, self._book.header_format)

    def append(self, values: Sequence[Any]) -> None:
        """Write one row below the last; None leaves the cell empty."""
        self.rows += 1
        r = self.rows
        for c, (cell, v) in enumerate(zip(self._cells, values, strict=False)):
            if v is not None and v != "":
                cell(r, c, v)


class WorkbookWriter:
    """An .xlsx written with XlsxWriter. ``streaming`` (constant memory) forbids going back to
    earlier rows of a sheet, which the field export never needs; templates are small and use the
    normal mode, which data validations and column widths are easier in."""

    def __init__(self, path: str | Path, *, streaming: bool = True):
        import xlsxwriter

        self.path = Path(path)
        self.book = xlsxwriter.Workbook(
            str(self.path),
            {
                "constant_memory": streaming,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.date_format = self.book.add_format({"num_format": "yyyy-mm-dd"})
        self.quoted_format = self.book.add_format({"quote_prefix": True})
        self.header_format = self.book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})

    def sheet(self, title: str, kinds: Sequence[str]) -> SheetWriter:
        return SheetWriter(self, self.book.add_worksheet(title), kinds)

    def raw_sheet(self, title: str) -> Any:
        """The XlsxWriter worksheet itself, for the template's validations and layout."""
        return self.book.add_worksheet(title)

    def close(self) -> None:
        self.book.close()
