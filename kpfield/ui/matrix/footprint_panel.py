"""The Challenge matrix page's footprint panel: the size-class footprint of the selected scope, or
of a site typed by its code, drawn against its reference, with what the comparison means in a
sentence; its statistics (chi-square, distance, jump test) one click away, under "Statistics".

The panel asks for a footprint (``requested``); the page computes it in a worker and hands the
report back (:meth:`FootprintPanel.show_report`).
"""

from __future__ import annotations

from kpfield.matrix.footprint import FootprintReport
from kpfield.matrix.scope import Scope
from kpfield.store import Inventory
from kpfield.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

from .footprint_chart import FootprintChart, comparison_text, plain_comparison


def scope_kind_text(kind: str) -> str:
    """A scope's kind (``district``) as the page says it; the code itself stays as it is."""
    texts = {
        "country": translate("MatrixPage", "country"),
        "district": translate("MatrixPage", "district"),
        "site": translate("MatrixPage", "site"),
        "region": translate("MatrixPage", "region"),
        "office": translate("MatrixPage", "buying office"),
    }
    return texts.get(kind, kind)


class FootprintPanel(QWidget):
    """The footprint of the selected scope (or of a site typed by code), with its comparison."""

    requested = Signal(object)  # (Scope, period label or None)

    def __init__(self, inv: Inventory, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.scope: Scope | None = None
        self.period: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        # the scope's title on a line of its own: "Footprint: district Coromandel (BR)" leaves no room beside it
        self.scope_label = QLabel(translate("FootprintPanel", "No scope selected"), self)
        self.scope_label.setObjectName("detailTitle")
        self.scope_label.setWordWrap(True)
        outer.addWidget(self.scope_label)
        bar = QHBoxLayout()
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(translate("FootprintPanel", "or a site code…"))
        self.site.setClearButtonEnabled(True)
        # as wide as its hint ("or a site code…") in the window's language
        self.site.setFixedWidth(max(150, self.site.fontMetrics().horizontalAdvance(self.site.placeholderText()) + 36))
        self.site.returnPressed.connect(self.show_site)
        bar.addWidget(self.site)
        self.by = QComboBox(self)
        self.by.addItem(translate("FootprintPanel", "Share of carats"), "carats")
        self.by.addItem(translate("FootprintPanel", "Share of stones"), "stones")
        bar.addWidget(self.by)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.chart = FootprintChart(self)
        outer.addWidget(self.chart, 1)
        # what the comparison means, in a sentence; the statistics behind it when asked for
        below = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        below.addWidget(self.summary, 1)
        self.statistics = QPushButton(translate("FootprintPanel", "Statistics"), self)
        self.statistics.setCheckable(True)
        self.statistics.setToolTip(
            translate("FootprintPanel", "The chi-square test, the distance between the profiles and the jump test")
        )
        self.statistics.setEnabled(False)
        below.addWidget(self.statistics, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(below)
        self.figures = QLabel(self)
        self.figures.setObjectName("pageCount")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.hide()
        outer.addWidget(self.figures)
        self.statistics.toggled.connect(self.figures.setVisible)
        self.by.currentIndexChanged.connect(lambda _i: self.chart.set_by(self.by.currentData()))

    def show_site(self) -> None:
        code = self.site.text().strip()
        if not code:
            return
        found = self.inv.site_by_code(code)
        if found is None:
            self.summary.setText(
                translate("FootprintPanel", "No site with code '{code}' in this inventory.").format(code=code)
            )
            return
        country, code = found
        self.request(Scope("site", code, country))

    def request(self, scope: Scope, period: str | None = None) -> None:
        self.scope = scope
        self.period = period or self.period
        self.scope_label.setText(
            translate("FootprintPanel", "Footprint: {kind} {scope}").format(
                kind=scope_kind_text(scope.kind), scope=scope.label
            )
        )
        self.chart.set_report(None, translate("FootprintPanel", "Computing the footprint…"))
        self._set_texts("", "")
        self.requested.emit((scope, self.period))

    def show_report(self, report: FootprintReport) -> None:
        empty = report.footprint.stones == 0 and report.footprint.carats == 0
        self.chart.set_report(
            None if empty else report,
            translate("FootprintPanel", "No production with size classes for {scope}.").format(
                scope=report.footprint.label
            )
            if empty
            else "",
        )
        if empty:
            self._set_texts("", "")
        else:
            self._set_texts(plain_comparison(report), comparison_text(report))

    def show_failure(self, message: str) -> None:
        self.chart.set_report(None, message)
        self._set_texts("", "")

    def _set_texts(self, summary: str, figures: str) -> None:
        self.summary.setText(summary)
        self.figures.setText(figures)
        self.statistics.setEnabled(bool(figures))
        self.figures.setVisible(bool(figures) and self.statistics.isChecked())
