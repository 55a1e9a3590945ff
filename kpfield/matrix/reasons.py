"""Why an indicator flagged each of its records, in plain words, for a drill-down.

The indicators (:mod:`.indicators`) say *which* records they flag; this module reads the facts of
those records that made them flagged (the dates, the licence, the figures the indicator's rule
looks at) and says them in a sentence: "production dated 2026-11-15 under licence
SL-ART-2026-0007, expired 2026-06-30". It never decides whether a record is flagged: it explains
the evaluation's own list of offending ids. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from kpfield.domain.periods import Period
from kpfield.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from kpfield.store import Inventory

from .indicators import INDICATORS

__all__ = ["flag_reasons"]

_CHUNK = 400  # SQLite parameters per query, well under the limit of older builds

# The licence a production record was made under: its own, else its site's (as the indicators read it).
_PROD_LICENCE = """SELECT p.id, p.produced_on, s.code, l.number, l.status, l.issued_on, l.expires_on, l.deleted
    FROM production p JOIN site s ON s.id = p.site_id
    LEFT JOIN licence l ON l.id = COALESCE(p.licence_id, s.licence_id)
    WHERE p.id IN ({marks})"""


def _d(day: str | None) -> str:
    return format_date(day) if day else "?"


def _ct(value: float | None) -> str:
    return format_number(float(value or 0), 2, grouping=True)


def _licence_on_day(r: sqlite3.Row) -> str:
    """A production record against its licence on the production date (indicators' rule "valid on")."""
    day, number = r["produced_on"], r["number"]
    if number is None:
        return translate("matrix", "production dated {date} at site {site}, which has no licence").format(
            date=_d(day), site=r["code"]
        )
    if r["deleted"]:
        return translate("matrix", "production dated {date} under licence {licence}, which was deleted").format(
            date=_d(day), licence=number
        )
    if r["expires_on"] and day > r["expires_on"]:
        return translate("matrix", "production dated {date} under licence {licence}, expired {expires}").format(
            date=_d(day), licence=number, expires=_d(r["expires_on"])
        )
    if r["issued_on"] and day < r["issued_on"]:
        return translate("matrix", "production dated {date} under licence {licence}, issued only on {issued}").format(
            date=_d(day), licence=number, issued=_d(r["issued_on"])
        )
    return translate("matrix", "production dated {date} under licence {licence}, whose status is {status}").format(
        date=_d(day), licence=number, status=str(r["status"]).replace("_", " ")
    )


def _production_without_valid_licence(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {r["id"]: _licence_on_day(r) for r in rows}


def _expired_still_producing(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "licence {licence} expired {expires}; production recorded under it up to {last}"
        ).format(licence=r["number"], expires=_d(r["expires_on"]), last=_d(r["last"]))
        for r in rows
    }


def _workers(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix",
            "site {site}: {workers} workers on the active sites of village {village}, {diggers} registered diggers",
        ).format(
            site=r["code"],
            workers=format_number(int(r["w"] or 0), grouping=True),
            village=r["village"] or "?",
            diggers=format_number(int(r["r"] or 0), grouping=True),
        )
        for r in rows
    }


def _site_text(template: str) -> Callable[[list[sqlite3.Row], Period, dict[str, Any]], dict[str, str]]:
    def explain(rows: list[sqlite3.Row], period: Period, params: dict[str, Any]) -> dict[str, str]:
        out = {}
        for r in rows:
            values = dict(r)
            values.update(
                site=r["code"],
                period=period.label,
                lat=format_number(r["latitude"], 5) if r["latitude"] is not None else "?",
                lon=format_number(r["longitude"], 5) if r["longitude"] is not None else "?",
            )
            out[r["id"]] = translate("matrix", template).format(**values)
        return out

    return explain


def _not_inspected(rows: list[sqlite3.Row], period: Period, params: dict[str, Any]) -> dict[str, str]:
    days = int(params.get("days", 365))
    out = {}
    for r in rows:
        if r["last"]:
            out[r["id"]] = translate(
                "matrix", "site {site}: last inspected on {last}, more than {days} days before {end}"
            ).format(site=r["code"], last=_d(r["last"]), days=days, end=_d(period.end))
        else:
            out[r["id"]] = translate("matrix", "site {site}: never inspected").format(site=r["code"])
    return out


def _missing_months(rows: list[sqlite3.Row], period: Period, _x: dict[str, Any]) -> dict[str, str]:
    months = period.months(dt.date.today())
    out = {}
    for r in rows:
        seen = set((r["months"] or "").split(","))
        missing = [m for m in months if m not in seen]
        out[r["id"]] = translate("matrix", "site {site}: no production recorded in {months}").format(
            site=r["code"], months=", ".join(missing) or period.label
        )
    return out


def _incomplete(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    out = {}
    for r in rows:
        gaps = []
        if r["value_usd"] is None:
            gaps.append(translate("matrix", "no value"))
        if r["reference"] is None:
            gaps.append(translate("matrix", "no register or slip reference"))
        if not r["sc_lines"]:
            gaps.append(translate("matrix", "no size-class breakdown"))
        elif r["sc_n"] != r["stones"]:
            gaps.append(
                translate("matrix", "size classes add up to {sum} stones, the record says {stones}").format(
                    sum=format_number(int(r["sc_n"]), grouping=True), stones=format_number(r["stones"], grouping=True)
                )
            )
        out[r["id"]] = translate("matrix", "production dated {date} at site {site}: {gaps}").format(
            date=_d(r["produced_on"]), site=r["code"], gaps="; ".join(gaps)
        )
    return out


def _late(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "production dated {date} at site {site}, entered on {entered} ({days} days later)"
        ).format(
            date=_d(r["produced_on"]),
            site=r["code"],
            entered=_d(r["entered_on"]),
            days=format_number(int(r["days"] or 0), grouping=True),
        )
        for r in rows
    }


def _unlicensed_buyer(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    out = {}
    for r in rows:
        day = _d(r["produced_on"])
        if r["buyer_number"] is None:
            out[r["id"]] = translate(
                "matrix", "production dated {date} sold to {buyer}, who has no buyer's licence"
            ).format(date=day, buyer=r["buyer_name"] or "?")
        elif r["buyer_kind"] not in ("dealer", "exporter"):
            out[r["id"]] = translate(
                "matrix", "production dated {date} sold under licence {licence}, not a dealer's licence"
            ).format(date=day, licence=r["buyer_number"])
        else:
            out[r["id"]] = translate(
                "matrix",
                "production dated {date} sold to licence {licence}, not valid that day (valid {issued} to {expires})",
            ).format(date=day, licence=r["buyer_number"], issued=_d(r["issued_on"]), expires=_d(r["expires_on"]))
    return out


def _dealer_outside(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "dealer licence {licence} (valid {issued} to {expires}) bought production dated {date}"
        ).format(licence=r["number"], issued=_d(r["issued_on"]), expires=_d(r["expires_on"]), date=_d(r["day"]))
        for r in rows
    }


def _sales_vs_purchases(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "dealer licence {licence} bought {bought} ct from the sites and sold {sold} ct in the period"
        ).format(licence=r["number"], bought=_ct(r["bought"]), sold=_ct(r["sold"]))
        for r in rows
    }


def _export_no_certificate(rows: list[sqlite3.Row], _p: Period, _x: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "export of {date}, {carats} ct by licence {licence}, without a KP certificate number"
        ).format(date=_d(r["sold_on"]), carats=_ct(r["carats"]), licence=r["number"] or "?")
        for r in rows
    }


def _valuation(rows: list[sqlite3.Row], _p: Period, params: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix",
            "production dated {date} at site {site}: {value} USD for {carats} ct ({usd_ct} USD/ct), more than "
            "{factor} times above or below the median of its size class",
        ).format(
            date=_d(r["produced_on"]),
            site=r["code"],
            value=format_number(float(r["value_usd"]), 0, grouping=True),
            carats=_ct(r["carats"]),
            usd_ct=format_number(float(r["value_usd"]) / float(r["carats"]), 0, grouping=True),
            factor=format_number(float(params.get("factor", 4.0))),
        )
        for r in rows
    }


def _footprint(rows: list[sqlite3.Row], period: Period, params: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix", "site {site}: its size classes in {period} differ from its own {history} half-years before"
        ).format(site=r["code"], period=period.label, history=int(params.get("history", 4)))
        for r in rows
    }


def _jumps(rows: list[sqlite3.Row], period: Period, params: dict[str, Any]) -> dict[str, str]:
    return {
        r["id"]: translate(
            "matrix",
            "dealer licence {licence} bought {carats} ct in {period}, more than {ratio} times its usual half-year",
        ).format(
            licence=r["number"],
            carats=_ct(r["carats"]),
            period=period.label,
            ratio=format_number(float(params.get("ratio", 2.0))),
        )
        for r in rows
    }


def _records_on_time(rows: list[sqlite3.Row], period: Period, params: dict[str, Any]) -> dict[str, str]:
    deadline = period.plus_days(int(params.get("days", 45)))
    return {
        r["id"]: translate(
            "matrix", "production dated {date} at site {site}, entered on {entered}, after the deadline {deadline}"
        ).format(date=_d(r["produced_on"]), site=r["code"], entered=_d(r["entered_on"]), deadline=_d(deadline))
        for r in rows
    }


def _site_sql(extra: str = "") -> str:
    return f"SELECT s.id, s.code, s.latitude, s.longitude, s.country{extra} FROM site s WHERE s.id IN ({{marks}})"


_PRODUCTION_FACTS = """SELECT p.id, p.produced_on, s.code, p.stones, p.carats, p.value_usd, p.reference,
    substr(p.created_at, 1, 10) AS entered_on,
    CAST(julianday(substr(p.created_at, 1, 10)) - julianday(p.produced_on) AS INTEGER) AS days,
    {sc_n} AS sc_n, {sc_lines} AS sc_lines
    FROM production p JOIN site s ON s.id = p.site_id WHERE p.id IN ({{marks}})"""


def _production_facts() -> str:
    from kpfield.domain.vocab import SIZE_CLASSES, size_class_columns

    cols = [size_class_columns(sc.code) for sc in SIZE_CLASSES]
    sc_n = " + ".join(f"COALESCE(p.{n}, 0)" for n, _ in cols)
    sc_lines = " + ".join(f"(p.{n} IS NOT NULL OR p.{ct} IS NOT NULL)" for n, ct in cols)
    return _PRODUCTION_FACTS.format(sc_n=sc_n, sc_lines=sc_lines)


# (query with {marks} for the ids and, where needed, the period's ? marks first; explain)
Explain = Callable[[list[sqlite3.Row], Period, dict[str, Any]], dict[str, str]]
_REASONS: dict[str, tuple[str, bool, Explain]] = {
    "production_without_valid_licence": (_PROD_LICENCE, False, _production_without_valid_licence),
    "expired_licences_still_producing": (
        """SELECT l.id, l.number, l.expires_on,
              (SELECT MAX(p.produced_on) FROM production p JOIN site s ON s.id = p.site_id
               WHERE p.deleted = 0 AND COALESCE(p.licence_id, s.licence_id) = l.id
                 AND p.produced_on BETWEEN ? AND ?) AS last
           FROM licence l WHERE l.id IN ({marks})""",
        True,
        _expired_still_producing,
    ),
    "workers_registered": (
        """SELECT s.id, s.code, s.village,
              (SELECT SUM(COALESCE(o.workers, 0)) FROM site o WHERE o.deleted = 0 AND o.status = 'active'
               AND o.country = s.country AND o.district IS s.district AND o.village IS s.village) AS w,
              (SELECT COUNT(*) FROM person p WHERE p.deleted = 0 AND p.country = s.country
               AND p.district IS s.district AND p.village IS s.village
               AND (',' || p.roles || ',') LIKE '%,digger,%') AS r
           FROM site s WHERE s.id IN ({marks})""",
        False,
        _workers,
    ),
    "active_sites_with_gps": (
        _site_sql(),
        False,
        _site_text(QT_TRANSLATE_NOOP("matrix", "site {site}: active, with no GPS point")),
    ),
    "coordinates_outside_country": (
        _site_sql(),
        False,
        _site_text(
            QT_TRANSLATE_NOOP("matrix", "site {site}: its GPS point {lat}, {lon} lies outside its country ({country})")
        ),
    ),
    "sites_outside_licence_area": (
        _site_sql(", COALESCE((SELECT l.number FROM licence l WHERE l.id = s.licence_id), '?') AS licence"),
        False,
        _site_text(
            QT_TRANSLATE_NOOP(
                "matrix", "site {site}: its GPS point {lat}, {lon} lies outside the area drawn for licence {licence}"
            )
        ),
    ),
    "overlapping_licence_areas": (
        "SELECT l.id, l.number FROM licence l WHERE l.id IN ({marks})",
        False,
        lambda rows, _p, _x: {
            r["id"]: translate("matrix", "the area of licence {licence} overlaps the area of another licence").format(
                licence=r["number"]
            )
            for r in rows
        },
    ),
    "sites_not_recently_inspected": (
        _site_sql(
            ", (SELECT MAX(i.inspected_on) FROM inspection i WHERE i.site_id = s.id AND i.deleted = 0"
            " AND i.inspected_on <= ?) AS last"
        ),
        True,
        _not_inspected,
    ),
    "sites_with_missing_months": (
        """SELECT s.id, s.code, (SELECT group_concat(DISTINCT substr(p.produced_on, 1, 7)) FROM production p
              WHERE p.site_id = s.id AND p.deleted = 0 AND p.produced_on BETWEEN ? AND ?) AS months
           FROM site s WHERE s.id IN ({marks})""",
        True,
        _missing_months,
    ),
    "incomplete_production_records": ("", False, _incomplete),
    "late_production_records": ("", False, _late),
    "production_sold_to_unlicensed_buyers": (
        """SELECT p.id, p.produced_on, p.buyer_name, b.number AS buyer_number, b.kind AS buyer_kind,
              b.issued_on, b.expires_on
           FROM production p LEFT JOIN licence b ON b.id = p.buyer_licence_id AND b.deleted = 0
           WHERE p.id IN ({marks})""",
        False,
        _unlicensed_buyer,
    ),
    "dealers_buying_outside_licence": (
        """SELECT l.id, l.number, l.issued_on, l.expires_on,
              (SELECT MIN(p.produced_on) FROM production p WHERE p.buyer_licence_id = l.id AND p.deleted = 0
               AND p.produced_on BETWEEN ? AND ?
               AND NOT (l.status = 'active' AND l.issued_on <= p.produced_on AND p.produced_on <= l.expires_on)) AS day
           FROM licence l WHERE l.id IN ({marks})""",
        True,
        _dealer_outside,
    ),
    "sales_vs_purchases": (
        """SELECT l.id, l.number,
              (SELECT TOTAL(carats) FROM production WHERE buyer_licence_id = l.id AND deleted = 0
               AND produced_on BETWEEN ?1 AND ?2) AS bought,
              (SELECT TOTAL(carats) FROM sale WHERE seller_licence_id = l.id AND deleted = 0 AND kind = 'sale'
               AND sold_on BETWEEN ?1 AND ?2) AS sold
           FROM licence l WHERE l.id IN ({marks})""",
        True,
        _sales_vs_purchases,
    ),
    "exports_without_certificate": (
        """SELECT x.id, x.sold_on, x.carats, l.number FROM sale x
           LEFT JOIN licence l ON l.id = x.seller_licence_id WHERE x.id IN ({marks})""",
        False,
        _export_no_certificate,
    ),
    "valuation_outliers": ("", False, _valuation),
    "footprint_departures": (_site_sql(), False, _footprint),
    "buying_office_jumps": (
        """SELECT l.id, l.number, (SELECT TOTAL(carats) FROM production WHERE buyer_licence_id = l.id
              AND deleted = 0 AND produced_on BETWEEN ? AND ?) AS carats
           FROM licence l WHERE l.id IN ({marks})""",
        True,
        _jumps,
    ),
    "active_sites_reporting": (
        _site_sql(),
        False,
        _site_text(QT_TRANSLATE_NOOP("matrix", "site {site}: active, with no production recorded in {period}")),
    ),
    "records_on_time": ("", False, _records_on_time),
    "active_sites_per_inspector": (
        _site_sql(),
        False,
        _site_text(QT_TRANSLATE_NOOP("matrix", "site {site}: active, not inspected in {period}")),
    ),
}


def _period_args(indicator_id: str, period: Period) -> list[Any]:
    if indicator_id == "sites_not_recently_inspected":
        return [period.end]
    return [period.start, period.end]


def flag_reasons(
    inv: Inventory,
    indicator_id: str,
    ids: Sequence[str],
    period: Period | str,
    params: dict[str, Any] | None = None,
) -> dict[str, str]:
    """Why ``indicator_id`` flagged each of ``ids`` (the evaluation's offending ids of one scope
    and ``period``), in the current language. ``params``: the indicator's parameters in the
    matrix (its defaults when None). Every id gets a text; a record gone since the evaluation
    gets the indicator's name."""
    period = Period.parse(period) if isinstance(period, str) else period
    definition = INDICATORS.get(indicator_id)
    merged = {**(definition.params if definition else {}), **(params or {})}
    entry = _REASONS.get(indicator_id)
    out: dict[str, str] = {}
    if entry is not None:
        sql, dated, explain = entry
        sql = sql or _production_facts()
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            if "?1" in sql:  # numbered marks: the ids follow the two period dates
                marks = ", ".join(f"?{i + 3}" for i in range(len(chunk)))
            else:
                marks = ", ".join("?" * len(chunk))
            args = [*(_period_args(indicator_id, period) if dated else []), *chunk]
            rows = inv.conn.execute(sql.format(marks=marks), args).fetchall()
            out.update(explain(rows, period, merged))
    fallback = definition.title() if definition else indicator_id
    return {i: out.get(i) or fallback for i in ids}
