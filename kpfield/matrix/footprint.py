"""Provenance footprints: the size-frequency profile of the rough diamonds from one place.

A footprint counts stones and carats per class of the fixed list (``kpfield.domain.vocab``) over a
scope and a period. Two footprints are compared by a chi-square test of homogeneity on stone
counts (only when both hold at least ``min_stones`` stones, with sparse classes pooled so every
expected count is at least 5) and by the total-variation distance (half the sum of the absolute
differences of the class shares: 0 identical, 1 disjoint). A jump test compares a period's carats
with the scope's earlier half-years. :func:`size_shift` says what the comparison means for an
officer: smaller stones, larger, about the same, or too few to tell.

USD per carat per class: a production record carries one value for all its stones, so a class's
USD/ct is computed from the records whose stones all fall in that one class (sum of their values
over the sum of their carats); a class with no such record has none.
"""

from __future__ import annotations

import math
import sqlite3
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kpfield.domain.periods import Period
from kpfield.domain.text import normalise_identifier
from kpfield.domain.vocab import SIZE_CLASS_CODES, SIZE_CLASSES, size_class_columns
from kpfield.i18n import format_number, translate
from kpfield.store import Inventory

from .errors import MatrixError
from .scope import Scope

DEFAULT_MIN_STONES = 50
MIN_EXPECTED = 5.0
# size_shift: a difference worth telling is unlikely by chance (chi-square p below SIGNIFICANT_P) and
# not negligible (a total-variation distance of at least MIN_DISTANCE); the stones are smaller or
# larger when their mean size class moved by at least MIN_CLASS_SHIFT of a class
SIGNIFICANT_P = 0.05
MIN_DISTANCE = 0.05
MIN_CLASS_SHIFT = 0.1


@dataclass(frozen=True)
class ClassShare:
    code: str
    label: str
    stones: int
    carats: float
    stone_share: float | None
    carat_share: float | None
    usd_per_carat: float | None


@dataclass(frozen=True)
class Footprint:
    label: str  # what and when, for people: "site SL-KON-0001, 2026H1"
    records: int
    stones: int
    carats: float
    value_usd: float
    classes: tuple[ClassShare, ...]

    @property
    def stone_counts(self) -> list[int]:
        return [c.stones for c in self.classes]

    @property
    def carat_counts(self) -> list[float]:
        return [c.carats for c in self.classes]

    @property
    def usd_per_carat(self) -> float | None:
        return self.value_usd / self.carats if self.carats else None


@dataclass(frozen=True)
class Comparison:
    enough_stones: bool
    min_stones: int
    chi2: float | None
    dof: int | None
    p_value: float | None
    tvd: float  # on stone shares
    tvd_carats: float | None = None


@dataclass(frozen=True)
class JumpTest:
    carats: float
    history: tuple[tuple[str, float], ...]  # (period, carats) of the earlier half-years
    mean: float | None  # mean of the earlier half-years that had production
    ratio: float | None
    threshold: float
    jump: bool


@dataclass(frozen=True)
class FootprintReport:
    scope: str
    period: str
    footprint: Footprint
    reference: Footprint | None
    comparison: Comparison | None
    jump: JumpTest | None


@dataclass(frozen=True)
class ClassChange:
    code: str
    share: float  # of the footprint's stones
    reference_share: float  # of the reference's stones


@dataclass(frozen=True)
class SizeShift:
    """A comparison in a word. ``verdict``: ``too_few`` (too few stones to test), ``same`` (no
    difference worth telling), ``smaller`` or ``larger`` (the stones' mean size class moved down or
    up), ``different`` (the profile changed but not the size overall). ``class_shift``: the mean
    size class of the stones minus the reference's, in classes; ``more`` and ``fewer``: the class
    whose share of stones grew the most and the one that shrank the most."""

    verdict: Literal["too_few", "same", "smaller", "larger", "different"]
    class_shift: float | None = None
    more: ClassChange | None = None
    fewer: ClassChange | None = None


def size_shift(report: FootprintReport) -> SizeShift:
    """What the report's comparison says about the size of the stones (see :class:`SizeShift`)."""
    c, ref = report.comparison, report.reference
    if c is None or ref is None or not c.enough_stones or c.p_value is None:
        return SizeShift("too_few")
    now, before = _shares(report.footprint.stone_counts), _shares(ref.stone_counts)
    if now is None or before is None:
        return SizeShift("too_few")
    shift = sum(i * (a - b) for i, (a, b) in enumerate(zip(now, before, strict=True)))
    changes = [ClassChange(cls.code, a, b) for cls, a, b in zip(SIZE_CLASSES, now, before, strict=True)]
    grew = max(changes, key=lambda x: x.share - x.reference_share)
    shrank = min(changes, key=lambda x: x.share - x.reference_share)
    if c.p_value >= SIGNIFICANT_P or c.tvd < MIN_DISTANCE:
        return SizeShift("same", shift)
    more = grew if grew.share > grew.reference_share else None
    fewer = shrank if shrank.share < shrank.reference_share else None
    if shift <= -MIN_CLASS_SHIFT:
        return SizeShift("smaller", shift, more, fewer)
    if shift >= MIN_CLASS_SHIFT:
        return SizeShift("larger", shift, more, fewer)
    return SizeShift("different", shift, more, fewer)


def _shares(values: Sequence[float]) -> list[float] | None:
    total = sum(values)
    return [v / total for v in values] if total else None


def tvd(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Total-variation distance between two distributions given as counts or weights."""
    pa, pb = _shares(a), _shares(b)
    if pa is None or pb is None:
        return None
    return 0.5 * sum(abs(x - y) for x, y in zip(pa, pb, strict=True))


def _gamma_q(a: float, x: float) -> float:
    """The regularised upper incomplete gamma function Q(a, x) (series or continued fraction)."""
    if x <= 0:
        return 1.0
    lg = math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a
        ap = a
        for _ in range(1000):
            ap += 1
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return max(0.0, 1.0 - total * math.exp(-x + a * math.log(x) - lg))
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return math.exp(-x + a * math.log(x) - lg) * h


def chi2_sf(chi2: float, dof: int) -> float:
    """P(X >= chi2) for a chi-square distribution with ``dof`` degrees of freedom."""
    return _gamma_q(dof / 2, chi2 / 2)


def compare_counts(
    current: Sequence[int], reference: Sequence[int], *, min_stones: int = DEFAULT_MIN_STONES
) -> Comparison:
    """Chi-square test of homogeneity (2 x classes) and total-variation distance on stone counts."""
    n1, n2 = sum(current), sum(reference)
    distance = tvd(current, reference)
    if n1 < min_stones or n2 < min_stones:
        return Comparison(False, min_stones, None, None, None, distance if distance is not None else 0.0)
    n = n1 + n2
    # pool adjacent classes, smallest first, until both expected counts reach MIN_EXPECTED
    groups: list[tuple[int, int]] = []
    a = b = 0
    for x, y in zip(current, reference, strict=True):
        a, b = a + x, b + y
        if (a + b) * n1 / n >= MIN_EXPECTED and (a + b) * n2 / n >= MIN_EXPECTED:
            groups.append((a, b))
            a = b = 0
    if a or b:
        if groups:
            ga, gb = groups.pop()
            groups.append((ga + a, gb + b))
        else:
            groups.append((a, b))
    chi2 = 0.0
    for x, y in groups:
        col = x + y
        for observed, row_total in ((x, n1), (y, n2)):
            expected = col * row_total / n
            chi2 += (observed - expected) ** 2 / expected
    dof = len(groups) - 1
    p = chi2_sf(chi2, dof) if dof > 0 else 1.0
    return Comparison(True, min_stones, chi2, dof, p, distance or 0.0)


# ---- reading footprints from the store ------------------------------------------------------------

_N = [size_class_columns(c)[0] for c in SIZE_CLASS_CODES]
_CT = [size_class_columns(c)[1] for c in SIZE_CLASS_CODES]


def _source(conn: sqlite3.Connection, scope: Scope) -> tuple[str, list[str]]:
    """FROM/WHERE text selecting the scope's production (alias p), and its parameters."""
    if scope.kind == "office":
        row = conn.execute(
            "SELECT id FROM licence WHERE deleted = 0 AND country = ? AND number = ?",
            (scope.country, normalise_identifier(scope.value)),
        ).fetchone()
        if row is None:
            raise ValueError(
                translate("matrix", "no licence {number} in {country} in this inventory").format(
                    number=scope.value, country=scope.country
                )
            )
        return "production p WHERE p.buyer_licence_id = ? AND p.deleted = 0", [row[0]]
    sql, params = scope.sites_sql()
    return (
        f"({sql}) s JOIN production p INDEXED BY production_site_date ON p.site_id = s.id WHERE p.deleted = 0",
        params,
    )


def _sums(conn: sqlite3.Connection, scope: Scope, start: str, end: str, group: str) -> dict[str, list[float]]:
    """Per value of the ``group`` expression: records, stones, carats, USD, then per class stones,
    carats, and the USD and carats of the records whose stones all fall in that class."""
    source, params = _source(conn, scope)
    cols = [f"TOTAL(p.{n}), TOTAL(p.{ct})" for n, ct in zip(_N, _CT, strict=True)]
    priced = [
        # a record lies wholly in one class when that class holds all its stones
        f"TOTAL(CASE WHEN p.{n} = p.stones THEN p.value_usd END), "
        f"TOTAL(CASE WHEN p.{n} = p.stones AND p.value_usd IS NOT NULL THEN p.{ct} END)"
        for n, ct in zip(_N, _CT, strict=True)
    ]
    return {
        r[0]: [float(x) for x in r[1:]]
        for r in conn.execute(
            f"""SELECT {group} AS g, COUNT(*), TOTAL(p.stones), TOTAL(p.carats), TOTAL(p.value_usd),
                       {", ".join(cols)}, {", ".join(priced)}
                FROM {source} AND p.produced_on BETWEEN ? AND ? GROUP BY g""",
            [*params, start, end],
        )
    }


def _from_sums(label: str, v: list[float] | None) -> Footprint:
    k = len(SIZE_CLASSES)
    v = v or [0.0] * (4 + 4 * k)
    counts = [int(v[4 + 2 * i]) for i in range(k)]
    carats = [v[5 + 2 * i] for i in range(k)]
    usd = [(v[4 + 2 * k + 2 * i], v[5 + 2 * k + 2 * i]) for i in range(k)]
    sn, sc = _shares(counts), _shares(carats)
    classes = tuple(
        ClassShare(
            cls.code,
            cls.label,
            counts[i],
            round(carats[i], 2),
            sn[i] if sn else None,
            sc[i] if sc else None,
            usd[i][0] / usd[i][1] if usd[i][1] else None,
        )
        for i, cls in enumerate(SIZE_CLASSES)
    )
    return Footprint(label, int(v[0]), int(v[1]), v[2], v[3], classes)


def _add(vectors: list[list[float]]) -> list[float] | None:
    return [sum(col) for col in zip(*vectors, strict=True)] if vectors else None


_HALF = "substr(p.produced_on, 1, 4) || CASE WHEN substr(p.produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END"


def footprint(inv: Inventory, scope: Scope, start: str, end: str, label: str) -> Footprint:
    """The footprint of the scope's production dated from ``start`` to ``end`` (inclusive)."""
    return _from_sums(label, _sums(inv.conn, scope, start, end, "''").get(""))


def load_reference(path: str | Path) -> Footprint:
    """A reference footprint a coordinator supplies: a TOML file with a ``[stones]`` table of counts per
    size-class code (``m7 = 1200``) and optionally ``[carats]`` and ``name``."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise MatrixError(path, None, "", translate("matrix", "not valid TOML: {error}").format(error=e)) from None
    stones, carats = data.get("stones"), data.get("carats", {})
    if not isinstance(stones, dict) or not stones:
        raise MatrixError(
            path,
            None,
            "stones",
            translate("matrix", "give stone counts per size class: {example}").format(example="[stones] m7 = 1200 ..."),
        )
    for table, values in (("stones", stones), ("carats", carats)):
        for code, v in values.items():
            if code not in SIZE_CLASS_CODES:
                raise MatrixError(
                    path,
                    None,
                    f"{table}.{code}",
                    translate("matrix", "unknown size class; use {codes}").format(codes=", ".join(SIZE_CLASS_CODES)),
                )
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                raise MatrixError(path, None, f"{table}.{code}", translate("matrix", "must be a number >= 0"))
    counts = [int(stones.get(c, 0)) for c in SIZE_CLASS_CODES]
    cts = [float(carats.get(c, 0.0)) for c in SIZE_CLASS_CODES]
    sn, sc = _shares(counts), _shares(cts)
    classes = tuple(
        ClassShare(cls.code, cls.label, counts[i], cts[i], sn[i] if sn else None, sc[i] if sc else None, None)
        for i, cls in enumerate(SIZE_CLASSES)
    )
    return Footprint(str(data.get("name", path.stem)), 0, sum(counts), sum(cts), 0.0, classes)


def _jump(per_half: dict[str, list[float]], period: Period, history: int, ratio: float) -> JumpTest:
    earlier = [period.previous(i).label for i in range(history, 0, -1)]
    hist = tuple((label, per_half[label][2] if label in per_half else 0.0) for label in earlier)
    current = per_half[period.label][2] if period.label in per_half else 0.0
    with_production = [c for _, c in hist if c > 0]
    mean = sum(with_production) / len(with_production) if with_production else None
    r = current / mean if mean else None
    return JumpTest(current, hist, mean, r, ratio, r is not None and r > ratio)


def jump_test(inv: Inventory, scope: Scope, period: Period, *, history: int = 4, ratio: float = 2.0) -> JumpTest:
    """A half-year's carats against the mean of the earlier half-years that had production."""
    return _jump(_sums(inv.conn, scope, period.previous(history).start, period.end, _HALF), period, history, ratio)


def footprint_report(
    inv: Inventory,
    scope: Scope,
    period: Period,
    *,
    history: int = 4,
    reference: Footprint | None = None,
    min_stones: int = DEFAULT_MIN_STONES,
    jump_ratio: float = 2.0,
) -> FootprintReport:
    """The scope's footprint for the period, compared with ``reference`` or, by default, with the
    scope's own ``history`` half-years (or, for a year, the year) before the period; and, for a
    half-year, the jump test. One pass over the scope's production."""
    conn = inv.conn
    first = period.previous(history if period.is_half_year else 1)
    before = period.previous(1)
    if period.is_half_year:
        per_half = _sums(conn, scope, first.start, period.end, _HALF)
        fp = _from_sums(f"{scope.label}, {period.label}", per_half.get(period.label))
        earlier = [
            per_half[p.label] for p in (period.previous(i) for i in range(1, history + 1)) if p.label in per_half
        ]
        jump: JumpTest | None = _jump(per_half, period, history, jump_ratio)
    else:
        per_year = _sums(conn, scope, first.start, period.end, "substr(p.produced_on, 1, 4)")
        fp = _from_sums(f"{scope.label}, {period.label}", per_year.get(period.label))
        earlier = [per_year[before.label]] if before.label in per_year else []
        jump = None
    if reference is None:
        label = f"{first.label}-{before.label}" if first != before else before.label
        ref = _from_sums(f"{scope.label}, {label}", _add(earlier))
    else:
        ref = reference
    cmp = compare_counts(fp.stone_counts, ref.stone_counts, min_stones=min_stones)
    if sum(ref.carat_counts) and sum(fp.carat_counts):
        cmp = Comparison(
            cmp.enough_stones,
            cmp.min_stones,
            cmp.chi2,
            cmp.dof,
            cmp.p_value,
            cmp.tvd,
            tvd(fp.carat_counts, ref.carat_counts),
        )
    return FootprintReport(scope.key, period.label, fp, ref, cmp, jump)


def footprint_svg(report: FootprintReport, *, by: str = "stones") -> str:
    """A bar chart of the class shares (``by`` stones or carats), the reference drawn as outlines."""
    fp, ref = report.footprint, report.reference
    if by == "stones":
        title = translate("matrix", "Footprint (share of stones per size class): {footprint}")
    else:
        title = translate("matrix", "Footprint (share of carats per size class): {footprint}")
    attr = "stone_share" if by == "stones" else "carat_share"
    cur = [getattr(c, attr) or 0.0 for c in fp.classes]
    old = [getattr(c, attr) or 0.0 for c in ref.classes] if ref else []
    top = max([*cur, *old, 0.01])
    legend = translate("matrix", "filled: {footprint}").format(footprint=fp.label)
    if ref:
        legend += translate("matrix", "; outline: reference {footprint}").format(footprint=ref.label)
    cmp = report.comparison
    # a reference without classed stones compares with nothing: no distance is drawn for it
    if cmp is not None and (ref is None or any(c.stones for c in ref.classes)):
        legend += translate("matrix", "; TVD {tvd}").format(tvd=format_number(cmp.tvd, 3))
        if cmp.p_value is not None:
            legend += translate("matrix", ", chi-square p = {p}").format(p=f"{cmp.p_value:.3g}")
    left, bottom, slot = 50, 300, 60
    # wide enough for every class and the legend (about 6.5 px a character at 11 px), tall enough
    # for class names on two lines
    width = int(max(left + slot * len(cur) + 30, left + len(legend) * 6.5 + 20, 760))
    height = 380
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        'font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left}" y="20" font-size="14">{_esc(title.format(footprint=fp.label))}</text>',
        f'<line x1="{left}" y1="{bottom}" x2="{left + slot * len(cur)}" y2="{bottom}" stroke="black"/>',
    ]
    scale = (bottom - 40) / top
    for i, c in enumerate(fp.classes):
        x = left + i * slot + 8
        h = cur[i] * scale
        out.append(f'<rect x="{x}" y="{bottom - h:.1f}" width="{slot - 16}" height="{h:.1f}" fill="#3b7dd8"/>')
        if old:
            ho = old[i] * scale
            out.append(
                f'<rect x="{x - 4}" y="{bottom - ho:.1f}" width="{slot - 8}" height="{ho:.1f}" fill="none" '
                'stroke="#d2691e" stroke-width="2"/>'
            )
        # a long class name ("+10.8 ct (specials)") goes on two lines rather than being cut
        first, _, rest = c.label.partition(" (")
        for n, line in enumerate([first, f"({rest}" if rest else ""]):
            if line:
                out.append(
                    f'<text x="{x + (slot - 16) / 2}" y="{bottom + 14 + 13 * n}" text-anchor="middle">'
                    f"{_esc(line)}</text>"
                )
        share = format_number(round(cur[i] * 100))
        out.append(f'<text x="{x + (slot - 16) / 2}" y="{bottom - h - 4:.1f}" text-anchor="middle">{share}%</text>')
    out.append(f'<text x="{left}" y="{bottom + 55}">{_esc(legend)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
