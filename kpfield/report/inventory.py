"""The consolidated regional inventory workbook: what a coordinator sends to the WGAAP.

``write_inventory(inv, path, scope, period)`` writes an .xlsx whose first sheet tells the story
(per country and half-year, in KP statistics form) and whose other sheets let a reader check any
number down to the records behind it. All aggregation runs in SQL; the workbook holds totals and
the registers a reader needs (sites, licences, buyers), never the million production records
(that is the field workbook's job), so it is written in constant memory in well under a minute.

Every figure on the Summary is the sum of the matching rows of "Production by district and
month" (production) or of the detail sheets; ``tests/report/test_inventory.py`` reads
the workbook back and checks it.

The workbook speaks the language asked for (``lang``): sheet titles, headings, notes, column
headers and the labels of codes. Figures stay numbers and dates stay date cells, the same in
every language. Sheets are named in code by their English titles (:data:`SHEETS`), whatever the
title they carry in the workbook.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import cell_value, check_language, code_label
from kpfield.domain.periods import Period
from kpfield.domain.places import COUNTRIES, REGIONS, country_name, region_name
from kpfield.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language
from kpfield.matrix.definition import load_matrix
from kpfield.output import Staging, writing
from kpfield.progress import Cancelled, Progress
from kpfield.store import Inventory
from kpfield.store.keys import describe

from .book import NO_DATA, SHEETS, Book, Line, date_text, field_text, kind_text, number_text, sheet_title
from .matrix_sheets import evaluate_countries, write_footprint_sheet, write_indicator_sheet, write_matrix_sheet
from .trends import trend, write_trends_sheet

__all__ = ["Coverage", "ReportResult", "completeness", "find_region", "write_inventory", "whole_period"]


@dataclass(frozen=True)
class Coverage:
    """Which countries the workbook covers, and how to name them on its first line (a matrix
    evaluation's :class:`~kpfield.matrix.Coverage` is one place; a report covers several countries)."""

    countries: tuple[str, ...]
    name: str
    # how the name is made again in the report's language: "region" (its key), "countries", "all"
    kind: str = ""
    key: str = ""

    @property
    def shown_name(self) -> str:
        """The name in the current language (the report's, which may not be the one it was made in)."""
        if self.kind == "region":
            return region_name(self.key)
        if self.kind == "countries":
            return ", ".join(country_name(c) for c in self.countries)
        if self.kind == "all":
            return translate("inventory_workbook", "All countries in the inventory")
        return self.name

    @classmethod
    def region(cls, region: str) -> Coverage:
        """A WGAAP region by its key (``west-africa``) or its name in any of kpfield's languages
        (``West Africa``, ``Afrique de l'Ouest``), whatever the case and spacing."""
        region = find_region(region) or region
        if region not in REGIONS:
            raise ValueError(
                translate("inventory_workbook", "unknown WGAAP region '{region}'; choose one of {choices}").format(
                    region=region, choices=", ".join(REGIONS)
                )
            )
        return cls(REGIONS[region], region_name(region), "region", region)

    @classmethod
    def of_countries(cls, codes: Iterable[str]) -> Coverage:
        codes = tuple(dict.fromkeys(c.strip().upper() for c in codes))
        unknown = [c for c in codes if c not in COUNTRIES]
        if unknown:
            raise ValueError(
                translate(
                    "inventory_workbook", "unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)"
                ).format(codes=", ".join(unknown))
            )
        return cls(codes, ", ".join(country_name(c) for c in codes), "countries")

    @classmethod
    def everything_in(cls, inv: Inventory) -> Coverage:
        """Every country that has sites in ``inv``."""
        return cls(
            tuple(inv.site_countries()), translate("inventory_workbook", "All countries in the inventory"), "all"
        )


def find_region(text: str) -> str | None:
    """The key of the WGAAP region ``text`` names (its key or its name in any language), or None."""
    wanted = " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()
    for key in REGIONS:
        names = {key.replace("-", " "), *(region_name(key, lang) for lang in LANGUAGES)}
        if wanted in {" ".join(n.replace("-", " ").split()).casefold() for n in names}:
            return key
    return None


def whole_period(inv: Inventory) -> Period:
    """From the first half-year with production to the last one (the current year when there is none)."""
    span = inv.production_span()
    if span is None:
        year = dt.date.today().year
        return Period.parse(str(year))
    return Period.covering(*span)


@dataclass
class ReportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # rows written per sheet (SHEETS names), headers excluded
    titles: dict[str, str] = field(default_factory=dict)  # each sheet's title in the workbook's language


# --- the data --------------------------------------------------------------------------------

_HALF = "substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END"


def _in(countries: Sequence[str]) -> str:
    return ",".join("?" * len(countries))


def _district_months(conn: sqlite3.Connection, scope: Coverage, period: Period) -> list[tuple[Any, ...]]:
    """Production per country, district and month: aggregated per site first, on the covering
    index (site_id, produced_on, stones, carats, value_usd), then joined to the sites. A district
    is one row a month even when one of its sites has no region recorded (the others' region)."""
    # stones are summed with TOTAL (a float sum): SUM of integers fails past 2**63, which an
    # inventory made before the validation's limits may reach
    sql = f"""
    SELECT s.country, MAX(COALESCE(s.region, '')), COALESCE(s.district, ''), p.month,
           SUM(p.n), CAST(TOTAL(p.stones) AS INTEGER), SUM(p.carats), SUM(p.usd)
    FROM (SELECT site_id, substr(produced_on, 1, 7) AS month, COUNT(*) AS n, TOTAL(stones) AS stones,
                 SUM(carats) AS carats, TOTAL(value_usd) AS usd
          FROM production INDEXED BY production_site_date
          WHERE deleted = 0 AND produced_on BETWEEN ? AND ?
          GROUP BY site_id, month) AS p
    JOIN site AS s ON s.id = p.site_id
    WHERE s.country IN ({_in(scope.countries)})
    GROUP BY 1, 3, 4 ORDER BY 1, 3, 4"""
    return conn.execute(sql, (period.start, period.end, *scope.countries)).fetchall()


def _quiet_districts(
    conn: sqlite3.Connection, scope: Coverage, months: list[tuple[Any, ...]]
) -> list[tuple[str, str, str]]:
    """(country, region, district) of the districts with sites but no production in the period,
    and (country, "", "") for a country of the scope with no site at all."""
    producing = {(r[0], r[2]) for r in months}
    out = []
    seen = set()
    for country, region, district in conn.execute(
        f"SELECT country, MAX(COALESCE(region, '')), COALESCE(district, '') FROM site "
        f"WHERE deleted = 0 AND country IN ({_in(scope.countries)}) GROUP BY 1, 3",
        scope.countries,
    ):
        seen.add(country)
        if (country, district) not in producing:
            out.append((country, region, district))
    out += [(c, "", "") for c in scope.countries if c not in seen]
    return out


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
    sales_ct: float = 0.0
    sales_usd: float = 0.0
    exports_n: int = 0
    exports_ct: float = 0.0
    exports_usd: float = 0.0
    exports_uncertified: int = 0


_LICENCE_KINDS = ("artisanal_mining", "small_scale_mining", "dealer", "exporter")

# The day a person (``p``) was registered: the day recorded, else the earliest issue of a licence
# they hold, else the day the record was made (a person typed in without the day).
_REGISTERED_SQL = (
    "COALESCE(p.registered_on, (SELECT MIN(l.issued_on) FROM licence l WHERE l.holder_person_id = p.id "
    "AND l.deleted = 0), substr(p.created_at, 1, 10))"
)


def _estimated_diggers(conn: sqlite3.Connection, scope: Coverage) -> tuple[int, int]:
    """(diggers whose registration day is an estimate, all diggers) in the scope's countries."""
    row = conn.execute(
        "SELECT TOTAL(registered_on IS NULL OR registered_on_estimated = 1), COUNT(*) FROM person "
        f"WHERE deleted = 0 AND (',' || roles || ',') LIKE '%,digger,%' AND country IN ({_in(scope.countries)})",
        scope.countries,
    ).fetchone()
    return int(row[0]), int(row[1])


def _summary(
    conn: sqlite3.Connection, scope: Coverage, period: Period, district_months: list[tuple[Any, ...]]
) -> dict[tuple[str, str], _CountryHalf]:
    halves = period.half_years()
    out: dict[tuple[str, str], _CountryHalf] = defaultdict(_CountryHalf)
    for c in scope.countries:
        for half in halves:
            out[(c, half.label)]  # every country and half-year gets a row, even with nothing recorded
    for country, _region, _district, month, n, stones, carats, usd in district_months:
        row = out[(country, _half_of_month(month))]
        row.records += n
        row.stones += stones
        row.carats += carats
        row.usd += usd
    qs = _in(scope.countries)
    for half in halves:
        h, first, last = half.label, half.start, half.end
        for country, kind, n in conn.execute(
            f"SELECT country, kind, COUNT(*) FROM licence WHERE deleted = 0 AND status = 'active' "
            f"AND issued_on <= ? AND expires_on >= ? AND country IN ({qs}) GROUP BY 1, 2",
            (last, last, *scope.countries),
        ):
            out[(country, h)].licences[kind] = n
        for country, n in conn.execute(
            f"SELECT country, COUNT(*) FROM person p WHERE deleted = 0 AND (',' || roles || ',') LIKE '%,digger,%' "
            f"AND {_REGISTERED_SQL} <= ? AND country IN ({qs}) GROUP BY 1",
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
    (QT_TRANSLATE_NOOP("inventory_workbook", "Provisional"), "text", 30),
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


_FLOWS = (
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
)


def _is_empty(d: _CountryHalf) -> bool:
    """Nothing recorded for the country in the half-year: no licence in force, no digger, no
    production, no sale, no export. Its row says "no data" rather than a zero nobody reported."""
    return not (any(d.licences.values()) or d.diggers or d.sites_gps or d.sites_no_gps) and not any(
        getattr(d, a) for a in _FLOWS
    )


def _add(total: _CountryHalf, d: _CountryHalf, stocks: bool) -> None:
    for attr in _FLOWS:
        setattr(total, attr, getattr(total, attr) + getattr(d, attr))
    if stocks:
        for kind, n in d.licences.items():
            total.licences[kind] = total.licences.get(kind, 0) + n
        total.diggers += d.diggers
        total.sites_gps += d.sites_gps
        total.sites_no_gps += d.sites_no_gps


def _figures(d: _CountryHalf, stocks: bool = True) -> list[Any]:
    counts: list[Any] = (
        [*(d.licences.get(k, 0) for k in _LICENCE_KINDS), d.diggers, d.sites_gps, d.sites_no_gps]
        if stocks
        else [None] * 7
    )
    return [
        *counts,
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


def _digger_note(conn: sqlite3.Connection, scope: Coverage) -> list[str]:
    estimated, diggers = _estimated_diggers(conn, scope)
    if not estimated:
        return []
    return [
        translate(
            "inventory_workbook",
            "Registered diggers are counted by the day they were registered. {estimated} of the {diggers} diggers "
            "have no day recorded: they are counted from an estimate (the earliest licence they hold or production "
            "under it, else the day they were entered), which their records can correct.",
        ).format(estimated=number_text(estimated), diggers=number_text(diggers))
    ]


def completeness(half: Period, today: dt.date | None = None) -> str:
    """Whether a half-year's figures are final: "" when complete, else why they are provisional
    (the half-year is still running, or the report's period covers only part of it)."""
    today = today or dt.date.today()
    whole = Period.parse(half.label)
    if (half.start, half.end) != (whole.start, whole.end):
        return translate("inventory_workbook", "partial: {start} to {end}").format(
            start=date_text(half.start), end=date_text(half.end)
        )
    if whole.end_date >= today:
        return translate("inventory_workbook", "provisional: still running")
    return ""


def _summary_rows(
    data: dict[tuple[str, str], _CountryHalf], scope: Coverage, period: Period, today: dt.date | None = None
) -> list[Line | list[Any]]:
    """Per half-year, one row per country, then the half-year's total over the scope; after the
    last half-year of each year, the year's total. Licences, diggers and sites are counts on a
    day, so a year's total carries those of its last half-year, and they are never summed over time."""
    rows: list[Line | list[Any]] = []
    halves = period.half_years()
    year_total = _CountryHalf()
    for i, half in enumerate(halves):
        note = completeness(half, today)
        half_total = _CountryHalf()
        for country in scope.countries:
            d = data[(country, half.label)]
            if _is_empty(d):
                rows.append(Line([country_name(country), half.label, note, *[NO_DATA] * 18], "no_data"))
                continue
            rows.append([country_name(country), half.label, note, *_figures(d)])
            _add(half_total, d, stocks=True)
        rows.append(
            Line(
                [
                    translate("inventory_workbook", "Total {half}: {scope}").format(
                        half=half.label, scope=scope.shown_name
                    ),
                    half.label,
                    note,
                    *_figures(half_total),
                ],
                "total",
            )
        )
        _add(year_total, half_total, stocks=False)
        year = half.label[:4]
        if i + 1 == len(halves) or halves[i + 1].label[:4] != year:
            # the year's counts on its last day are those of its last half-year
            year_total.licences = dict(half_total.licences)
            year_total.diggers = half_total.diggers
            year_total.sites_gps, year_total.sites_no_gps = half_total.sites_gps, half_total.sites_no_gps
            year_period = Period.between(max(period.start, f"{year}-01-01"), min(period.end, f"{year}-12-31"))
            year_note = completeness(Period(year, year_period.start, year_period.end), today)
            rows.append(
                Line(
                    [
                        translate("inventory_workbook", "Total year {year}: {scope}").format(
                            year=year, scope=scope.shown_name
                        ),
                        year,
                        year_note,
                        *_figures(year_total),
                    ],
                    "total",
                )
            )
            year_total = _CountryHalf()
    return rows


def _sites(conn: sqlite3.Connection, scope: Coverage, period: Period) -> Iterable[tuple[Any, ...]]:
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
    for r in conn.execute(sql, (period.start, period.end, *scope.countries)):
        yield (
            r[0],
            r[1],
            country_name(r[2]),
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


def _licences(conn: sqlite3.Connection, scope: Coverage, period: Period) -> Iterable[tuple[Any, ...]]:
    end = period.end
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
            country_name(r[0]),
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


def _buyers(conn: sqlite3.Connection, scope: Coverage, period: Period) -> Iterable[tuple[Any, ...]]:
    start, end = period.start, period.end
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
            country_name(r[0]),
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
    (QT_TRANSLATE_NOOP("inventory_workbook", "Month"), "month", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Half-year"), "text", 9),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production records"), "int", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Stones"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats"), "carats", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value (USD)"), "usd", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD per carat"), "usd_ct", 10),
]

_SOURCE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "File"), "text", 34),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Officer"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Signature"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "First imported (UTC)"), "datetime", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Last imported (UTC)"), "datetime", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Imports"), "int", 8),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Added"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Updated"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Unchanged"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Conflicted"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Refused"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Origin (installation)"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "SHA-256"), "text", 20),
]
# the counts an import records (kpfield.exchange's COUNTS), one column each
_IMPORT_COUNTS = ("added", "updated", "unchanged", "conflicted", "refused")


def _sources(conn: sqlite3.Connection, signature_of: Callable[[str], str]) -> Iterator[tuple[Any, ...]]:
    """One row per file (kind, name and content), its imports gathered, ordered by first import."""
    files: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    for row in conn.execute("SELECT id, kind, file_name, sha256, origin, officer, at, counts FROM source ORDER BY at"):
        files.setdefault((row[1], row[2], row[3]), []).append(row)
    kinds = {
        "workbook": translate("inventory_workbook", "workbook"),
        "demo": translate("inventory_workbook", "demo data"),
    }
    for (kind, name, sha), imports in files.items():
        last = imports[-1]
        totals = dict.fromkeys(_IMPORT_COUNTS, 0)
        counted = False
        for imp in imports:
            try:
                counts = json.loads(imp[7]) if imp[7] else {}
            except ValueError:
                counts = {}
            for key in _IMPORT_COUNTS:
                if isinstance(counts, dict) and isinstance(counts.get(key), int):
                    totals[key] += counts[key]
                    counted = True
        yield (
            kinds.get(kind, kind),
            name,
            last[5],
            signature_of(last[0]),
            imports[0][6],
            last[6],
            len(imports),
            *(totals[k] if counted else None for k in _IMPORT_COUNTS),
            last[4],
            sha,
        )


def write_inventory(
    inv: Inventory,
    path: str | Path,
    scope: Coverage | None = None,
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
    language (default: the current one). Raises Cancelled when ``progress`` returns False;
    the partial file is removed.

    ``path`` is checked before any work (:func:`kpfield.output.writing`): anything but a regular
    file or nothing yet raises OutputError, a link is written through, and a full disk raises
    OutputError leaving nothing behind.
    """
    with using_language(check_language(lang)) as chosen, writing(path) as staged:
        return _write_inventory(inv, Path(path), staged, scope, period, progress, only, matrix_path, chosen)


def _write_inventory(
    inv: Inventory,
    path: Path,
    staged: Staging,
    scope: Coverage | None,
    period: Period | None,
    progress: Progress | None,
    only: Sequence[str] | None,
    matrix_path: str | Path | None,
    lang: str,
) -> ReportResult:
    conn = inv.conn
    scope = scope or Coverage.everything_in(inv)
    period = period or whole_period(inv)
    if not scope.countries:
        raise ValueError(translate("inventory_workbook", "the inventory holds no sites, so there is nothing to report"))
    # the order the data is gathered in, which is not the order of the sheets
    order = (
        "Production by district & month",
        "Summary",
        "Trends",
        "Challenge matrix",
        "Footprints",
        "Indicator details",
    )
    steps = [sheet_title(key) for key in (*order, *(k for k in SHEETS if k not in order))]
    result = ReportResult(path)

    done = 0

    def step() -> None:
        """Report the step about to start (or "done"); stop when the caller cancels."""
        nonlocal done
        what = steps[done] if done < len(steps) else translate("inventory_workbook", "done")
        if progress is not None and not progress(done, len(steps), what):
            raise Cancelled(
                translate("inventory_workbook", "the inventory workbook was cancelled; no file was written")
            )
        done += 1

    book = Book(staged.part, staged.folder, lang)
    try:
        now = dt.datetime.now(dt.UTC)
        title = [
            translate("inventory_workbook", "Consolidated inventory of alluvial diamond production: {scope}").format(
                scope=scope.shown_name
            ),
            translate(
                "inventory_workbook",
                "Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC "
                "from {file}.",
            ).format(
                start=date_text(period.start_date),
                end=date_text(period.end_date),
                halves=", ".join(h.label for h in period.half_years()),
                version=__version__,
                date=date_text(now.date()),
                time=f"{now:%H:%M}",
                file=inv.path.name,
            ),
        ]
        step()
        months = _district_months(conn, scope, period)
        step()
        data = _summary(conn, scope, period, months)
        rows = _summary_rows(data, scope, period)
        wanted = set(only) if only is not None else None

        def want(sheet: str) -> bool:
            if wanted is None or sheet in wanted:
                result.titles[sheet] = sheet_title(sheet)
                return True
            return False

        if want("Summary"):
            # the first column fits the totals' titles, which name the scope
            label = max((len(str(r[0])) for r in rows), default=0)
            columns = [(_SUMMARY_COLUMNS[0][0], "text", max(24, min(60, label + 2))), *_SUMMARY_COLUMNS[1:]]
            result.sheets["Summary"] = book.table(
                sheet_title("Summary"),
                columns,
                rows,
                title=[
                    *title,
                    translate(
                        "inventory_workbook",
                        "Licences in force and registered diggers are counted on the last day of each "
                        "half-year (a year: on the last day of its last half-year); producing sites are sites with "
                        "production recorded in the half-year. Production totals are the sums of '{sheet}'. "
                        "'No data': nothing recorded for the country in the half-year, which is not a reported zero.",
                    ).format(sheet=sheet_title("Production by district & month")),
                    *_digger_note(conn, scope),
                ],
            )
        step()
        if want("Trends"):
            result.sheets["Trends"] = write_trends_sheet(book, trend(conn, scope.countries, period), scope.shown_name)
        step()
        last_half = Period.parse(period.half_years()[-1].label)
        ev = None
        if want("Challenge matrix") | want("Indicator details"):
            matrix = load_matrix(matrix_path)
            ev = evaluate_countries(inv, scope.countries, last_half, matrix, lang)
            if "Challenge matrix" in result.titles:
                result.sheets["Challenge matrix"] = write_matrix_sheet(book, ev, scope.countries, matrix, lang)
        step()
        if want("Footprints"):
            result.sheets["Footprints"] = write_footprint_sheet(book, inv, scope.countries, last_half)
        step()
        if ev is not None and "Indicator details" in result.titles:
            result.sheets["Indicator details"] = write_indicator_sheet(book, ev)
        step()
        by_month: list[Line | tuple[Any, ...]] = [
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
        records = sum(r[4] for r in months)
        stones = sum(r[5] for r in months)
        carats = sum(round(r[6], 2) for r in months)
        usd = sum(round(r[7], 2) for r in months)
        quiet = [
            Line([country_name(c), reg, dist, None, None, *[NO_DATA] * 5], "no_data")
            for c, reg, dist in _quiet_districts(conn, scope, months)
        ]
        if want("Production by district & month"):
            result.sheets["Production by district & month"] = book.table(
                sheet_title("Production by district & month"),
                _DISTRICT_COLUMNS,
                [*by_month, *quiet],
                title=[
                    translate("inventory_workbook", "Production by district and month: {scope}").format(
                        scope=scope.shown_name
                    ),
                    translate(
                        "inventory_workbook",
                        "Districts with sites but no production recorded in the period, and countries with no "
                        "site, are listed last with 'no data'.",
                    ),
                ],
                totals=[
                    translate("inventory_workbook", "Total: {scope}").format(scope=scope.shown_name),
                    "",
                    "",
                    "",
                    "",
                    records,
                    stones,
                    round(carats, 2),
                    round(usd, 2),
                    round(usd / carats, 1) if carats else None,
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
            signatures = inv.keys.import_signatures()

            def signature_of(source_id: str) -> str:
                if source_id not in signatures:
                    return ""  # not a workbook import (the demo's bulk load)
                check = signatures[source_id]
                return (
                    describe(check)
                    if check
                    else translate("inventory_workbook", "not checked: imported before kpfield signed workbooks")
                )

            result.sheets["Sources"] = book.table(
                sheet_title("Sources"),
                _SOURCE_COLUMNS,
                _sources(conn, signature_of),
                title=[
                    translate("inventory_workbook", "Every file and bulk load this inventory rests on"),
                    translate(
                        "inventory_workbook",
                        "One row per file: a file imported more than once shows its first and last import, and "
                        "the records its imports added, updated, left unchanged, put in conflict or refused, in all.",
                    ),
                ],
                after=_open_questions(inv),
            )
        step()
        book.close()
    except BaseException:
        book.discard()  # lets go of its files, so that the staging folder can be removed
        raise
    return result


_CONFLICT_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Conflict"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Field"), "text", 30),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value both sides last agreed on"), "value", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value here"), "value", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Changed here by"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Changed here (UTC)"), "text", 17),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value received"), "value", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Received from"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "From file"), "text", 28),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Since (UTC)"), "text", 17),
]
_DUPLICATE_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Probably the same as"), "text", 66),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Why"), "text", 38),
]


def _minutes(at: str | None) -> str | None:
    """A stored UTC time as the report shows it: date and minutes."""
    return None if not at else str(at)[:16].replace("T", " ")


def _open_questions(inv: Inventory) -> list[tuple[str, Sequence[tuple[str, str, int]], Sequence[Sequence[Any]]]]:
    """Open conflicts and duplicate candidates, so the reader knows what the numbers still wait on."""
    conflicts = [
        (
            c.id,
            kind_text(c.kind),
            c.label or c.record_id,
            field_text(c.kind, c.field),
            cell_value(ENTITIES.get(c.kind), c.field, c.base),
            cell_value(ENTITIES.get(c.kind), c.field, c.ours),
            c.ours_by,
            _minutes(c.ours_at),
            cell_value(ENTITIES.get(c.kind), c.field, c.theirs),
            c.theirs_by,
            c.file,
            _minutes(c.at),
        )
        for c in inv.sync.open_conflicts()
    ]
    duplicates = [(kind_text(d.kind), d.a_label, d.b_label, d.why) for d in inv.sync.open_duplicates()]
    return [
        (
            translate(
                "inventory_workbook",
                "Open conflicts: {n} (settle them with 'kpfield resolve' or on the Exchange page)",
            ).format(n=number_text(len(conflicts))),
            _CONFLICT_COLUMNS,
            conflicts,
        ),
        (
            translate("inventory_workbook", "Probable duplicates to review: {n}").format(
                n=number_text(len(duplicates))
            ),
            _DUPLICATE_COLUMNS,
            duplicates,
        ),
    ]
