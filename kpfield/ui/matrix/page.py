"""The Challenge matrix page: a heat map of the matrix's rows by countries or districts, the
indicators and flagged records of the selected cell, the country's self-assessment of that row,
and the footprint of the selected scope.

Evaluating a region of a million records takes seconds, so evaluations and footprints run in a
worker thread with a read-only connection of its own (as backups do); Cancel interrupts its
query. Self-assessments are saved through the window's :class:`Editor`, so they are audited and
undone like every other save.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kpfield.domain import vocab
from kpfield.domain.entities import entity
from kpfield.domain.places import COUNTRIES, REGIONS, country_name, districts_of, region_name
from kpfield.domain.validation import Problem, ValidationError
from kpfield.i18n import format_number, language
from kpfield.matrix import (
    Evaluation,
    Matrix,
    MatrixError,
    Period,
    Scope,
    assessments,
    default_period,
    evaluate,
    load_matrix,
)
from kpfield.matrix.evaluate import Assessment, RowResult
from kpfield.matrix.footprint import FootprintReport, footprint_report
from kpfield.store import Inventory, InventoryError
from kpfield.store.browse import distinct_values
from kpfield.ui.actions import Editor
from kpfield.ui.jobs import JobRunner
from kpfield.ui.models import format_timestamp
from kpfield.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    QShowEvent,
    QSplitter,
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
from kpfield.ui.records.forms import DateEditor, ProblemLabel

from .footprint_chart import FootprintChart, comparison_text
from .models import FlaggedRecordsModel, HeatMapModel, IndicatorModel

PERIODS_SHOWN = 8  # the latest half-year with production and the seven before it


class QueryJob(QObject):
    """Runs ``fn(inv)`` in a worker thread on a read-only inventory of its own.

    ``cancel`` interrupts the running query (:meth:`Inventory.interrupt`, meant to be called from
    another thread); the job then reports ``cancelled``.
    Each signal carries the job's serial number so the page can ignore a superseded job.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, serial: int, path: Path, fn: Callable[[Inventory], Any]):
        super().__init__()
        self.serial = serial
        self.path = path
        self.fn = fn
        self._lock = threading.Lock()
        self._inv: Inventory | None = None
        self._cancel = False
        self.outcome: str | None = None  # "finished", "failed" or "cancelled" once the job has ended

    def cancel(self) -> None:
        with self._lock:
            self._cancel = True
            if self._inv is not None:
                self._inv.interrupt()

    @Slot()
    def run(self) -> None:
        try:
            inv = Inventory.open_readonly(self.path)
        except Exception as e:  # noqa: BLE001 - reported to the user
            self.outcome = "failed"
            self.failed.emit(self.serial, str(e) or e.__class__.__name__)
            return
        with self._lock:
            self._inv = inv
            cancelled = self._cancel
        # ``interrupt`` only stops a query already running; this stops the next one too
        inv.stop_when(lambda: self._cancel)
        try:
            if cancelled:
                self.outcome = "cancelled"
                self.cancelled.emit(self.serial)
                return
            result = self.fn(inv)
        except sqlite3.OperationalError as e:
            self.outcome = "cancelled" if self._cancel else "failed"
            if self._cancel:
                self.cancelled.emit(self.serial)
            else:
                self.failed.emit(self.serial, str(e))
        except Exception as e:  # noqa: BLE001 - reported to the user, the window carries on
            self.outcome = "failed"
            self.failed.emit(self.serial, str(e) or e.__class__.__name__)
        else:
            self.outcome = "cancelled" if self._cancel else "finished"
            if self._cancel:
                self.cancelled.emit(self.serial)
            else:
                self.finished.emit(self.serial, result)
        finally:
            with self._lock:
                self._inv = None
            inv.close()


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


def _half_years(latest: Period) -> list[Period]:
    latest = latest if latest.is_half_year else Period.parse(f"{latest.label}H2")
    return [latest.previous(i) if i else latest for i in range(PERIODS_SHOWN)]


class HeatMapView(QTableView):
    """The heat map's view: row titles give up width (their tooltip has them whole) so that the
    countries' columns stay in view."""

    def fit_row_titles(self) -> None:
        model = self.model()
        columns = sum(self.columnWidth(c) for c in range(model.columnCount())) if model else 0
        bar = self.verticalScrollBar().sizeHint().width() if self.verticalScrollBar().isVisible() else 0
        room = self.width() - 2 * self.frameWidth() - bar - columns
        self.verticalHeader().setMaximumWidth(max(150, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_row_titles()


class AssessmentForm(QFrame):
    """A country's self-assessment of one row for one period, saved as a ``self_assessment`` record."""

    def __init__(self, editor: Editor, matrix: Matrix, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.editor = editor
        self.inv = editor.inv
        self.matrix = matrix
        self.ent = entity("self_assessment")
        self.key: tuple[str, str, str] | None = None  # country, period, row id
        self.record: dict[str, Any] | None = None
        self.touched: set[str] = set()
        self._loading = False

        outer = QVBoxLayout(self)
        self.title = QLabel(
            translate("AssessmentForm", "Select a cell of the heat map to assess its row for its country."), self
        )
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        # the row's description scrolls with the form: at 150 % scaling it would leave no room
        self.description = QLabel(host)
        self.description.setWordWrap(True)
        self.description.setObjectName("pageCount")
        column.addWidget(self.description)
        form = QFormLayout()
        column.addLayout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.score = QComboBox(host)
        self.score.addItem("", None)
        for g in vocab.ASSESSMENT_GRADES:
            self.score.addItem(g, g)
            self.score.setItemData(
                self.score.count() - 1, matrix.grade_meaning(g, language()), Qt.ItemDataRole.ToolTipRole
            )
        self.score.setMaximumWidth(80)
        self.meaning = QLabel(host)
        self.meaning.setWordWrap(True)
        self.evidence = QPlainTextEdit(host)
        self.gap = QPlainTextEdit(host)
        self.action = QPlainTextEdit(host)
        for ed in (self.evidence, self.gap, self.action):
            ed.setTabChangesFocus(True)
            ed.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.owner = QLineEdit(host)
        self.due_on = DateEditor(_field("due_on"), host)
        self.editors: dict[str, QWidget] = {
            "score": self.score,
            "evidence": self.evidence,
            "gap": self.gap,
            "action": self.action,
            "owner": self.owner,
            "due_on": self.due_on,
        }
        self.problems: dict[str, ProblemLabel] = {}
        for name, widget in self.editors.items():
            cell = QWidget(host)
            col = QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            if name == "score":
                col.addWidget(self.meaning)
            problem = ProblemLabel(cell)
            col.addWidget(problem)
            self.problems[name] = problem
            f = _field(name)
            label = QLabel(entity("self_assessment").label_of(f.name) + (" *" if f.required else ""), host)
            label.setBuddy(widget)
            form.addRow(label, cell)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        self.general = ProblemLabel(self)
        outer.addWidget(self.general)
        self.earlier = QLabel(self)
        self.earlier.setObjectName("pageCount")
        self.earlier.setWordWrap(True)
        outer.addWidget(self.earlier)
        row = QHBoxLayout()
        self.state = QLabel(self)
        self.state.setObjectName("pageCount")
        self.save_button = QPushButton(translate("AssessmentForm", "Save assessment"), self)
        self.revert_button = QPushButton(translate("AssessmentForm", "Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        row.addWidget(self.state, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.validate)
        self.score.currentIndexChanged.connect(lambda _i: self._edited("score"))
        for name in ("evidence", "gap", "action"):
            self.editors[name].textChanged.connect(lambda name=name: self._edited(name))  # type: ignore[attr-defined]
        self.owner.textEdited.connect(lambda _t: self._edited("owner"))
        self.due_on.edited.connect(lambda: self._edited("due_on"))
        self.show_row(None, None, None, ())

    # ---- what is shown ---------------------------------------------------------------------------

    def show_row(
        self, country: str | None, period: str | None, row_id: str | None, earlier: tuple[tuple[str, str], ...]
    ) -> None:
        """Load the assessment of ``row_id`` for ``country`` and ``period`` (None: nothing selected)."""
        self.key = (country, period, row_id) if country and period and row_id else None
        enabled = self.key is not None
        for w in (*self.editors.values(), self.save_button, self.revert_button):
            w.setEnabled(enabled)
        if self.key is None:
            self.title.setText(
                translate("AssessmentForm", "Select a cell of the heat map to assess its row for its country.")
            )
            self.description.setText("")
            self.earlier.setText("")
            self.record = None
            self._fill(None)
            return
        row = self.matrix.row(row_id or "")
        name = country_name(country) if country in COUNTRIES else country
        self.title.setText(
            translate("AssessmentForm", "Self-assessment: {row}, {country}, {period}").format(
                row=row.title(language()), country=name, period=period
            )
        )
        self.description.setText(
            translate("AssessmentForm", "{description}\nBasis: {basis}").format(
                description=row.description, basis=row.basis
            )
        )
        self.earlier.setText(
            translate("AssessmentForm", "Earlier scores: {scores}").format(
                scores=", ".join(f"{p} {s}" for p, s in earlier)
            )
            if earlier
            else translate("AssessmentForm", "No earlier assessment.")
        )
        self.reload()

    def reload(self) -> None:
        self.record = self._find() if self.key else None
        self._fill(self.record)

    def _find(self) -> dict[str, Any] | None:
        assert self.key is not None
        return assessments.find(self.inv, *self.key)

    def _fill(self, record: dict[str, Any] | None) -> None:
        self._loading = True
        r = record or {}
        self.score.setCurrentIndex(max(0, self.score.findData(r.get("score"))))
        for name in ("evidence", "gap", "action"):
            self.editors[name].setPlainText(r.get(name) or "")  # type: ignore[attr-defined]
        self.owner.setText(r.get("owner") or "")
        self.due_on.set_value(r.get("due_on"))
        self._loading = False
        self.touched.clear()
        self._show_meaning()
        self.validate()
        if self.key is None:
            self.state.setText("")
        elif record is None:
            self.state.setText(translate("AssessmentForm", "Not assessed yet for this period."))
        else:
            self.state.setText(
                translate("AssessmentForm", "Saved {when} UTC").format(when=format_timestamp(record["modified_at"]))
            )

    def _show_meaning(self) -> None:
        g = self.score.currentData()
        self.meaning.setText(
            self.matrix.grade_meaning(g, language()) if g else translate("AssessmentForm", "Choose A (best) to D.")
        )

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        if name == "score":
            self._show_meaning()
        self.touched.add(name)
        self.state.setText(translate("AssessmentForm", "Not saved"))
        self.timer.start()

    # ---- validation and saving -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        assert self.key is not None
        country, period, row_id = self.key
        return {
            "country": country,
            "period": period,
            "row_id": row_id,
            "score": self.score.currentData(),
            "evidence": self.evidence.toPlainText(),
            "gap": self.gap.toPlainText(),
            "action": self.action.toPlainText(),
            "owner": self.owner.text(),
            "due_on": self.due_on.value(),
        }

    def validate(self, show_all: bool = False) -> list[Problem]:
        """The inventory's own rules on what is typed; messages under the fields touched."""
        if self.key is None:
            for label in self.problems.values():
                label.show_problems([])
            self.general.show_problems([])
            return []
        _, problems = self.inv.check("self_assessment", self.values(), self.record["id"] if self.record else None)
        self._show(problems, show_all)
        return problems

    def _show(self, problems: list[Problem], show_all: bool) -> None:
        by_field: dict[str, list[Problem]] = {}
        general = []
        for p in problems:
            (by_field.setdefault(p.field, []) if p.field in self.problems else general).append(p)
        for name, label in self.problems.items():
            label.show_problems(by_field.get(name, []) if show_all or name in self.touched else [])
        self.general.show_problems(general if show_all or self.touched else [])

    def save(self) -> bool:
        """Save through the inventory (one audited, undoable change); on refusal show why."""
        if self.key is None:
            return False
        self.timer.stop()
        self.due_on.normalise()
        problems = self.validate(show_all=True)
        if any(p.severity == "error" for p in problems):
            self._focus_first_error(problems)
            return False
        values = self.values()
        try:
            if self.record is None:
                self.editor.add("self_assessment", values)
            else:
                self.editor.update(
                    "self_assessment", self.record["id"], values, expected_version=self.record["version"]
                )
        except ValidationError as e:
            self._show(e.problems, True)
            self._focus_first_error(e.problems)
            return False
        except InventoryError as e:
            self.general.show_problems([Problem("", str(e))])
            return False
        # the editor's ``changed`` signal has reloaded the form by now
        return True

    def _focus_first_error(self, problems: list[Problem]) -> None:
        for p in problems:
            if p.severity == "error" and p.field in self.editors:
                w = self.editors[p.field]
                (w.focus_widget() if isinstance(w, DateEditor) else w).setFocus()
                return


def _field(name: str) -> Any:
    return next(f for f in entity("self_assessment").fields if f.name == name)


class FootprintPanel(QWidget):
    """The footprint of the selected scope (or of a site typed by code), with its comparison."""

    requested = Signal(object)  # (Scope, period label or None)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None):
        super().__init__(parent)
        self.conn = conn
        self.scope: Scope | None = None
        self.period: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.scope_label = QLabel(translate("FootprintPanel", "No scope selected"), self)
        self.scope_label.setObjectName("detailTitle")
        bar.addWidget(self.scope_label, 1)
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(translate("FootprintPanel", "or a site code…"))
        self.site.setClearButtonEnabled(True)
        self.site.setMaximumWidth(150)
        self.site.returnPressed.connect(self.show_site)
        bar.addWidget(self.site)
        self.by = QComboBox(self)
        self.by.addItem(translate("FootprintPanel", "Share of carats"), "carats")
        self.by.addItem(translate("FootprintPanel", "Share of stones"), "stones")
        bar.addWidget(self.by)
        outer.addLayout(bar)
        self.chart = FootprintChart(self)
        outer.addWidget(self.chart, 1)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.figures)
        self.by.currentIndexChanged.connect(lambda _i: self.chart.set_by(self.by.currentData()))

    def show_site(self) -> None:
        code = self.site.text().strip()
        if not code:
            return
        rows = self.conn.execute(
            "SELECT country, code FROM site WHERE deleted = 0 AND code = ? COLLATE NOCASE", (code,)
        ).fetchall()
        if not rows:
            self.figures.setText(
                translate("FootprintPanel", "No site with code '{code}' in this inventory.").format(code=code)
            )
            return
        self.request(Scope("site", rows[0]["code"], rows[0]["country"]))

    def request(self, scope: Scope, period: str | None = None) -> None:
        self.scope = scope
        self.period = period or self.period
        self.scope_label.setText(
            translate("FootprintPanel", "Footprint: {kind} {scope}").format(
                kind=scope_kind_text(scope.kind), scope=scope.label
            )
        )
        self.chart.set_report(None, translate("FootprintPanel", "Computing the footprint…"))
        self.figures.setText("")
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
        self.figures.setText("" if empty else comparison_text(report))

    def show_failure(self, message: str) -> None:
        self.chart.set_report(None, message)
        self.figures.setText("")


class MatrixPage(QWidget):
    """The challenge matrix of this inventory, evaluated for a period over countries or districts."""

    openRecord = Signal(str, str)  # kind, id: show the record in its page

    def __init__(self, editor: Editor, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.inv = editor.inv
        self.jobs = jobs
        self._serial = 0
        self.job: QueryJob | None = None
        self.footprint_job: QueryJob | None = None
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
        bar.addWidget(self.busy)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress_label, 1)
        outer.addLayout(bar)

        self.heat = HeatMapModel(self)
        self.heat_view = HeatMapView(self)
        self.heat_view.setObjectName("heatMap")
        self.heat_view.setModel(self.heat)
        self.heat_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heat_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.heat_view.setWordWrap(False)
        self.heat_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.heat_view.verticalHeader().setDefaultSectionSize(24)
        self.heat_view.horizontalHeader().setDefaultSectionSize(104)
        self.heat_view.horizontalHeader().setMinimumSectionSize(60)
        # the selected cell keeps its status colour; the selection shows as a frame
        self.heat_view.setStyleSheet(
            "QTableView#heatMap { selection-background-color: transparent; }"
            "QTableView#heatMap::item:selected { border: 2px solid #1d2939; color: black; }"
        )

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
        self.indicator_view.setWordWrap(False)
        header = self.indicator_view.horizontalHeader()
        for i, w in enumerate((200, 56, 78, 110, 170, 90)):
            header.resizeSection(i, w)
        header.setStretchLastSection(True)
        self.flagged_title = QLabel(self)
        self.flagged = FlaggedRecordsModel(self.inv, self)
        self.flagged_view = QTableView(self)
        self.flagged_view.setModel(self.flagged)
        self.flagged_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flagged_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flagged_view.verticalHeader().hide()
        self.flagged_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.flagged_view.verticalHeader().setDefaultSectionSize(22)
        self.flagged_view.horizontalHeader().setStretchLastSection(True)
        self.flagged_view.setToolTip(
            translate("MatrixPage", "Double-click or press Enter to open the record in its page")
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
        self.footprint = FootprintPanel(self.inv.conn, self)
        self.tabs.addTab(self.footprint, translate("MatrixPage", "Footprint"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 480])
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self._show_elapsed)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.cancel_button.clicked.connect(self.cancel)
        self.period.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.where.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.by_district.toggled.connect(lambda _c: self.evaluate())
        self.heat_view.selectionModel().currentChanged.connect(self._cell_changed)
        self.indicator_view.selectionModel().currentChanged.connect(self._indicator_changed)
        self.flagged_view.doubleClicked.connect(self._open_flagged)
        self.flagged_view.activated.connect(self._open_flagged)
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
        return [c for c in distinct_values(self.inv.conn, "site", "country") if c in COUNTRIES]

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
            known = [u.district for u in districts_of(c)]
            found = distinct_values(self.inv.conn, "site", "district", [("country", c)])
            # the official districts first, in their order; any other spelling after them
            ordered = [d for d in known if d in found] + sorted(d for d in found if d not in known)
            out += [Scope("district", d, c) for d in ordered]
        return out

    def current_period(self) -> Period:
        return Period.parse(self.period.currentData())

    # ---- evaluation ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # evaluated when first shown, not when the window opens: a region takes seconds
            QTimer.singleShot(0, self.evaluate)

    def _start(self, fn: Callable[[sqlite3.Connection], Any]) -> QueryJob:
        self._serial += 1
        job = QueryJob(self._serial, self.inv.path, fn)
        return job

    def evaluate(self) -> QueryJob | None:
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
        job = self._start(lambda inv: evaluate(inv, matrix, scopes, period, lang=lang))
        self._pending_scopes, self._pending_period = scopes, period
        self.job = job
        job.finished.connect(self._evaluated)
        job.failed.connect(self._evaluation_failed)
        job.cancelled.connect(self._evaluation_cancelled)
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
        self.jobs.start(job)  # type: ignore[arg-type] - a job in all but its result's type
        return job

    def busy_evaluating(self) -> bool:
        return self.job is not None

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

    @Slot(int, object)
    def _evaluated(self, serial: int, evaluation: Evaluation) -> None:
        if self.job is None or serial != self.job.serial:
            return  # superseded by a newer evaluation
        self.job = None
        self._idle()
        keep = self.heat_view.currentIndex()
        keep_row, keep_scope = (
            keep.row(),
            (self.heat.scopes[keep.column()] if keep.isValid() and keep.column() < len(self.heat.scopes) else None),
        )
        self.evaluated_period = self._pending_period
        self.heat.set_evaluation(evaluation, self._pending_scopes)
        self.heat_view.resizeColumnsToContents()
        for c in range(self.heat.columnCount()):
            self.heat_view.setColumnWidth(c, max(96, self.heat_view.columnWidth(c)))
        self.heat_view.fit_row_titles()
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

    @Slot(int, str)
    def _evaluation_failed(self, serial: int, message: str) -> None:
        if self.job is None or serial != self.job.serial:
            return
        self.job = None
        self._idle()
        self.progress_label.setText(translate("MatrixPage", "The evaluation failed: {error}").format(error=message))

    @Slot(int)
    def _evaluation_cancelled(self, serial: int) -> None:
        if self.job is not None and serial == self.job.serial:
            self.job = None
            self._idle()

    # ---- the selected cell -----------------------------------------------------------------------

    def select_cell(self, row: int, column: int) -> None:
        index = self.heat.index(row, column)
        self.heat_view.setCurrentIndex(index)
        self.heat_view.scrollTo(index)

    def current_result(self) -> RowResult | None:
        i = self.heat_view.currentIndex()
        return self.heat.result(i.row(), i.column()) if i.isValid() else None

    def _cell_changed(self, *_args: object) -> None:
        i = self.heat_view.currentIndex()
        r = self.current_result()
        if r is None or self.heat.evaluation is None:
            self.indicators.set_indicators(())
            self.flagged.set_records("", ())
            return
        scope = self.heat.evaluation.scopes[i.column()]
        where = self.heat.scopes[i.column()]
        if r.indicators:
            self.cell_title.setText(
                translate("MatrixPage", "{row}, {scope}: {n} indicator(s)").format(
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
            self.flagged_title.setText("")
            return
        ind = self.indicators.indicators[row]
        self.flagged.set_records(ind.record_kind, ind.offending_ids)
        n = len(ind.offending_ids)
        self.flagged_title.setText(
            translate("MatrixPage", "{records} flagged: {n} (double-click to open)").format(
                records=entity(ind.record_kind).shown_plural(), n=format_number(n, grouping=True)
            )
            if n
            else translate("MatrixPage", "Nothing flagged")
        )

    def _open_flagged(self, index: Any) -> None:
        rid = self.flagged.record_id(index.row())
        if rid:
            self.openRecord.emit(self.flagged.kind, rid)

    # ---- footprints ------------------------------------------------------------------------------

    def compute_footprint(self, request: tuple[Scope, str | None]) -> QueryJob:
        scope, label = request
        if self.footprint_job is not None:
            self.footprint_job.cancel()
        period = Period.parse(label) if label else (self.evaluated_period or self.current_period())
        job = self._start(lambda inv: footprint_report(inv, scope, period))
        self.footprint_job = job
        job.finished.connect(self._footprint_done)
        job.failed.connect(self._footprint_failed)
        job.cancelled.connect(self._footprint_cancelled)
        self.jobs.start(job)  # type: ignore[arg-type]
        return job

    @Slot(int, object)
    def _footprint_done(self, serial: int, report: FootprintReport) -> None:
        if self.footprint_job is not None and serial == self.footprint_job.serial:
            self.footprint_job = None
            self.footprint.show_report(report)

    @Slot(int, str)
    def _footprint_failed(self, serial: int, message: str) -> None:
        if self.footprint_job is not None and serial == self.footprint_job.serial:
            self.footprint_job = None
            self.footprint.show_failure(
                translate("MatrixPage", "The footprint could not be computed: {error}").format(error=message)
            )

    @Slot(int)
    def _footprint_cancelled(self, serial: int) -> None:
        if self.footprint_job is not None and serial == self.footprint_job.serial:
            self.footprint_job = None

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
