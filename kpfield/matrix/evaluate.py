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

from kpfield.domain.periods import Period
from kpfield.i18n import QT_TRANSLATE_NOOP, format_number, language, translate_in
from kpfield.store import Inventory

from .definition import STATUSES, Matrix, Status, status_label
from .indicators import INDICATORS, Context, Measure
from .scope import Scope

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
    lang: str = "en"  # the language of the titles and meanings above

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
    inv: Inventory,
    matrix: Matrix,
    scopes: Sequence[Scope],
    period: Period,
    *,
    today: dt.date | None = None,
    lang: str = "en",
) -> Evaluation:
    """Every row of ``matrix`` for each scope and ``period``. Reads only; safe on a read-only
    inventory (:meth:`Inventory.open_readonly`), which a worker thread opens for itself."""
    conn = inv.conn
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
                        spec.thresholds.describe(lang, d.unit),
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
        results.append(ScopeResult(scope.key, scope.shown_label(lang), tuple(rows)))
    return Evaluation(
        str(matrix.path), matrix.version, period.label, tuple(results), time.perf_counter() - started, lang
    )


def format_value(ind: IndicatorResult, lang: str | None = None) -> str:
    """An indicator's value as read: a share as a percentage (``12.5%``, ``12,5 %`` in French)."""
    lang = lang or language()
    if ind.value is None:
        return "-"
    if ind.unit == "share":
        # a percentage as each language writes it: 12.5% in English, 12,5 % (no-break space) elsewhere
        percent = format_number(ind.value * 100, 1, lang=lang)
        return f"{percent}%" if lang == "en" else f"{percent}\u00a0%"
    return format_number(ind.value, 2, grouping=True, lang=lang)


# The heat map's cells: a status in a word or two.
_SHORT = {
    "met": QT_TRANSLATE_NOOP("matrix", "met"),
    "partly_met": QT_TRANSLATE_NOOP("matrix", "partly"),
    "challenge": QT_TRANSLATE_NOOP("matrix", "CHALLENGE"),
    "no_data": QT_TRANSLATE_NOOP("matrix", "no data"),
    None: QT_TRANSLATE_NOOP("matrix", "self-assess."),
}
# The kinds of records an indicator flags, as the table names them.
_KINDS = {
    "production": QT_TRANSLATE_NOOP("matrix", "production"),
    "licence": QT_TRANSLATE_NOOP("matrix", "licence"),
    "site": QT_TRANSLATE_NOOP("matrix", "site"),
    "sale": QT_TRANSLATE_NOOP("matrix", "sale"),
    "inspection": QT_TRANSLATE_NOOP("matrix", "inspection"),
}


def format_table(ev: Evaluation) -> str:
    """A readable report in the evaluation's language: a heat map of rows by scopes, then each
    indicator per scope."""
    lang = ev.lang

    def tr(text: str) -> str:
        return translate_in(lang, "matrix", text)

    def n(value: float) -> str:
        return format_number(float(f"{value:.6g}"), grouping=True, lang=lang)

    names = [s.scope.split(":")[-1] for s in ev.scopes]
    width = max([14, *(len(n) + 2 for n in names)])
    titles = [r.title for r in ev.scopes[0].rows] if ev.scopes else []
    tw = max([20, *(len(t) for t in titles)]) + 2
    heading = tr(QT_TRANSLATE_NOOP("matrix", "Challenge matrix, period {period} ({file}, version {version})"))
    lines = [heading.format(period=ev.period, file=ev.matrix, version=ev.matrix_version), ""]
    lines.append(f"{'':<{tw}}" + "".join(f"{n:>{width}}" for n in names))
    for i, title in enumerate(titles):
        cells = []
        for s in ev.scopes:
            r = s.rows[i]
            cell = tr(_SHORT[r.status])
            if r.assessment:
                cell += f" {r.assessment.score}"
            cells.append(f"{cell:>{width}}")
        lines.append(f"{title:<{tw}}" + "".join(cells))
    lines += [
        "",
        tr(QT_TRANSLATE_NOOP("matrix", "(a letter after a status is the country's own self-assessment score)")),
    ]
    sw = max(len(status_label(st, lang)) for st in STATUSES) + 1  # the indicators' status column
    for s in ev.scopes:
        lines += ["", f"== {s.label} =="]
        for r in s.rows:
            head = tr(QT_TRANSLATE_NOOP("matrix", "{title}: {status}")).format(
                title=r.title, status=status_label(r.status, lang)
            )
            if r.assessment:
                a = r.assessment
                head += tr(QT_TRANSLATE_NOOP("matrix", "; self-assessed {score} ({meaning})")).format(
                    score=a.score, meaning=a.meaning
                )
            lines.append(head)
            for ind in r.indicators:
                ratio = f"{n(ind.numerator)} / {n(ind.denominator)}" if ind.denominator else "0 / 0"
                flagged = ""
                if ind.offending_ids:
                    kind = tr(_KINDS.get(ind.record_kind, ind.record_kind))
                    flagged = tr(QT_TRANSLATE_NOOP("matrix", ", {n} {kind} record(s) flagged")).format(
                        n=format_number(len(ind.offending_ids), grouping=True, lang=lang), kind=kind
                    )
                status = status_label(ind.status, lang)
                lines.append(f"  {status:<{sw}}{format_value(ind, lang):>10}  {ind.title} ({ratio}{flagged})")
    return "\n".join(lines)
