"""The challenge matrix as data: rows, their indicators and thresholds, read from a TOML file.

kpfield ships ``resources/matrix/wgaap.toml``; a coordinator may edit a copy and pass it with
``--matrix``. Every mistake in the file is reported with the line and the key it concerns, so a
coordinator can fix it without reading Python.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kpfield.domain.vocab import ASSESSMENT_GRADES
from kpfield.i18n import LANGUAGES, QT_TRANSLATE_NOOP, format_number, language, translate, translate_in
from kpfield.resources import resource_path

from .errors import MatrixError
from .indicators import INDICATORS, IndicatorDef

Status = Literal["met", "partly_met", "challenge", "no_data"]
STATUSES: tuple[Status, ...] = ("met", "partly_met", "challenge", "no_data")
# In English; :func:`status_label` gives them in the officer's language.
STATUS_LABELS = {
    "met": QT_TRANSLATE_NOOP("matrix", "met"),
    "partly_met": QT_TRANSLATE_NOOP("matrix", "partly met"),
    "challenge": QT_TRANSLATE_NOOP("matrix", "challenge"),
    "no_data": QT_TRANSLATE_NOOP("matrix", "no data"),
}
# What a row without automatic indicators shows instead of a status.
SELF_ASSESSMENT_ONLY = QT_TRANSLATE_NOOP("matrix", "self-assessment only")
Better = Literal["lower", "higher", "near"]


def status_label(status: str | None, lang: str | None = None) -> str:
    """A status in words in ``lang`` (default: the current language); None is a row carried by
    the self-assessment alone."""
    text = STATUS_LABELS.get(status, SELF_ASSESSMENT_ONLY) if status is not None else SELF_ASSESSMENT_ONLY
    return translate_in(lang or language(), "matrix", text)


def _in(texts: dict[str, str], lang: str | None) -> str:
    """The text of the current language (or ``lang``), else the English one."""
    return texts.get(lang or language()) or texts.get("en", "")


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

    def describe(self, lang: str | None = None, unit: str | None = None) -> str:
        """The thresholds in words, in ``lang`` (default: the current language); for a ``share``
        (``unit``) as percentages, as its value is shown (``>= 80%``, not ``>= 0.8``)."""
        lang = lang or language()

        def n(value: float) -> str:
            if unit == "share":
                percent = format_number(round(value * 100, 6), lang=lang)
                return f"{percent}%" if lang == "en" else f"{percent}\u00a0%"
            return format_number(value, lang=lang)

        if self.better == "near":
            text = translate_in(lang, "matrix", _NEAR)
            return text.format(met=n(self.met), target=n(self.target), partly_met=n(self.partly_met))
        text = translate_in(lang, "matrix", _AT_MOST if self.better == "lower" else _AT_LEAST)
        return text.format(met=n(self.met), partly_met=n(self.partly_met))


_NEAR = QT_TRANSLATE_NOOP("matrix", "met within {met} of {target}, partly met within {partly_met}")
_AT_MOST = QT_TRANSLATE_NOOP("matrix", "met <= {met}, partly met <= {partly_met}")
_AT_LEAST = QT_TRANSLATE_NOOP("matrix", "met >= {met}, partly met >= {partly_met}")


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    thresholds: Thresholds
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChallengeRow:
    """One challenge area. Its texts are kept per language (``en`` always); the accessors give
    the current language's, or ``lang``'s, falling back to English."""

    id: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    bases: dict[str, str]
    indicators: tuple[IndicatorSpec, ...]

    def title(self, lang: str | None = None) -> str:
        return _in(self.titles, lang)

    def description_in(self, lang: str | None = None) -> str:
        return _in(self.descriptions, lang)

    def basis_in(self, lang: str | None = None) -> str:
        return _in(self.bases, lang)

    @property
    def description(self) -> str:
        """What the row expects, in the current language."""
        return self.description_in()

    @property
    def basis(self) -> str:
        """The KP texts the row rests on, in the current language."""
        return self.basis_in()


@dataclass(frozen=True)
class Matrix:
    path: Path
    version: str
    titles: dict[str, str]
    grades: dict[str, dict[str, str]]
    rows: tuple[ChallengeRow, ...]

    def title(self, lang: str | None = None) -> str:
        return _in(self.titles, lang)

    def row(self, row_id: str) -> ChallengeRow:
        for r in self.rows:
            if r.id == row_id:
                return r
        raise KeyError(
            translate("matrix", "the matrix {file} has no row {row}; rows: {rows}").format(
                file=self.path.name, row=repr(row_id), rows=", ".join(r.id for r in self.rows)
            )
        )

    def grade_meaning(self, grade: str, lang: str | None = None) -> str:
        """What a self-assessment score means, in ``lang`` (default: the current language)."""
        return _in(self.grades.get(grade, {}), lang)


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
    path = Path(path) if path is not None else default_matrix_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MatrixError(path, None, "", translate("matrix", "the matrix file does not exist")) from None
    except UnicodeDecodeError as e:
        raise MatrixError(
            path,
            None,
            "",
            translate("matrix", "the file is not UTF-8 text ({reason}); save it as UTF-8").format(reason=e.reason),
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        line = int(m.group(1)) if m else None
        bad = text.splitlines()[line - 1].strip() if line and line <= len(text.splitlines()) else ""
        key = bad.split("=", 1)[0].strip() if "=" in bad else bad
        raise MatrixError(path, line, key, translate("matrix", "not valid TOML: {error}").format(error=e)) from None
    loc = _Locator(text)

    def fail(key: str, message: str, table: str = "", index: int = 0) -> MatrixError:
        return MatrixError(path, loc.line_of(key.split(".")[0], table, index), key, message)

    def text_of(d: dict[str, Any], key: str, table: str, index: int) -> str:
        v = d.get(key)
        if not isinstance(v, str) or not v.strip():
            raise fail(key, translate("matrix", "must be a non-empty text in quotes"), table, index)
        return v.strip()

    def languages_of(t: dict[str, Any], key: str, table: str, index: int) -> dict[str, str]:
        for lang, v in t.items():
            if lang not in LANGUAGES:
                raise fail(
                    f"{key}.{lang}",
                    translate("matrix", "unknown language; use {languages}").format(languages=", ".join(LANGUAGES)),
                    table,
                    index,
                )
            if not isinstance(v, str):
                raise fail(f"{key}.{lang}", translate("matrix", "must be text in quotes"), table, index)
        return {k: v.strip() for k, v in t.items() if v.strip()}

    def titles_of(d: dict[str, Any], table: str, index: int) -> dict[str, str]:
        t = d.get("title")
        if not isinstance(t, dict) or not isinstance(t.get("en"), str) or not t["en"].strip():
            raise fail(
                "title.en",
                translate("matrix", "every title needs at least its English text ({example})").format(
                    example='title.en = "..."'
                ),
                table,
                index,
            )
        if not isinstance(t.get("fr"), str) or not t["fr"].strip():
            raise fail(
                "title.fr",
                translate("matrix", "every title needs its French text ({example})").format(example='title.fr = "..."'),
                table,
                index,
            )
        return languages_of(t, "title", table, index)

    def texts_of(d: dict[str, Any], key: str, table: str, index: int) -> dict[str, str]:
        """A text given once (taken as English) or per language (``key.en``, ``key.fr`` ...)."""
        t = d.get(key)
        if isinstance(t, dict):
            if not isinstance(t.get("en"), str) or not t["en"].strip():
                raise fail(
                    f"{key}.en",
                    translate("matrix", "give at least the English text ({example})").format(
                        example=f'{key}.en = "..."'
                    ),
                    table,
                    index,
                )
            return languages_of(t, key, table, index)
        return {"en": text_of(d, key, table, index)}

    grades_raw = data.get("grades")
    if not isinstance(grades_raw, dict) or set(grades_raw) != set(ASSESSMENT_GRADES):
        raise fail(
            "grades",
            translate("matrix", "give the meaning of each score {grades} ({example})").format(
                grades=", ".join(ASSESSMENT_GRADES), example='[grades.A] en = "..."'
            ),
        )
    grades: dict[str, dict[str, str]] = {}
    for g in ASSESSMENT_GRADES:
        meanings = grades_raw[g]
        if not isinstance(meanings, dict) or not isinstance(meanings.get("en"), str):
            raise fail(
                "en", translate("matrix", "score {grade} needs its meaning in English").format(grade=g), f"grades.{g}"
            )
        grades[g] = {k: str(v) for k, v in meanings.items()}

    rows_raw = data.get("row")
    if not isinstance(rows_raw, list) or not rows_raw:
        raise fail("row", translate("matrix", "the matrix has no rows ([[row]] tables)"))
    rows: list[ChallengeRow] = []
    seen_rows: set[str] = set()
    n_indicator = -1
    for ri, r in enumerate(rows_raw):
        rid = text_of(r, "id", "row", ri)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", rid):
            raise fail(
                "id",
                translate("matrix", "row id {row}: use lower-case letters, digits and _").format(row=repr(rid)),
                "row",
                ri,
            )
        if rid in seen_rows:
            raise fail("id", translate("matrix", "row id {row} is used twice").format(row=repr(rid)), "row", ri)
        seen_rows.add(rid)
        for key in r:
            if key not in ("id", "title", "description", "basis", "indicator"):
                raise fail(
                    key,
                    translate("matrix", "row {row}: unknown key (known: {keys})").format(
                        row=rid, keys="id, title, description, basis, indicator"
                    ),
                    "row",
                    ri,
                )
        specs: list[IndicatorSpec] = []
        for ind in r.get("indicator", []):
            n_indicator += 1
            specs.append(_indicator(ind, rid, INDICATORS, fail, n_indicator))
        rows.append(
            ChallengeRow(
                rid,
                titles_of(r, "row", ri),
                texts_of(r, "description", "row", ri),
                texts_of(r, "basis", "row", ri),
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


def _indicator(
    ind: object,
    rid: str,
    known: Mapping[str, IndicatorDef],
    fail: Callable[[str, str, str, int], MatrixError],
    n: int,
) -> IndicatorSpec:
    table = "row.indicator"
    if not isinstance(ind, dict):
        raise fail(
            "indicator",
            translate("matrix", "row {row}: each indicator is a {table} table").format(
                row=rid, table="[[row.indicator]]"
            ),
            "row",
            0,
        )
    iid = ind.get("id")
    if not isinstance(iid, str) or iid not in known:
        raise fail(
            "id",
            translate("matrix", "row {row}: unknown indicator {indicator}; kpfield computes: {known}").format(
                row=rid, indicator=repr(iid), known=", ".join(sorted(known))
            ),
            table,
            n,
        )
    for key in ind:
        if key not in ("id", "better", "met", "partly_met", "target", "min_denominator", "params"):
            raise fail(key, translate("matrix", "indicator {indicator}: unknown key").format(indicator=iid), table, n)
    better = ind.get("better")
    if better not in ("lower", "higher", "near"):
        raise fail(
            "better",
            translate("matrix", "indicator {indicator}: must be one of {choices}").format(
                indicator=iid, choices='"lower", "higher", "near"'
            ),
            table,
            n,
        )

    def number(key: str, default: float | None = None) -> float:
        v = ind.get(key, default)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise fail(
                key,
                translate("matrix", "indicator {indicator}: must be a number (a share is written 0.05 for 5 %)").format(
                    indicator=iid
                ),
                table,
                n,
            )
        return float(v)

    met, partly = number("met"), number("partly_met")
    target = number("target", 0.0) if better != "near" else number("target")
    if better == "lower" and partly < met:
        raise fail(
            "partly_met",
            translate("matrix", "indicator {indicator}: lower is better, so partly_met must be >= met").format(
                indicator=iid
            ),
            table,
            n,
        )
    if better == "higher" and partly > met:
        raise fail(
            "partly_met",
            translate("matrix", "indicator {indicator}: higher is better, so partly_met must be <= met").format(
                indicator=iid
            ),
            table,
            n,
        )
    if better == "near" and (met < 0 or partly < met):
        raise fail(
            "partly_met",
            translate("matrix", "indicator {indicator}: tolerances must satisfy 0 <= met <= partly_met").format(
                indicator=iid
            ),
            table,
            n,
        )
    params = ind.get("params", {})
    if not isinstance(params, dict):
        raise fail(
            "params",
            translate("matrix", "indicator {indicator}: params is a table, e.g. {example}").format(
                indicator=iid, example="params = { days = 90 }"
            ),
            table,
            n,
        )
    allowed = known[iid].params
    for key, value in params.items():
        if key not in allowed:
            raise fail(
                "params",
                translate("matrix", "indicator {indicator}: unknown parameter {parameter} (known: {known})").format(
                    indicator=iid, parameter=repr(key), known=", ".join(allowed) or "-"
                ),
                table,
                n,
            )
        if not isinstance(value, type(allowed[key])) and not (
            isinstance(allowed[key], float) and isinstance(value, int)
        ):
            raise fail(
                "params",
                translate("matrix", "indicator {indicator}: parameter {parameter} must be like {example}").format(
                    indicator=iid, parameter=key, example=repr(allowed[key])
                ),
                table,
                n,
            )
    return IndicatorSpec(
        iid,
        Thresholds(better, met, partly, target, number("min_denominator", 0.0)),
        {**allowed, **params},
    )
