"""The Exchange page's Export tab: this inventory's records as a field workbook for the
coordinator or another kpfield, and blank templates for officers without kpfield.

Both are written by jobs (:mod:`kpfield.ui.jobs`) through the same services as ``kpfield export``
and ``kpfield template``.
"""

from __future__ import annotations

from pathlib import Path

from kpfield import i18n
from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.periods import Period
from kpfield.domain.places import COUNTRIES
from kpfield.exchange.export import ExportResult, export_field
from kpfield.exchange.template import write_template
from kpfield.i18n import format_date, format_number
from kpfield.progress import Progress
from kpfield.report.submissions import Submission, write_submissions
from kpfield.store import Inventory
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
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from kpfield.ui.style import icon

from .jobbar import JobBar


def workbooks_filter(importable: bool = False) -> str:
    """The file dialogs' filter: the words translated, the patterns as they are. A macro-enabled
    workbook imports too (its macros are never run, and the report says so)."""
    patterns = "(*.xlsx *.xlsm)" if importable else "(*.xlsx)"
    return ";;".join(
        (translate("ExchangePage", "Workbooks") + " " + patterns, translate("ExchangePage", "All files") + " (*)")
    )


def _template_work(output: Path, lang: str) -> Work:
    """A job's work: the blank template in ``lang`` (it needs no inventory); the file written."""

    def work(_inv: None, progress: Progress) -> Path:
        written = write_template(output, lang)
        progress(1, 1, "")
        return written

    return work


class ExportTab(QWidget):
    """This inventory's records as a field workbook, or a blank template, written by a job."""

    def __init__(self, inv: Inventory, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.jobs = jobs
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
        for code, c in COUNTRIES.items():  # named in the window's language, as on the record pages
            self.country.addItem(f"{code} · {c.shown_name()}", code)
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
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.lang.addItem(name, code)
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

        box = QGroupBox(translate("ExportTab", "Submissions: who has sent what, and who is late"), self)
        form = QFormLayout(box)
        self.submissions_button = QPushButton(icon("file"), translate("ExportTab", "Write submissions report…"), box)
        form.addRow(
            self._note(
                box,
                translate(
                    "ExportTab",
                    "Per officer and district: the last workbook received, signed or not, its records and the "
                    "production it covers; late: nothing received since the current half-year began.",
                ),
            )
        )
        form.addRow("", self.submissions_button)
        outer.addWidget(box)

        box = QGroupBox(translate("ExportTab", "What changed, and the package to send"), self)
        form = QFormLayout(box)
        self.changes_button = QPushButton(icon("file"), translate("ExportTab", "Write what changed…"), box)
        self.package_button = QPushButton(icon("backup"), translate("ExportTab", "Write package…"), box)
        form.addRow(
            self._note(
                box,
                translate(
                    "ExportTab",
                    "What an officer's last workbook brought, or every change since a day; and one zip for a "
                    "WGAAP region and period: inventory workbook, PDF, imports, submissions and a README.",
                ),
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.package_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
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
        self.submissions_button.clicked.connect(lambda _c=False: self.write_submissions())
        self.changes_button.clicked.connect(lambda _c=False: self.write_changes())
        self.package_button.clicked.connect(lambda _c=False: self.write_package())

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
        suggested = self.inv.path.with_name(f"{self.inv.path.stem}-{country or 'all'}-field.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ExportTab", "Export field workbook"), str(suggested), workbooks_filter()
        )
        if not path:
            return None
        output = Path(path)
        # export_field removes its partial file when cancelled
        job = Job(
            self.inv.path,
            lambda inv, progress: export_field(inv, output, country=country, since=since, progress=progress),
        )
        job.finished.connect(self._exported)
        return self._start(job, translate("ExportTab", "Exporting…"))

    def write_template(self) -> Job | None:
        lang = self.lang.currentData()
        suggested = self.inv.path.with_name(f"kpfield-template-{lang}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ExportTab", "Write blank template"), str(suggested), workbooks_filter()
        )
        if not path:
            return None
        job = Job(None, _template_work(Path(path), lang))
        job.finished.connect(self._template_written)
        return self._start(job, translate("ExportTab", "Writing the template…"))

    def write_submissions(self, path: Path | None = None) -> Job | None:
        """The submissions workbook (``kpfield report submissions``), written in the background."""
        if path is None:
            suggested = self.inv.path.with_name(f"{self.inv.path.stem}-submissions.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("ExportTab", "Write submissions report"), str(suggested), workbooks_filter()
            )
            if not chosen:
                return None
            path = Path(chosen)
        output = path
        job = Job(self.inv.path, lambda inv, progress: write_submissions(inv, output))
        job.finished.connect(lambda result: self._submissions_written(output, result))
        return self._start(job, translate("ExportTab", "Writing the submissions report…"))

    def _submissions_written(self, output: Path, result: tuple[Period, list[Submission]]) -> None:
        current, subs = result
        late = [s.officer for s in subs if s.late]
        message = translate("ExportTab", "Wrote {file}: {n} officers, {late} late for {half}").format(
            file=output.name, n=len(subs), late=len(late), half=current.label
        )
        if late:
            message += "\n" + translate("ExportTab", "Late: {names}").format(names=", ".join(late))
        self._ended(message)

    def write_changes(self, request: ChangesRequest | None = None) -> Job | None:
        """What changed (``kpfield report changes``), asked for in a dialog and written in the background."""
        if self.jobbar.job is not None:
            return None
        request = request or ChangesDialog.ask(self.inv, self)
        if request is None:
            return None
        job = Job(self.inv.path, changes_work(request), readonly=True)
        job.finished.connect(lambda result: self._ended(changes_message(request.output, result)))
        return self._start(job, translate("ExportTab", "Writing what changed…"))

    def write_package(self, request: PackageRequest | None = None) -> Job | None:
        """The package to send (``kpfield export package``), asked for in a dialog and written in the background."""
        if self.jobbar.job is not None:
            return None
        request = request or PackageDialog.ask(self.inv, parent=self)
        if request is None:
            return None
        job = Job(self.inv.path, package_work(request, package_maps(self.inv, request)), readonly=True)
        job.finished.connect(lambda package: self._ended(package_message(package)))
        return self._start(job, translate("ExportTab", "Writing the package…"))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.export_button,
            self.template_button,
            self.submissions_button,
            self.changes_button,
            self.package_button,
        )

    def _start(self, job: Job, text: str) -> Job | None:
        if self.jobbar.job is not None:
            return None
        self.jobbar.follow(job, text)
        for button in self._buttons():
            button.setEnabled(False)
        self.message.setText("")
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.jobs.start(job)
        return job

    def _exported(self, result: ExportResult) -> None:
        message = self.tr("Wrote {file}: {n} record(s)", "", result.rows).format(
            file=result.path.name, n=format_number(result.rows, grouping=True)
        )
        if result.path.exists():
            lines = [f"{message} ({result.path})"]
            lines += [f"{title}: {format_number(n, grouping=True)}" for title, _kind, n in result.sheets]
            lines.append(translate("ExportTab", "Data SHA-256 {sha256}").format(sha256=result.sha256))
            if result.unsigned_because:
                lines.append(
                    translate("ExchangePage", "Not signed: {why}. It imports as unsigned.").format(
                        why=result.unsigned_because
                    )
                )
            else:
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
        self._ended(message)

    def _template_written(self, written: Path) -> None:
        self._ended(translate("ExportTab", "Wrote the blank template {file}").format(file=written.name))

    def _failed(self, message: str) -> None:
        self._ended(translate("ExportTab", "Not written: {error}").format(error=message))

    def _cancelled(self) -> None:
        self._ended(translate("ExportTab", "Cancelled; no file was written"))

    def _ended(self, message: str) -> None:
        for button in self._buttons():
            button.setEnabled(True)
        self.message.setText(message)
