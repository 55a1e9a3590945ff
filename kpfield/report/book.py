"""The inventory workbook's pages: its sheets' names, and the writer that gives every sheet the
same look (typed columns that fit, a frozen and filtered header, landscape print with page footers).
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpfield import __version__
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entities_label, field_name
from kpfield.i18n import language, translate
from kpfield.workbook.io import close_workbook, discard_workbook

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

__all__ = [
    "SHEETS",
    "MAX_ROWS",
    "NO_DATA",
    "Book",
    "Line",
    "sheet_title",
    "kind_text",
    "field_text",
    "cell_text",
    "date_text",
    "number_text",
]

MAX_ROWS = 1_048_576  # Excel's limit per sheet, header included

# The workbook's sheets, in the order they are written, by the names code uses for them.
SHEETS = (
    "Summary",
    "Trends",
    "Challenge matrix",
    "Footprints",
    "Indicator details",
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
        "Trends": translate("inventory_workbook", "Trends"),
        "Challenge matrix": translate("inventory_workbook", "Challenge matrix"),
        "Footprints": translate("inventory_workbook", "Footprints"),
        "Indicator details": translate("inventory_workbook", "Indicator details"),
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
    "pct": "0.0%",
    "date": "yyyy-mm-dd",
    "month": "yyyy-mm",
    "datetime": "yyyy-mm-dd hh:mm",
    "coord": "0.00000",
    "text": None,
}
_DATE_KINDS = ("date", "month", "datetime")


class _NoData:
    """The value of a cell with nothing recorded behind it: written "no data" in grey, never 0."""

    def __repr__(self) -> str:
        return "NO_DATA"


NO_DATA = _NoData()


class Line(tuple[Any, ...]):
    """A row of :meth:`Book.table` with a look of its own: ``"total"`` (bold, a rule above) for a
    subtotal among the rows, ``"no_data"`` for a row whose figures are all :data:`NO_DATA`."""

    style: str

    def __new__(cls, values: Sequence[Any], style: str) -> Line:
        line = super().__new__(cls, values)
        line.style = style
        return line


def date_formats(lang: str) -> dict[str, str]:
    """The spreadsheet number formats of dates, months and times in ``lang``'s usual order (from
    the language's short date pattern in the CLDR, through Babel), and of percentages."""
    from babel.dates import get_date_format

    pattern = get_date_format("short", locale=_babel_locale(lang)).pattern
    # CLDR letters to spreadsheet codes: the day and month with two digits, the year with four
    order = [c for c in pattern if c in "dMy"]
    seps = [c for c in pattern if c not in "dMy'"]
    sep = seps[0] if seps else "-"
    parts = {"d": "dd", "M": "mm", "y": "yyyy"}
    seen: list[str] = []
    for c in order:
        if c not in seen:
            seen.append(c)
    # a percentage as the language writes it: 12.5% in English, 12,5 % (a no-break space) in French
    from babel import Locale

    percent = Locale.parse(_babel_locale(lang)).percent_formats[None].pattern
    spaced = any(c in percent for c in "\u00a0\u202f ")
    pct = {"pct": '0.0"\u00a0"%' if spaced else "0.0%"}
    if lang == "en" or seen != ["d", "M", "y"]:
        return {"date": "yyyy-mm-dd", "month": "yyyy-mm", "datetime": "yyyy-mm-dd hh:mm", **pct}
    day = sep.join(parts[c] for c in seen)
    return {"date": day, "month": f"mm{sep}yyyy", "datetime": f"{day} hh:mm", **pct}


def number_text(value: float | int, decimals: int = 0, lang: str | None = None) -> str:
    """A figure inside a sentence of the report, written as ``lang`` writes it (Babel, CLDR data):
    ``1,234.50`` in English, ``1 234,50`` in French. Half rounds away from zero, as in the cells."""
    from babel.numbers import format_decimal

    exact = decimal.Decimal(repr(value)) if isinstance(value, float) else decimal.Decimal(value)
    if not exact.is_finite():
        return str(value)
    with decimal.localcontext() as ctx:
        ctx.prec = 400 + decimals
        exact = exact.quantize(decimal.Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(exact, pattern, locale=_babel_locale(lang or language()))


def date_text(value: dt.date | str, lang: str | None = None) -> str:
    """A day inside a sentence of the report: ISO in English (unambiguous wherever the reader
    learned dates), else as ``lang`` writes it in full (``15 mai 2026``; Babel, CLDR data)."""
    from babel.dates import format_date

    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    lang = lang or language()
    if lang == "en":
        return day.isoformat()
    return format_date(day, "medium", locale=_babel_locale(lang))


def _babel_locale(lang: str) -> str:
    """The CLDR locale a language's figures are written in (Portuguese as in Brazil and Africa)."""
    return {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "es": "es_ES"}.get(lang, "en_GB")


class Book:
    """Formats shared by every sheet, and a writer that keeps columns typed and widths fitting."""

    def __init__(self, path: Path, tmpdir: Path | None = None, lang: str = "en"):
        """``tmpdir``: where XlsxWriter keeps its temporary files (the output's staging folder);
        ``lang``: the language whose date order the date cells show."""
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
        num = {**_NUM, **date_formats(lang)}
        self.formats = {k: f({"num_format": v}) if v else None for k, v in num.items()}
        self.total_formats = {
            k: f({"num_format": v, "bold": True, "top": 1} if v else {"bold": True, "top": 1}) for k, v in num.items()
        }
        self.text_format = f({"quote_prefix": True})
        self.wrap = f({"text_wrap": True, "valign": "top"})
        self.no_data = f({"font_color": "#595959", "bg_color": "#EDEDED", "italic": True, "align": "right"})
        self.no_data_label = f({"font_color": "#595959", "bg_color": "#EDEDED"})
        self.no_data_merged = f(
            {"font_color": "#595959", "bg_color": "#EDEDED", "italic": True, "align": "center", "border": 1}
        )
        self.no_data_text = translate("inventory_workbook", "no data")

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
        ``inventory_workbook`` context and written in the current language. A row may be a
        :class:`Line` (a subtotal, or a row with no data); a value may be :data:`NO_DATA`. Returns
        the number of plain data rows. Past Excel's row limit the rows continue on "<name> (2)", and so on.
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
            style = row.style if isinstance(row, Line) else None
            if style == "total":
                self._row(ws, r, columns, row, self.total_formats, label_format=self.total_label)
            elif style == "no_data":
                self._no_data_row(ws, r, columns, row)
            else:
                self._row(ws, r, columns, row, self.formats)
                n += 1
            r += 1
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
        widths = [fit_words(h, w) for h, (_h, _k, w) in zip(headers, columns, strict=True)]
        lines = max(wrapped_lines(h, w) for h, w in zip(headers, widths, strict=True))
        ws.set_row(r, 15 * min(6, max(1, lines)))
        for c, (header, width) in enumerate(zip(headers, widths, strict=True)):
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
            if value is NO_DATA:
                ws.write_string(r, c, self.no_data_text, self.no_data)
                continue
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
            if kind in _DATE_KINDS:
                ws.write_datetime(r, c, _as_datetime(value), fmt)
            elif kind == "text":
                text = str(value)
                # a leading =, +, -, @ would make a spreadsheet run the text as a formula if retyped;
                # the quote prefix keeps it text
                ws.write_string(r, c, text, label_format or (self.text_format if text[:1] in "=+-@\t\r" else None))
            else:
                ws.write_number(r, c, float(value), fmt)

    def _no_data_row(self, ws: Worksheet, r: int, columns: Sequence[tuple[str, str, int]], row: Sequence[Any]) -> None:
        """The row's leading cells as written, then one grey "no data" across the cells it has no figures for."""
        first = next((c for c, v in enumerate(row) if v is NO_DATA), len(row))
        for c in range(first):
            value = row[c]
            if value is None or value == "":
                ws.write_blank(r, c, None, self.no_data_label)
            else:
                ws.write_string(r, c, str(value), self.no_data_label)
        if first >= len(columns) - 1:
            if first < len(columns):
                ws.write_string(r, first, self.no_data_text, self.no_data)
            return
        ws.merge_range(r, first, r, len(columns) - 1, self.no_data_text, self.no_data_merged)

    def close(self) -> None:
        close_workbook(self.wb)

    def discard(self) -> None:
        """Give up on the workbook without assembling it (a cancelled or failed report)."""
        discard_workbook(self.wb)


def _as_datetime(value: Any) -> dt.datetime:
    """A date cell's value from a date, a datetime, ISO text (``2026-04-03``, ``2026-04-03T10:15:00Z``)
    or a month (``2026-04``, its first day). Times stay in UTC, without a zone (spreadsheets have none)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value)
    if len(text) == 7:
        text += "-01"
    if len(text) <= 10:
        return dt.datetime.fromisoformat(text)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)


def fit_words(header: str, width: float) -> float:
    """A column's width: at least ``width``, and wide enough for the header's longest word, so
    that a wrapped header breaks between words, never inside one (bold text is about a tenth wider)."""
    longest = max((len(w) for w in header.split()), default=0)
    return max(width, math.ceil(longest * 1.15) + 2)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to, word by word, in a column ``width`` characters wide."""
    room = max(width * 0.85, 1)
    lines, used = 1, 0.0
    for word in text.split():
        need = len(word) * 1.1
        if used and used + 1 + need > room:
            lines, used = lines + 1, need
        else:
            used = used + (1 if used else 0) + need
    return lines


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
