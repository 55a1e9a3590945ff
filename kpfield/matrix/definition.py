"""The challenge matrix as data: rows, their indicators and thresholds, read from a TOML file.

kpfield ships ``resources/matrix/wgaap.toml``; a coordinator may edit a copy and pass it with
``--matrix``. Every mistake in the file is reported with the line and the key it concerns, so a
coordinator can fix it without reading Python.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kpfield.domain.vocab import ASSESSMENT_GRADES
from kpfield.resources import resource_path

Status = Literal["met", "partly_met", "challenge", "no_data"]
STATUSES: tuple[Status, ...] = ("met", "partly_met", "challenge", "no_data")
STATUS_LABELS = {"met": "met", "partly_met": "partly met", "challenge": "challenge", "no_data": "no data"}
Better = Literal["lower", "higher", "near"]
LANGUAGES = ("en", "fr", "pt", "es")


class MatrixError(ValueError):
    """A matrix file kpfield cannot use; the message names the file, line and key."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str):
        self.path, self.line, self.key = Path(path), line, key
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}, key {key!r}: {message}")


@dataclass(frozen=True)
class Thresholds:
    """Turns an indicator's value into a status; see the matrix file's header for the rules."""

    better: Better
    met: float
    partly_met: float
    target: float = 0.0
    min_denominator: float = 0.0

    def status(self, value: float | None, denominator: float | None) -> Status:
        if value is None or denominator is None or denominator <= 0 or denominator < self.min_denominator:
            return "no_data"
        if self.better == "lower":
            return "met" if value <= self.met else "partly_met" if value <= self.partly_met else "challenge"
        if self.better == "higher":
            return "met" if value >= self.met else "partly_met" if value >= self.partly_met else "challenge"
        gap = abs(value - self.target)
        return "met" if gap <= self.met else "partly_met" if gap <= self.partly_met else "challenge"

    def describe(self) -> str:
        if self.better == "near":
            return f"met within {self.met:g} of {self.target:g}, partly met within {self.partly_met:g}"
        sign = "<=" if self.better == "lower" else ">="
        return f"met {sign} {self.met:g}, partly met {sign} {self.partly_met:g}"


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    thresholds: Thresholds
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChallengeRow:
    id: str
    titles: dict[str, str]
    description: str
    basis: str
    indicators: tuple[IndicatorSpec, ...]

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles["en"]


@dataclass(frozen=True)
class Matrix:
    path: Path
    version: str
    titles: dict[str, str]
    grades: dict[str, dict[str, str]]
    rows: tuple[ChallengeRow, ...]

    def row(self, row_id: str) -> ChallengeRow:
        for r in self.rows:
            if r.id == row_id:
                return r
        raise KeyError(f"the matrix {self.path.name} has no row {row_id!r}; rows: {', '.join(r.id for r in self.rows)}")

    def grade_meaning(self, grade: str, lang: str = "en") -> str:
        g = self.grades.get(grade, {})
        return g.get(lang) or g.get("en", "")


def default_matrix_path() -> Path:
    return resource_path("matrix", "wgaap.toml")


class _Locator:
    """Finds the line of a key in the file's text: tomllib reports positions only for syntax errors."""

    _HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.]+)\s*\]\]?")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        # (line number, table name) of every table header, in order
        self.headers = [(i + 1, m.group(1)) for i, line in enumerate(self.lines) if (m := self._HEADER.match(line))]

    def _table_span(self, name: str, index: int) -> tuple[int, int]:
        """Lines (first, last) of the index-th ``[[name]]`` table (0 = before any table)."""
        if not name:
            end = self.headers[0][0] - 1 if self.headers else len(self.lines)
            return 1, end
        seen = -1
        for pos, (line, table) in enumerate(self.headers):
            if table == name:
                seen += 1
                if seen == index:
                    end = self.headers[pos + 1][0] - 1 if pos + 1 < len(self.headers) else len(self.lines)
                    return line, end
        return 1, len(self.lines)

    def line_of(self, key: str, table: str = "", index: int = 0) -> int | None:
        first, last = self._table_span(table, index)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*(=|\.)")
        for n in range(first, last + 1):
            if pattern.match(self.lines[n - 1]):
                return n
        return first if table else None


def load_matrix(path: str | Path | None = None) -> Matrix:
    """Read and check a matrix file (the shipped one when ``path`` is None)."""
    from .indicators import INDICATORS

    path = Path(path) if path is not None else default_matrix_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MatrixError(path, None, "", "the matrix file does not exist") from None
    except UnicodeDecodeError as e:
        raise MatrixError(path, None, "", f"the file is not UTF-8 text ({e.reason}); save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        line = int(m.group(1)) if m else None
        bad = text.splitlines()[line - 1].strip() if line and line <= len(text.splitlines()) else ""
        key = bad.split("=", 1)[0].strip() if "=" in bad else bad
        raise MatrixError(path, line, key, f"not valid TOML: {e}") from None
    loc = _Locator(text)

    def fail(key: str, message: str, table: str = "", index: int = 0) -> MatrixError:
        return MatrixError(path, loc.line_of(key.split(".")[0], table, index), key, message)

    def text_of(d: dict[str, Any], key: str, table: str, index: int, *, required: bool = True) -> str:
        v = d.get(key)
        if v is None and not required:
            return ""
        if not isinstance(v, str) or not v.strip():
            raise fail(key, "must be a non-empty text in quotes", table, index)
        return v.strip()

    def titles_of(d: dict[str, Any], table: str, index: int) -> dict[str, str]:
        t = d.get("title")
        if not isinstance(t, dict) or not isinstance(t.get("en"), str) or not t["en"].strip():
            raise fail("title.en", 'every title needs at least its English text (title.en = "...")', table, index)
        if not isinstance(t.get("fr"), str) or not t["fr"].strip():
            raise fail("title.fr", 'every title needs its French text (title.fr = "...")', table, index)
        for lang, v in t.items():
            if lang not in LANGUAGES:
                raise fail(f"title.{lang}", f"unknown language; use {', '.join(LANGUAGES)}", table, index)
            if not isinstance(v, str):
                raise fail(f"title.{lang}", "must be text in quotes", table, index)
        return {k: v.strip() for k, v in t.items()}

    grades_raw = data.get("grades")
    if not isinstance(grades_raw, dict) or set(grades_raw) != set(ASSESSMENT_GRADES):
        raise fail("grades", f'give the meaning of each score {", ".join(ASSESSMENT_GRADES)} ([grades.A] en = "...")')
    grades: dict[str, dict[str, str]] = {}
    for g in ASSESSMENT_GRADES:
        meanings = grades_raw[g]
        if not isinstance(meanings, dict) or not isinstance(meanings.get("en"), str):
            raise fail("en", f"score {g} needs its meaning in English", f"grades.{g}")
        grades[g] = {k: str(v) for k, v in meanings.items()}

    rows_raw = data.get("row")
    if not isinstance(rows_raw, list) or not rows_raw:
        raise fail("row", "the matrix has no rows ([[row]] tables)")
    rows: list[ChallengeRow] = []
    seen_rows: set[str] = set()
    n_indicator = -1
    for ri, r in enumerate(rows_raw):
        rid = text_of(r, "id", "row", ri)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", rid):
            raise fail("id", f"row id {rid!r}: use lower-case letters, digits and _", "row", ri)
        if rid in seen_rows:
            raise fail("id", f"row id {rid!r} is used twice", "row", ri)
        seen_rows.add(rid)
        for key in r:
            if key not in ("id", "title", "description", "basis", "indicator"):
                raise fail(key, f"row {rid}: unknown key (known: id, title, description, basis, indicator)", "row", ri)
        specs: list[IndicatorSpec] = []
        for ind in r.get("indicator", []):
            n_indicator += 1
            specs.append(_indicator(ind, rid, INDICATORS, fail, n_indicator))
        rows.append(
            ChallengeRow(
                rid,
                titles_of(r, "row", ri),
                text_of(r, "description", "row", ri),
                text_of(r, "basis", "row", ri),
                tuple(specs),
            )
        )
    titles = data.get("title")
    return Matrix(
        path,
        str(data.get("version", "")),
        {k: str(v) for k, v in titles.items()} if isinstance(titles, dict) else {"en": path.stem},
        grades,
        tuple(rows),
    )


def _indicator(ind: Any, rid: str, known: dict[str, Any], fail: Any, n: int) -> IndicatorSpec:
    table = "row.indicator"
    if not isinstance(ind, dict):
        raise fail("indicator", f"row {rid}: each indicator is a [[row.indicator]] table", "row", 0)
    iid = ind.get("id")
    if not isinstance(iid, str) or iid not in known:
        raise fail(
            "id", f"row {rid}: unknown indicator {iid!r}; kpfield computes: {', '.join(sorted(known))}", table, n
        )
    for key in ind:
        if key not in ("id", "better", "met", "partly_met", "target", "min_denominator", "params"):
            raise fail(key, f"indicator {iid}: unknown key", table, n)
    better = ind.get("better")
    if better not in ("lower", "higher", "near"):
        raise fail("better", f'indicator {iid}: must be "lower", "higher" or "near"', table, n)

    def number(key: str, default: float | None = None) -> float:
        v = ind.get(key, default)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise fail(key, f"indicator {iid}: must be a number (a share is written 0.05 for 5 %)", table, n)
        return float(v)

    met, partly = number("met"), number("partly_met")
    target = number("target", 0.0) if better != "near" else number("target")
    if better == "lower" and partly < met:
        raise fail("partly_met", f"indicator {iid}: lower is better, so partly_met must be >= met", table, n)
    if better == "higher" and partly > met:
        raise fail("partly_met", f"indicator {iid}: higher is better, so partly_met must be <= met", table, n)
    if better == "near" and (met < 0 or partly < met):
        raise fail("partly_met", f"indicator {iid}: tolerances must satisfy 0 <= met <= partly_met", table, n)
    params = ind.get("params", {})
    if not isinstance(params, dict):
        raise fail("params", f"indicator {iid}: params is a table, e.g. params = {{ days = 90 }}", table, n)
    allowed = known[iid].params
    for key, value in params.items():
        if key not in allowed:
            raise fail(
                "params",
                f"indicator {iid}: unknown parameter {key!r} (known: {', '.join(allowed) or 'none'})",
                table,
                n,
            )
        if not isinstance(value, type(allowed[key])) and not (
            isinstance(allowed[key], float) and isinstance(value, int)
        ):
            raise fail("params", f"indicator {iid}: parameter {key} must be like {allowed[key]!r}", table, n)
    return IndicatorSpec(
        iid,
        Thresholds(better, met, partly, target, number("min_denominator", 0.0)),
        {**allowed, **params},
    )
