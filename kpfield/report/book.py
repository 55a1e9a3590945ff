"""The inventory workbook's pages: its sheets' names, and the writer that gives every sheet the
same look (typed columns that fit, a frozen and filtered header, landscape print with page footers).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpfield import __version__
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entities_label, field_name
from kpfield.i18n import translate
from kpfield.workbook.io import close_workbook, discard_workbook

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

__all__ = ["SHEETS", "MAX_ROWS", "Book", "sheet_title", "kind_text", "field_text", "cell_text"]

MAX_ROWS = 1_048_576  # Excel's limit per sheet, header included

# The workbook's sheets, in the order they are written, by the names code uses for them.
SHEETS = (
    "Summary",
    "Challenge matrix",
    "Footprints",
    "Production by district & month",
    "Sites",
    "Licences",
    "Buyers and exporters",
    "Sources",
)


def sheet_title(key: str) -> str:
    """The title of one of :data:`SHEETS` in the current language (at most 31 characters in Excel)."""
    return {
        "Summary": translate("inventory_workbook", "Summary"),
        "Challenge matrix": translate("inventory_workbook", "Challenge matrix"),
        "Footprints": translate("inventory_workbook", "Footprints"),
        "Production by district & month": translate("inventory_workbook", "Production by district & month"),
        "Sites": translate("inventory_workbook", "Sites"),
        "Licences": translate("inventory_workbook", "Licences"),
        "Buyers and exporters": translate("inventory_workbook", "Buyers and exporters"),
        "Sources": translate("inventory_workbook", "Sources"),
    }[key][:31]


_NUM = {
    "int": "#,##0",
    "carats": "#,##0.00",
    "usd": "#,##0",
    "usd_ct": "#,##0.0",
    "date": "yyyy-mm-dd",
    "coord": "0.00000",
    "text": None,
}


class Book:
    """Formats shared by every sheet, and a writer that keeps columns typed and widths fitting."""

    def __init__(self, path: Path, tmpdir: Path | None = None):
        """``tmpdir``: where XlsxWriter keeps its temporary files (the output's staging folder)."""
        import xlsxwriter  # writing path: XlsxWriter in constant memory (see kpfield/workbook/io.py)

        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "tmpdir": str(tmpdir) if tmpdir is not None else None,
                "constant_memory": True,
                # a sum beyond any float (numbers entered before the validation's limits) shows
                # as #NUM! in its cell rather than stopping the whole report
                "nan_inf_to_errors": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.wb.set_properties(
            {
                "title": translate("inventory_workbook", "Consolidated inventory of alluvial production"),
                "comments": f"kpfield {__version__}",
            }
        )
        f = self.wb.add_format
        self.title = f({"bold": True, "font_size": 14})
        self.subtitle = f({"italic": True, "font_color": "#555555"})
        self.header = f({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        self.total_label = f({"bold": True, "top": 1})
        self.formats = {k: f({"num_format": v}) if v else None for k, v in _NUM.items()}
        self.total_formats = {
            k: f({"num_format": v, "bold": True, "top": 1} if v else {"bold": True, "top": 1}) for k, v in _NUM.items()
        }
        self.text_format = f({"quote_prefix": True})

    def table(
        self,
        name: str,
        columns: Sequence[tuple[str, str, int]],
        rows: Iterable[Sequence[Any]],
        *,
        title: Sequence[str] = (),
        totals: Sequence[Any] | None = None,
        after: Sequence[tuple[str, Sequence[tuple[str, str, int]], Sequence[Sequence[Any]]]] = (),
    ) -> int:
        """Write a sheet: optional title lines, a header row, typed rows, an optional bold totals row.

        ``columns`` are (header, kind, width), headers marked with ``QT_TRANSLATE_NOOP`` in the
        ``inventory_workbook`` context and written in the current language. Returns the number of
        data rows. Past Excel's row limit the rows continue on "<name> (2)", and so on.
        """
        ws = self.wb.add_worksheet(name[:31])
        first = self._head(ws, columns, title)
        n = written = 0
        part = 1
        r = first
        for row in rows:
            if r >= MAX_ROWS:
                ws.autofilter(first - 1, 0, r - 1, len(columns) - 1)
                part += 1
                ws = self.wb.add_worksheet(f"{name[:26]} ({part})")
                r = self._head(ws, columns, title)
                first = r
            self._row(ws, r, columns, row, self.formats)
            r += 1
            n += 1
            written += 1
        ws.autofilter(first - 1, 0, max(first, r) - 1, len(columns) - 1)
        if totals is not None:
            self._row(ws, r, columns, totals, self.total_formats, label_format=self.total_label)
            r += 1
        for heading, sub_columns, sub_rows in after:
            r += 1
            ws.write_string(r, 0, heading, self.title)
            r += 1
            for c, (header, _kind, _width) in enumerate(sub_columns):
                ws.write_string(r, c, translate("inventory_workbook", header), self.header)
            r += 1
            for row in sub_rows:
                self._row(ws, r, sub_columns, row, self.formats)
                r += 1
        return n

    def _head(self, ws: Worksheet, columns: Sequence[tuple[str, str, int]], title: Sequence[str]) -> int:
        r = 0
        for i, line in enumerate(title):
            ws.write_string(r, 0, line, self.title if i == 0 else self.subtitle)
            r += 1
        if title:
            r += 1
        # wrapped headers need their height set: spreadsheets do not grow a row written in streaming mode
        # words wrap before the column is full: allow for about a fifth of each line left empty
        headers = [translate("inventory_workbook", h) for h, _k, _w in columns]
        lines = max(math.ceil(len(h) / max(w * 0.8, 1)) for h, (_h, _k, w) in zip(headers, columns, strict=True))
        ws.set_row(r, 15 * min(5, max(1, lines)))
        for c, (header, (_h, _kind, width)) in enumerate(zip(headers, columns, strict=True)):
            ws.set_column(c, c, width)
            ws.write_string(r, c, header, self.header)
        ws.freeze_panes(r + 1, 0)
        # printed: A4 landscape, one page wide, the header repeated on every page
        ws.set_paper(9)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(r)
        # &A: the sheet's name, &P: the page, &N: the pages (spreadsheet header and footer codes)
        ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
        return r + 1

    def _row(
        self,
        ws: Worksheet,
        r: int,
        columns: Sequence[tuple[str, str, int]],
        row: Sequence[Any],
        formats: Mapping[str, Format | None],
        label_format: Format | None = None,
    ) -> None:
        for c, ((_h, kind, _w), value) in enumerate(zip(columns, row, strict=True)):
            fmt = formats.get(kind)
            if value is None or value == "":
                if label_format is not None:
                    ws.write_blank(r, c, None, fmt or label_format)
                continue
            if kind == "value":
                # a value of any field, in the cell type it has: a number, a date, or text
                if isinstance(value, (bool, int, float)):
                    kind, value = "number", float(value)
                elif isinstance(value, dt.date):
                    kind = "date"
                else:
                    kind, value = "text", str(value)
                fmt = formats.get(kind)
            if kind == "date":
                ws.write_datetime(r, c, dt.datetime.fromisoformat(str(value)[:10]), fmt)
            elif kind == "text":
                text = str(value)
                # a leading =, +, -, @ would make a spreadsheet run the text as a formula if retyped;
                # the quote prefix keeps it text
                ws.write_string(r, c, text, label_format or (self.text_format if text[:1] in "=+-@\t\r" else None))
            else:
                ws.write_number(r, c, float(value), fmt)

    def close(self) -> None:
        close_workbook(self.wb)

    def discard(self) -> None:
        """Give up on the workbook without assembling it (a cancelled or failed report)."""
        discard_workbook(self.wb)


def kind_text(key: str) -> str:
    """A record kind (``person``) as the reader reads it, in the plural."""
    return entities_label(ENTITIES[key]) if key in ENTITIES else key


def field_text(key: str, name: str) -> str:
    """A field of a record kind as the reader reads it (``deleted`` included)."""
    ent = ENTITIES.get(key)
    if name == "deleted":
        return translate("merge", "deleted")
    return field_name(ent, name) if ent is not None and name in ent.field_names else name


def cell_text(value: Any) -> str | None:
    return None if value is None else str(value)
