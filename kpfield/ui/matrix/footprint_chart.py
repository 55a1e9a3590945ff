"""A footprint as a bar chart over the fixed size classes, drawn with QPainter.

QtCharts is not part of the Qt kpfield ships (PySide6-Essentials), and eleven bars with a
reference overlaid need no more than a painter: bars are the scope's share per class, the
reference is drawn over them as a dark tick with a dot at its share, so both stay readable where
they coincide.
"""

from __future__ import annotations

import math

from kpfield.domain.vocab import SIZE_CLASSES
from kpfield.i18n import format_number
from kpfield.matrix.footprint import Footprint, FootprintReport
from kpfield.ui.qt import QColor, QFont, QPainter, QPaintEvent, QPen, QPointF, QRectF, QSize, Qt, QWidget, translate
from kpfield.ui.style import ACCENT, INK, MUTED

from .models import percent

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


def short_class_labels() -> dict[str, str]:
    """Size-class labels short enough for eleven slots in a narrow pane, by class code (the list is
    fixed: vocab.SIZE_CLASSES); the sieve sizes (-7, +11) need no words."""
    return {
        "gr2": translate("FootprintChart", "2 gr."),
        "gr3": translate("FootprintChart", "3 gr."),
        "gr4": translate("FootprintChart", "4 gr."),
        "ct1_2": translate("FootprintChart", "1-2\nct"),
        "ct2_5": translate("FootprintChart", "2-5\nct"),
        "ct5_10": translate("FootprintChart", "5-10.8\nct"),
        "sp": translate("FootprintChart", "+10.8\nct"),
    }


def _carats(value: float) -> str:
    return translate("FootprintChart", "{carats} ct").format(carats=format_number(value, 2, grouping=True))


class FootprintChart(QWidget):
    """Paints a :class:`FootprintReport`: the period's shares as bars, the reference overlaid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: FootprintReport | None = None
        self.by = "carats"
        self.message = translate("FootprintChart", "Select a cell of the heat map to see its scope's footprint.")
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
        left = fm.horizontalAdvance(percent(1.0, 0)) + 14
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
                    translate("FootprintChart", "No production with size classes in {scope}.").format(
                        scope=self.report.footprint.label
                    )
                    if self.report
                    else ""
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
        if self.by == "carats":
            title = translate("FootprintChart", "Share of carats per size class: {scope}")
        else:
            title = translate("FootprintChart", "Share of stones per size class: {scope}")

        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QPointF(plot.left(), fm.ascent() + 4), title.format(scope=report.footprint.label))
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
                percent(v, 0),
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
        short = short_class_labels()
        for i, sc in enumerate(SIZE_CLASSES):
            label = short.get(sc.code, sc.label)
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
        text = translate("FootprintChart", "{period}: {stones} stones, {carats} ({records} records)").format(
            period=report.period,
            stones=format_number(fp.stones, grouping=True),
            carats=_carats(fp.carats),
            records=format_number(fp.records, grouping=True),
        )
        p.setPen(INK)
        p.drawText(QPointF(x + 20, y), text)
        y += fm.height() + 2
        if ref is not None and report.reference is not None:
            rf = report.reference
            when = rf.label.split(", ")[-1]
            ref_text = translate(
                "FootprintChart", "reference {period}: {stones} stones, {carats} ({records} records)"
            ).format(
                period=when,
                stones=format_number(rf.stones, grouping=True),
                carats=_carats(rf.carats),
                records=format_number(rf.records, grouping=True),
            )
            p.setPen(QPen(REFERENCE, 2.5))
            p.drawLine(QPointF(x, y - fm.ascent() / 2 + 1), QPointF(x + 14, y - fm.ascent() / 2 + 1))
            p.setPen(INK)
            p.drawText(QPointF(x + 20, y), ref_text)
        else:
            p.setPen(MUTED)
            p.drawText(
                QPointF(x + 20, y), translate("FootprintChart", "no reference: no production in the earlier half-years")
            )


def comparison_text(report: FootprintReport) -> str:
    """The comparison and jump figures as a person reads them, one line each."""
    lines = []
    c = report.comparison
    if c is not None:
        if c.enough_stones and c.chi2 is not None:
            p = "< " + format_number(0.001, 3) if (c.p_value or 0) < 0.001 else format_number(c.p_value, 3)
            lines.append(
                translate(
                    "FootprintChart", "Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}"
                ).format(chi2=format_number(c.chi2, 1, grouping=True), dof=c.dof, p=p)
            )
        else:
            lines.append(
                translate(
                    "FootprintChart",
                    "Chi-square: not computed (fewer than {n} stones in the period or the reference)",
                ).format(n=format_number(c.min_stones, grouping=True))
            )
        stones = format_number(c.tvd, 2)
        if c.tvd_carats is not None:
            lines.append(
                translate(
                    "FootprintChart",
                    "Total-variation distance: {stones} on stones, {carats} on carats "
                    "(0 the same profile, 1 nothing in common)",
                ).format(stones=stones, carats=format_number(c.tvd_carats, 2))
            )
        else:
            lines.append(
                translate(
                    "FootprintChart",
                    "Total-variation distance: {stones} on stones (0 the same profile, 1 nothing in common)",
                ).format(stones=stones)
            )
    j = report.jump
    if j is not None:
        if j.mean is None:
            lines.append(
                translate("FootprintChart", "Production jump: no earlier half-year to compare {carats} with").format(
                    carats=_carats(j.carats)
                )
            )
        else:
            if j.jump:
                text = translate(
                    "FootprintChart",
                    "Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), "
                    "x{ratio} (threshold x{threshold}): a JUMP",
                )
            else:
                text = translate(
                    "FootprintChart",
                    "Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), "
                    "x{ratio} (threshold x{threshold}): no jump",
                )
            lines.append(
                text.format(
                    carats=_carats(j.carats),
                    mean=_carats(j.mean),
                    n=len(j.history),
                    ratio=format_number(j.ratio, 1, grouping=True),
                    threshold=format_number(float(j.threshold)),
                )
            )
    return "\n".join(lines)
