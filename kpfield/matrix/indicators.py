"""The automatic indicators of the challenge matrix, each computed in SQL over the store.

An indicator is computed for several scopes at once (the columns of a heat map: the countries of
a region, or the districts of a country), each scope numbered ``k``. :class:`Context` loads the
scopes' sites and the period's production into temporary tables once, so each indicator reads a
small table instead of the million-row production table. Every indicator returns, per scope, a
:class:`Measure`: numerator, denominator, value (numerator / denominator unless said otherwise)
and the ids of the records that cause it. A zero denominator gives no value ("no data").
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from kpfield.domain.areas import EDGE_TOLERANCE_M, Corners, contains, overlapping_areas, read_area
from kpfield.domain.borders import outside_mask
from kpfield.domain.periods import Period
from kpfield.domain.places import REGIONS, region_of
from kpfield.domain.vocab import SIZE_CLASSES, size_class_columns
from kpfield.i18n import QT_TRANSLATE_NOOP, language, translate, translate_in

from .footprint import compare_counts
from .scope import Scope

# Licence validity exactly as kpfield.domain.rules.licence_valid_on (the rule "Licence valid on the
# date" that forms, add and import apply; tests/store/test_rules.py holds them together): status
# active and issued_on <= day <= expires_on. ``{l}`` is the licence alias, ``{d}`` the day expression.
VALID_ON = "({l}.status = 'active' AND {l}.issued_on <= {d} AND {d} <= {l}.expires_on)"


def valid_on(licence_alias: str, day_expr: str) -> str:
    return VALID_ON.format(l=licence_alias, d=day_expr)


_SC_N = [size_class_columns(sc.code)[0] for sc in SIZE_CLASSES]
_SC_CT = [size_class_columns(sc.code)[1] for sc in SIZE_CLASSES]
# the size class of a record's mean stone (carats / stones), as an index into SIZE_CLASSES
MEAN_CLASS_SQL = (
    "CASE "
    + " ".join(f"WHEN {{ct}} < {sc.max_ct!r} * {{n}} THEN {i}" for i, sc in enumerate(SIZE_CLASSES[:-1]))
    + f" ELSE {len(SIZE_CLASSES) - 1} END"
)


@dataclass
class Measure:
    numerator: float
    denominator: float
    offending: list[str] = field(default_factory=list)
    value: float | None = None

    def __post_init__(self) -> None:
        if self.value is None and self.denominator:
            self.value = self.numerator / self.denominator


Compute = Callable[["Context", dict[str, Any]], dict[int, Measure]]


# What a value is, in words; a "share" is shown as a percentage.
UNIT_LABELS = {
    "share": QT_TRANSLATE_NOOP("matrix", "share"),
    "ratio": QT_TRANSLATE_NOOP("matrix", "ratio"),
    "per officer": QT_TRANSLATE_NOOP("matrix", "per officer"),
    "sites per officer": QT_TRANSLATE_NOOP("matrix", "sites per officer"),
}


def unit_label(unit: str, lang: str | None = None) -> str:
    """An indicator's unit in words, in ``lang`` (default: the current language)."""
    text = UNIT_LABELS.get(unit)
    return translate_in(lang or language(), "matrix", text) if text is not None else unit


@dataclass(frozen=True)
class IndicatorDef:
    id: str
    name: str  # in English; :meth:`title` gives it in the officer's language
    unit: str  # "share" (0-1), "ratio", or "per officer" and the like: a key of UNIT_LABELS
    record_kind: str  # the kind of record the offending ids point to
    how: str  # how it is computed, in words (English), for the README and the window
    compute: Compute
    params: dict[str, Any] = field(default_factory=dict)

    def title(self, lang: str | None = None) -> str:
        """The indicator's name in ``lang`` (default: the current language)."""
        return translate_in(lang or language(), "matrix", self.name)

    def how_in(self, lang: str | None = None) -> str:
        """How the indicator is computed, in ``lang`` (default: the current language)."""
        return translate_in(lang or language(), "matrix", self.how)

    def unit_label(self, lang: str | None = None) -> str:
        return unit_label(self.unit, lang)


INDICATORS: dict[str, IndicatorDef] = {}


def indicator(
    id: str, name: str, *, unit: str = "share", record_kind: str, how: str, params: dict[str, Any] | None = None
) -> Callable[[Compute], Compute]:
    """Register an indicator; ``name`` and ``how`` are English texts marked for translation."""

    def register(fn: Compute) -> Compute:
        INDICATORS[id] = IndicatorDef(id, name, unit, record_kind, how, fn, params or {})
        return fn

    return register


def _ids(text: str | None) -> list[str]:
    return text.split(",") if text else []


class Context:
    """The scopes and period of one evaluation, loaded into temporary tables of ``conn``.

    One evaluation at a time per connection (the temporary tables have fixed names); call
    :meth:`close` to drop them. ``footprint_history``: the history the footprint indicator will
    use; when the scopes cover many sites its whole-table pass then starts at once on a second,
    read-only connection, in parallel with the rest (SQLite runs without holding Python's lock).
    That connection sees the committed inventory: evaluate outside a write transaction.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        scopes: Sequence[Scope],
        period: Period,
        today: dt.date | None = None,
        *,
        footprint_history: int | None = None,
    ):
        self.conn = conn
        self.scopes = list(scopes)
        self.period = period
        self.today = today or dt.date.today()
        self.keys = list(range(len(self.scopes)))
        self._pool: ThreadPoolExecutor | None = None
        self._prefetched: dict[int, Future[list[tuple[Any, ...]]]] = {}
        self.close()
        try:
            self._load(footprint_history)
        except BaseException:
            self.close()
            raise

    def _load(self, footprint_history: int | None) -> None:
        c, period = self.conn, self.period
        c.execute("CREATE TEMP TABLE mx_site (k INTEGER NOT NULL, site_id TEXT NOT NULL, PRIMARY KEY (k, site_id))")
        for k, scope in enumerate(self.scopes):
            sql, params = scope.sites_sql()
            c.execute(f"INSERT OR IGNORE INTO mx_site SELECT ?, id FROM ({sql})", [k, *params])
        in_scope = c.execute("SELECT COUNT(DISTINCT site_id) FROM mx_site").fetchone()[0]
        all_sites = c.execute("SELECT COUNT(*) FROM site WHERE deleted = 0").fetchone()[0]
        # many sites: one pass over the production table in file order beats a random lookup per record
        self.wide = in_scope > 0.1 * all_sites
        path = next((r[2] for r in c.execute("PRAGMA database_list") if r[1] == "main"), "")
        if footprint_history is not None and self.wide and path:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpfield-matrix")
            self._prefetched[footprint_history] = self._pool.submit(
                _whole_table_class_counts, path, period, footprint_history
            )
        sc_n = " + ".join(f"COALESCE(p.{n}, 0)" for n in _SC_N)
        sc_lines = " + ".join(f"(p.{n} IS NOT NULL OR p.{ct} IS NOT NULL)" for n, ct in zip(_SC_N, _SC_CT, strict=True))
        # the period's production of every scope, with what the indicators need (the validity of the
        # mining and buyer licences on the day included), read once
        c.execute(
            f"""CREATE TEMP TABLE mx_prod AS
            SELECT m.k, p.id, p.site_id, COALESCE(p.licence_id, s.licence_id) AS lic_id, p.produced_on,
                   l.id IS NOT NULL AS lic_live, COALESCE({valid_on("l", "p.produced_on")}, 0) AS lic_ok,
                   COALESCE(p.produced_on > l.expires_on, 0) AS lic_expired,
                   b.kind AS buyer_kind, COALESCE({valid_on("b", "p.produced_on")}, 0) AS buyer_ok,
                   substr(p.created_at, 1, 10) AS entered_on, p.stones, p.carats, p.value_usd,
                   p.buyer_licence_id, p.buyer_name, p.reference, {sc_n} AS sc_n, {sc_lines} AS sc_lines,
                   s.country, {MEAN_CLASS_SQL.format(ct="p.carats", n="p.stones")} AS cls,
                   p.value_usd / p.carats AS usd_ct
            FROM mx_site m
            JOIN site s ON s.id = m.site_id
            JOIN production p INDEXED BY production_site_date
                ON p.site_id = m.site_id AND p.deleted = 0 AND p.produced_on BETWEEN ? AND ?
            LEFT JOIN licence l ON l.id = COALESCE(p.licence_id, s.licence_id) AND l.deleted = 0
            LEFT JOIN licence b ON b.id = p.buyer_licence_id AND b.deleted = 0""",
            (period.start, period.end),
        )
        c.execute("CREATE INDEX temp.mx_prod_site ON mx_prod (k, site_id)")
        # the countries whose every site is in some scope: their production is all in mx_prod
        self.whole_countries = {c for s in self.scopes if s.kind in ("country", "region") for c in s.countries}

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for t in ("mx_site", "mx_prod", "mx_dealer"):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{t}")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def per_scope(self, sql: str, params: Sequence[Any] = ()) -> dict[int, Measure]:
        """Run a query returning (k, numerator, denominator, offending ids joined by commas)."""
        out = {k: Measure(0, 0) for k in self.keys}
        for r in self.rows(sql, params):
            out[r[0]] = Measure(float(r[1] or 0), float(r[2] or 0), _ids(r[3]))
        return out

    @functools.cached_property
    def dealers(self) -> dict[int, list[str]]:
        """Per scope, the dealer licences that bought production of the scope's sites in the period."""
        self.conn.execute(
            """CREATE TEMP TABLE mx_dealer AS
            SELECT DISTINCT k, buyer_licence_id AS dealer_id FROM mx_prod WHERE buyer_kind = 'dealer'"""
        )
        out: dict[int, list[str]] = defaultdict(list)
        for k, d in self.rows("SELECT k, dealer_id FROM mx_dealer ORDER BY k, dealer_id"):
            out[k].append(d)
        return out

    def exporters_sql(self) -> tuple[str, list[Any]]:
        """(k, exporter licence id) of each scope: a country's or region's exporters; for a district,
        those whose organisation is in it; a site has none."""
        parts, params = [], []
        for k, s in enumerate(self.scopes):
            if s.kind == "site":
                continue
            cs = s.countries
            q = (
                f"SELECT {k} AS k, l.id AS exporter_id FROM licence l "
                "LEFT JOIN organisation o ON o.id = l.holder_organisation_id "
                f"WHERE l.deleted = 0 AND l.kind = 'exporter' AND l.country IN ({', '.join('?' * len(cs))})"
            )
            params += list(cs)
            if s.kind == "district":
                q += " AND o.district = ?"
                params.append(s.value)
            parts.append(q)
        return (" UNION ALL ".join(parts) or "SELECT NULL AS k, NULL AS exporter_id WHERE 0"), params

    def history_periods(self, n: int) -> list[Period]:
        return [self.period.previous(i) for i in range(n, 0, -1)]


# ---- licensing and registration of diggers --------------------------------------------------------


@indicator(
    "production_without_valid_licence",
    QT_TRANSLATE_NOOP("matrix", "Share of production (carats) from sites without a valid licence on the day"),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "carats of the period's production records whose licence (the record's, else its site's) is missing "
        "or not valid on the production date (status active and issued_on <= date <= expires_on), divided by all "
        "carats produced in the scope and period",
    ),
)
def production_without_valid_licence(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    return ctx.per_scope(
        """SELECT k, SUM(CASE WHEN NOT lic_ok THEN carats ELSE 0 END), SUM(carats),
                  group_concat(CASE WHEN NOT lic_ok THEN id END)
           FROM mx_prod GROUP BY k"""
    )


@indicator(
    "expired_licences_still_producing",
    QT_TRANSLATE_NOOP("matrix", "Share of producing licences that produced after their expiry date"),
    record_kind="licence",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "licences with production in the period dated after the licence's expires_on, divided by the licences "
        "with any production in the period",
    ),
)
def expired_licences_still_producing(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    return ctx.per_scope(
        """SELECT k, SUM(expired), COUNT(*), group_concat(CASE WHEN expired THEN lic_id END)
           FROM (SELECT k, lic_id, MAX(lic_expired) AS expired FROM mx_prod WHERE lic_live GROUP BY k, lic_id)
           GROUP BY k"""
    )


@indicator(
    "workers_registered",
    QT_TRANSLATE_NOOP("matrix", "Share of workers on active sites covered by registered diggers of their village"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "per village (country, district, village): workers on the scope's active sites W and persons registered "
        "with the digger role R; the value is the sum of min(R, W) over the sum of W; offending: active sites in "
        "villages with fewer registered diggers than workers",
    ),
)
def workers_registered(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    villages = ctx.rows(
        """WITH v AS (
               SELECT m.k, s.country, s.district, s.village, SUM(COALESCE(s.workers, 0)) AS w,
                      group_concat(s.id) AS sites
               FROM mx_site m JOIN site s ON s.id = m.site_id
               WHERE s.status = 'active' GROUP BY m.k, s.country, s.district, s.village)
           SELECT v.k, v.w, v.sites,
                  (SELECT COUNT(*) FROM person p WHERE p.deleted = 0 AND p.country = v.country
                      AND p.district IS v.district AND p.village IS v.village
                      AND (',' || p.roles || ',') LIKE '%,digger,%') AS r
           FROM v"""
    )
    out = {k: Measure(0, 0) for k in ctx.keys}
    for k, w, sites, r in villages:
        m = out[k]
        m.numerator += min(r, w)
        m.denominator += w
        if r < w:
            m.offending += _ids(sites)
    return {k: Measure(m.numerator, m.denominator, m.offending) for k, m in out.items()}


# ---- registration and mapping of sites ------------------------------------------------------------


@indicator(
    "active_sites_with_gps",
    QT_TRANSLATE_NOOP("matrix", "Share of active sites with a GPS point"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "active sites with both latitude and longitude, divided by active sites (the sites' current status)",
    ),
)
def active_sites_with_gps(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    gps = "(s.latitude IS NOT NULL AND s.longitude IS NOT NULL)"
    return ctx.per_scope(
        f"""SELECT m.k, SUM({gps}), COUNT(*), group_concat(CASE WHEN NOT {gps} THEN s.id END)
            FROM mx_site m JOIN site s ON s.id = m.site_id WHERE s.status = 'active' GROUP BY m.k"""
    )


@indicator(
    "coordinates_outside_country",
    QT_TRANSLATE_NOOP("matrix", "Share of mapped sites whose point lies outside their country"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "sites with a GPS point more than about 5 km outside their country's border (as kpfield draws it, from "
        "Natural Earth's outlines), divided by sites with a GPS point in countries kpfield has a border for",
    ),
)
def coordinates_outside_country(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    by_country: dict[str, list[tuple[int, str, float, float]]] = defaultdict(list)
    for k, site_id, country, lat, lon in ctx.rows(
        """SELECT m.k, s.id, s.country, s.latitude, s.longitude FROM mx_site m JOIN site s ON s.id = m.site_id
           WHERE s.latitude IS NOT NULL AND s.longitude IS NOT NULL ORDER BY m.k, s.id"""
    ):
        by_country[country].append((k, site_id, lat, lon))
    out = {k: Measure(0, 0) for k in ctx.keys}
    offending: dict[int, list[str]] = defaultdict(list)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for country, sites in by_country.items():
        outside = outside_mask(country, [s[2] for s in sites], [s[3] for s in sites])
        if outside is None:
            continue  # no border for it: neither counted nor flagged
        for (k, site_id, _, _), out_of in zip(sites, outside, strict=True):
            counts[k][1] += 1
            if out_of:
                counts[k][0] += 1
                offending[k].append(site_id)
    for k, (n, d) in counts.items():
        out[k] = Measure(float(n), float(d), sorted(offending[k]))
    return out


@indicator(
    "sites_outside_licence_area",
    QT_TRANSLATE_NOOP("matrix", "Share of mapped sites outside their licence's area"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "sites whose GPS point lies more than 10 m outside the area drawn for their licence, divided by sites with "
        "a GPS point whose licence has an area",
    ),
)
def sites_outside_licence_area(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    out = {k: Measure(0, 0) for k in ctx.keys}
    found: dict[int, list[str]] = defaultdict(list)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    areas: dict[str, Corners | None] = {}
    for k, site_id, lat, lon, licence_id, text in ctx.rows(
        """SELECT m.k, s.id, s.latitude, s.longitude, l.id, l.area_corners
           FROM mx_site m JOIN site s ON s.id = m.site_id JOIN licence l ON l.id = s.licence_id AND l.deleted = 0
           WHERE s.latitude IS NOT NULL AND s.longitude IS NOT NULL AND l.area_corners IS NOT NULL
           ORDER BY m.k, s.id"""
    ):
        if licence_id not in areas:
            areas[licence_id] = read_area(text)
        corners = areas[licence_id]
        if corners is None:
            continue
        counts[k][1] += 1
        if not contains(corners, lat, lon, EDGE_TOLERANCE_M):
            counts[k][0] += 1
            found[k].append(site_id)
    for k, (n, d) in counts.items():
        out[k] = Measure(float(n), float(d), found[k])
    return out


@indicator(
    "overlapping_licence_areas",
    QT_TRANSLATE_NOOP("matrix", "Share of licence areas that overlap another licence's area"),
    record_kind="licence",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "licences of the scope's sites whose drawn area overlaps the area of another live licence of the same "
        "country, divided by licences of the scope's sites that have an area",
    ),
)
def overlapping_licence_areas(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    scoped: dict[int, set[str]] = defaultdict(set)
    countries: set[str] = set()
    for k, licence_id, country in ctx.rows(
        """SELECT DISTINCT m.k, l.id, l.country FROM mx_site m JOIN site s ON s.id = m.site_id
           JOIN licence l ON l.id = s.licence_id AND l.deleted = 0 WHERE l.area_corners IS NOT NULL"""
    ):
        scoped[k].add(licence_id)
        countries.add(country)
    overlapping: set[str] = set()
    for country in sorted(countries):
        areas = [
            (licence_id, c)
            for licence_id, text in ctx.rows(
                "SELECT id, area_corners FROM licence WHERE deleted = 0 AND country = ? AND area_corners IS NOT NULL",
                (country,),
            )
            if (c := read_area(text)) is not None
        ]
        overlapping.update(overlapping_areas(areas))
    out = {k: Measure(0, 0) for k in ctx.keys}
    for k, ids in scoped.items():
        hits = sorted(ids & overlapping)
        out[k] = Measure(float(len(hits)), float(len(ids)), hits)
    return out


@indicator(
    "sites_not_recently_inspected",
    QT_TRANSLATE_NOOP("matrix", "Share of active sites not inspected in the last year"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "active sites with no inspection in the `days` (default 365) before the end of the period, divided by "
        "active sites",
    ),
    params={"days": 365},
)
def sites_not_recently_inspected(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    since = (dt.date.fromisoformat(ctx.period.end) - dt.timedelta(days=int(params["days"]))).isoformat()
    seen = (
        "EXISTS (SELECT 1 FROM inspection i WHERE i.site_id = s.id AND i.deleted = 0 "
        "AND i.inspected_on > ? AND i.inspected_on <= ?)"
    )
    return ctx.per_scope(
        f"""SELECT k, SUM(NOT seen), COUNT(*), group_concat(CASE WHEN NOT seen THEN id END)
            FROM (SELECT m.k, s.id, {seen} AS seen FROM mx_site m JOIN site s ON s.id = m.site_id
                  WHERE s.status = 'active')
            GROUP BY k""",
        (since, ctx.period.end),
    )


# ---- production recording ------------------------------------------------------------------------


@indicator(
    "sites_with_missing_months",
    QT_TRANSLATE_NOOP("matrix", "Share of active sites with a month of the period without production recorded"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "active sites that recorded production in fewer months than the period has (months begun by today), "
        "divided by active sites",
    ),
)
def sites_with_missing_months(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    months = ctx.period.months(ctx.today)
    marks = ", ".join("?" * len(months)) or "NULL"
    return ctx.per_scope(
        f"""SELECT m.k, SUM(COALESCE(n.months, 0) < ?), COUNT(*),
                   group_concat(CASE WHEN COALESCE(n.months, 0) < ? THEN s.id END)
            FROM mx_site m JOIN site s ON s.id = m.site_id
            LEFT JOIN (SELECT k, site_id, COUNT(DISTINCT substr(produced_on, 1, 7)) AS months
                       FROM mx_prod WHERE substr(produced_on, 1, 7) IN ({marks})
                       GROUP BY k, site_id) n ON n.k = m.k AND n.site_id = m.site_id
            WHERE s.status = 'active' GROUP BY m.k""",
        [len(months), len(months), *months],
    )


@indicator(
    "incomplete_production_records",
    QT_TRANSLATE_NOOP("matrix", "Share of production records that are incomplete"),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "records without a value, without a register/slip reference, without a size-class breakdown, or whose "
        "size classes do not add up to the record's stones, divided by the period's records",
    ),
)
def incomplete_production_records(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    bad = "(value_usd IS NULL OR reference IS NULL OR sc_lines = 0 OR sc_n != stones)"
    return ctx.per_scope(
        f"SELECT k, SUM({bad}), COUNT(*), group_concat(CASE WHEN {bad} THEN id END) FROM mx_prod GROUP BY k"
    )


@indicator(
    "late_production_records",
    QT_TRANSLATE_NOOP("matrix", "Share of production records entered long after the fact"),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "records whose entry date (created_at) is more than `days` (default 90) after the production date, "
        "divided by the period's records",
    ),
    params={"days": 90},
)
def late_production_records(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    late = "(julianday(entered_on) - julianday(produced_on) > ?)"
    days = int(params["days"])
    return ctx.per_scope(
        f"SELECT k, SUM({late}), COUNT(*), group_concat(CASE WHEN {late} THEN id END) FROM mx_prod GROUP BY k",
        (days, days),
    )


# ---- buyers and exporters ------------------------------------------------------------------------


@indicator(
    "production_sold_to_unlicensed_buyers",
    QT_TRANSLATE_NOOP("matrix", "Share of sold production (carats) bought without a valid buyer's licence"),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "carats of production records with a buyer (a licence or a name) whose buyer has no licence, or a "
        "licence that is not a dealer or exporter licence or not valid on the production date, divided by the "
        "carats of records with a buyer",
    ),
)
def production_sold_to_unlicensed_buyers(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    bad = "(buyer_kind IS NULL OR buyer_kind NOT IN ('dealer', 'exporter') OR NOT buyer_ok)"
    return ctx.per_scope(
        f"""SELECT k, SUM(CASE WHEN {bad} THEN carats ELSE 0 END), SUM(carats),
                   group_concat(CASE WHEN {bad} THEN id END)
            FROM mx_prod WHERE buyer_licence_id IS NOT NULL OR buyer_name IS NOT NULL
            GROUP BY k"""
    )


@indicator(
    "dealers_buying_outside_licence",
    QT_TRANSLATE_NOOP("matrix", "Share of buying dealers that bought while their licence was not valid"),
    record_kind="licence",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "dealer licences that bought production of the scope on a day the licence was not valid, divided by "
        "the dealer licences that bought production of the scope in the period",
    ),
)
def dealers_buying_outside_licence(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    return ctx.per_scope(
        """SELECT k, SUM(bad), COUNT(*), group_concat(CASE WHEN bad THEN dealer END)
           FROM (SELECT k, buyer_licence_id AS dealer, MAX(NOT buyer_ok) AS bad
                 FROM mx_prod WHERE buyer_kind = 'dealer' GROUP BY k, buyer_licence_id)
           GROUP BY k"""
    )


# ---- cross-checking production against sales -------------------------------------------------------


@indicator(
    "sales_vs_purchases",
    QT_TRANSLATE_NOOP("matrix", "Carats dealers sold on, per carat recorded as bought from the sites"),
    unit="ratio",
    record_kind="licence",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "for the dealers that bought production of the scope in the period: carats of their sales (kind sale) "
        "dated in the period, divided by the carats of all production records naming them as buyer in the period; "
        "offending: dealers whose own ratio is more than `tolerance` away from 1",
    ),
    params={"tolerance": 0.05},
)
def sales_vs_purchases(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    ctx.dealers  # noqa: B018 - builds mx_dealer
    p = ctx.period
    per_dealer = ctx.rows(
        """SELECT d.k, d.dealer_id,
                  (SELECT TOTAL(carats) FROM production INDEXED BY production_buyer_date
                   WHERE buyer_licence_id = d.dealer_id AND deleted = 0 AND produced_on BETWEEN ? AND ?) AS bought,
                  (SELECT TOTAL(carats) FROM sale WHERE seller_licence_id = d.dealer_id AND deleted = 0
                   AND kind = 'sale' AND sold_on BETWEEN ? AND ?) AS sold
           FROM mx_dealer d""",
        (p.start, p.end, p.start, p.end),
    )
    tol = float(params["tolerance"])
    out = {k: Measure(0, 0) for k in ctx.keys}
    for k, dealer, bought, sold in per_dealer:
        m = out[k]
        m.numerator += sold
        m.denominator += bought
        if not bought or abs(sold / bought - 1) > tol:
            m.offending.append(dealer)
    return {k: Measure(m.numerator, m.denominator, m.offending) for k, m in out.items()}


# ---- export control and valuation ----------------------------------------------------------------


@indicator(
    "exports_without_certificate",
    QT_TRANSLATE_NOOP("matrix", "Share of exports without a KP certificate number"),
    record_kind="sale",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "exports (kind export) by the scope's exporters dated in the period without a KP certificate number, "
        "divided by those exports; a site scope has no exporters (no data)",
    ),
)
def exports_without_certificate(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    sql, args = ctx.exporters_sql()
    missing = "(x.kp_certificate IS NULL OR trim(x.kp_certificate) = '')"
    return ctx.per_scope(
        f"""SELECT e.k, SUM({missing}), COUNT(*), group_concat(CASE WHEN {missing} THEN x.id END)
            FROM ({sql}) e JOIN sale x ON x.seller_licence_id = e.exporter_id
            WHERE x.deleted = 0 AND x.kind = 'export' AND x.sold_on BETWEEN ? AND ?
            GROUP BY e.k""",
        [*args, ctx.period.start, ctx.period.end],
    )


@indicator(
    "valuation_outliers",
    QT_TRANSLATE_NOOP("matrix", "Share of valued production records far from the median USD/ct of their size class"),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "each valued record is placed in the size class of its mean stone (carats / stones); the median USD/ct "
        "of that class over the reference area's records of the period (the WGAAP region, or the country) is the "
        "reference; records more than `factor` times above or below it, divided by the valued records",
    ),
    params={"reference": "region", "factor": 4.0},
)
def valuation_outliers(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    reference = str(params["reference"])
    factor = float(params["factor"])
    if reference not in ("region", "country"):
        raise ValueError(
            translate("matrix", "valuation_outliers: reference must be one of {choices}, not {value}").format(
                choices="'region', 'country'", value=repr(reference)
            )
        )
    cls = MEAN_CLASS_SQL.format(ct="p.carats", n="p.stones")

    def area_of(country: str) -> str:
        return (region_of(country) or country) if reference == "region" else country

    # per (reference area, class): every valued record of the period in the area's countries; the
    # countries the evaluation already loaded are read from mx_prod, the others from the store
    needed = {c for s in ctx.scopes for c in s.countries}
    if reference == "region":
        needed = {m for c in needed for m in REGIONS.get(region_of(c) or "", (c,))}
    loaded = sorted(needed & ctx.whole_countries)
    missing = sorted(needed - set(loaded))
    overlap = ctx.conn.execute("SELECT COUNT(*) > COUNT(DISTINCT site_id) FROM mx_site").fetchone()[0]
    medians: dict[tuple[str, int], float] = {}
    if not missing and not overlap:
        # every record needed is in mx_prod once: let SQLite find each median through an index
        # instead of handing every value to Python
        ctx.conn.execute("CREATE INDEX IF NOT EXISTS temp.mx_prod_value ON mx_prod (cls, usd_ct, country)")
        areas: dict[str, list[str]] = defaultdict(list)
        for country in loaded:
            areas[area_of(country)].append(country)
        for area, countries in areas.items():
            marks = ", ".join("?" * len(countries))
            for c, n in ctx.rows(
                f"""SELECT cls, COUNT(*) FROM mx_prod INDEXED BY mx_prod_value
                    WHERE usd_ct IS NOT NULL AND country IN ({marks}) GROUP BY cls""",
                countries,
            ):
                middle = ctx.rows(
                    f"""SELECT usd_ct FROM mx_prod INDEXED BY mx_prod_value
                        WHERE cls = ? AND usd_ct IS NOT NULL AND country IN ({marks})
                        ORDER BY usd_ct LIMIT ? OFFSET ?""",
                    [c, *countries, 2 - n % 2, (n - 1) // 2],
                )
                medians[(area, c)] = sum(r[0] for r in middle) / len(middle)
    else:
        values: dict[tuple[str, int], list[float]] = defaultdict(list)
        # overlapping scopes may hold a record twice: count it once
        for country, c, v in ctx.rows(
            f"""SELECT country, cls, usd_ct FROM (SELECT DISTINCT id, country, cls, usd_ct FROM mx_prod
                WHERE usd_ct IS NOT NULL AND country IN ({", ".join("?" * len(loaded))}))""",
            loaded,
        ):
            values[(area_of(country), c)].append(v)
        if missing:
            for country, c, v in ctx.rows(
                f"""SELECT s.country, {cls}, p.value_usd / p.carats
                    FROM site s JOIN production p INDEXED BY production_site_date ON p.site_id = s.id
                    WHERE s.deleted = 0 AND s.country IN ({", ".join("?" * len(missing))}) AND p.deleted = 0
                      AND p.produced_on BETWEEN ? AND ? AND p.value_usd IS NOT NULL""",
                [*missing, ctx.period.start, ctx.period.end],
            ):
                values[(area_of(country), c)].append(v)
        medians = {key: statistics.median(vs) for key, vs in values.items()}
    per_country = [
        (country, c, med)
        for country in sorted(needed)
        for (area, c), med in medians.items()
        if area == area_of(country)
    ]
    outlier = "(x.median > 0 AND (p.usd_ct > x.median * ? OR p.usd_ct * ? < x.median))"
    return ctx.per_scope(
        f"""WITH x(country, cls, median) AS (VALUES {", ".join("(?, ?, ?)" for _ in per_country) or "(0, 0, 0)"})
            SELECT p.k, SUM({outlier}), COUNT(*), group_concat(CASE WHEN {outlier} THEN p.id END)
            FROM mx_prod p LEFT JOIN x ON x.country = p.country AND x.cls = p.cls
            WHERE p.usd_ct IS NOT NULL GROUP BY p.k""",
        [v for t in per_country for v in t] + [factor, factor] * 2,
    )


# ---- provenance ----------------------------------------------------------------------------------


def _history_start(period: Period, history: int) -> str:
    return period.previous(history).start if period.is_half_year else period.previous(1).start


def _whole_table_class_counts(path: str, period: Period, history: int) -> list[tuple[Any, ...]]:
    """(site, in the period?, stone counts per class) over the whole production table, on its own
    read-only connection (so it may run in another thread)."""
    from kpfield.store.db import connect

    sums = ", ".join(f"TOTAL(p.{n})" for n in _SC_N)
    conn = connect(path, readonly=True)
    try:
        return [
            tuple(r)
            for r in conn.execute(
                f"""SELECT p.site_id, p.produced_on >= ? AS current, {sums} FROM production p NOT INDEXED
                    WHERE p.deleted = 0 AND p.produced_on BETWEEN ? AND ? GROUP BY p.site_id, current""",
                (period.start, _history_start(period, history), period.end),
            )
        ]
    finally:
        conn.close()


def _class_counts(ctx: Context, history: int) -> dict[tuple[int, str], tuple[list[int], list[int]]]:
    """Per (scope, site): stone counts per class in the period and in the ``history`` half-years before."""
    first = _history_start(ctx.period, history)
    sums = ", ".join(f"TOTAL(p.{n})" for n in _SC_N)
    out: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
    rows: list[tuple[Any, ...]] | list[sqlite3.Row]  # (scope, site, in the period?, counts per class)
    if ctx.wide:
        keys: dict[str, list[int]] = defaultdict(list)
        for k, site in ctx.rows("SELECT k, site_id FROM mx_site"):
            keys[site].append(k)
        future = ctx._prefetched.get(history)
        if future is not None:
            counted = future.result()
        else:
            counted = [
                tuple(r)
                for r in ctx.rows(
                    f"""SELECT p.site_id, p.produced_on >= ? AS current, {sums} FROM production p NOT INDEXED
                        WHERE p.deleted = 0 AND p.produced_on BETWEEN ? AND ? GROUP BY p.site_id, current""",
                    (ctx.period.start, first, ctx.period.end),
                )
            ]
        rows = [(k, *r) for r in counted for k in keys.get(r[0], ())]
    else:
        rows = ctx.rows(
            f"""SELECT m.k, m.site_id, p.produced_on >= ? AS current, {sums}
                FROM mx_site m JOIN production p INDEXED BY production_site_date ON p.site_id = m.site_id
                WHERE p.deleted = 0 AND p.produced_on BETWEEN ? AND ?
                GROUP BY m.k, m.site_id, current""",
            (ctx.period.start, first, ctx.period.end),
        )
    for r in rows:
        entry = out.setdefault((r[0], r[1]), ([0] * len(_SC_N), [0] * len(_SC_N)))
        entry[0 if r[2] else 1][:] = [int(x) for x in r[3:]]
    return out


@indicator(
    "footprint_departures",
    QT_TRANSLATE_NOOP("matrix", "Share of sites whose size-class footprint departs from their own history"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "for each site with at least `min_stones` stones both in the period and in the `history` half-years "
        "before: stone counts per size class compared by a chi-square test of homogeneity (sparse classes pooled) "
        "and the total-variation distance; a site departs when p < `p_value` and the distance is at least `tvd`; "
        "divided by the sites compared",
    ),
    params={"min_stones": 50, "p_value": 0.001, "tvd": 0.1, "history": 4},
)
def footprint_departures(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    out = {k: Measure(0, 0) for k in ctx.keys}
    for (k, site), (current, before) in sorted(_class_counts(ctx, int(params["history"])).items()):
        cmp = compare_counts(current, before, min_stones=int(params["min_stones"]))
        if not cmp.enough_stones:
            continue
        m = out[k]
        m.denominator += 1
        if cmp.p_value is not None and cmp.p_value < float(params["p_value"]) and cmp.tvd >= float(params["tvd"]):
            m.numerator += 1
            m.offending.append(site)
    return {k: Measure(m.numerator, m.denominator, m.offending) for k, m in out.items()}


@indicator(
    "buying_office_jumps",
    QT_TRANSLATE_NOOP("matrix", "Share of buying offices whose purchases jumped above their history"),
    record_kind="licence",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "for each dealer licence that bought production of the scope: carats of all production naming it as "
        "buyer in the period, against its mean per half-year over the `history` half-years before (those with "
        "purchases; at least `min_history`); it jumps above `ratio` times that mean; divided by the offices with "
        "enough history",
    ),
    params={"ratio": 2.0, "min_history": 1, "history": 4},
)
def buying_office_jumps(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    ctx.dealers  # noqa: B018 - builds mx_dealer
    history = ctx.history_periods(int(params["history"]))
    periods = [*history, ctx.period]
    # bucket i: the i-th earlier period; the last bucket: the period itself (works for years too)
    bucket = "CASE " + " ".join(f"WHEN produced_on <= '{p.end}' THEN {i}" for i, p in enumerate(periods)) + " END"
    per: dict[str, dict[int, float]] = defaultdict(dict)
    for dealer, b, carats in ctx.rows(
        f"""SELECT buyer_licence_id, {bucket} AS b, TOTAL(carats) FROM production INDEXED BY production_buyer_date
            WHERE deleted = 0 AND buyer_licence_id IN (SELECT dealer_id FROM mx_dealer)
              AND produced_on BETWEEN ? AND ?
            GROUP BY 1, 2""",
        (periods[0].start, ctx.period.end),
    ):
        per[dealer][b] = carats
    out = {k: Measure(0, 0) for k in ctx.keys}
    for k, ids in ctx.dealers.items():
        for dealer in ids:
            current = per[dealer].get(len(history), 0.0)
            earlier = [v for b, v in per[dealer].items() if b < len(history) and v > 0]
            if len(earlier) < int(params["min_history"]):
                continue
            m = out[k]
            m.denominator += 1
            if current > float(params["ratio"]) * (sum(earlier) / len(earlier)):
                m.numerator += 1
                m.offending.append(dealer)
    return {k: Measure(m.numerator, m.denominator, m.offending) for k, m in out.items()}


# ---- statistics ----------------------------------------------------------------------------------


@indicator(
    "active_sites_reporting",
    QT_TRANSLATE_NOOP("matrix", "Share of active sites that reported production in the period"),
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "active sites with at least one production record in the period, divided by active sites; offending: "
        "active sites with none",
    ),
)
def active_sites_reporting(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    return ctx.per_scope(
        """SELECT k, SUM(reported), COUNT(*), group_concat(CASE WHEN NOT reported THEN id END)
           FROM (SELECT m.k, s.id, r.site_id IS NOT NULL AS reported
                 FROM mx_site m JOIN site s ON s.id = m.site_id
                 LEFT JOIN (SELECT DISTINCT k, site_id FROM mx_prod) r ON r.k = m.k AND r.site_id = m.site_id
                 WHERE s.status = 'active')
           GROUP BY k"""
    )


@indicator(
    "records_on_time",
    QT_TRANSLATE_NOOP(
        "matrix", "Share of the period's production records entered on time for the half-year statistics"
    ),
    record_kind="production",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "records of the period entered (created_at) no later than `days` (default 45) after the end of the "
        "period, divided by the period's records; offending: the records entered later",
    ),
    params={"days": 45},
)
def records_on_time(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    deadline = ctx.period.plus_days(int(params["days"]))
    return ctx.per_scope(
        """SELECT k, SUM(entered_on <= ?), COUNT(*), group_concat(CASE WHEN entered_on > ? THEN id END)
           FROM mx_prod GROUP BY k""",
        (deadline, deadline),
    )


# ---- government capacity -------------------------------------------------------------------------


@indicator(
    "inspections_per_officer",
    QT_TRANSLATE_NOOP("matrix", "Site inspections per inspecting officer in the period"),
    unit="per officer",
    record_kind="inspection",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "inspections of the scope's sites dated in the period, divided by the distinct officers who made them",
    ),
)
def inspections_per_officer(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    return ctx.per_scope(
        """SELECT m.k, COUNT(*), COUNT(DISTINCT i.officer), NULL
           FROM mx_site m JOIN inspection i ON i.site_id = m.site_id
           WHERE i.deleted = 0 AND i.inspected_on BETWEEN ? AND ? GROUP BY m.k""",
        (ctx.period.start, ctx.period.end),
    )


@indicator(
    "active_sites_per_inspector",
    QT_TRANSLATE_NOOP("matrix", "Active sites per inspecting officer"),
    unit="sites per officer",
    record_kind="site",
    how=QT_TRANSLATE_NOOP(
        "matrix",
        "active sites of the scope, divided by the distinct officers who inspected its sites in the period; "
        "offending: active sites not inspected in the period",
    ),
)
def active_sites_per_inspector(ctx: Context, params: dict[str, Any]) -> dict[int, Measure]:
    p = ctx.period
    return ctx.per_scope(
        """SELECT m.k, COUNT(*),
                  (SELECT COUNT(DISTINCT i.officer) FROM mx_site m2 JOIN inspection i ON i.site_id = m2.site_id
                   WHERE m2.k = m.k AND i.deleted = 0 AND i.inspected_on BETWEEN ? AND ?),
                  group_concat(CASE WHEN NOT EXISTS (SELECT 1 FROM inspection i WHERE i.site_id = s.id
                      AND i.deleted = 0 AND i.inspected_on BETWEEN ? AND ?) THEN s.id END)
           FROM mx_site m JOIN site s ON s.id = m.site_id WHERE s.status = 'active' GROUP BY m.k""",
        (p.start, p.end, p.start, p.end),
    )
