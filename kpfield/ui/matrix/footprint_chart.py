"""A footprint as a bar chart over the fixed size classes, drawn with QPainter.

QtCharts is not part of the Qt kpfield ships (PySide6-Essentials), and eleven bars with a
reference overlaid need no more than a painter: bars are the scope's share per class, the
reference is drawn over them as a dark tick with a dot at its share, so both stay readable where
they coincide. The class names lie flat when each fits its slot, else they are turned 45 degrees;
hovering a class shows its shares.

:func:`plain_comparison` says in a sentence what the comparison with the history means (smaller
stones, larger, about the same, too few to tell); :func:`comparison_text` gives its statistics.
"""

from __future__ import annotations

import math

from kpfield.domain.vocab import SIZE_CLASSES
from kpfield.i18n import format_number
from kpfield.matrix.footprint import Footprint, FootprintReport, size_shift
from kpfield.ui.qt import (
    QColor,
    QEvent,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QToolTip,
    QWidget,
    translate,
)
from kpfield.ui.style import ACCENT, INK, MUTED

from .models import percent

BAR = QColor("#7fb3c0")
BAR_EDGE = ACCENT
REFERENCE = QColor("#b54708")
GRID = QColor("#e3e6ea")
TURN = 45.0  # degrees the class names are turned when one is wider than its slot


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


def class_labels() -> list[str]:
    """Each size class's short label on one line, in the order of vocab.SIZE_CLASSES."""
    short = short_class_labels()
    return [" ".join(short.get(sc.code, sc.label).split()) for sc in SIZE_CLASSES]


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

    def _plot_width(self) -> tuple[float, float]:
        """The plot's left edge and width (they do not depend on the class names)."""
        left = self.fontMetrics().horizontalAdvance(percent(1.0, 0)) + 14
        return left, max(10.0, self.width() - left - 12)

    def labels_turned(self) -> bool:
        """Whether the class names are turned: one of them is wider than its slot, less a gap."""
        _left, width = self._plot_width()
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(t) for t in class_labels()) > width / len(SIZE_CLASSES) - 6

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left, width = self._plot_width()
        top = 3.6 * fm.height() + 10
        if self.labels_turned():
            widest = max(fm.horizontalAdvance(t) for t in class_labels())
            bottom = (widest + fm.height()) * math.sin(math.radians(TURN)) + 10
        else:
            bottom = fm.height() + 10
        return QRectF(left, top, width, max(10.0, self.height() - top - bottom))

    def label_boxes(self) -> list[QRectF]:
        """Where each class name is drawn, before it is turned: a box whose top right corner is under
        the middle of the class's slot when turned, else centred under it."""
        plot, fm = self.plot_rect(), self.fontMetrics()
        slot = plot.width() / len(SIZE_CLASSES)
        out = []
        for i, text in enumerate(class_labels()):
            w = fm.horizontalAdvance(text) + 2
            middle = plot.left() + (i + 0.5) * slot
            if self.labels_turned():
                out.append(QRectF(middle - w, plot.bottom() + 4, w, fm.height()))
            else:
                out.append(QRectF(middle - w / 2, plot.bottom() + 3, w, fm.height()))
        return out

    def class_at(self, x: float) -> int | None:
        """The size class whose slot holds ``x``, if any."""
        plot = self.plot_rect()
        if not plot.left() <= x < plot.right():
            return None
        return min(len(SIZE_CLASSES) - 1, int((x - plot.left()) / (plot.width() / len(SIZE_CLASSES))))

    def class_tip(self, i: int) -> str:
        """A class's name and its shares, now and in the reference, for the tooltip."""
        report = self.report
        current = shares(report.footprint, self.by) if report else None
        if report is None or current is None:
            return ""
        if self.by == "carats":
            text = translate("FootprintChart", "{size}: {share} of carats")
        else:
            text = translate("FootprintChart", "{size}: {share} of stones")
        lines = [text.format(size=class_labels()[i], share=percent(current[i]))]
        ref = shares(report.reference, self.by)
        if ref is not None:
            lines.append(translate("FootprintChart", "in the reference: {share}").format(share=percent(ref[i])))
        return "\n".join(lines)

    def legend_texts(self) -> tuple[str, str]:
        """The legend's two lines (the period's figures, the reference's): without the counts of
        records when a line would not fit the chart's width."""
        report = self.report
        if report is None:
            return "", ""
        room = self.width() - self.plot_rect().left() - 20 - 4
        fm = self.fontMetrics()

        def line(long: str, short: str, period: str, fp: Footprint) -> str:
            values = {
                "period": period,
                "stones": format_number(fp.stones, grouping=True),
                "carats": _carats(fp.carats),
                "records": format_number(fp.records, grouping=True),
            }
            text = long.format(**values)
            return text if fm.horizontalAdvance(text) <= room else short.format(**values)

        text = line(
            translate("FootprintChart", "{period}: {stones} stones, {carats} ({records} records)"),
            translate("FootprintChart", "{period}: {stones} stones, {carats}"),
            report.period,
            report.footprint,
        )
        rf = report.reference
        if rf is None:
            return text, ""
        ref_text = line(
            translate("FootprintChart", "reference {period}: {stones} stones, {carats} ({records} records)"),
            translate("FootprintChart", "reference {period}: {stones} stones, {carats}"),
            rf.label.split(", ")[-1],
            rf,
        )
        return text, ref_text

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            i = self.class_at(e.pos().x())
            tip = self.class_tip(i) if i is not None else ""
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

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
        heading = title.format(scope=report.footprint.label)
        if p.fontMetrics().horizontalAdvance(heading) > self.width() - plot.left() - 4:
            heading = title.format(scope=report.period)  # the panel's title above names the scope
        p.drawText(QPointF(plot.left(), fm.ascent() + 4), heading)
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

        # class names: flat when each fits its slot, else turned about the top right corner of their box
        p.setPen(INK)
        turned = self.labels_turned()
        for text, box in zip(class_labels(), self.label_boxes(), strict=True):
            if turned:
                p.save()
                p.translate(box.topRight())
                p.rotate(-TURN)
                p.drawText(QRectF(-box.width(), 0, box.width(), box.height()), Qt.AlignmentFlag.AlignRight, text)
                p.restore()
            else:
                p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

        # legend
        y = fm.ascent() + 6 + fm.height()
        x = plot.left()
        p.setPen(QPen(BAR_EDGE, 1))
        p.setBrush(BAR)
        p.drawRect(QRectF(x, y - fm.ascent() + 2, 14, fm.ascent() - 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        text, ref_text = self.legend_texts()
        p.setPen(INK)
        p.drawText(QPointF(x + 20, y), text)
        y += fm.height() + 2
        if ref is not None and report.reference is not None:
            p.setPen(QPen(REFERENCE, 2.5))
            p.drawLine(QPointF(x, y - fm.ascent() / 2 + 1), QPointF(x + 14, y - fm.ascent() / 2 + 1))
            p.setPen(INK)
            p.drawText(QPointF(x + 20, y), ref_text)
        else:
            p.setPen(MUTED)
            p.drawText(
                QPointF(x + 20, y), translate("FootprintChart", "no reference: no production in the earlier half-years")
            )


def plain_comparison(report: FootprintReport) -> str:
    """What the comparison with the history means, in words an officer reads at a glance: the
    stones smaller, larger, about the same, or too few to tell (:func:`size_shift`), the classes
    that changed the most, and a production jump if there is one. The figures behind it are in
    :func:`comparison_text`."""
    lines = []
    shift = size_shift(report)
    ref = report.reference
    before = ref.label.split(", ")[-1] if ref is not None else ""
    period = report.period
    if shift.verdict == "too_few":
        c = report.comparison
        lines.append(
            translate(
                "FootprintChart",
                "Too few stones to compare with its history: {stones} in {period}, {before} before "
                "({n} needed in each).",
            ).format(
                stones=format_number(report.footprint.stones, grouping=True),
                period=period,
                before=format_number(ref.stones if ref is not None else 0, grouping=True),
                n=format_number(c.min_stones if c is not None else 0, grouping=True),
            )
        )
    elif shift.verdict == "same":
        lines.append(
            translate(
                "FootprintChart", "In {period} the stones are about the same as in its history ({before})."
            ).format(period=period, before=before)
        )
    else:
        if shift.verdict == "smaller":
            text = translate(
                "FootprintChart",
                "In {period} the stones are smaller than in its history ({before}): fewer large stones.",
            )
        elif shift.verdict == "larger":
            text = translate(
                "FootprintChart",
                "In {period} the stones are larger than in its history ({before}): more large stones.",
            )
        else:
            text = translate(
                "FootprintChart",
                "In {period} the stones differ from its history ({before}), but are not smaller or larger overall.",
            )
        lines.append(text.format(period=period, before=before))
        names = dict(zip((sc.code for sc in SIZE_CLASSES), class_labels(), strict=True))
        changed = []
        if shift.more is not None:
            changed.append(
                translate("FootprintChart", "more {size} stones ({share} against {before})").format(
                    size=names[shift.more.code],
                    share=percent(shift.more.share, 0),
                    before=percent(shift.more.reference_share, 0),
                )
            )
        if shift.fewer is not None:
            changed.append(
                translate("FootprintChart", "fewer {size} stones ({share} against {before})").format(
                    size=names[shift.fewer.code],
                    share=percent(shift.fewer.share, 0),
                    before=percent(shift.fewer.reference_share, 0),
                )
            )
        if changed:
            lines.append(translate("FootprintChart", "Changed the most: {changes}.").format(changes="; ".join(changed)))
    j = report.jump
    if j is not None and j.jump and j.mean is not None and j.ratio is not None:
        lines.append(
            translate(
                "FootprintChart", "Production jumped: {carats} in {period}, {ratio} times its usual half-year ({mean})."
            ).format(
                carats=_carats(j.carats),
                period=period,
                ratio=format_number(j.ratio, 1, grouping=True),
                mean=_carats(j.mean),
            )
        )
    return "\n".join(lines)


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
