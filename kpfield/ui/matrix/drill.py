"""A drill-down from the Challenge matrix into a record page: which indicator flagged the records,
why the record shown was flagged, the other flagged records one step away, and the way back.

The reasons are the matrix's own (:func:`kpfield.matrix.reasons.flag_reasons`); this banner only
shows them above the record list of the flagged records' kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kpfield.domain.entities import entity
from kpfield.i18n import format_number
from kpfield.ui.qt import (
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QObject,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)


@dataclass(frozen=True)
class Drill:
    """Where a drill-down came from and what it shows: the records one indicator flagged in one
    cell of the heat map, and the record opened first."""

    kind: str  # the flagged records' kind (their page)
    record_id: str  # the record opened
    ids: tuple[str, ...]  # every record the indicator flagged in the cell, in the matrix's order
    indicator_id: str
    indicator_title: str
    scope_label: str  # the heat map's column (a country or a district)
    period: str
    # why the given ids were flagged (the matrix's own words), read a page at a time as they are shown
    explain: Callable[[Sequence[str]], dict[str, str]] = lambda ids: {}
    reasons: dict[str, str] = field(default_factory=dict)  # those read so far
    # the heat-map cell and the indicator's row in the cell's list, to select them again on the way back
    row: int = 0
    column: int = 0
    indicator_row: int = 0


class DrillBanner(QFrame):
    """Above a record page's list after a drill-down: the indicator, the reason the selected
    record was flagged, previous/next flagged record, and "Back to the Challenge matrix" (Alt+Left)."""

    backRequested = Signal()
    stepRequested = Signal(str)  # the id of the flagged record to show next

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drillBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#drillBanner { background: #fff7e0; border: 1px solid #e0c16b; border-radius: 4px; }")
        self.drill: Drill | None = None
        self._index: dict[str, int] = {}
        self.current = ""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        self.back_button = QPushButton(translate("DrillBanner", "Back to the Challenge matrix"), self)
        self.back_button.setToolTip(translate("DrillBanner", "Back to the Challenge matrix (Alt+Left)"))
        self.back_button.clicked.connect(lambda _c=False: self.backRequested.emit())
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.title)
        texts.addWidget(self.reason)
        self.previous_button = QPushButton(translate("DrillBanner", "Previous flagged"), self)
        self.next_button = QPushButton(translate("DrillBanner", "Next flagged"), self)
        self.previous_button.clicked.connect(lambda _c=False: self.step(-1))
        self.next_button.clicked.connect(lambda _c=False: self.step(1))
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(texts, 1)
        outer.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_drill(self, drill: Drill) -> None:
        self.drill = drill
        self._index = {rid: k for k, rid in enumerate(drill.ids)}
        n = len(drill.ids)
        self.title.setText(
            translate("DrillBanner", "Flagged by “{indicator}” in {scope}, {period}: {n} {records}").format(
                indicator=drill.indicator_title,
                scope=drill.scope_label,
                period=drill.period,
                n=format_number(n, grouping=True),
                records=entity(drill.kind).shown_plural().lower(),
            )
        )
        self.previous_button.setVisible(n > 1)
        self.next_button.setVisible(n > 1)
        self.show_record(drill.record_id)
        self.show()

    PAGE = 200

    def reason_of(self, record_id: str) -> str | None:
        """Why the drill-down's indicator flagged ``record_id``; None if it did not."""
        drill = self.drill
        if drill is None or record_id not in self._index:
            return None
        if record_id not in drill.reasons:
            k = self._index[record_id]
            start = k - k % self.PAGE
            drill.reasons.update(drill.explain(drill.ids[start : start + self.PAGE]))
        return drill.reasons.get(record_id)

    def show_record(self, record_id: str | None) -> None:
        """Say why ``record_id`` (the record selected in the list) was flagged."""
        drill = self.drill
        if drill is None:
            return
        self.current = record_id or ""
        reason = self.reason_of(record_id) if record_id else None
        if record_id and reason is not None:
            k = self._index[record_id]
            self.reason.setText(
                translate("DrillBanner", "Why this record ({k} of {n}): {reason}").format(
                    k=format_number(k + 1, grouping=True),
                    n=format_number(len(drill.ids), grouping=True),
                    reason=reason,
                )
            )
        else:
            self.reason.setText(
                translate("DrillBanner", "The selected record is not one this indicator flagged.")
                if record_id
                else translate("DrillBanner", "Select a record to see why it was flagged.")
            )

    def step(self, delta: int) -> None:
        drill = self.drill
        if drill is None or not drill.ids:
            return
        k = self._index.get(self.current, -1 if delta > 0 else 0)
        self.stepRequested.emit(drill.ids[(k + delta) % len(drill.ids)])

    def close_drill(self) -> None:
        self.drill = None
        self._index = {}
        self.current = ""
        self.hide()


class DrillDowns(QObject):
    """Carries a drill-down from the Challenge matrix page to a record page of ``window`` (a
    :class:`~kpfield.ui.main_window.MainWindow`) and back: one banner, placed above the list of the
    flagged records' page while the drill-down lasts."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.banner = DrillBanner(window)
        self.page: Any = None  # the record page the banner sits on
        self.banner.backRequested.connect(self.back)
        self.banner.stepRequested.connect(self._step)
        window.matrix_page.drillDown.connect(self.open)
        window.nav.currentRowChanged.connect(self._page_changed)
        # Alt+Left, as a browser goes back, wherever the focus is in the window (the list, the search box)
        self.back_key = QShortcut(QKeySequence("Alt+Left"), window)
        self.back_key.activated.connect(self._back_key)

    def _back_key(self) -> None:
        if self.banner.drill is not None and self.banner.isVisible():
            self.back()

    def open(self, drill: Drill) -> None:
        w = self.window
        w.show_record(drill.kind, drill.record_id)
        page = w.pages[drill.kind]
        if page is not self.page:
            if self.page is not None:
                self.page.selectionChanged.disconnect(self._selection_changed)
            holder = w._holders[drill.kind].layout()
            holder.insertWidget(0, self.banner)
            page.selectionChanged.connect(self._selection_changed)
            self.page = page
        self.banner.show_drill(drill)
        self.banner.show_record(page.current_id())

    def _selection_changed(self) -> None:
        if self.page is not None and self.banner.drill is not None:
            self.banner.show_record(self.page.current_id())

    def _step(self, record_id: str) -> None:
        if self.page is not None and not self.page.select_record(record_id):
            self.page.clear_filters()
            self.page.select_record(record_id)

    def back(self) -> None:
        """To the Challenge matrix, the drill-down's cell and indicator selected again."""
        drill = self.banner.drill
        w = self.window
        w.nav.setCurrentRow(w.stack.indexOf(w.matrix_page))
        if drill is not None:
            current = self.banner.current if self.banner.current in drill.ids else drill.record_id
            w.matrix_page.return_to(replace(drill, record_id=current))
        self.banner.close_drill()

    def _page_changed(self, _row: int) -> None:
        # the matrix shown again by the navigation list: the drill-down is over
        if self.banner.drill is not None and self.window.stack.currentWidget() is self.window.matrix_page:
            self.banner.close_drill()
