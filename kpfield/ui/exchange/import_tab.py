"""The Exchange page's Import tab: officers' workbooks and filled templates, previewed first.

Choosing files runs the import as a dry run (a job, :mod:`kpfield.ui.jobs`) and shows per file
what it would do and every refused row; Import then imports the files the preview accepted, each
in its own transaction, refusing any file changed since the preview. The service is the one
``kpfield import`` calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kpfield.domain.text import visible
from kpfield.exchange.import_report import file_kind_text
from kpfield.exchange.importer import COUNTS, FileResult, ImportReport, import_workbooks
from kpfield.i18n import format_number
from kpfield.progress import Progress
from kpfield.store import Inventory
from kpfield.store.keys import ALTERED, UNKNOWN_KEY, UNSIGNED, SignatureCheck
from kpfield.store.keys import describe as describe_signature
from kpfield.ui.jobs import Job, JobRunner, Work
from kpfield.ui.qt import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from kpfield.ui.style import icon

from .export_tab import workbooks_filter
from .jobbar import JobBar
from .tables import RowsModel, shown, table_view


def count_titles() -> dict[str, str]:
    """The import report's count columns (``COUNTS`` codes) as their headers read."""
    return {
        "added": translate("ImportTab", "Added"),
        "updated": translate("ImportTab", "Updated"),
        "unchanged": translate("ImportTab", "Unchanged"),
        "conflicted": translate("ImportTab", "Conflicted"),
        "refused": translate("ImportTab", "Refused"),
    }


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
    rows: list[list[str]] = []
    tips: list[str | None] = []
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


def signature_tip(check: SignatureCheck | None) -> str:
    """The signature cell's tooltip: who signed (the registered officer) and the key's fingerprint,
    from the inventory's register of keys; never a file path."""
    if check is None or check.status == UNSIGNED:
        return translate("ImportTab", "Not signed: no officer or key to show")
    lines = []
    if check.status == ALTERED:
        lines.append(translate("ImportTab", "Changed after it was signed"))
    if check.own:
        lines.append(translate("ImportTab", "Signed by: this installation"))
    elif check.officer:
        lines.append(translate("ImportTab", "Signed by: {officer}").format(officer=visible(check.officer)))
    elif check.status == UNKNOWN_KEY:
        lines.append(translate("ImportTab", "Signed by: a key no officer registered in this inventory"))
    if check.fingerprint:
        lines.append(translate("ImportTab", "Key fingerprint: {fingerprint}").format(fingerprint=check.fingerprint))
    return "\n".join(lines)


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


def _import_work(files: list[str], dry_run: bool, expected: dict[str, str], accept_altered: bool) -> Work:
    """A job's work: import (or with ``dry_run`` preview) ``files``; the report.

    ``expected``: each file's SHA-256 at preview; a file changed since is not imported unseen.
    ``accept_altered``: the coordinator's override for workbooks altered after signing (audited)."""

    def work(inv: Inventory, progress: Progress) -> ImportReport:
        report = import_workbooks(
            inv, files, dry_run=dry_run, progress=progress, accept_altered=accept_altered, expected=expected
        )
        progress(len(files), len(files), "")
        return report

    return work


class ImportTab(QWidget):
    """Choose workbooks, preview what the import would do, then import or cancel."""

    imported = Signal()
    committing_changed = Signal(bool)

    def __init__(self, inv: Inventory, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.jobs = jobs
        self.files: list[str] = []
        self.committing = False
        self.preview: ImportReport | None = None
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
        self.files_view = table_view(self.files_model, self, (150, 180, 120, 60, 60, 60, 60, 60))
        # the signature's status is read in full ("signed by a registered officer: Aminata Sesay
        # (3f2a 9c1d ...)"): it wraps in the last column, which takes the width the others leave
        self.files_view.setWordWrap(True)
        self.files_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.files_view.horizontalHeader().setMinimumSectionSize(60)
        # a column made narrower (the window resized) wraps the status over more lines: rows follow
        self.files_view.horizontalHeader().sectionResized.connect(lambda *_a: self.files_view.resizeRowsToContents())
        self.problems_view = table_view(self.problems_model, self, (150, 90, 45, 130, 90, 330))
        split = self.split = QSplitter(Qt.Orientation.Vertical, self)
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
            str(self.inv.path.parent),
            workbooks_filter(importable=True),
        )
        return self.start_preview(files) if files else None

    def start_preview(self, files: Sequence[str]) -> Job | None:
        if self.jobbar.job is not None:
            return None
        self.files = [str(f) for f in files]
        self.preview = None
        job = Job(self.inv.path, _import_work(self.files, True, {}, self.accept_altered.isChecked()))
        job.finished.connect(self._previewed)
        self._running(
            job, self.tr("Checking {n} file(s)…", "", len(self.files)).format(n=len(self.files)), committing=False
        )
        return job

    def _running(self, job: Job, text: str, *, committing: bool) -> None:
        self.committing = committing
        self.committing_changed.emit(committing)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.jobbar.follow(job, text)
        self.jobs.start(job)

    def accepted_files(self) -> list[str]:
        if self.preview is None:
            return []
        return [f.file for f in self.preview.files if not f.refused]

    def _previewed(self, report: ImportReport) -> None:
        self.preview = report
        self.show_report(report)
        accepted = self.accepted_files()
        refused = len(report.files) - len(accepted)
        lines = [
            self.tr("Preview: nothing has been written yet. {n} file(s) can be imported.", "", len(accepted)).format(
                n=len(accepted)
            )
        ]
        if refused:
            lines.append(
                self.tr(
                    "{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.",
                    "",
                    refused,
                ).format(n=refused)
            )
        conflicts = sum(f.counts["conflicted"] for f in report.files if not f.refused)
        if conflicts:
            lines.append(
                self.tr("{n} record(s) would have conflicts, kept aside for the Review tab.", "", conflicts).format(
                    n=format_number(conflicts, grouping=True)
                )
            )
        self.message.setText("\n".join(lines))
        self.import_button.setText(self.tr("Import {n} file(s)", "", len(accepted)).format(n=len(accepted)))
        self.import_button.setEnabled(bool(accepted))
        self.cancel_button.setEnabled(True)
        self.choose_button.setEnabled(True)

    def show_report(self, report: ImportReport) -> None:
        rows, tips = report_files_rows(report)
        signature = len(self.files_model.headers) - 1
        self.files_model.set_rows(
            rows,
            tips,
            {i for i, f in enumerate(report.files) if f.refused},
            {(i, signature): signature_tip(f.signature) for i, f in enumerate(report.files)},
        )
        self._fit_files()
        problems = report_problem_rows(report)
        self.problems_model.set_rows(problems)
        self.problems_title.setText(
            translate("ImportTab", "Refused rows and other problems: {n}").format(
                n=format_number(len(problems), grouping=True)
            )
            if problems
            else translate("ImportTab", "No problems found")
        )

    def _fit_files(self) -> None:
        """Give the files table the height of its rows (their signatures wrap over two to four
        lines), up to half the tabs' height; the problems below take the rest."""
        view = self.files_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(r) for r in range(self.files_model.rowCount()))
        wanted = view.horizontalHeader().height() + rows + 2 * view.frameWidth() + 4
        total = sum(self.split.sizes())
        if total > 0:
            top = max(130, min(wanted, total // 2))
            self.split.setSizes([top, total - top])

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
        job = Job(self.inv.path, _import_work(files, False, expected, self.accept_altered.isChecked()))
        job.finished.connect(self._committed)
        self._running(job, self.tr("Importing {n} file(s)…", "", len(files)).format(n=len(files)), committing=True)
        return job

    def _committed(self, report: ImportReport) -> None:
        self.preview = None
        self.show_report(report)
        written = [f for f in report.files if f.written]
        lines = [
            self.tr("Imported {n} of {total} file(s).", "", len(report.files)).format(
                n=len(written), total=len(report.files)
            )
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

    def _failed(self, message: str) -> None:
        if self.committing:
            self._stopped(translate("ImportTab", "Not imported: {error}").format(error=message))
        else:
            self._stopped(translate("ImportTab", "The preview failed: {error}").format(error=message))

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
