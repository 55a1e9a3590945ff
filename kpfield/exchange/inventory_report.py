"""The consolidated regional inventory workbook: what a coordinator sends to the WGAAP.

``write_inventory(inv, path, scope, period)`` writes an .xlsx whose first sheet tells the story
(per country and half-year, in KP statistics form) and whose other sheets let a reader check any
number down to the records behind it. All aggregation runs in SQL; the workbook holds totals and
the registers a reader needs (sites, licences, buyers), never the million production records
(that is the field workbook's job), so it is written in constant memory in well under a minute.

Every figure on the Summary is the sum of the matching rows of "Production by district and
month" (production) or of the detail sheets; ``tests/exchange/test_inventory_report.py`` reads
the workbook back and checks it.

The workbook speaks the language asked for (``lang``): sheet titles, headings, notes, column
headers and the labels of codes. Figures stay numbers and dates stay date cells, the same in
every language. Sheets are named in code by their English titles (:data:`SHEETS`), whatever the
title they carry in the workbook.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain.places import COUNTRIES, REGIONS, country_name, region_name
from kpfield.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate, using_language
from kpfield.store import Inventory

from .labels import check_language, code_label, entities_label, field_name

# progress(step done, steps in all, what is being written); return False to cancel.
Progress = Callable[[int, int, str], bool]

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


class ReportCancelled(Exception):
    pass


@dataclass(frozen=True)
class Scope:
    """Which countries the workbook covers, and how to name them on its first line."""

    countries: tuple[str, ...]
    name: str

    @classmethod
    def region(cls, region: str) -> Scope:
        if region not in REGIONS:
            raise ValueError(
                translate("inventory_workbook", "unknown WGAAP region '{region}'; choose one of {choices}").format(
                    region=region, choices=", ".join(REGIONS)
                )
            )
        return cls(REGIONS[region], region_name(region))

    @classmethod
    def of_countries(cls, codes: Iterable[str]) -> Scope:
        codes = tuple(dict.fromkeys(c.strip().upper() for c in codes))
        unknown = [c for c in codes if c not in COUNTRIES]
        if unknown:
            raise ValueError(
                translate(
                    "inventory_workbook", "unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)"
                ).format(codes=", ".join(unknown))
            )
        return cls(codes, ", ".join(country_name(c) for c in codes))

    @classmethod
    def everything_in(cls, conn: sqlite3.Connection) -> Scope:
        codes = tuple(r[0] for r in conn.execute("SELECT DISTINCT country FROM site WHERE deleted = 0 ORDER BY 1"))
        return cls(codes, translate("inventory_workbook", "All countries in the inventory"))


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def of_data(cls, conn: sqlite3.Connection) -> Period:
        """From the first half-year with production to the last one."""
        row = conn.execute("SELECT MIN(produced_on), MAX(produced_on) FROM production WHERE deleted = 0").fetchone()
        if not row or not row[0]:
            today = dt.date.today()
            return cls(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
        first, last = dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1])
        start = dt.date(first.year, 1 if first.month <= 6 else 7, 1)
        end = dt.date(last.year, 6, 30) if last.month <= 6 else dt.date(last.year, 12, 31)
        return cls(start, end)

    def half_years(self) -> list[tuple[str, str, str]]:
        """(label, first day, last day) of each KP half-year the period touches, clipped to it."""
        out = []
        y, h = self.start.year, 1 if self.start.month <= 6 else 2
        while True:
            first = dt.date(y, 1 if h == 1 else 7, 1)
            last = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
            if first > self.end:
                return out
            out.append((f"{y}H{h}", max(first, self.start).isoformat(), min(last, self.end).isoformat()))
            y, h = (y, 2) if h == 1 else (y + 1, 1)


@dataclass
class ReportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # rows written per sheet (SHEETS names), headers excluded
    titles: dict[str, str] = field(default_factory=dict)  # each sheet's title in the workbook's language


# --- the workbook's look ---------------------------------------------------------------------

_NUM = {
    "int": "#,##0",
    "carats": "#,##0.00",
    "usd": "#,##0",
    "usd_ct": "#,##0.0",
    "date": "yyyy-mm-dd",
    "coord": "0.00000",
    "text": None,
}


class _Book:
    """Formats shared by every sheet, and a writer that keeps columns typed and widths fitting."""

    def __init__(self, path: Path):
        import xlsxwriter  # writing path: XlsxWriter in constant memory (see kpfield/exchange/xlsx.py)

        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
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

    def _head(self, ws: Any, columns: Sequence[tuple[str, str, int]], title: Sequence[str]) -> int:
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
        ws: Any,
        r: int,
        columns: Sequence[tuple[str, str, int]],
        row: Sequence[Any],
        formats: dict[str, Any],
        label_format: Any = None,
    ) -> None:
        for c, ((_h, kind, _w), value) in enumerate(zip(columns, row, strict=True)):
            fmt = formats.get(kind)
            if value is None or value == "":
                if label_format is not None:
                    ws.write_blank(r, c, None, fmt or label_format)
                continue
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
        self.wb.close()


# --- the data --------------------------------------------------------------------------------

_HALF = "substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END"


def _in(countries: Sequence[str]) -> str:
    return ",".join("?" * len(countries))


def _district_months(conn: sqlite3.Connection, scope: Scope, period: Period) -> list[tuple[Any, ...]]:
    """Production per country, district and month: aggregated per site first, on the covering
    index (site_id, produced_on, stones, carats, value_usd), then joined to the sites."""
    sql = f"""
    SELECT s.country, COALESCE(s.region, ''), COALESCE(s.district, ''), p.month,
           SUM(p.n), SUM(p.stones), SUM(p.carats), SUM(p.usd)
    FROM (SELECT site_id, substr(produced_on, 1, 7) AS month, COUNT(*) AS n, SUM(stones) AS stones,
                 SUM(carats) AS carats, TOTAL(value_usd) AS usd
          FROM production INDEXED BY production_site_date
          WHERE deleted = 0 AND produced_on BETWEEN ? AND ?
          GROUP BY site_id, month) AS p
    JOIN site AS s ON s.id = p.site_id
    WHERE s.country IN ({_in(scope.countries)})
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 4"""
    return conn.execute(sql, (period.start.isoformat(), period.end.isoformat(), *scope.countries)).fetchall()


def _half_of_month(month: str) -> str:
    return f"{month[:4]}H{1 if int(month[5:7]) <= 6 else 2}"


@dataclass
class _CountryHalf:
    licences: dict[str, int] = field(default_factory=dict)
    diggers: int = 0
    sites_gps: int = 0
    sites_no_gps: int = 0
    records: int = 0
    stones: int = 0
    carats: float = 0.0
    usd: float = 0.0
    sales_n: int = 0
    sales_ct: float = 0.0
    sales_usd: float = 0.0
    exports_n: int = 0
    exports_ct: float = 0.0
    exports_usd: float = 0.0
    exports_uncertified: int = 0


_LICENCE_KINDS = ("artisanal_mining", "small_scale_mining", "dealer", "exporter")


def _summary(
    conn: sqlite3.Connection, scope: Scope, period: Period, district_months: list[tuple[Any, ...]]
) -> dict[tuple[str, str], _CountryHalf]:
    halves = period.half_years()
    out: dict[tuple[str, str], _CountryHalf] = defaultdict(_CountryHalf)
    for c in scope.countries:
        for h, _first, _last in halves:
            out[(c, h)]  # every country and half-year gets a row, even with nothing recorded
    for country, _region, _district, month, n, stones, carats, usd in district_months:
        row = out[(country, _half_of_month(month))]
        row.records += n
        row.stones += stones
        row.carats += carats
        row.usd += usd
    qs = _in(scope.countries)
    for h, first, last in halves:
        for country, kind, n in conn.execute(
            f"SELECT country, kind, COUNT(*) FROM licence WHERE deleted = 0 AND status = 'active' "
            f"AND issued_on <= ? AND expires_on >= ? AND country IN ({qs}) GROUP BY 1, 2",
            (last, last, *scope.countries),
        ):
            out[(country, h)].licences[kind] = n
        for country, n in conn.execute(
            f"SELECT country, COUNT(*) FROM person WHERE deleted = 0 AND (',' || roles || ',') LIKE '%,digger,%' "
            f"AND substr(created_at, 1, 10) <= ? AND country IN ({qs}) GROUP BY 1",
            (last, *scope.countries),
        ):
            out[(country, h)].diggers = n
        for country, gps, n in conn.execute(
            f"SELECT s.country, s.latitude IS NOT NULL, COUNT(*) FROM site s WHERE s.deleted = 0 "
            f"AND s.country IN ({qs}) AND EXISTS (SELECT 1 FROM production p INDEXED BY production_site_date "
            "WHERE p.site_id = s.id AND p.deleted = 0 AND p.produced_on BETWEEN ? AND ?) GROUP BY 1, 2",
            (*scope.countries, first, last),
        ):
            if gps:
                out[(country, h)].sites_gps = n
            else:
                out[(country, h)].sites_no_gps = n
        for country, kind, certified, n, ct, usd in conn.execute(
            f"SELECT l.country, s.kind, s.kp_certificate IS NOT NULL AND s.kp_certificate != '', COUNT(*), "
            f"SUM(s.carats), SUM(s.value_usd) FROM sale s JOIN licence l ON l.id = s.seller_licence_id "
            f"WHERE s.deleted = 0 AND s.sold_on BETWEEN ? AND ? AND l.country IN ({qs}) "
            f"AND (s.kind = 'export' OR s.buyer_licence_id IS NOT NULL) GROUP BY 1, 2, 3",
            (first, last, *scope.countries),
        ):
            row = out[(country, h)]
            if kind == "sale":
                row.sales_n += n
                row.sales_ct += ct or 0
                row.sales_usd += usd or 0
            elif certified:
                row.exports_n += n
                row.exports_ct += ct or 0
                row.exports_usd += usd or 0
            else:
                row.exports_uncertified += n
    return out


# --- sheets ----------------------------------------------------------------------------------

_SUMMARY_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 24),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Half-year"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Artisanal mining licences in force"), "int", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Small-scale mining licences in force"), "int", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Dealer licences in force"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Exporter licences in force"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Registered diggers"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Producing sites with GPS"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Producing sites without GPS"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production records"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Stones"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats"), "carats", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value (USD)"), "usd", 15),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD per carat"), "usd_ct", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Sales to licensed buyers (ct)"), "carats", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Sales to licensed buyers (USD)"), "usd", 15),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Exports with KP certificate"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats exported with KP certificate"), "carats", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD exported with KP certificate"), "usd", 15),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Exports without KP certificate"), "int", 12),
]


def _summary_rows(data: dict[tuple[str, str], _CountryHalf], scope: Scope) -> tuple[list[list[Any]], list[Any]]:
    rows = []
    total = _CountryHalf()
    for (country, half), d in sorted(data.items(), key=lambda kv: (scope.countries.index(kv[0][0]), kv[0][1])):
        rows.append(
            [
                country_name(country),
                half,
                *(d.licences.get(k, 0) for k in _LICENCE_KINDS),
                d.diggers,
                d.sites_gps,
                d.sites_no_gps,
                d.records,
                d.stones,
                round(d.carats, 2),
                round(d.usd, 2),
                round(d.usd / d.carats, 1) if d.carats else None,
                round(d.sales_ct, 2),
                round(d.sales_usd, 2),
                d.exports_n,
                round(d.exports_ct, 2),
                round(d.exports_usd, 2),
                d.exports_uncertified,
            ]
        )
        for attr in (
            "records",
            "stones",
            "carats",
            "usd",
            "sales_ct",
            "sales_usd",
            "exports_n",
            "exports_ct",
            "exports_usd",
            "exports_uncertified",
        ):
            setattr(total, attr, getattr(total, attr) + getattr(d, attr))
    # licences, diggers and sites are counts at a date, so they are not added over half-years
    totals = [
        translate("inventory_workbook", "Regional total"),
        "",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        total.records,
        total.stones,
        round(total.carats, 2),
        round(total.usd, 2),
        round(total.usd / total.carats, 1) if total.carats else None,
        round(total.sales_ct, 2),
        round(total.sales_usd, 2),
        total.exports_n,
        round(total.exports_ct, 2),
        round(total.exports_usd, 2),
        total.exports_uncertified,
    ]
    return rows, totals


def _sites(conn: sqlite3.Connection, scope: Scope, period: Period) -> Iterable[tuple[Any, ...]]:
    sql = f"""
    SELECT s.code, s.name, s.country, s.region, s.district, s.chiefdom, s.village, s.latitude, s.longitude,
           s.deposit_type, s.status, l.number, l.expires_on, s.workers,
           COALESCE(p.n, 0), COALESCE(p.carats, 0), COALESCE(p.usd, 0),
           (SELECT MAX(i.inspected_on) FROM inspection i WHERE i.site_id = s.id AND i.deleted = 0)
    FROM site s
    LEFT JOIN licence l ON l.id = s.licence_id
    LEFT JOIN (SELECT site_id, COUNT(*) AS n, SUM(carats) AS carats, TOTAL(value_usd) AS usd
               FROM production INDEXED BY production_site_date
               WHERE deleted = 0 AND produced_on BETWEEN ? AND ? GROUP BY site_id) p ON p.site_id = s.id
    WHERE s.deleted = 0 AND s.country IN ({_in(scope.countries)})
    ORDER BY s.country, s.district, s.code"""
    for r in conn.execute(sql, (period.start.isoformat(), period.end.isoformat(), *scope.countries)):
        yield (
            r[0],
            r[1],
            COUNTRIES[r[2]].name,
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            code_label(r[9]) if r[9] else None,
            code_label(r[10]),
            r[11],
            r[12],
            r[13],
            r[14],
            round(r[15], 2),
            round(r[16], 2),
            r[17],
        )


_SITE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Site code"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Name"), "text", 24),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Region / province"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "District"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Chiefdom / sub-prefecture"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Village"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Latitude"), "coord", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Longitude"), "coord", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Deposit"), "text", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Status"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Licence"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Licence expires"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Workers"), "int", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production records in period"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats in period"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD in period"), "usd", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Last inspection"), "date", 12),
]


def _holder_sql() -> str:
    return "COALESCE(o.name, TRIM(COALESCE(hp.given_names, '') || ' ' || hp.family_name))"


def _licences(conn: sqlite3.Connection, scope: Scope, period: Period) -> Iterable[tuple[Any, ...]]:
    end = period.end.isoformat()
    sql = f"""
    SELECT l.country, l.number, l.kind, {_holder_sql()},
           TRIM(COALESCE(sp.given_names, '') || ' ' || COALESCE(sp.family_name, '')),
           l.issued_on, l.expires_on, l.area_ha, l.fee_usd, l.status,
           l.status = 'active' AND l.issued_on <= ? AND l.expires_on >= ?,
           (SELECT COUNT(*) FROM site s WHERE s.licence_id = l.id AND s.deleted = 0)
    FROM licence l
    LEFT JOIN person hp ON hp.id = l.holder_person_id
    LEFT JOIN organisation o ON o.id = l.holder_organisation_id
    LEFT JOIN person sp ON sp.id = l.supporter_id
    WHERE l.deleted = 0 AND l.country IN ({_in(scope.countries)})
    ORDER BY l.country, l.kind, l.number"""
    yes, no = translate("inventory_workbook", "yes"), translate("inventory_workbook", "no")
    for r in conn.execute(sql, (end, end, *scope.countries)):
        yield (
            COUNTRIES[r[0]].name,
            r[1],
            code_label(r[2]),
            r[3],
            r[4] or None,
            r[5],
            r[6],
            r[7],
            r[8],
            code_label(r[9]),
            yes if r[10] else no,
            r[11],
        )


_LICENCE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Licence number"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Holder"), "text", 28),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Supporter"), "text", 22),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Issued"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Expires"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Area (ha)"), "carats", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Fee (USD)"), "usd", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Status"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "In force at end of period"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Sites"), "int", 7),
]


def _buyers(conn: sqlite3.Connection, scope: Scope, period: Period) -> Iterable[tuple[Any, ...]]:
    start, end = period.start.isoformat(), period.end.isoformat()
    sql = f"""
    WITH bought AS (
        SELECT buyer_licence_id AS lid, COUNT(*) AS n, SUM(carats) AS ct, TOTAL(value_usd) AS usd
        FROM production WHERE deleted = 0 AND buyer_licence_id IS NOT NULL AND produced_on BETWEEN ? AND ?
        GROUP BY buyer_licence_id),
    sold AS (
        SELECT seller_licence_id AS lid,
               SUM(kind = 'sale') AS sales, TOTAL(CASE WHEN kind = 'sale' THEN carats END) AS sale_ct,
               TOTAL(CASE WHEN kind = 'sale' THEN value_usd END) AS sale_usd,
               SUM(kind = 'export' AND COALESCE(kp_certificate, '') != '') AS exports,
               TOTAL(CASE WHEN kind = 'export' AND COALESCE(kp_certificate, '') != '' THEN carats END) AS export_ct,
               TOTAL(CASE WHEN kind = 'export' AND COALESCE(kp_certificate, '') != '' THEN value_usd END)
                   AS export_usd,
               SUM(kind = 'export' AND COALESCE(kp_certificate, '') = '') AS uncertified
        FROM sale WHERE deleted = 0 AND sold_on BETWEEN ? AND ? GROUP BY seller_licence_id)
    SELECT l.country, l.number, l.kind, {_holder_sql()}, l.expires_on,
           COALESCE(b.n, 0), COALESCE(b.ct, 0), COALESCE(b.usd, 0),
           COALESCE(s.sales, 0), COALESCE(s.sale_ct, 0), COALESCE(s.sale_usd, 0),
           COALESCE(s.exports, 0), COALESCE(s.export_ct, 0), COALESCE(s.export_usd, 0), COALESCE(s.uncertified, 0)
    FROM licence l
    LEFT JOIN person hp ON hp.id = l.holder_person_id
    LEFT JOIN organisation o ON o.id = l.holder_organisation_id
    LEFT JOIN bought b ON b.lid = l.id
    LEFT JOIN sold s ON s.lid = l.id
    WHERE l.deleted = 0 AND l.kind IN ('dealer', 'exporter') AND l.country IN ({_in(scope.countries)})
    ORDER BY l.country, l.kind, l.number"""
    for r in conn.execute(sql, (start, end, start, end, *scope.countries)):
        yield (
            COUNTRIES[r[0]].name,
            r[1],
            code_label(r[2]),
            r[3],
            r[4],
            r[5],
            round(r[6], 2),
            round(r[7], 2),
            r[8],
            round(r[9], 2),
            round(r[10], 2),
            r[11],
            round(r[12], 2),
            round(r[13], 2),
            r[14],
        )


_BUYER_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Licence number"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Buying office / exporter"), "text", 30),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Licence expires"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Purchases from sites"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats bought"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD bought"), "usd", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Sales to licensed buyers"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats sold"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD sold"), "usd", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Exports with KP certificate"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats exported with KP certificate"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD exported with KP certificate"), "usd", 13),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Exports without KP certificate"), "int", 12),
]

_DISTRICT_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Region / province"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "District"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Month"), "text", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Half-year"), "text", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production records"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Stones"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value (USD)"), "usd", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD per carat"), "usd_ct", 10),
]

_SOURCE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "File"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "SHA-256"), "text", 66),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Origin (installation)"), "text", 38),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Officer"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Signature"), "text", 60),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Recorded at (UTC)"), "text", 28),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Counts"), "text", 60),
]


def write_inventory(
    inv: Inventory,
    path: str | Path,
    scope: Scope | None = None,
    period: Period | None = None,
    progress: Progress | None = None,
    only: Sequence[str] | None = None,
    matrix_path: str | Path | None = None,
    lang: str | None = None,
) -> ReportResult:
    """Write the consolidated inventory workbook for ``scope`` and ``period`` (default: everything).

    Reads through ``inv``'s connection only. ``only`` limits the workbook to the named sheets
    (:data:`SHEETS` names; the printable PDF holds the first sheets only). ``matrix_path`` is a
    coordinator's own matrix file (default: the one kpfield ships). ``lang`` is the workbook's
    language (default: the current one). Raises ReportCancelled when ``progress`` returns False;
    the partial file is removed.
    """
    with using_language(check_language(lang)) as chosen:
        return _write_inventory(inv, Path(path), scope, period, progress, only, matrix_path, chosen)


def _write_inventory(
    inv: Inventory,
    path: Path,
    scope: Scope | None,
    period: Period | None,
    progress: Progress | None,
    only: Sequence[str] | None,
    matrix_path: str | Path | None,
    lang: str,
) -> ReportResult:
    conn = inv.conn
    scope = scope or Scope.everything_in(conn)
    period = period or Period.of_data(conn)
    if not scope.countries:
        raise ValueError(translate("inventory_workbook", "the inventory holds no sites, so there is nothing to report"))
    # the order the data is gathered in, which is not the order of the sheets
    steps = [sheet_title(key) for key in (SHEETS[3], SHEETS[0], *SHEETS[1:3], *SHEETS[4:])]
    result = ReportResult(path)
    tmp = path.with_name(path.name + ".partial")

    done = 0

    def step() -> None:
        """Report the step about to start (or "done"); stop when the caller cancels."""
        nonlocal done
        what = steps[done] if done < len(steps) else translate("inventory_workbook", "done")
        if progress is not None and not progress(done, len(steps), what):
            raise ReportCancelled(
                translate("inventory_workbook", "the inventory workbook was cancelled; no file was written")
            )
        done += 1

    book = _Book(tmp)
    try:
        now = dt.datetime.now(dt.UTC)
        title = [
            translate("inventory_workbook", "Consolidated inventory of alluvial diamond production: {scope}").format(
                scope=scope.name
            ),
            translate(
                "inventory_workbook",
                "Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC "
                "from {file}.",
            ).format(
                start=format_date(period.start),
                end=format_date(period.end),
                halves=", ".join(h for h, _, _ in period.half_years()),
                version=__version__,
                date=format_date(now.date()),
                time=f"{now:%H:%M}",
                file=inv.path.name,
            ),
        ]
        step()
        months = _district_months(conn, scope, period)
        step()
        data = _summary(conn, scope, period, months)
        rows, totals = _summary_rows(data, scope)
        wanted = set(only) if only is not None else None

        def want(sheet: str) -> bool:
            if wanted is None or sheet in wanted:
                result.titles[sheet] = sheet_title(sheet)
                return True
            return False

        if want("Summary"):
            result.sheets["Summary"] = book.table(
                sheet_title("Summary"),
                _SUMMARY_COLUMNS,
                rows,
                totals=totals,
                title=[
                    *title,
                    translate(
                        "inventory_workbook",
                        "Licences in force and registered diggers are counted on the last day of each "
                        "half-year; producing sites are sites with production recorded in the half-year. Production "
                        "totals are the sums of '{sheet}'.",
                    ).format(sheet=sheet_title("Production by district & month")),
                ],
            )
        step()
        last_half = Period.half_years(period)[-1][0]
        if want("Challenge matrix"):
            from kpfield.matrix.definition import load_matrix
            from kpfield.matrix.scope import Period as MatrixPeriod

            from .inventory_matrix import write_matrix_sheet

            result.sheets["Challenge matrix"] = write_matrix_sheet(
                book, conn, scope.countries, MatrixPeriod.parse(last_half), load_matrix(matrix_path), lang
            )
        step()
        if want("Footprints"):
            from kpfield.matrix.scope import Period as MatrixPeriod

            from .inventory_matrix import write_footprint_sheet

            result.sheets["Footprints"] = write_footprint_sheet(
                book, conn, scope.countries, MatrixPeriod.parse(last_half)
            )
        step()
        by_month = [
            (
                country_name(c),
                reg,
                dist,
                m,
                _half_of_month(m),
                n,
                st,
                round(ct, 2),
                round(usd, 2),
                round(usd / ct, 1) if ct else None,
            )
            for c, reg, dist, m, n, st, ct, usd in months
        ]
        t = [sum(r[i] for r in by_month) for i in (5, 6, 7, 8)]
        if want("Production by district & month"):
            result.sheets["Production by district & month"] = book.table(
                sheet_title("Production by district & month"),
                _DISTRICT_COLUMNS,
                by_month,
                totals=[
                    translate("inventory_workbook", "Total"),
                    "",
                    "",
                    "",
                    "",
                    t[0],
                    t[1],
                    round(t[2], 2),
                    round(t[3], 2),
                    round(t[3] / t[2], 1) if t[2] else None,
                ],
            )
        step()
        if want("Sites"):
            result.sheets["Sites"] = book.table(sheet_title("Sites"), _SITE_COLUMNS, _sites(conn, scope, period))
        step()
        if want("Licences"):
            result.sheets["Licences"] = book.table(
                sheet_title("Licences"), _LICENCE_COLUMNS, _licences(conn, scope, period)
            )
        if want("Buyers and exporters"):
            result.sheets["Buyers and exporters"] = book.table(
                sheet_title("Buyers and exporters"), _BUYER_COLUMNS, _buyers(conn, scope, period)
            )
        step()
        if want("Sources"):
            from .signing import describe, import_signatures

            signatures = import_signatures(conn)

            def signature_of(source_id: str) -> str:
                if source_id not in signatures:
                    return ""  # not a workbook import (the demo's bulk load)
                check = signatures[source_id]
                return (
                    describe(check)
                    if check
                    else translate("inventory_workbook", "not checked: imported before kpfield signed workbooks")
                )

            sources = conn.execute(
                "SELECT id, kind, file_name, sha256, origin, officer, at, counts FROM source ORDER BY at"
            )
            result.sheets["Sources"] = book.table(
                sheet_title("Sources"),
                _SOURCE_COLUMNS,
                ((*r[1:6], signature_of(r[0]), *r[6:]) for r in sources),
                title=[translate("inventory_workbook", "Every import and bulk load this inventory rests on")],
                after=_open_questions(inv),
            )
        step()
        book.close()
        tmp.replace(path)
    except BaseException:
        try:
            book.close()
        except Exception:  # the partial file is removed below whatever state the writer is in
            pass
        tmp.unlink(missing_ok=True)
        raise
    return result


_CONFLICT_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Field"), "text", 66),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value here"), "text", 38),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value received"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "From file"), "text", 28),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Since (UTC)"), "text", 60),
]
_DUPLICATE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Probably the same as"), "text", 66),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Why"), "text", 38),
]


def _open_questions(inv: Inventory) -> list[tuple[str, Sequence[tuple[str, str, int]], Sequence[Sequence[Any]]]]:
    """Open conflicts and duplicate candidates, so the reader knows what the numbers still wait on."""
    from .review import describe, open_conflicts, open_duplicates

    conflicts = [
        (
            _kind(c.kind),
            describe(inv, c.kind, c.record_id),
            _field(c.kind, c.field),
            _text(c.ours),
            _text(c.theirs),
            c.file,
            c.at,
        )
        for c in open_conflicts(inv)
    ]
    duplicates = [(_kind(d.kind), d.a_label, d.b_label, d.why) for d in open_duplicates(inv)]
    return [
        (
            translate(
                "inventory_workbook",
                "Open conflicts: {n} (settle them with 'kpfield resolve' or on the Exchange page)",
            ).format(n=format_number(len(conflicts), grouping=True)),
            _CONFLICT_COLUMNS,
            conflicts,
        ),
        (
            translate("inventory_workbook", "Probable duplicates to review: {n}").format(
                n=format_number(len(duplicates), grouping=True)
            ),
            _DUPLICATE_COLUMNS,
            duplicates,
        ),
    ]


def _kind(key: str) -> str:
    from kpfield.domain.entities import ENTITIES

    return entities_label(ENTITIES[key]) if key in ENTITIES else key


def _field(key: str, name: str) -> str:
    from kpfield.domain.entities import ENTITIES

    ent = ENTITIES.get(key)
    if name == "deleted":
        return translate("merge", "deleted")
    return field_name(ent, name) if ent is not None and name in ent.field_names else name


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


# Sheets a person prints: the story, not the registers (SHEETS names).
PRINTED_SHEETS = ("Summary", "Challenge matrix")


class PdfUnavailable(RuntimeError):
    pass


def write_pdf(
    inv: Inventory,
    pdf_path: str | Path,
    scope: Scope | None = None,
    period: Period | None = None,
    lang: str | None = None,
) -> Path:
    """A PDF of the printed sheets in ``lang`` (default: the current language), made by LibreOffice
    (``soffice``) where it is installed."""
    import shutil
    import subprocess
    import tempfile

    lang = check_language(lang)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise PdfUnavailable(
            translate(
                "inventory_workbook",
                "LibreOffice is not installed, so no PDF was made (the workbook itself was written). "
                "Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.",
            )
        )
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="kpfield-pdf-") as tmp:
        book = Path(tmp) / f"{pdf_path.stem}.xlsx"
        write_inventory(inv, book, scope, period, only=PRINTED_SHEETS, lang=lang)
        # a profile of its own, so a LibreOffice the user has open does not swallow the conversion
        profile = (Path(tmp) / "profile").as_uri()
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(book),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        made = Path(tmp) / f"{pdf_path.stem}.pdf"
        if done.returncode != 0 or not made.exists():
            raise PdfUnavailable(
                translate("inventory_workbook", "LibreOffice could not make the PDF: {error}").format(
                    error=(done.stderr or done.stdout).strip()[:300]
                )
            )
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made), pdf_path)
    return pdf_path
