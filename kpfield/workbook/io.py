"""The one small interface between kpfield and spreadsheet libraries: read and write a workbook.

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

A reader only opens the canonical copy that :func:`kpfield.workbook.guard.inspect_workbook` made
of a file and checked, never the file itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpfield.i18n import translate

from .base import BadWorkbook, WorkbookFacts
from .guard import inspect_workbook

if TYPE_CHECKING:
    from python_calamine import CalamineSheet
    from xlsxwriter.worksheet import Worksheet

__all__ = [
    "FORMULA_START",
    "WorkbookReader",
    "SheetWriter",
    "WorkbookWriter",
    "close_workbook",
    "discard_workbook",
    "openpyxl_is_defused",
]

# Text that a spreadsheet would run as a formula if a person re-entered the cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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

    def __init__(self, path: str | Path, facts: WorkbookFacts | None = None):
        """``facts``: what :func:`inspect_workbook` returned for this file, when it already ran
        (the reader then opens its canonical copy, which the caller keeps); without them the
        reader inspects the file itself, and removes the copy when it is closed."""
        from python_calamine import CalamineWorkbook

        self.path = Path(path)
        self._own = facts is None
        self.facts = facts if facts is not None else inspect_workbook(self.path)
        if self.facts.source is not None:
            self.path = self.facts.source  # messages name the file the user chose, never the copy
        readable = self.facts.readable
        if readable is None:
            raise ValueError("WorkbookReader needs the facts inspect_workbook returned, with their copy")
        self._first_column: dict[str, int] = {}
        # sheets parsed ahead by load() (set when each is ready), those rows() has asked for, the
        # lock over these, and the lock that keeps the library to one parse at a time
        self._loaded: dict[str, CalamineSheet] = {}
        self._ready: dict[str, threading.Event] = {}
        self._taken: set[str] = set()
        self._lock = threading.Lock()
        self._parsing = threading.Lock()
        try:
            # the copy, always named .xlsx: the library picks its reader by the name's extension
            self._wb = CalamineWorkbook.from_path(str(readable))
        except Exception as e:  # calamine raises its own error types for damaged files
            if self._own:
                self.facts.discard()
            raise BadWorkbook(
                translate(
                    "xlsx", "{path} cannot be read as a workbook ({error}); copy it again from its source"
                ).format(path=self.path, error=e)
            ) from None

    @property
    def sheet_names(self) -> list[str]:
        return list(self._wb.sheet_names)

    def rows(self, title: str) -> Iterator[list[Any]]:
        """The rows of one sheet from its first row (so the n-th row yielded is row n), each from
        the sheet's first used column (:meth:`first_column`). Only this sheet is held in memory."""
        try:
            sheet = self._sheet(title)
            self._first_column[title] = (sheet.start or (0, 0))[1]
            it = sheet.iter_rows()
        except BadWorkbook:
            raise
        except Exception as e:
            raise BadWorkbook(self._unreadable(title, e)) from None
        del sheet
        try:
            yield from it
        except Exception as e:
            raise BadWorkbook(self._unreadable(title, e)) from None

    def load(self, title: str) -> None:
        """Parse ``title`` now (in a thread, ahead of :meth:`rows`): the library parses without the
        interpreter lock. A sheet that cannot be parsed is left for :meth:`rows` to report."""
        with self._lock:
            if title in self._taken or title in self._ready:
                return
            ready = self._ready[title] = threading.Event()
        try:
            with self._parsing:
                sheet = self._wb.get_sheet_by_name(title)
        except BaseException:  # noqa: BLE001 - rows() parses it again and says why it cannot
            sheet = None  # (a panic in the library arrives as a BaseException)
        finally:
            ready.set()  # never leave rows() waiting
        with self._lock:
            if sheet is not None:
                self._loaded[title] = sheet

    def _sheet(self, title: str) -> CalamineSheet:
        with self._lock:
            self._taken.add(title)
            ready = self._ready.get(title)
        if ready is not None:
            ready.wait()  # parsed, or being parsed, ahead
            with self._lock:
                sheet = self._loaded.pop(title, None)
            if sheet is not None:
                return sheet
        with self._parsing:
            return self._wb.get_sheet_by_name(title)

    def _unreadable(self, title: str, e: Exception) -> str:
        return translate("xlsx", "{path}, sheet '{sheet}': cannot be read ({error})").format(
            path=self.path, sheet=title, error=e
        )

    def first_column(self, title: str) -> int:
        """The column (0 for A) of the first cell of each row :meth:`rows` gave for ``title``."""
        return self._first_column.get(title, 0)

    def close(self) -> None:
        with self._parsing:  # after a parse running ahead (load) has ended
            self._loaded.clear()
            self._wb.close()
        if self._own:
            self.facts.discard()

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---- writing ---------------------------------------------------------------------------------


class SheetWriter:
    """One sheet being written row by row; cells are typed by the column kinds it was given.

    Kinds: ``text`` (always a text cell; formula-like text gets Excel's quote prefix, so it stays
    text even when someone edits the cell), ``number``, ``int``, ``date`` (a ``datetime.date`` or
    ISO text, written as a date cell), ``value`` (a cell typed by the value itself: numbers as
    numbers, ``datetime.date`` as dates, anything else as text).
    """

    def __init__(self, book: WorkbookWriter, ws: Worksheet, kinds: Sequence[str]):
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

        def value(r: int, c: int, v: Any) -> None:
            # a value of any field, in the cell type it has: a number, a date, or text
            if isinstance(v, bool):
                wn(r, c, int(v))
            elif isinstance(v, (int, float)):
                wn(r, c, v)
            elif isinstance(v, dt.datetime):
                wd(r, c, v, date_fmt)
            elif isinstance(v, dt.date):
                wd(r, c, dt.datetime(v.year, v.month, v.day), date_fmt)
            else:
                text(r, c, v)

        by_kind = {"text": text, "number": number, "int": number, "date": date, "value": value}
        self._cells = [by_kind[k] for k in kinds]

    def header(self, labels: Sequence[str]) -> None:
        self._labels = list(labels)
        for c, label in enumerate(labels):
            self._ws.write_string(0, c, label, self._book.header_format)

    def lay_out(self, widths: Sequence[float], *, footer: str | None = None) -> None:
        """Set the sheet to read and print: column ``widths`` (characters), the header frozen and
        repeated on every printed page, A4 landscape one page wide, and ``footer`` (spreadsheet
        footer codes) if given. Call :meth:`finish` after the last row for the filter."""
        ws = self._ws
        labels = getattr(self, "_labels", [])
        lines = 1
        for c, width in enumerate(widths):
            label = labels[c] if c < len(labels) else ""
            # as wide as the header's longest word, so that it wraps between words
            width = max(width, max((len(w) for w in label.split()), default=0) * 1.15 + 2)
            ws.set_column(c, c, width)
            lines = max(lines, -(-int(len(label) * 1.1) // max(int(width * 0.85), 1)))
        ws.set_row(0, 15 * min(lines, 5))
        ws.freeze_panes(1, 0)
        ws.set_paper(9)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)
        if footer:
            ws.set_footer(footer)
        self._columns = len(widths)

    def finish(self) -> None:
        """After the last row: a filter over the header and the rows (sheets laid out with :meth:`lay_out`)."""
        if getattr(self, "_columns", 0):
            self._ws.autofilter(0, 0, max(self.rows, 1), self._columns - 1)

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
    normal mode, which data validations and column widths are easier in.

    ``tmpdir``: where XlsxWriter keeps its temporary files (a sheet's rows while streaming, each
    part while it zips them): the output's staging folder (:func:`kpfield.output.writing`), so
    that a killed kpfield leaves them where the next start removes them."""

    def __init__(self, path: str | Path, *, streaming: bool = True, tmpdir: str | Path | None = None):
        import xlsxwriter

        self.path = Path(path)
        self.book = xlsxwriter.Workbook(
            str(self.path),
            {
                "constant_memory": streaming,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "tmpdir": str(tmpdir) if tmpdir is not None else None,
            },
        )
        self.date_format = self.book.add_format({"num_format": "yyyy-mm-dd"})
        self.quoted_format = self.book.add_format({"quote_prefix": True})
        self.header_format = self.book.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
        )

    def sheet(self, title: str, kinds: Sequence[str]) -> SheetWriter:
        return SheetWriter(self, self.book.add_worksheet(title), kinds)

    def raw_sheet(self, title: str) -> Worksheet:
        """The XlsxWriter worksheet itself, for the template's validations and layout."""
        return self.book.add_worksheet(title)

    def close(self) -> None:
        """Assemble the .xlsx; when that fails, every file the writer held is let go (see
        :func:`close_workbook`) before the error is raised."""
        close_workbook(self.book)

    def discard(self) -> None:
        """Give up on the workbook: close its temporary files without assembling it."""
        discard_workbook(self.book)


def close_workbook(book: Any) -> None:
    """Finish an XlsxWriter workbook. When that fails (a full disk), the half-written zip file and
    the sheets' temporary files are closed before the error is raised: left to the garbage
    collector, the zip file would try to write again and print its own failure."""
    try:
        book.close()
    except BaseException as e:
        seen: set[int] = set()
        chain: BaseException | None = e
        while chain is not None and id(chain) not in seen:
            seen.add(id(chain))
            tb = chain.__traceback__
            while tb is not None:
                for value in list(tb.tb_frame.f_locals.values()):
                    if isinstance(value, zipfile.ZipFile):
                        with contextlib.suppress(Exception):
                            value.close()
                tb = tb.tb_next
            chain = chain.__context__
        discard_workbook(book)
        raise


def discard_workbook(book: Any) -> None:
    """Give up on an XlsxWriter workbook: close the temporary files its sheets stream rows to,
    without assembling the .xlsx (which a cancelled or failed export does not need)."""
    book.fileclosed = True
    for ws in book.worksheets():
        with contextlib.suppress(Exception):
            if getattr(ws, "row_data_fh", None) is not None:
                ws._opt_close()
