"""The Challenge matrix page: a heat map of the matrix's rows by countries or districts, the
indicators and flagged records of the selected cell, the country's self-assessment of that row
(:mod:`.assessment`), and the footprint of the selected scope (:mod:`.footprint_panel`).

The last two share a side panel the officer may fold away (the "Side panel" button, F9, or the
splitter's handle dragged to the edge) so that the heat map and the indicators take the whole
width; the window's settings remember it, and the panel comes back when a cell's self-assessment
or the footprint is asked for.

Evaluating a region of a million records takes seconds, so evaluations and footprints run as
read-only jobs (:mod:`kpfield.ui.jobs`) on an inventory of their own; Cancel interrupts their
query. Self-assessments are saved through the window's :class:`Editor`, so they are audited and
undone like every other save.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kpfield.domain.entities import entity
from kpfield.domain.places import COUNTRIES, REGIONS, country_name, districts, region_name, region_of
from kpfield.i18n import format_number, language
from kpfield.matrix import Evaluation, Matrix, MatrixError, Period, Scope, default_period, evaluate, load_matrix
from kpfield.matrix.evaluate import Assessment, RowResult
from kpfield.matrix.footprint import footprint_report
from kpfield.matrix.reasons import flag_reasons
from kpfield.report.follow_up import write_follow_up
from kpfield.store import Inventory
from kpfield.ui.actions import Editor
from kpfield.ui.coordinator_reports import (
    ChangesDialog,
    ChangesRequest,
    PackageDialog,
    PackageRequest,
    changes_message,
    changes_work,
    package_maps,
    package_message,
    package_work,
)
from kpfield.ui.jobs import Job, JobRunner, Work
from kpfield.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QShowEvent,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    translate,
)
from kpfield.ui.settings import Settings

from .assessment import AssessmentForm
from .drill import Drill
from .footprint_panel import FootprintPanel
from .heatmap import HeatMapView
from .models import FlaggedRecordsModel, HeatMapModel, IndicatorModel, percent, status_text

PERIODS_SHOWN = 8  # the latest half-year with production and the seven before it


def _half_years(latest: Period) -> list[Period]:
    latest = latest if latest.is_half_year else Period.parse(f"{latest.label}H2")
    return [latest.previous(i) if i else latest for i in range(PERIODS_SHOWN)]


class MatrixPage(QWidget):
    """The challenge matrix of this inventory, evaluated for a period over countries or districts."""

    openRecord = Signal(str, str)  # kind, id: show the record in its page
    # a flagged record opened in its page, with the indicator that flagged it and why (a Drill)
    drillDown = Signal(object)

    def __init__(
        self, editor: Editor, jobs: JobRunner, parent: QWidget | None = None, *, settings: Settings | None = None
    ):
        super().__init__(parent)
        self.settings = settings
        self.editor = editor
        self.inv = editor.inv
        self.jobs = jobs
        self.job: Job | None = None
        self.footprint_job: Job | None = None
        self._started = 0.0
        self._pending_scopes: list[Scope] = []
        self._pending_period: Period | None = None
        self.evaluated_period: Period | None = None
        self.matrix_error = ""
        try:
            self.matrix: Matrix | None = load_matrix()
        except MatrixError as e:
            self.matrix = None
            self.matrix_error = str(e)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        head = QHBoxLayout()
        title = QLabel(translate("MatrixPage", "Challenge matrix"), self)
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addSpacing(10)
        self.summary = QLabel(self)
        self.summary.setObjectName("pageCount")
        head.addWidget(self.summary, 1)
        # folds the self-assessment and footprint panel away, so the tables below take the whole width
        self.panel_button = QPushButton(translate("MatrixPage", "Side panel"), self)
        self.panel_button.setCheckable(True)
        self.panel_button.setShortcut(QKeySequence("F9"))
        self.panel_button.setToolTip(
            translate("MatrixPage", "Show or fold away the self-assessment and footprint panel (F9)")
        )
        head.addWidget(self.panel_button)
        outer.addLayout(head)

        bar = QHBoxLayout()
        self.period = QComboBox(self)
        for p in _half_years(default_period(self.inv)):
            self.period.addItem(p.label, p.label)
        self.period.setToolTip(translate("MatrixPage", "The half-year evaluated (KP statistics are half-yearly)"))
        self.where = QComboBox(self)
        self._fill_where()
        self.by_district = QCheckBox(translate("MatrixPage", "By district"), self)
        self.by_district.setToolTip(translate("MatrixPage", "One column per district of the chosen countries"))
        self.evaluate_button = QPushButton(translate("MatrixPage", "Evaluate"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy: the evaluation cannot say how far it has got
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.cancel_button = QPushButton(translate("MatrixPage", "Cancel"), self)
        self.cancel_button.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("pageCount")
        self._progress_text = ""  # what the job in progress is doing, before its running time
        for w in (
            QLabel(translate("MatrixPage", "Period"), self),
            self.period,
            QLabel(translate("MatrixPage", "Scope"), self),
            self.where,
            self.by_district,
        ):
            bar.addWidget(w)
        bar.addWidget(self.evaluate_button)
        self.follow_up_button = QPushButton(translate("MatrixPage", "Follow-up list…"), self)
        self.follow_up_button.setToolTip(
            translate(
                "MatrixPage",
                "A workbook of every record the indicators flag in the selected column's district or country, "
                "for the inspectors who visit them",
            )
        )
        self.follow_up_button.setEnabled(False)
        self.follow_up_button.clicked.connect(lambda _c=False: self.write_follow_up())
        bar.addWidget(self.follow_up_button)
        # the coordinator's reports of the Exchange page, here too (one button: the bar is full at 1366 px)
        self.reports_button = QPushButton(translate("MatrixPage", "Reports"), self)
        self.reports_button.setToolTip(
            translate("MatrixPage", "What changed, and one zip to send for a WGAAP region and the period shown")
        )
        menu = QMenu(self.reports_button)
        self.changes_action = menu.addAction(translate("MatrixPage", "What changed…"))
        self.changes_action.setToolTip(
            translate(
                "MatrixPage",
                "A workbook of what an officer's last workbook brought, or of every change since a day",
            )
        )
        self.changes_action.triggered.connect(lambda _c=False: self.write_changes())
        self.package_action = menu.addAction(translate("MatrixPage", "Package to send…"))
        self.package_action.setToolTip(
            translate(
                "MatrixPage",
                "One zip to send for a WGAAP region and the period shown: inventory workbook, PDF, imports, "
                "submissions and a README",
            )
        )
        self.package_action.triggered.connect(lambda _c=False: self.write_package())
        menu.setToolTipsVisible(True)
        self.reports_button.setMenu(menu)
        bar.addWidget(self.reports_button)
        bar.addWidget(self.busy)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress_label, 1)
        outer.addLayout(bar)

        self.heat = HeatMapModel(self)
        self.heat_view = HeatMapView(self)
        self.heat_view.setModel(self.heat)

        self.cell_title = QLabel(
            translate("MatrixPage", "Select a cell to see its indicators and the records they flag."), self
        )
        self.cell_title.setObjectName("detailTitle")
        self.cell_title.setWordWrap(True)
        self.indicators = IndicatorModel(self)
        self.indicator_view = QTableView(self)
        self.indicator_view.setModel(self.indicators)
        self.indicator_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicator_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_view.verticalHeader().hide()
        # short names wrap over lines, word by word, rather than being cut; the figures are in each row's tooltip
        self.indicator_view.setWordWrap(True)
        self.indicator_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.indicator_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.indicator_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.indicator_view.horizontalHeader()
        header.ensurePolished()  # measured with the style sheet's bold titles and padding
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self._fit_indicator_columns()
        self.flagged_title = QLabel(self)
        self.flagged_title.setWordWrap(True)  # "Registros señalados (Producción): 3 (doble clic...)" fits in two lines
        self.flagged = FlaggedRecordsModel(self.inv, self)
        self.flagged_view = QTableView(self)
        self.flagged_view.setModel(self.flagged)
        self.flagged_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flagged_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flagged_view.verticalHeader().hide()
        self.flagged_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.flagged_view.verticalHeader().setDefaultSectionSize(22)
        self.flagged_view.horizontalHeader().setStretchLastSection(True)
        flagged_header = self.flagged_view.horizontalHeader()
        flagged_header.ensurePolished()
        flagged_header.resizeSection(0, max(130, flagged_header.sectionSizeFromContents(0).width()))
        # the selected flagged record's reason in full: the pane is too narrow for the column alone
        self.flagged_reason = QLabel(self)
        self.flagged_reason.setWordWrap(True)
        self.flagged_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flagged_view.setToolTip(
            translate("MatrixPage", "Double-click or press Enter to open the record in its page")
        )
        self.indicator_view.setToolTip(
            translate("MatrixPage", "Double-click or press Enter to open the records this indicator flags")
        )

        cell = QWidget(self)
        col = QVBoxLayout(cell)
        col.setContentsMargins(0, 4, 0, 0)
        col.addWidget(self.cell_title)
        lower = QSplitter(Qt.Orientation.Horizontal, cell)
        lower.addWidget(self.indicator_view)
        flagged_box = QWidget(lower)
        fcol = QVBoxLayout(flagged_box)
        fcol.setContentsMargins(0, 0, 0, 0)
        fcol.addWidget(self.flagged_title)
        fcol.addWidget(self.flagged_view, 1)
        fcol.addWidget(self.flagged_reason)
        lower.addWidget(flagged_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([380, 240])
        lower.setChildrenCollapsible(False)
        col.addWidget(lower, 1)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.heat_view)
        left.addWidget(cell)
        left.setSizes([330, 250])
        left.setChildrenCollapsible(False)

        self.tabs = QTabWidget(self)
        self.assessment = AssessmentForm(editor, self.matrix, self) if self.matrix else None
        if self.assessment is not None:
            self.tabs.addTab(self.assessment, translate("MatrixPage", "Self-assessment"))
        self.footprint = FootprintPanel(self.inv, self)
        self.tabs.addTab(self.footprint, translate("MatrixPage", "Footprint"))
        splitter = self.splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 480])
        # the side panel folds away when its handle is dragged to the edge; the tables never do
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        self._panel_width = 480  # what the panel had when it was last shown, to give it back
        outer.addWidget(splitter, 1)
        self.panel_button.setChecked(settings.matrix_side_panel if settings is not None else True)
        self.show_side_panel(self.panel_button.isChecked(), remember=False)
        self.panel_button.toggled.connect(lambda shown: self.show_side_panel(shown))
        splitter.splitterMoved.connect(lambda _pos, _index: self._panel_dragged())

        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self._show_elapsed)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.cancel_button.clicked.connect(self.cancel)
        self.period.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.where.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.by_district.toggled.connect(lambda _c: self.evaluate())
        self.heat_view.selectionModel().currentChanged.connect(self._cell_changed)
        # double-click or Enter on a cell: its country's self-assessment of the row, in the side panel
        self.heat_view.activated.connect(lambda _index: self.open_assessment())
        self.heat_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.heat_view.customContextMenuRequested.connect(self._heat_menu)
        self.indicator_view.selectionModel().currentChanged.connect(self._indicator_changed)
        self.flagged_view.doubleClicked.connect(self._open_flagged)
        self.flagged_view.activated.connect(self._open_flagged)
        self.indicator_view.doubleClicked.connect(self._drill_indicator)
        self.flagged_view.selectionModel().currentChanged.connect(self._flagged_changed)
        self.indicator_view.activated.connect(self._drill_indicator)
        self.footprint.requested.connect(self.compute_footprint)
        editor.changed.connect(self._record_changed)
        self._shown = False
        if self.matrix is None:
            self.summary.setText(
                translate("MatrixPage", "The challenge matrix cannot be read: {error}").format(error=self.matrix_error)
            )
            self.evaluate_button.setEnabled(False)

    # ---- controls --------------------------------------------------------------------------------

    def _countries(self) -> list[str]:
        return [c for c in self.inv.site_countries() if c in COUNTRIES]

    def _fill_where(self) -> None:
        present = self._countries()
        self.where.addItem(translate("MatrixPage", "All countries in this inventory"), ("all", ""))
        for region, members in REGIONS.items():
            if any(c in present for c in members):
                self.where.addItem(
                    translate("MatrixPage", "Region: {region}").format(region=region_name(region)), ("region", region)
                )
        for c in present:
            self.where.addItem(f"{c} · {country_name(c)}", ("country", c))

    def scopes(self) -> list[Scope]:
        """The heat map's columns for the controls as they are set."""
        kind, value = self.where.currentData() or ("all", "")
        present = self._countries()
        if kind == "country":
            countries = [value]
        elif kind == "region":
            countries = [c for c in REGIONS[value] if c in present] or list(REGIONS[value])
        else:
            countries = present
        if not self.by_district.isChecked():
            return [Scope("country", c) for c in countries]
        out = []
        for c in countries:
            known = [d.name for d in districts(c)]
            found = self.inv.site_districts(c)
            # the official districts first, in their order; any other spelling after them
            ordered = [d for d in known if d in found] + sorted(d for d in found if d not in known)
            out += [Scope("district", d, c) for d in ordered]
        return out

    def current_period(self) -> Period:
        return Period.parse(self.period.currentData())

    # ---- the side panel --------------------------------------------------------------------------

    def side_panel_shown(self) -> bool:
        return not self.tabs.isHidden()

    def show_side_panel(self, shown: bool, *, remember: bool = True) -> None:
        """Show the self-assessment and footprint panel, or fold it away (the tables then take the
        whole width); ``remember``: in the window's settings, for the next session."""
        sizes = self.splitter.sizes()
        if not shown and not self.tabs.isHidden() and sizes[1] > 0:
            self._panel_width = sizes[1]
        self.tabs.setVisible(shown)
        if shown and sizes[1] < 40:  # folded, or dragged to the edge: the width it had before
            total = sum(sizes)
            width = min(self._panel_width, max(total - 300, 0)) if total > 300 else self._panel_width
            self.splitter.setSizes([max(total - width, 1), width])
        if self.panel_button.isChecked() != shown:
            self.panel_button.blockSignals(True)
            self.panel_button.setChecked(shown)
            self.panel_button.blockSignals(False)
        if remember and self.settings is not None and self.settings.matrix_side_panel != shown:
            self.settings.matrix_side_panel = shown
            self.settings.save()

    def _panel_dragged(self) -> None:
        """The splitter's handle dragged to the edge folds the panel away, as the button does."""
        if not self.tabs.isHidden() and self.splitter.sizes()[1] == 0:
            self.show_side_panel(False)

    def open_assessment(self, *, focus: bool = True) -> None:
        """The selected cell's self-assessment, in the side panel (shown again if folded away);
        ``focus``: the score field takes the keyboard."""
        if self.assessment is None:
            return
        self.show_side_panel(True)
        self.tabs.setCurrentWidget(self.assessment)
        if focus and self.assessment.key is not None:
            self.assessment.score.setFocus()

    def open_footprint(self) -> None:
        """The selected scope's footprint, in the side panel (shown again if folded away)."""
        self.show_side_panel(True)
        self.tabs.setCurrentWidget(self.footprint)

    def _heat_menu(self, pos: Any) -> None:
        if not self.heat_view.indexAt(pos).isValid():
            return
        menu = QMenu(self.heat_view)
        if self.assessment is not None:
            menu.addAction(translate("MatrixPage", "Self-assessment"), self.open_assessment)
        menu.addAction(translate("MatrixPage", "Footprint"), self.open_footprint)
        menu.exec(self.heat_view.viewport().mapToGlobal(pos))

    def _fit_indicator_columns(self) -> None:
        """Value and status columns as wide as their widest text in the window's language (a status
        is never cut); the name takes the rest and wraps."""
        view, header = self.indicator_view, self.indicator_view.horizontalHeader()
        fm = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
        values = [percent(1.0), percent(0.555), format_number(9999.99, 2, grouping=True)]
        statuses = [status_text(s) for s in ("met", "partly_met", "challenge", "no_data")]
        for column, texts in ((1, values), (2, statuses)):
            need = max(fm.horizontalAdvance(t) for t in texts) + margin
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(need, header.sectionSizeFromContents(column).width()))

    # ---- evaluation ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # evaluated when first shown, not when the window opens: a region takes seconds
            QTimer.singleShot(0, self.evaluate)

    def _start(self, query: Callable[[Inventory], Any], ended: Callable[[Job], None]) -> Job:
        """Run ``query`` on a read-only inventory of its own; ``ended`` gets the job when it is over."""
        job = Job(self.inv.path, lambda inv, _progress: query(inv), readonly=True)
        job.ended.connect(ended)
        self.jobs.start(job)
        return job

    def evaluate(self) -> Job | None:
        """Evaluate the matrix for the controls' scopes and period in a worker thread."""
        if self.matrix is None:
            return None
        self.cancel(quiet=True)
        scopes, period, matrix = self.scopes(), self.current_period(), self.matrix
        if not scopes:
            self.heat.set_evaluation(None, [])
            self.summary.setText(translate("MatrixPage", "Nothing to evaluate: this inventory has no sites yet."))
            return None
        lang = language()  # row and indicator titles, grade meanings in the window's language
        self._pending_scopes, self._pending_period = scopes, period
        self._started = time.perf_counter()
        if self.by_district.isChecked():
            text = translate("MatrixPage", "Evaluating {period}, districts: {n}…")
        else:
            text = translate("MatrixPage", "Evaluating {period}, countries: {n}…")
        self._progress_text = text.format(n=len(scopes), period=period.label)
        self.progress_label.setText(self._progress_text)
        self.busy.show()
        self.cancel_button.show()
        self.evaluate_button.setEnabled(False)
        self.tick.start()
        self.job = self._start(lambda inv: evaluate(inv, matrix, scopes, period, lang=lang), self._evaluation_ended)
        return self.job

    def cancel(self, *, quiet: bool = False) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self._idle()
            if not quiet:
                self.progress_label.setText(
                    translate("MatrixPage", "Evaluation cancelled; the heat map shows the last evaluation.")
                )

    def _idle(self) -> None:
        self.tick.stop()
        self.busy.hide()
        self.cancel_button.hide()
        self.evaluate_button.setEnabled(self.matrix is not None)

    def _show_elapsed(self) -> None:
        self.progress_label.setText(
            translate("MatrixPage", "{task} {seconds} s").format(
                task=self._progress_text, seconds=format_number(time.perf_counter() - self._started, 1)
            )
        )

    @Slot(object)
    def _evaluation_ended(self, job: Job) -> None:
        if job is not self.job:
            return  # superseded by a newer evaluation, or cancelled
        self.job = None
        self._idle()
        if job.outcome == "failed":
            self.progress_label.setText(
                translate("MatrixPage", "The evaluation failed: {error}").format(error=job.error)
            )
        elif job.outcome == "finished":
            self._show_evaluation(job.result)

    def _show_evaluation(self, evaluation: Evaluation) -> None:
        keep = self.heat_view.currentIndex()
        keep_row, keep_scope = (
            keep.row(),
            (self.heat.scopes[keep.column()] if keep.isValid() and keep.column() < len(self.heat.scopes) else None),
        )
        self.evaluated_period = self._pending_period
        self.heat.set_evaluation(evaluation, self._pending_scopes)
        self.heat_view.fit_columns()
        counts: dict[str, int] = {}
        for s in evaluation.scopes:
            for r in s.rows:
                if r.status:
                    counts[r.status] = counts.get(r.status, 0) + 1
        self.summary.setText(
            translate(
                "MatrixPage",
                "{period}, matrix version {version}: {challenge} challenge, {partly_met} partly met, {met} met cells",
            ).format(
                period=evaluation.period,
                version=evaluation.matrix_version,
                challenge=format_number(counts.get("challenge", 0), grouping=True),
                partly_met=format_number(counts.get("partly_met", 0), grouping=True),
                met=format_number(counts.get("met", 0), grouping=True),
            )
        )
        self.progress_label.setText(
            translate("MatrixPage", "Evaluated in {seconds} s").format(seconds=format_number(evaluation.seconds, 1))
        )
        column = self._pending_scopes.index(keep_scope) if keep_scope in self._pending_scopes else 0
        # first time: the first row that has indicators (a self-assessed row shows no figures)
        first = (
            next((k for k, r in enumerate(evaluation.scopes[0].rows) if r.indicators), 0) if evaluation.scopes else 0
        )
        row = keep_row if 0 <= keep_row < self.heat.rowCount() else first
        if self.heat.rowCount() and self.heat.columnCount():
            self.select_cell(row, column)

    # ---- the selected cell -----------------------------------------------------------------------

    def select_cell(self, row: int, column: int) -> None:
        index = self.heat.index(row, column)
        self.heat_view.setCurrentIndex(index)
        self.heat_view.scrollTo(index)

    def selected_scope(self) -> Scope | None:
        """The scope of the selected cell's column (a country or a district), if any."""
        i = self.heat_view.currentIndex()
        if not i.isValid() or not 0 <= i.column() < len(self.heat.scopes):
            return None
        scope = self.heat.scopes[i.column()]
        return scope if scope.kind in ("country", "district") else None

    def write_follow_up(self, path: Path | None = None) -> Job | None:
        """The follow-up list of the selected column's scope for the period shown, written in a worker."""
        scope, period = self.selected_scope(), self.current_period()
        if scope is None:
            return None
        if path is None:
            name = f"{self.inv.path.stem}-follow-up-{scope.value}-{period.label}.xlsx".replace(" ", "-")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("MatrixPage", "Write follow-up list"),
                str(self.inv.path.with_name(name)),
                translate("MatrixPage", "Workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        output = path

        def ended(job: Job) -> None:
            if job.error:
                self.progress_label.setText(translate("MatrixPage", "Not written: {error}").format(error=job.error))
                return
            if job.result is None:
                return
            _scope, flagged = job.result
            self.progress_label.setText(
                self.tr("Wrote {file}: {n} record(s) to follow up", "", len(flagged)).format(
                    file=output.name, n=len(flagged)
                )
            )

        return self._start(lambda inv: write_follow_up(inv, output, scope, period), ended)

    def write_changes(self, request: ChangesRequest | None = None) -> Job | None:
        """What changed (``kpfield report changes``), asked for in a dialog and written in a worker."""
        request = request or ChangesDialog.ask(self.inv, self)
        if request is None:
            return None
        return self._report(changes_work(request), lambda result: changes_message(request.output, result))

    def package_region(self) -> str | None:
        """The WGAAP region of the scope chosen (a region, or a country's region), to suggest for the package."""
        kind, value = self.where.currentData() or ("all", "")
        if kind == "region":
            return str(value)
        countries = [value] if kind == "country" else self._countries()
        regions = [r for r in (region_of(c) for c in countries) if r]
        # every country: the region most of them are in
        return max(dict.fromkeys(regions), key=regions.count) if regions else None

    def write_package(self, request: PackageRequest | None = None) -> Job | None:
        """The package to send (``kpfield export package``) for the period shown, written in a worker."""
        request = request or PackageDialog.ask(self.inv, self.package_region(), self.current_period(), self)
        if request is None:
            return None
        return self._report(package_work(request, package_maps(self.inv, request)), package_message)

    def _report(self, work: Work, message: Callable[[Any], str]) -> Job:
        """Run a report's ``work`` in a worker, its buttons off until it ends; ``message`` says what it wrote."""
        self.reports_button.setEnabled(False)
        self.progress_label.setText(translate("MatrixPage", "Writing…"))

        def ended(job: Job) -> None:
            self.reports_button.setEnabled(True)
            if job.error:
                self.progress_label.setText(translate("MatrixPage", "Not written: {error}").format(error=job.error))
            elif job.outcome == "finished":
                self.progress_label.setText(message(job.result))
            else:
                self.progress_label.setText("")

        job = Job(self.inv.path, work, readonly=True)
        job.ended.connect(ended)
        self.jobs.start(job)
        return job

    def current_result(self) -> RowResult | None:
        i = self.heat_view.currentIndex()
        return self.heat.result(i.row(), i.column()) if i.isValid() else None

    def _cell_changed(self, *_args: object) -> None:
        self.follow_up_button.setEnabled(self.selected_scope() is not None)
        i = self.heat_view.currentIndex()
        r = self.current_result()
        if r is None or self.heat.evaluation is None:
            self.indicators.set_indicators(())
            self.flagged.set_records("", ())
            self.flagged_reason.clear()
            return
        scope = self.heat.evaluation.scopes[i.column()]
        where = self.heat.scopes[i.column()]
        if r.indicators:
            self.cell_title.setText(
                self.tr("{row}, {scope}: {n} indicator(s)", "", len(r.indicators)).format(
                    row=r.title, scope=scope.label, n=len(r.indicators)
                )
            )
        else:
            self.cell_title.setText(
                translate("MatrixPage", "{row}, {scope}: no automatic indicator; see the self-assessment").format(
                    row=r.title, scope=scope.label
                )
            )
        self.indicators.set_indicators(r.indicators)
        worst = next((k for k, ind in enumerate(r.indicators) if ind.offending_ids), 0)
        if r.indicators:
            self.indicator_view.setCurrentIndex(self.indicators.index(worst, 0))
        else:
            self._indicator_changed()
        if self.assessment is not None:
            country = self.heat.country_of(i.column())
            self.assessment.show_row(country, self.heat.evaluation.period, r.row_id, r.earlier_scores)
        period = self.heat.evaluation.period
        if (where, period) != (self.footprint.scope, self.footprint.period) or self.footprint.site.text():
            self.footprint.site.clear()
            self.footprint.request(where, period)

    def _indicator_changed(self, *_args: object) -> None:
        row = self.indicator_view.currentIndex().row()
        if not 0 <= row < len(self.indicators.indicators):
            self.flagged.set_records("", ())
            self.flagged_reason.clear()
            self.flagged_title.setText("")
            return
        ind = self.indicators.indicators[row]
        self.flagged.set_records(ind.record_kind, ind.offending_ids, self._explainer(ind.id))
        n = len(ind.offending_ids)
        if n:
            self.flagged_view.setCurrentIndex(self.flagged.index(0, 0))
        else:
            self.flagged_reason.clear()
        self.flagged_title.setText(
            translate("MatrixPage", "{records} flagged: {n} (double-click to open)").format(
                records=entity(ind.record_kind).shown_plural(), n=format_number(n, grouping=True)
            )
            if n
            else translate("MatrixPage", "Nothing flagged")
        )

    def _flagged_changed(self, *_args: object) -> None:
        row = self.flagged_view.currentIndex().row()
        self.flagged_reason.setText(
            translate("MatrixPage", "Why flagged: {reason}").format(reason=self.flagged.reason(row))
            if 0 <= row < self.flagged.rowCount()
            else ""
        )

    def _explainer(self, indicator_id: str) -> Callable[[Sequence[str]], dict[str, str]] | None:
        """Why the selected cell's ``indicator_id`` flagged some of its records: the matrix's own
        words (:func:`flag_reasons`) for the evaluated period and the indicator's parameters."""
        r, ev = self.current_result(), self.heat.evaluation
        if r is None or ev is None:
            return None
        params: dict[str, Any] = {}
        if self.matrix is not None:
            row = next((x for x in self.matrix.rows if x.id == r.row_id), None)
            spec = next((x for x in row.indicators if x.id == indicator_id), None) if row else None
            params = dict(spec.params) if spec else {}
        inv, period = self.inv, ev.period
        return lambda ids: flag_reasons(inv, indicator_id, ids, period, params)

    def drill(self, record_id: str | None = None) -> Drill | None:
        """The drill-down into the selected indicator's flagged records, opening ``record_id`` (default:
        the flagged record selected, else the first)."""
        cell, k = self.heat_view.currentIndex(), self.indicator_view.currentIndex().row()
        ev = self.heat.evaluation
        if ev is None or not cell.isValid() or not 0 <= k < len(self.indicators.indicators):
            return None
        ind = self.indicators.indicators[k]
        if not ind.offending_ids:
            return None
        if record_id is None:
            record_id = self.flagged.record_id(self.flagged_view.currentIndex().row()) or ind.offending_ids[0]
        explain = self._explainer(ind.id)
        return Drill(
            kind=ind.record_kind,
            record_id=record_id,
            ids=ind.offending_ids,
            indicator_id=ind.id,
            indicator_title=ind.title,
            scope_label=ev.scopes[cell.column()].label,
            period=ev.period,
            explain=explain or (lambda ids: {}),
            row=cell.row(),
            column=cell.column(),
            indicator_row=k,
        )

    def _open_flagged(self, index: Any) -> None:
        rid = self.flagged.record_id(index.row())
        drill = self.drill(rid) if rid else None
        if drill is not None:
            self.drillDown.emit(drill)

    def _drill_indicator(self, _index: Any) -> None:
        drill = self.drill()
        if drill is not None:
            self.drillDown.emit(drill)

    def return_to(self, drill: Drill) -> None:
        """Back from a drill-down: the same cell (country or district, for the period shown) and
        indicator selected, and the record last looked at selected among the flagged ones."""
        if self.heat.result(drill.row, drill.column) is not None:
            self.select_cell(drill.row, drill.column)
            if 0 <= drill.indicator_row < self.indicators.rowCount():
                self.indicator_view.setCurrentIndex(self.indicators.index(drill.indicator_row, 0))
        if self.flagged.ids == drill.ids and drill.record_id in drill.ids:
            at = self.flagged.index(drill.ids.index(drill.record_id), 0)
            self.flagged_view.setCurrentIndex(at)
            self.flagged_view.scrollTo(at)
        self.flagged_view.setFocus()

    # ---- footprints ------------------------------------------------------------------------------

    def compute_footprint(self, request: tuple[Scope, str | None]) -> Job:
        scope, label = request
        if self.footprint_job is not None:
            self.footprint_job.cancel()
        period = Period.parse(label) if label else (self.evaluated_period or self.current_period())
        self.footprint_job = self._start(lambda inv: footprint_report(inv, scope, period), self._footprint_ended)
        return self.footprint_job

    @Slot(object)
    def _footprint_ended(self, job: Job) -> None:
        if job is not self.footprint_job:
            return  # superseded by the footprint of another scope
        self.footprint_job = None
        if job.outcome == "finished":
            self.footprint.show_report(job.result)
        elif job.outcome == "failed":
            self.footprint.show_failure(
                translate("MatrixPage", "The footprint could not be computed: {error}").format(error=job.error)
            )

    # ---- changes elsewhere -----------------------------------------------------------------------

    @Slot(str, str)
    def _record_changed(self, kind: str, record_id: str) -> None:
        if kind != "self_assessment":
            if self.heat.evaluation is not None:
                self.progress_label.setText(
                    translate("MatrixPage", "Records changed since this evaluation: press Evaluate to update it.")
                )
            return
        rec = self.inv.get(kind, record_id, include_deleted=True)
        if rec is None or self.matrix is None:
            return
        if self.heat.evaluation is not None and rec["period"] == self.heat.evaluation.period:
            live = None if rec["deleted"] else rec
            self.heat.set_assessment(
                rec["country"],
                rec["row_id"],
                None
                if live is None
                else Assessment(
                    live["id"],
                    live["country"],
                    live["period"],
                    live["row_id"],
                    live["score"],
                    self.matrix.grade_meaning(live["score"], language()),
                    live["evidence"],
                    live["gap"],
                    live["action"],
                    live["owner"],
                    live["due_on"],
                ),
            )
        if self.assessment is not None and self.assessment.key == (rec["country"], rec["period"], rec["row_id"]):
            self.assessment.reload()
