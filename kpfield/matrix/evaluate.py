"""Evaluate an inventory against the challenge matrix: plain data for the command line, the window
and the inventory workbook.

:func:`evaluate` computes every indicator of every row for each scope (a heat map's columns) and
one period, turns values into statuses with the matrix's thresholds, and puts each country's own
self-assessment of the row beside them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .definition import STATUS_LABELS, Matrix, Status
from .indicators import INDICATORS, Context, Measure
from .scope import Period, Scope

# worst first: a row is as bad as its worst computable indicator
_SEVERITY: dict[str, int] = {"challenge": 3, "partly_met": 2, "met": 1, "no_data": 0}


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    title: str
    unit: str
    record_kind: str
    value: float | None
    numerator: float
    denominator: float
    status: Status
    thresholds: str
    offending_ids: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """A country's self-assessment of one row for one period (a ``self_assessment`` record)."""

    id: str
    country: str
    period: str
    row_id: str
    score: str
    meaning: str
    evidence: str | None
    gap: str | None
    action: str | None
    owner: str | None
    due_on: str | None


@dataclass(frozen=True)
class RowResult:
    row_id: str
    title: str
    # None: the row has no automatic indicator and rests on the self-assessment alone
    status: Status | None
    indicators: tuple[IndicatorResult, ...]
    assessment: Assessment | None
    # (period, score) of the country's earlier self-assessments of the row, oldest first
    earlier_scores: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ScopeResult:
    scope: str  # as typed: country:SL, district:SL:Kono
    label: str
    rows: tuple[RowResult, ...]

    def row(self, row_id: str) -> RowResult:
        return next(r for r in self.rows if r.row_id == row_id)


@dataclass(frozen=True)
class Evaluation:
    matrix: str
    matrix_version: str
    period: str
    scopes: tuple[ScopeResult, ...]
    seconds: float

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def row_status(statuses: Sequence[Status]) -> Status | None:
    if not statuses:
        return None
    return max(statuses, key=lambda s: _SEVERITY[s])


def _assessments(
    conn: sqlite3.Connection, matrix: Matrix, countries: set[str], period: Period, lang: str
) -> tuple[dict[tuple[str, str], Assessment], dict[tuple[str, str], list[tuple[str, str]]]]:
    current: dict[tuple[str, str], Assessment] = {}
    earlier: dict[tuple[str, str], list[tuple[str, str]]] = {}
    if not countries:
        return current, earlier
    for r in conn.execute(
        f"""SELECT id, country, period, row_id, score, evidence, gap, action, owner, due_on
            FROM self_assessment WHERE deleted = 0 AND country IN ({", ".join("?" * len(countries))})
            ORDER BY period""",
        sorted(countries),
    ):
        if r["period"] == period.label:
            current[(r["country"], r["row_id"])] = Assessment(
                r["id"],
                r["country"],
                r["period"],
                r["row_id"],
                r["score"],
                matrix.grade_meaning(r["score"], lang),
                r["evidence"],
                r["gap"],
                r["action"],
                r["owner"],
                r["due_on"],
            )
        elif r["period"] < period.label:
            earlier.setdefault((r["country"], r["row_id"]), []).append((r["period"], r["score"]))
    return current, earlier


def evaluate(
    conn: sqlite3.Connection,
    matrix: Matrix,
    scopes: Sequence[Scope],
    period: Period,
    *,
    today: dt.date | None = None,
    lang: str = "en",
) -> Evaluation:
    """Every row of ``matrix`` for each scope and ``period``. Reads only; safe on a read-only connection."""
    started = time.perf_counter()
    histories = [
        int(spec.params["history"])
        for row in matrix.rows
        for spec in row.indicators
        if spec.id == "footprint_departures"
    ]
    ctx = Context(conn, scopes, period, today, footprint_history=histories[0] if histories else None)
    try:
        measures: dict[str, dict[int, Measure]] = {}
        for row in matrix.rows:
            for spec in row.indicators:
                key = f"{spec.id}|{sorted(spec.params.items())}"
                if key not in measures:
                    measures[key] = INDICATORS[spec.id].compute(ctx, spec.params)
    finally:
        ctx.close()
    single = {s.country or s.value for s in scopes if s.kind != "region"}
    current, earlier = _assessments(conn, matrix, single, period, lang)
    results = []
    for k, scope in enumerate(scopes):
        country = None if scope.kind == "region" else (scope.country or scope.value)
        rows = []
        for row in matrix.rows:
            inds = []
            for spec in row.indicators:
                d = INDICATORS[spec.id]
                m = measures[f"{spec.id}|{sorted(spec.params.items())}"].get(k, Measure(0, 0))
                status = spec.thresholds.status(m.value, m.denominator)
                inds.append(
                    IndicatorResult(
                        d.id,
                        d.title(lang),
                        d.unit,
                        d.record_kind,
                        m.value,
                        m.numerator,
                        m.denominator,
                        status,
                        spec.thresholds.describe(),
                        tuple(m.offending),
                    )
                )
            rows.append(
                RowResult(
                    row.id,
                    row.title(lang),
                    row_status([i.status for i in inds]),
                    tuple(inds),
                    current.get((country, row.id)) if country else None,
                    tuple(earlier.get((country, row.id), [])) if country else (),
                )
            )
        results.append(ScopeResult(scope.key, scope.label, tuple(rows)))
    return Evaluation(str(matrix.path), matrix.version, period.label, tuple(results), time.perf_counter() - started)


def format_value(ind: IndicatorResult) -> str:
    if ind.value is None:
        return "-"
    if ind.unit == "share":
        return f"{ind.value:.1%}"
    return f"{ind.value:,.2f}"


def format_table(ev: Evaluation) -> str:
    """A readable report: a heat map of rows by scopes, then each indicator per scope."""
    short = {"met": "met", "partly_met": "partly", "challenge": "CHALLENGE", "no_data": "no data", None: "self-assess."}
    names = [s.scope.split(":")[-1] for s in ev.scopes]
    width = max([14, *(len(n) + 2 for n in names)])
    titles = [r.title for r in ev.scopes[0].rows] if ev.scopes else []
    tw = max([20, *(len(t) for t in titles)]) + 2
    lines = [f"Challenge matrix, period {ev.period} ({ev.matrix}, version {ev.matrix_version})", ""]
    lines.append(f"{'':<{tw}}" + "".join(f"{n:>{width}}" for n in names))
    for i, title in enumerate(titles):
        cells = []
        for s in ev.scopes:
            r = s.rows[i]
            cell = short[r.status]
            if r.assessment:
                cell += f" {r.assessment.score}"
            cells.append(f"{cell:>{width}}")
        lines.append(f"{title:<{tw}}" + "".join(cells))
    lines += ["", "(a letter after a status is the country's own self-assessment score)"]
    for s in ev.scopes:
        lines += ["", f"== {s.label} =="]
        for r in s.rows:
            head = f"{r.title}: {STATUS_LABELS[r.status] if r.status else 'self-assessment only'}"
            if r.assessment:
                a = r.assessment
                head += f"; self-assessed {a.score} ({a.meaning})"
            lines.append(head)
            for ind in r.indicators:
                ratio = f"{ind.numerator:,.6g} / {ind.denominator:,.6g}" if ind.denominator else "0 / 0"
                flagged = f", {len(ind.offending_ids)} {ind.record_kind} record(s) flagged" if ind.offending_ids else ""
                lines.append(
                    f"  {STATUS_LABELS[ind.status]:<11}{format_value(ind):>10}  {ind.title} ({ratio}{flagged})"
                )
    return "\n".join(lines)
