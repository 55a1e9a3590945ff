"""The coordinator's reports of the command line, from the window: what changed (``kpfield report
changes``) and the package to send (``kpfield export package``).

Each has a small dialog for its choices (an officer or a day for the changes; a WGAAP region, a
period and a language for the package) and a job's work (:mod:`kpfield.ui.jobs`) calling the same
service as the command. The Exchange page's Export tab and the Challenge matrix page offer both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kpfield import i18n
from kpfield.domain.dates import DateError, parse_since
from kpfield.domain.periods import Period
from kpfield.domain.places import REGION_NAMES, region_name
from kpfield.i18n import format_date, format_number
from kpfield.progress import Progress
from kpfield.report.changes import officer_scope, officers_with_workbooks, since_scope, write_changes
from kpfield.report.inventory import Coverage
from kpfield.report.package import Package, package_name, write_package
from kpfield.store import Inventory
from kpfield.ui.jobs import Work
from kpfield.ui.map.render import maps_to_send, remove_maps

from .qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    translate,
)

__all__ = [
    "ChangesDialog",
    "ChangesRequest",
    "PackageDialog",
    "PackageRequest",
    "changes_message",
    "changes_work",
    "package_message",
    "package_work",
]


# ---- what changed ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangesRequest:
    """The changes an officer's last workbook brought (``officer``), or every change since a day
    and time (``since``, as :func:`kpfield.domain.dates.parse_since` keeps it), written to ``output``."""

    output: Path
    officer: str | None = None
    since: str | None = None


def changes_work(request: ChangesRequest) -> Work:
    """A job's work: the changes workbook; returns (what the list covers, counts per action)."""

    def work(inv: Inventory, _progress: Progress) -> tuple[str, dict[str, int]]:
        scope = officer_scope(inv, request.officer) if request.officer else since_scope(request.since or "")
        return scope.title, write_changes(inv, request.output, scope)

    return work


def changes_message(output: Path, result: tuple[str, dict[str, int]]) -> str:
    """What the window says once the changes are written."""
    title, counts = result
    lines = [translate("CoordinatorReports", "Wrote {file}: {title}").format(file=output.name, title=title)]
    if counts:
        lines.append(", ".join(f"{what}: {format_number(n, grouping=True)}" for what, n in counts.items()))
    else:
        lines.append(translate("CoordinatorReports", "No change recorded"))
    return "\n".join(lines)


def _xlsx(path: str) -> Path:
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def _write_or_cancel(dialog: QDialog, form: QFormLayout, accept: Callable[[], None]) -> QDialogButtonBox:
    """Lay out a report dialog: its ``form``, then Write (calling ``accept``) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CoordinatorReports", "Write"))
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


class ChangesDialog(QDialog):
    """Asks whose changes (an officer's last workbook, or every change since a day) and where to
    write them; ``request()`` returns it, or None with the reason shown in the dialog."""

    def __init__(self, officers: list[str], default: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CoordinatorReports", "What changed"))
        self.setMinimumWidth(640)
        form = QFormLayout()
        self.which = QComboBox(self)
        self.which.addItem(translate("CoordinatorReports", "Every change recorded since a day"), None)
        for name in officers:
            self.which.addItem(
                translate("CoordinatorReports", "The last workbook of {officer}").format(officer=name), name
            )
        self.since = QLineEdit(self)
        self.since.setPlaceholderText(
            translate("CoordinatorReports", "a day, e.g. {example}, or a day and a UTC time: {example} 14:30").format(
                example=format_date("2026-01-01")
            )
        )
        self.output = QLineEdit(str(default), self)
        browse = QPushButton(translate("CoordinatorReports", "Choose…"), self)
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        self.message = QLabel(self)
        self.message.setProperty("problem", "error")
        self.message.setWordWrap(True)
        note = QLabel(
            translate(
                "CoordinatorReports",
                "The records added, changed, deleted or brought back, with their names and the fields changed "
                "(as 'kpfield report changes' writes them).",
            ),
            self,
        )
        note.setObjectName("pageCount")
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(translate("CoordinatorReports", "Changes of"), self.which)
        form.addRow(translate("CoordinatorReports", "Since"), self.since)
        form.addRow(translate("CoordinatorReports", "Workbook"), where)
        form.addRow("", self.message)
        self.buttons = _write_or_cancel(self, form, self._accept)
        self.which.currentIndexChanged.connect(self._which_changed)
        self._which_changed()

    def _which_changed(self, *_args: object) -> None:
        self.since.setEnabled(self.which.currentData() is None)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("CoordinatorReports", "What changed"),
            self.output.text(),
            translate("CoordinatorReports", "Workbooks") + " (*.xlsx)",
        )
        if path:
            self.output.setText(str(_xlsx(path)))

    def request(self) -> ChangesRequest | None:
        officer = self.which.currentData()
        since = None
        if officer is None:
            text = self.since.text().strip()
            if not text:
                self.message.setText(translate("CoordinatorReports", "Type the day the list starts from"))
                return None
            try:
                since = parse_since(text)
            except DateError as e:
                self.message.setText(translate("CoordinatorReports", "Since: {error}").format(error=e))
                return None
        out = self.output.text().strip()
        if not out:
            self.message.setText(translate("CoordinatorReports", "Say where to write the workbook"))
            return None
        self.message.setText("")
        return ChangesRequest(_xlsx(out), officer=officer, since=since)

    def _accept(self) -> None:
        if self.request() is not None:
            self.accept()

    @classmethod
    def ask(cls, inv: Inventory, parent: QWidget | None = None) -> ChangesRequest | None:
        """Show the dialog; the user's request, or None when cancelled."""
        dialog = cls(officers_with_workbooks(inv), inv.path.with_name(f"{inv.path.stem}-changes.xlsx"), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


# ---- the package to send ---------------------------------------------------------------------


@dataclass(frozen=True)
class PackageRequest:
    """``kpfield-<region>-<period>.zip`` for ``region`` (a WGAAP region's key) and ``period``, with
    its README and workbooks in ``lang``, written into ``folder``."""

    folder: Path
    region: str
    period: Period
    lang: str

    @property
    def path(self) -> Path:
        return self.folder / package_name(self.region, self.period)


def package_maps(inv: Inventory, request: PackageRequest) -> dict[str, Path]:
    """The map of each country of the package's region, drawn in the window's thread (where Qt
    draws; a moment per country) into a folder of its own, which the package's job removes."""
    return maps_to_send(inv, Coverage.region(request.region).countries)


def package_work(request: PackageRequest, maps: dict[str, Path] | None = None) -> Work:
    """A job's work: the package (with ``maps`` on its Maps sheet, as ``kpfield export package``
    draws them), reporting its progress and stopping when cancelled; returns what
    :func:`kpfield.report.package.write_package` made."""

    def work(inv: Inventory, progress: Progress) -> Package:
        try:
            return write_package(
                inv,
                request.folder,
                Coverage.region(request.region),
                request.region,
                request.period,
                request.lang,
                maps=maps or None,
                progress=progress,
            )
        finally:
            remove_maps(maps)

    return work


def package_message(package: Package) -> str:
    """What the window says once the package is written."""
    lines = [
        translate("CoordinatorReports", "Wrote {file}: {names}").format(
            file=package.path.name, names=", ".join(package.members)
        )
    ]
    if package.no_pdf_because:
        lines.append(translate("CoordinatorReports", "No PDF: {why}").format(why=package.no_pdf_because))
    return "\n".join(lines)


class PackageDialog(QDialog):
    """Asks for the region, the period, the language and the folder; ``request()`` returns them,
    or None with the reason shown in the dialog."""

    def __init__(
        self,
        default_dir: Path,
        region: str | None = None,
        period: Period | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("CoordinatorReports", "Package to send"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.region = QComboBox(self)
        for key in REGION_NAMES:
            self.region.addItem(region_name(key), key)
        if region is not None and self.region.findData(region) >= 0:
            self.region.setCurrentIndex(self.region.findData(region))
        self.period = QLineEdit(period.label if period is not None else "", self)
        self.period.setPlaceholderText(translate("CoordinatorReports", "a half-year such as 2026H1, or a year: 2026"))
        self.lang = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(i18n.language())))
        self.folder = QLineEdit(str(default_dir), self)
        browse = QPushButton(translate("CoordinatorReports", "Choose…"), self)
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.message = QLabel(self)
        self.message.setProperty("problem", "error")
        self.message.setWordWrap(True)
        note = QLabel(
            translate(
                "CoordinatorReports",
                "One zip named by region and period: the inventory workbook and its PDF (needs LibreOffice), "
                "what the period's imports brought, who sent what, and a README (as 'kpfield export package' "
                "writes it).",
            ),
            self,
        )
        note.setObjectName("pageCount")
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(translate("CoordinatorReports", "WGAAP region"), self.region)
        form.addRow(translate("CoordinatorReports", "Period"), self.period)
        form.addRow(translate("CoordinatorReports", "Language"), self.lang)
        form.addRow(translate("CoordinatorReports", "Folder"), where)
        form.addRow("", self.message)
        self.buttons = _write_or_cancel(self, form, self._accept)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("CoordinatorReports", "Folder for the package"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def request(self) -> PackageRequest | None:
        try:
            period = Period.parse(self.period.text())
        except ValueError as e:
            self.message.setText(translate("CoordinatorReports", "Period: {error}").format(error=e))
            return None
        folder = self.folder.text().strip()
        if not folder:
            self.message.setText(translate("CoordinatorReports", "Say which folder to write the package in"))
            return None
        self.message.setText("")
        return PackageRequest(Path(folder), self.region.currentData(), period, self.lang.currentData())

    def _accept(self) -> None:
        if self.request() is not None:
            self.accept()

    @classmethod
    def ask(
        cls, inv: Inventory, region: str | None = None, period: Period | None = None, parent: QWidget | None = None
    ) -> PackageRequest | None:
        """Show the dialog (the region and period given chosen); the user's request, or None when cancelled."""
        dialog = cls(inv.path.parent, region, period, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
