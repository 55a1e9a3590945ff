"""The Exchange page: field workbooks out, officers' workbooks in (previewed first), and the review.

Export and import run as :mod:`kpfield.ui.jobs` jobs: each opens its own connection to the
inventory, reports progress and can be cancelled. Everything goes through the same exchange
services as the command line (``export_field``, ``write_template``, ``import_workbooks``,
``resolve_conflict``, ``merge_records``, ``dismiss_duplicate``), so what the window does is
audited and behaves exactly like ``kpfield import`` or ``kpfield resolve``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.entities import entity
from kpfield.domain.places import COUNTRIES
from kpfield.domain.validation import ValidationError
from kpfield.exchange.export import export_field
from kpfield.exchange.import_report import file_kind_text
from kpfield.exchange.importer import COUNTS, FileResult, ImportReport, import_workbooks
from kpfield.exchange.merge import DELETED
from kpfield.exchange.review import (
    Conflict,
    Duplicate,
    describe,
    dismiss_duplicate,
    merge_records,
    open_conflicts,
    open_duplicates,
    resolve_conflict,
)
from kpfield.exchange.template import write_template
from kpfield.i18n import decimal_separator, format_date, format_number
from kpfield.progress import Progress
from kpfield.store import Inventory, InventoryError
from kpfield.store.keys import describe as describe_signature
from kpfield.ui.jobs import Job, JobRunner
from kpfield.ui.models import LEFT, RIGHT, format_timestamp
from kpfield.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFont,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    translate,
)
from kpfield.ui.style import icon

from .keys_tab import KeysTab

# each language named in itself, as the officer who reads it looks for it
LANGUAGES = (("English", "en"), ("Français", "fr"), ("Português", "pt"), ("Español", "es"))


def workbooks_filter(importable: bool = False) -> str:
    """The file dialogs' filter: the words translated, the patterns as they are. A macro-enabled
    workbook imports too (its macros are never run, and the report says so)."""
    patterns = "(*.xlsx *.xlsm)" if importable else "(*.xlsx)"
    return ";;".join(
        (translate("ExchangePage", "Workbooks") + " " + patterns, translate("ExchangePage", "All files") + " (*)")
    )


def count_titles() -> dict[str, str]:
    """The import report's count columns (``COUNTS`` codes) as their headers read."""
    return {
        "added": translate("ImportTab", "Added"),
        "updated": translate("ImportTab", "Updated"),
        "unchanged": translate("ImportTab", "Unchanged"),
        "conflicted": translate("ImportTab", "Conflicted"),
        "refused": translate("ImportTab", "Refused"),
    }


# ---- table models ------------------------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """A small read-only table (a report, the open conflicts): rows of display texts, held in full.

    These lists are short (a report keeps at most a few thousand problems per file), unlike the
    record tables, which page through SQL.
    """

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.tips: list[str | None] = []
        self.marked: set[int] = set()

    def set_rows(
        self, rows: list[list[str]], tips: list[str | None] | None = None, marked: set[int] | None = None
    ) -> None:
        """``marked``: rows to draw in bold (where two records differ, a refused file)."""
        self.beginResetModel()
        self.rows = rows
        self.tips = tips if tips is not None else [None] * len(rows)
        self.marked = marked or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.rows[index.row()][index.column()]
            return self.tips[index.row()] or (text if len(text) >= 30 else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if index.column() in self.numeric else LEFT)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.marked:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return section + 1
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def shown(value: Any) -> str:
    """A value from a report or a conflict as people read it."""
    if value is None or value == "":
        return translate("ExchangePage", "(empty)")
    if isinstance(value, float):
        text = format_number(value, 4, grouping=True)
        sep = decimal_separator()
        return text.rstrip("0").rstrip(sep) if sep in text else text
    return str(value)


def field_label(kind: str, name: str) -> str:
    if name == DELETED:
        return translate("ExchangePage", "Deleted")
    try:
        return entity(kind).label_of(name)
    except KeyError:
        return name


def file_result_text(f: FileResult, dry_run: bool) -> str:
    if f.error:
        if dry_run:
            return translate("ImportTab", "REFUSED: nothing will be written")
        return translate("ImportTab", "REFUSED: nothing written")
    if f.refused:
        n = format_number(f.issue_count, grouping=True)
        if dry_run:
            return translate("ImportTab", "REFUSED ({n} problem(s)): nothing will be written").format(n=n)
        return translate("ImportTab", "REFUSED ({n} problem(s)): nothing written").format(n=n)
    if dry_run:
        return translate("ImportTab", "accepted (preview)")
    if not any(f.counts[k] for k in ("added", "updated", "conflicted")):
        return translate("ImportTab", "nothing new")
    return translate("ImportTab", "imported")


def report_files_rows(report: ImportReport) -> tuple[list[list[str]], list[str | None]]:
    rows, tips = [], []
    for f in report.files:
        rows.append(
            [
                Path(f.file).name,
                file_result_text(f, report.dry_run),
                f.officer or (file_kind_text(f.kind) if f.kind else ""),
                *(format_number(f.counts[k], grouping=True) for k in COUNTS),
                describe_signature(f.signature) if f.signature else "",
            ]
        )
        tips.append("\n".join([f.file, *(f.error and [f.error] or []), *f.notes[:20]]))
    return rows, tips


def report_problem_rows(report: ImportReport) -> list[list[str]]:
    rows = []
    for f in report.files:
        name = Path(f.file).name
        if f.error:
            fix = translate("ImportTab", "Check that it is a field workbook or a filled template")
            rows.append([name, "", "", "", "", f.error, fix])
        for i in f.issues:
            rows.append(
                [name, i.sheet, "" if i.row is None else str(i.row), i.column or "", shown(i.value), i.message, i.fix]
            )
        if f.issue_count > len(f.issues):
            more = format_number(f.issue_count - len(f.issues), grouping=True)
            rows.append([name, "", "", "", "", translate("ImportTab", "… {n} more problems").format(n=more), ""])
    return rows


# ---- jobs ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a job leaves for the window (a job's ``finished`` signal carries only a message)."""

    value: Any = None
    items: list[Any] = field(default_factory=list)


def export_task(output: Path, country: str | None, since: str | None, outcome: Outcome) -> Callable[..., str]:
    def task(path: Path, progress: Progress) -> str:
        with Inventory.open(path) as inv:
            # export_field removes its partial file when cancelled
            result = export_field(inv, output, country=country, since=since, progress=progress)
        outcome.value = result
        return translate("ExportTab", "Wrote {file}: {n} records").format(
            file=result.path.name, n=format_number(result.rows, grouping=True)
        )

    return task


def template_task(output: Path, lang: str) -> Callable[..., str]:
    def task(_path: Path, progress: Progress) -> str:
        written = write_template(output, lang)
        progress(1, 1, "")
        return translate("ExportTab", "Wrote the blank template {file}").format(file=written.name)

    return task


def import_task(
    files: list[str], dry_run: bool, outcome: Outcome, expected: dict[str, str], accept_altered: bool = False
) -> Callable[..., str]:
    """``expected``: each file's SHA-256 at preview; a file changed since is not imported unseen.
    ``accept_altered``: the coordinator's override for workbooks altered after signing (audited)."""

    def task(path: Path, progress: Progress) -> str:
        with Inventory.open(path) as inv:
            report = import_workbooks(
                inv, files, dry_run=dry_run, progress=progress, accept_altered=accept_altered, expected=expected
            )
        progress(len(files), len(files), "")
        outcome.value = report
        return "preview ready" if dry_run else "imported"

    return task


# ---- the page --------------------------------------------------------------------------------------


def _table(model: QAbstractTableModel, parent: QWidget, widths: Sequence[int] = ()) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for i, w in enumerate(widths):
        # never narrower than the column's title, which is longer in some languages ("Adicionados")
        header.resizeSection(i, max(w, header.sectionSizeHint(i)))
    return view


class JobBar(QWidget):
    """A job's progress and its Cancel button, shown while it runs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(translate("JobBar", "Cancel"), self)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.job: Job | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: Job, text: str) -> None:
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        job.progress.connect(self._progress)
        for sig in (job.finished, job.failed, job.cancelled):
            sig.connect(self._ended)
        self.show()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(translate("JobBar", "{task} (cancelling…)").format(task=self.label.text()))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    @Slot()
    def _ended(self, *_args: object) -> None:
        self.job = None
        self.hide()


class ExportTab(QWidget):
    def __init__(self, page: ExchangePage):
        super().__init__(page)
        self.page = page
        row = QHBoxLayout(self)
        column = QWidget(self)
        # a form, not a table: kept to a readable width rather than stretched across the screen
        column.setMaximumWidth(760)
        row.addWidget(column, 1)
        row.addStretch(0)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(
            translate("ExportTab", "Field workbook: this inventory's records for the coordinator or another kpfield"),
            self,
        )
        form = QFormLayout(box)
        self.country = QComboBox(box)
        self.country.addItem(translate("ExportTab", "All countries"), None)
        for code, c in COUNTRIES.items():
            self.country.addItem(f"{code} · {c.name}", code)
        self.since = QLineEdit(box)
        self.since.setPlaceholderText(
            translate("ExportTab", "all records; or only those changed since a date, e.g. {example}").format(
                example=format_date("2026-01-01")
            )
        )
        self.export_button = QPushButton(icon("backup"), translate("ExportTab", "Export field workbook…"), box)
        form.addRow(
            self._note(
                box,
                translate(
                    "ExportTab",
                    "Every record with its UUID, version and deletions, and an _about sheet "
                    "(who, when, row counts, a SHA-256 of the data), so the receiver merges it without duplicates.",
                ),
            )
        )
        form.addRow(translate("ExportTab", "Country"), self.country)
        form.addRow(translate("ExportTab", "Changed since"), self.since)
        form.addRow("", self.export_button)
        outer.addWidget(box)

        box = QGroupBox(
            translate("ExportTab", "Blank template: the same sheets, empty, for an officer without kpfield"), self
        )
        form = QFormLayout(box)
        self.lang = QComboBox(box)
        for label, code in LANGUAGES:
            self.lang.addItem(label, code)
        self.template_button = QPushButton(icon("file"), translate("ExportTab", "Write blank template…"), box)
        form.addRow(
            self._note(
                box,
                translate(
                    "ExportTab",
                    "Headers in the officer's language, drop-down lists, date and number checks, "
                    "and an instructions sheet. Import the filled workbook on the Import tab.",
                ),
            )
        )
        form.addRow(translate("ExportTab", "Headers in"), self.lang)
        form.addRow("", self.template_button)
        outer.addWidget(box)
        self.jobbar = JobBar(self)
        outer.addWidget(self.jobbar)
        self.message = QLabel(self)
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.export_button.clicked.connect(lambda _c=False: self.export_field())
        self.template_button.clicked.connect(lambda _c=False: self.write_template())
        self.outcome = Outcome()

    @staticmethod
    def _note(parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("pageCount")  # the muted style of the pages' counts
        label.setWordWrap(True)
        return label

    def _since(self) -> str | None:
        text = self.since.text().strip()
        if not text:
            return None
        try:
            day = parse_date(text).isoformat()
        except (DateError, ValueError) as e:
            raise ValueError(
                translate(
                    "ExportTab", "'{text}' is not a date kpfield can read: type it as 2026-01-31 or 31/01/2026"
                ).format(text=text)
            ) from e
        self.since.setText(format_date(day))
        return day

    def export_field(self) -> Job | None:
        try:
            since = self._since()
        except ValueError as e:
            self.message.setText(str(e))
            return None
        country = self.country.currentData()
        inv = self.page.inv
        suggested = inv.path.with_name(f"{inv.path.stem}-{country or 'all'}-field.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ExportTab", "Export field workbook"), str(suggested), workbooks_filter()
        )
        if not path:
            return None
        self.outcome = Outcome()
        return self._start(export_task(Path(path), country, since, self.outcome), translate("ExportTab", "Exporting…"))

    def write_template(self) -> Job | None:
        lang = self.lang.currentData()
        suggested = self.page.inv.path.with_name(f"kpfield-template-{lang}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ExportTab", "Write blank template"), str(suggested), workbooks_filter()
        )
        if not path:
            return None
        self.outcome = Outcome()  # a template leaves no export result behind
        return self._start(template_task(Path(path), lang), translate("ExportTab", "Writing the template…"))

    def _start(self, task: Callable[..., str], text: str) -> Job | None:
        if self.jobbar.job is not None:
            return None
        job = Job(self.page.inv.path, task)
        self.jobbar.follow(job, text)
        self.export_button.setEnabled(False)
        self.template_button.setEnabled(False)
        self.message.setText("")
        # bound slots, never lambdas: a lambda would run in the job's thread and touch widgets there
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.page.jobs.start(job)
        return job

    @Slot(str)
    def _done(self, message: str) -> None:
        result = self.outcome.value  # set by an export only
        if result is not None and result.path.exists():
            lines = [f"{message} ({result.path})"]
            lines += [f"{title}: {format_number(n, grouping=True)}" for title, _kind, n in result.sheets]
            lines.append(translate("ExportTab", "Data SHA-256 {sha256}").format(sha256=result.sha256))
            lines.append(
                translate("ExchangePage", "Signed with this installation's key {fingerprint}").format(
                    fingerprint=result.fingerprint
                )
            )
            if result.key_made:
                lines.append(
                    translate(
                        "ExchangePage",
                        "This installation's signing key was made now: send your key file "
                        "(kpfield identity --export) to your coordinator",
                    )
                )
            message = "\n".join(lines)
            self.outcome.value = None
        self._ended(message)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._ended(translate("ExportTab", "Not written: {error}").format(error=message))

    @Slot()
    def _cancelled(self) -> None:
        self._ended(translate("ExportTab", "Cancelled; no file was written"))

    def _ended(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.template_button.setEnabled(True)
        self.message.setText(message)


class ImportTab(QWidget):
    """Choose workbooks, preview what the import would do, then import or cancel."""

    imported = Signal()
    committing_changed = Signal(bool)

    def __init__(self, page: ExchangePage):
        super().__init__(page)
        self.page = page
        self.files: list[str] = []
        self.committing = False
        self.preview: ImportReport | None = None
        self.outcome = Outcome()
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        self.choose_button = QPushButton(icon("open"), translate("ImportTab", "Choose workbooks…"), self)
        self.import_button = QPushButton(icon("backup"), translate("ImportTab", "Import"), self)
        self.cancel_button = QPushButton(translate("ImportTab", "Cancel"), self)
        self.accept_altered = QCheckBox(
            translate("ExchangePage", "Accept workbooks altered after signing (written to the audit log)"), self
        )
        self.accept_altered.setToolTip(
            translate(
                "ExchangePage",
                "A signed workbook whose data or _about sheet changed after the officer exported it is refused. "
                "Tick this only when you know why it changed; each such import is recorded in the audit log.",
            )
        )
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.choose_button)
        row.addWidget(self.accept_altered)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        outer.addLayout(row)
        self.jobbar = JobBar(self)
        outer.addWidget(self.jobbar)
        self.message = QLabel(
            translate(
                "ImportTab",
                "Choose one or more field workbooks or filled templates. kpfield first shows what the import "
                "would do; nothing is written until you press Import. A file with any refused row is not "
                "imported at all.",
            ),
            self,
        )
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        counts = count_titles()
        self.files_model = RowsModel(
            [
                translate("ImportTab", "File"),
                translate("ImportTab", "Result"),
                translate("ImportTab", "From"),
                *(counts[c] for c in COUNTS),
                translate("ExchangePage", "Signature"),
            ],
            numeric=range(3, 3 + len(COUNTS)),
            parent=self,
        )
        self.problems_model = RowsModel(
            [
                translate("ImportTab", "File"),
                translate("ImportTab", "Sheet"),
                translate("ImportTab", "Row"),
                translate("ImportTab", "Column"),
                translate("ImportTab", "Value"),
                translate("ImportTab", "Problem"),
                translate("ImportTab", "What to do"),
            ],
            numeric=(2,),
            parent=self,
        )
        self.files_view = _table(self.files_model, self, (190, 330, 150, 80, 80, 95, 95, 80))
        self.problems_view = _table(self.problems_model, self, (150, 90, 45, 130, 90, 330))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.files_view)
        holder = QWidget(split)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 4, 0, 0)
        self.problems_title = QLabel(translate("ImportTab", "Refused rows and other problems"), holder)
        col.addWidget(self.problems_title)
        col.addWidget(self.problems_view, 1)
        split.addWidget(holder)
        split.setSizes([130, 330])
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.choose_button.clicked.connect(lambda _c=False: self.choose())
        self.import_button.clicked.connect(lambda _c=False: self.commit())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel_preview())
        self.accept_altered.toggled.connect(lambda _on: self._override_changed())

    def _override_changed(self) -> None:
        """The preview shows what the import will do, so it is made again with the new choice."""
        if self.files and self.preview is not None and self.jobbar.job is None:
            self.start_preview(self.files)

    def choose(self) -> Job | None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("ImportTab", "Choose workbooks to import"),
            str(self.page.inv.path.parent),
            workbooks_filter(importable=True),
        )
        return self.start_preview(files) if files else None

    def start_preview(self, files: Sequence[str]) -> Job | None:
        if self.jobbar.job is not None:
            return None
        self.files = [str(f) for f in files]
        self.preview = None
        self.outcome = Outcome()
        job = Job(self.page.inv.path, import_task(self.files, True, self.outcome, {}, self.accept_altered.isChecked()))
        job.finished.connect(self._previewed)
        self._running(job, translate("ImportTab", "Checking {n} file(s)…").format(n=len(self.files)), committing=False)
        return job

    def _running(self, job: Job, text: str, *, committing: bool) -> None:
        self.committing = committing
        self.committing_changed.emit(committing)
        # bound slots, never lambdas: a lambda would run in the job's thread and touch widgets there
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.jobbar.follow(job, text)
        self.page.jobs.start(job)

    def accepted_files(self) -> list[str]:
        if self.preview is None:
            return []
        return [f.file for f in self.preview.files if not f.refused]

    @Slot(str)
    def _previewed(self, _message: str) -> None:
        report: ImportReport = self.outcome.value
        self.preview = report
        self.show_report(report)
        accepted = self.accepted_files()
        refused = len(report.files) - len(accepted)
        lines = [
            translate("ImportTab", "Preview: nothing has been written yet. {n} file(s) can be imported.").format(
                n=len(accepted)
            )
        ]
        if refused:
            lines.append(
                translate(
                    "ImportTab",
                    "{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.",
                ).format(n=refused)
            )
        conflicts = sum(f.counts["conflicted"] for f in report.files if not f.refused)
        if conflicts:
            lines.append(
                translate("ImportTab", "{n} record(s) would have conflicts, kept aside for the Review tab.").format(
                    n=format_number(conflicts, grouping=True)
                )
            )
        self.message.setText("\n".join(lines))
        self.import_button.setText(translate("ImportTab", "Import {n} file(s)").format(n=len(accepted)))
        self.import_button.setEnabled(bool(accepted))
        self.cancel_button.setEnabled(True)
        self.choose_button.setEnabled(True)

    def show_report(self, report: ImportReport) -> None:
        rows, tips = report_files_rows(report)
        self.files_model.set_rows(rows, tips, {i for i, f in enumerate(report.files) if f.refused})
        problems = report_problem_rows(report)
        self.problems_model.set_rows(problems)
        self.problems_title.setText(
            translate("ImportTab", "Refused rows and other problems: {n}").format(
                n=format_number(len(problems), grouping=True)
            )
            if problems
            else translate("ImportTab", "No problems found")
        )

    def cancel_preview(self) -> None:
        self.preview = None
        self.files = []
        self.files_model.set_rows([])
        self.problems_model.set_rows([])
        self.problems_title.setText(translate("ImportTab", "Refused rows and other problems"))
        self.import_button.setText(translate("ImportTab", "Import"))
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.message.setText(translate("ImportTab", "Import cancelled; the inventory is unchanged."))

    def commit(self) -> Job | None:
        files = self.accepted_files()
        if not files or self.jobbar.job is not None or self.preview is None:
            return None
        expected = {f.file: f.sha256 for f in self.preview.files}
        self.outcome = Outcome()
        job = Job(
            self.page.inv.path, import_task(files, False, self.outcome, expected, self.accept_altered.isChecked())
        )
        job.finished.connect(self._committed)
        self._running(job, translate("ImportTab", "Importing {n} file(s)…").format(n=len(files)), committing=True)
        return job

    @Slot(str)
    def _committed(self, _message: str) -> None:
        report: ImportReport = self.outcome.value
        self.preview = None
        self.show_report(report)
        written = [f for f in report.files if f.written]
        lines = [
            translate("ImportTab", "Imported {n} of {total} file(s).").format(n=len(written), total=len(report.files))
        ]
        if report.backup:
            lines.append(translate("ImportTab", "Backup taken before the import: {path}").format(path=report.backup))
        if not report.ok:
            lines.append(translate("ImportTab", "Some files were refused at import; nothing from them was written."))
        self.message.setText("\n".join(lines))
        self.import_button.setText(translate("ImportTab", "Import"))
        self.choose_button.setEnabled(True)
        self.committing_changed.emit(False)
        self.imported.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self.committing:
            self._stopped(translate("ImportTab", "Not imported: {error}").format(error=message))
        else:
            self._stopped(translate("ImportTab", "The preview failed: {error}").format(error=message))

    @Slot()
    def _cancelled(self) -> None:
        if self.committing:
            self._stopped(
                translate(
                    "ImportTab", "Import cancelled; files imported before the cancel stay imported, the others were not"
                )
            )
            self.imported.emit()  # those files changed records: the tables must show them
        else:
            self._stopped(translate("ImportTab", "Preview cancelled; nothing was written"))

    def _stopped(self, message: str) -> None:
        self.committing_changed.emit(False)
        self.message.setText(message)
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.accepted_files()))
        self.cancel_button.setEnabled(self.preview is not None)


def _when(record: dict[str, Any]) -> str:
    at = str(record.get("modified_at") or "")
    if not at:
        return ""
    return translate("ReviewTab", "{when} UTC, version {version}").format(
        when=format_timestamp(at), version=record.get("version")
    )


class ReviewTab(QWidget):
    """Open conflicts (base, ours, theirs) and probable duplicates, side by side."""

    changed = Signal()

    def __init__(self, page: ExchangePage):
        super().__init__(page)
        self.page = page
        self.conflicts: list[Conflict] = []
        self.duplicates: list[Duplicate] = []
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)

        box = QGroupBox(
            translate("ReviewTab", "Open conflicts: the same field changed differently on both sides"), split
        )
        col = QVBoxLayout(box)
        self.conflicts_model = RowsModel(
            [
                translate("ReviewTab", "Record"),
                translate("ReviewTab", "Field"),
                translate("ReviewTab", "Base"),
                translate("ReviewTab", "Ours (here)"),
                translate("ReviewTab", "Theirs (incoming)"),
                translate("ReviewTab", "From"),
            ],
            parent=self,
        )
        self.conflicts_view = _table(self.conflicts_model, box, (220, 130, 140, 140, 140))
        col.addWidget(self.conflicts_view, 1)
        row = QHBoxLayout()
        self.ours_button = QPushButton(translate("ReviewTab", "Keep ours"), box)
        self.theirs_button = QPushButton(translate("ReviewTab", "Take theirs"), box)
        self.value_edit = QLineEdit(box)
        self.value_edit.setPlaceholderText(translate("ReviewTab", "or type the right value"))
        self.value_button = QPushButton(translate("ReviewTab", "Use this value"), box)
        for w in (self.ours_button, self.theirs_button):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.value_button)
        col.addLayout(row)
        split.addWidget(box)

        box = QGroupBox(translate("ReviewTab", "Probable duplicates: two records that may be one"), split)
        grid = QHBoxLayout(box)
        self.duplicates_model = RowsModel(
            [
                translate("ReviewTab", "Kind"),
                translate("ReviewTab", "Record A"),
                translate("ReviewTab", "Record B"),
                translate("ReviewTab", "Why"),
            ],
            parent=self,
        )
        self.duplicates_view = _table(self.duplicates_model, box, (65, 135, 135))
        grid.addWidget(self.duplicates_view, 2)
        right = QVBoxLayout()
        self.sides_model = RowsModel(
            [translate("ReviewTab", "Field"), translate("ReviewTab", "Record A"), translate("ReviewTab", "Record B")],
            parent=self,
        )
        self.sides_view = _table(self.sides_model, box, (120, 210))
        self.sides_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        right.addWidget(self.sides_view, 1)
        buttons = QHBoxLayout()
        self.merge_a_button = QPushButton(translate("ReviewTab", "Merge, keep A"), box)
        self.merge_b_button = QPushButton(translate("ReviewTab", "Merge, keep B"), box)
        self.dismiss_button = QPushButton(translate("ReviewTab", "Not the same: dismiss"), box)
        for w in (self.merge_a_button, self.merge_b_button, self.dismiss_button):
            buttons.addWidget(w)
        right.addLayout(buttons)
        grid.addLayout(right, 3)
        split.addWidget(box)
        split.setSizes([200, 360])
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        self.ours_button.clicked.connect(lambda _c=False: self.resolve("ours"))
        self.theirs_button.clicked.connect(lambda _c=False: self.resolve("theirs"))
        self.value_button.clicked.connect(lambda _c=False: self.resolve("value"))
        self.value_edit.returnPressed.connect(lambda: self.resolve("value"))
        self.merge_a_button.clicked.connect(lambda _c=False: self.merge(keep_a=True))
        self.merge_b_button.clicked.connect(lambda _c=False: self.merge(keep_a=False))
        self.dismiss_button.clicked.connect(lambda _c=False: self.dismiss())
        self.conflicts_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.duplicates_view.selectionModel().selectionChanged.connect(lambda *_a: self._show_sides())
        self.reload()

    def reload(self) -> None:
        inv = self.page.inv
        self.conflicts = open_conflicts(inv)
        self.duplicates = open_duplicates(inv)
        self.conflicts_model.set_rows(
            [
                [
                    f"{entity(c.kind).shown_label()} {describe(inv, c.kind, c.record_id)}",
                    field_label(c.kind, c.field),
                    shown(c.base),
                    shown(c.ours),
                    shown(c.theirs),
                    c.file or c.peer or "",
                ]
                for c in self.conflicts
            ],
            [
                translate("ReviewTab", "{kind} {record}, conflict {conflict} of {when} UTC").format(
                    kind=c.kind, record=c.record_id, conflict=c.id, when=format_timestamp(c.at)
                )
                for c in self.conflicts
            ],
        )
        self.duplicates_model.set_rows(
            [[entity(d.kind).shown_label(), d.a_label, d.b_label, d.why] for d in self.duplicates],
            [f"{d.a} / {d.b}" for d in self.duplicates],
        )
        if self.conflicts:
            self.conflicts_view.selectRow(0)
        if self.duplicates:
            self.duplicates_view.selectRow(0)
        self._show_sides()
        self._update_buttons()

    def current_conflict(self) -> Conflict | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def current_duplicate(self) -> Duplicate | None:
        rows = self.duplicates_view.selectionModel().selectedRows()
        return self.duplicates[rows[0].row()] if rows and rows[0].row() < len(self.duplicates) else None

    def _update_buttons(self) -> None:
        has = self.current_conflict() is not None
        for w in (self.ours_button, self.theirs_button, self.value_button, self.value_edit):
            w.setEnabled(has)
        dup = self.current_duplicate() is not None
        for w in (self.merge_a_button, self.merge_b_button, self.dismiss_button):
            w.setEnabled(dup)

    def _show_sides(self) -> None:
        d = self.current_duplicate()
        rows: list[list[str]] = []
        differ: set[int] = set()
        if d is not None:
            ent = entity(d.kind)
            a = self.page.inv.get(d.kind, d.a, include_deleted=True) or {}
            b = self.page.inv.get(d.kind, d.b, include_deleted=True) or {}
            for f in ent.fields:
                va, vb = a.get(f.name), b.get(f.name)
                if va in (None, "") and vb in (None, ""):
                    continue
                if va != vb:
                    differ.add(len(rows))
                rows.append([ent.label_of(f.name), "" if va is None else str(va), "" if vb is None else str(vb)])
            rows.append([translate("ReviewTab", "Last changed"), _when(a), _when(b)])
            rows.append(
                [
                    translate("ReviewTab", "Installation"),
                    "…" + str(a.get("origin", ""))[-12:],
                    "…" + str(b.get("origin", ""))[-12:],
                ]
            )
        self.sides_model.set_rows(rows, marked=differ)
        self._update_buttons()

    def _after(self, message: str) -> None:
        self.message.setText(message)
        self.value_edit.clear()
        self.reload()
        self.changed.emit()

    def resolve(self, choice: str) -> str | None:
        c = self.current_conflict()
        if c is None:
            return None
        value = self.value_edit.text().strip() if choice == "value" else None
        if choice == "value" and not value:
            self.message.setText(
                translate("ReviewTab", "Type the value to keep first, or choose Keep ours or Take theirs.")
            )
            return None
        try:
            done = resolve_conflict(self.page.inv, c.id, choice, value)
        except (ValidationError, InventoryError, ValueError) as e:
            self.message.setText(translate("ReviewTab", "Not settled: {error}").format(error=e))
            return None
        self._after(
            translate("ReviewTab", "Conflict settled ({field}): {result}").format(
                field=field_label(c.kind, c.field), result=done
            )
        )
        return done

    def merge(self, *, keep_a: bool) -> str | None:
        d = self.current_duplicate()
        if d is None:
            return None
        keep, other = (d.a, d.b) if keep_a else (d.b, d.a)
        try:
            done = merge_records(self.page.inv, keep, other)
        except (ValidationError, InventoryError) as e:
            self.message.setText(translate("ReviewTab", "Not merged: {error}").format(error=e))
            return None
        self._after(done)
        return done

    def dismiss(self) -> str | None:
        d = self.current_duplicate()
        if d is None:
            return None
        try:
            done = dismiss_duplicate(self.page.inv, d.id)
        except InventoryError as e:
            self.message.setText(translate("ReviewTab", "Not dismissed: {error}").format(error=e))
            return None
        self._after(done)
        return done


class ExchangePage(QWidget):
    """Export, import (previewed), review. ``recordsChanged``: records were written outside the forms."""

    recordsChanged = Signal()

    def __init__(self, inv: Inventory, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.jobs = jobs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        title = QLabel(translate("ExchangePage", "Exchange"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.tabs = QTabWidget(self)
        self.export_tab = ExportTab(self)
        self.import_tab = ImportTab(self)
        self.review_tab = ReviewTab(self)
        self.keys_tab = KeysTab(inv, self)
        self.tabs.addTab(self.export_tab, translate("ExchangePage", "Export"))
        self.tabs.addTab(self.import_tab, translate("ExchangePage", "Import"))
        self.tabs.addTab(self.review_tab, translate("ExchangePage", "Review"))
        self.tabs.addTab(self.keys_tab, translate("ExchangePage", "Officers' keys"))
        outer.addWidget(self.tabs, 1)
        self.import_tab.imported.connect(self._imported)
        # while an import writes, a settlement would wait on its lock with the window frozen
        self.import_tab.committing_changed.connect(lambda busy: self.review_tab.setEnabled(not busy))
        self.review_tab.changed.connect(self._reviewed)
        self._update_review_title()

    def _update_review_title(self) -> None:
        n = len(self.review_tab.conflicts) + len(self.review_tab.duplicates)
        self.tabs.setTabText(
            2, translate("ExchangePage", "Review ({n})").format(n=n) if n else translate("ExchangePage", "Review")
        )

    def _imported(self) -> None:
        self.review_tab.reload()
        self._update_review_title()
        self.recordsChanged.emit()

    def _reviewed(self) -> None:
        self._update_review_title()
        self.recordsChanged.emit()
