"""A footprint as a bar chart over the fixed size classes, drawn with QPainter.

QtCharts is not part of the Qt kpfield ships (PySide6-Essentials), and eleven bars with a
reference overlaid need no more than a painter: bars are the scope's share per class, the
reference is drawn over them as a dark tick with a dot at its share, so both stay readable where
they coincide.
"""

from __future__ import annotations

import math

from kpfield.domain.vocab import SIZE_CLASSES
from kpfield.matrix.footprint import Footprint, FootprintReport

from .qt import QColor, QFont, QPainter, QPaintEvent, QPen, QPointF, QRectF, QSize, Qt, QWidget
from .style import ACCENT, INK, MUTED

BAR = QColor("#7fb3c0")
BAR_EDGE = ACCENT
REFERENCE = QColor("#b54708")
GRID = QColor("#e3e6ea")


def shares(fp: Footprint | None, by: str) -> list[float] | None:
    """Each class's share of the footprint's carats (``by="carats"``) or stones; None when empty."""
    if fp is None:
        return None
    values = fp.carat_counts if by == "carats" else [float(n) for n in fp.stone_counts]
    total = sum(values)
    return [v / total for v in values] if total else None


def _axis(value: float) -> tuple[float, float]:
    """The axis top and grid step for a largest share of ``value``: at most six round steps."""
    for step in (0.02, 0.05, 0.1, 0.2, 0.25):
        top = max(step, math.ceil(value / step - 1e-9) * step)
        if top / step <= 6:
            return min(1.0, top), step
    return 1.0, 0.25


# short enough for eleven slots in a narrow pane; the class list is fixed (vocab.SIZE_CLASSES)
_SHORT = {
    "2-grainer": "2 gr.",
    "3-grainer": "3 gr.",
    "4-grainer": "4 gr.",
    "1-2 ct": "1-2\nct",
    "2-5 ct": "2-5\nct",
    "5-10.8 ct": "5-10.8\nct",
    "+10.8 ct (specials)": "+10.8\nct",
}


class FootprintChart(QWidget):
    """Paints a :class:`FootprintReport`: the period's shares as bars, the reference overlaid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: FootprintReport | None = None
        self.by = "carats"
        self.message = "Select a cell of the heat map to see its scope's footprint."
        self.setMinimumSize(360, 220)

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def set_report(self, report: FootprintReport | None, message: str = "") -> None:
        self.report = report
        self.message = message
        self.update()

    def set_by(self, by: str) -> None:
        self.by = by
        self.update()

    # ---- geometry, shared by painting and the tests ---------------------------------------------

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("100%") + 14
        top = 3.6 * fm.height() + 10
        bottom = 2.4 * fm.height() + 8
        return QRectF(left, top, max(10.0, self.width() - left - 12), max(10.0, self.height() - top - bottom))

    def bar_rects(self) -> list[QRectF]:
        """The rectangle of each class's bar (zero height for an empty class); [] without data."""
        current = shares(self.report.footprint, self.by) if self.report else None
        if current is None:
            return []
        ref = shares(self.report.reference, self.by) if self.report else None
        top, _step = _axis(max(current + (ref or [])))
        plot = self.plot_rect()
        slot = plot.width() / len(SIZE_CLASSES)
        out = []
        for i, v in enumerate(current):
            h = plot.height() * v / top
            out.append(QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h))
        return out

    # ---- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.fillRect(self.rect(), QColor("white"))
            current = shares(self.report.footprint, self.by) if self.report else None
            if self.report is None or current is None:
                p.setPen(MUTED)
                text = self.message or (
                    f"No production with size classes in {self.report.footprint.label}." if self.report else ""
                )
                p.drawText(
                    self.rect().adjusted(12, 12, -12, -12),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    text,
                )
                return
            self._paint(p, current)
        finally:
            p.end()

    def _paint(self, p: QPainter, current: list[float]) -> None:
        report = self.report
        assert report is not None
        ref = shares(report.reference, self.by)
        fm = self.fontMetrics()
        plot = self.plot_rect()
        top, step = _axis(max(current + (ref or [])))
        what = "carats" if self.by == "carats" else "stones"

        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QPointF(plot.left(), fm.ascent() + 4), f"Share of {what} per size class: {report.footprint.label}")
        p.setFont(self.font())

        # horizontal grid lines with percentages
        steps = max(1, round(top / step))
        for k in range(steps + 1):
            v = top * k / steps
            y = plot.bottom() - plot.height() * k / steps
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{v:.0%}",
            )

        slot = plot.width() / len(SIZE_CLASSES)
        p.setPen(QPen(BAR_EDGE, 1))
        p.setBrush(BAR)
        for rect in self.bar_rects():
            if rect.height() > 0:
                p.drawRect(rect)
        if ref is not None:
            pen = QPen(REFERENCE, 2.5)
            for i, v in enumerate(ref):
                y = plot.bottom() - plot.height() * v / top
                x0, x1 = plot.left() + i * slot + slot * 0.08, plot.left() + (i + 1) * slot - slot * 0.08
                p.setPen(pen)
                p.drawLine(QPointF(x0, y), QPointF(x1, y))
                p.setBrush(REFERENCE)
                p.drawEllipse(QPointF((x0 + x1) / 2, y), 3.0, 3.0)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(INK, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        # class labels: two lines when a slot is too narrow for the label on one
        for i, sc in enumerate(SIZE_CLASSES):
            label = _SHORT.get(sc.label, sc.label)
            box = QRectF(plot.left() + i * slot, plot.bottom() + 3, slot, 2.2 * fm.height())
            p.setPen(INK)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, label)

        # legend
        y = fm.ascent() + 6 + fm.height()
        x = plot.left()
        p.setPen(QPen(BAR_EDGE, 1))
        p.setBrush(BAR)
        p.drawRect(QRectF(x, y - fm.ascent() + 2, 14, fm.ascent() - 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        fp = report.footprint
        text = f"{report.period}: {fp.stones:,} stones, {fp.carats:,.2f} ct ({fp.records:,} records)"
        p.setPen(INK)
        p.drawText(QPointF(x + 20, y), text)
        y += fm.height() + 2
        if ref is not None and report.reference is not None:
            rf = report.reference
            when = rf.label.split(", ")[-1]
            ref_text = f"reference {when}: {rf.stones:,} stones, {rf.carats:,.2f} ct ({rf.records:,} records)"
            p.setPen(QPen(REFERENCE, 2.5))
            p.drawLine(QPointF(x, y - fm.ascent() / 2 + 1), QPointF(x + 14, y - fm.ascent() / 2 + 1))
            p.setPen(INK)
            p.drawText(QPointF(x + 20, y), ref_text)
        else:
            p.setPen(MUTED)
            p.drawText(QPointF(x + 20, y), "no reference: no production in the earlier half-years")


def comparison_text(report: FootprintReport) -> str:
    """The comparison and jump figures as a person reads them, one line each."""
    lines = []
    c = report.comparison
    if c is not None:
        if c.enough_stones and c.chi2 is not None:
            p = "< 0.001" if (c.p_value or 0) < 0.001 else f"{c.p_value:.3f}"
            lines.append(f"Chi-square on stone counts: {c.chi2:.1f} with {c.dof} degrees of freedom, p = {p}")
        else:
            lines.append(f"Chi-square: not computed (fewer than {c.min_stones} stones in the period or the reference)")
        tvd = f"Total-variation distance: {c.tvd:.2f} on stones"
        if c.tvd_carats is not None:
            tvd += f", {c.tvd_carats:.2f} on carats"
        lines.append(tvd + " (0 the same profile, 1 nothing in common)")
    j = report.jump
    if j is not None:
        if j.mean is None:
            lines.append(f"Production jump: no earlier half-year to compare {j.carats:,.2f} ct with")
        else:
            verdict = "a JUMP" if j.jump else "no jump"
            lines.append(
                f"Production jump: {j.carats:,.2f} ct against a mean of {j.mean:,.2f} ct over "
                f"{len(j.history)} earlier half-year(s), x{j.ratio:.1f} (threshold x{j.threshold:g}): {verdict}"
            )
    return "\n".join(lines)
