"""File > Restore from backup…: this inventory's backups, newest first, and bringing one back.

The same services as ``kpfield restore``: the backups are listed and described by
:func:`kpfield.store.restore.describe_backups` (read-only, in a worker), a chosen backup is checked
and copied beside the inventory by :func:`~kpfield.store.restore.stage` (in a worker, with progress
and Cancel, while the window stays open), and :func:`~kpfield.store.restore.put_in_place` then
swaps the files once the window has let go of the inventory (``app.Session.restore``). The replaced
file is kept beside the inventory, as the command line keeps it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpfield import i18n
from kpfield.domain.entities import ENTITIES
from kpfield.progress import Progress
from kpfield.store.backup import default_dir
from kpfield.store.restore import BackupInfo, describe_backups, stage

from .jobs import Job, JobRunner, follow_in_dialog
from .plurals import count_text
from .qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    translate,
)

__all__ = ["COUNTED", "RestoreDialog", "format_size", "list_task", "stage_task"]

# the record kinds with a column of their own; the others are summed under "Other records"
COUNTED = ("person", "licence", "site", "production")


def list_task(db_path: Path) -> Any:
    """A job's work: this inventory's backups, described, newest first."""

    def work(_inv: Any, progress: Progress) -> list[BackupInfo]:
        return describe_backups(db_path, progress=progress)

    return work


def stage_task(db_path: Path, backup: Path) -> Any:
    """A job's work: check ``backup`` and copy it beside the inventory; the copy's path."""

    def work(_inv: Any, progress: Progress) -> str:
        return str(stage(db_path, backup, progress))

    return work


def format_size(size: int) -> str:
    """A file size as the officer reads it: ``1,4 Mo`` in French."""
    if size < 1024:
        return translate("RestoreDialog", "{n} bytes").format(n=i18n.format_number(size))
    if size < 1024 * 1024:
        return translate("RestoreDialog", "{n} KB").format(n=i18n.format_number(size / 1024, 0))
    return translate("RestoreDialog", "{n} MB").format(n=i18n.format_number(size / (1024 * 1024), 1))


class RestoreDialog(QDialog):
    """Lists the backups of the inventory at ``db_path``; ``restoreChosen(path)`` once the user has
    chosen one and confirmed. The window then brings it back (see ``MainWindow.restore_backup``)."""

    restoreChosen = Signal(str)

    def __init__(self, db_path: Path, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.jobs = jobs
        self.backups: list[BackupInfo] = []
        self.list_job: Job | None = None
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.resize(1240, 480)  # room for the counts and the file name on a 1366x768 screen
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            translate(
                "RestoreDialog",
                "The backups of {name}, newest first, at this computer's time. The backup you choose is "
                "checked, then replaces the inventory; the inventory as it is now is kept beside it.",
            ).format(name=db_path.name)
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("RestoreDialog", "Made"),
                translate("RestoreDialog", "Size"),
                *(ENTITIES[kind].shown_plural() for kind in COUNTED),
                translate("RestoreDialog", "Other records"),
                translate("RestoreDialog", "Backup file"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long file name keeps its end (the time)
        header = self.table.horizontalHeader()
        # sized to the dates and counts once filled (a damaged backup's note spans the count columns
        # and must not widen them); the file name takes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(translate("RestoreDialog", "Reading the backups…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(translate("RestoreDialog", "Restore…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ---- listing -----------------------------------------------------------------------------------

    def load(self) -> Job:
        """Read the backups in a worker (with progress when it takes a while); the table fills after."""
        job = self.list_job = Job(None, list_task(self.db_path))
        follow_in_dialog(
            job,
            translate("RestoreDialog", "Reading the backups…"),
            translate("RestoreDialog", "Restore from backup"),
            self,
        )
        job.finished.connect(self.show_backups)
        job.failed.connect(self._list_failed)
        job.cancelled.connect(lambda: self.status.setText(translate("RestoreDialog", "Listing cancelled.")))
        self.jobs.start(job)
        return job

    @Slot(object)
    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.list_job = None
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            self._fill(row, info)
        for col in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(col)
        for row, info in enumerate(self.backups):
            if info.counts is None:
                self._note(row, info)
        if not self.backups:
            self.status.setText(
                translate("RestoreDialog", "{name} has no backups yet in {folder}.").format(
                    name=self.db_path.name, folder=self.db_path.parent / "backups"
                )
            )
        else:
            unreadable = sum(1 for b in self.backups if b.counts is None)
            folder = self.backups[0].path.parent
            n = len(self.backups)
            if folder == default_dir(self.db_path):
                text = self.tr("{n} backup(s) in the backups folder beside the inventory.", "", n).format(n=n)
            else:
                text = self.tr("{n} backup(s) in {folder}.", "", n).format(n=n, folder=folder)
            self.status.setToolTip(str(folder))
            if unreadable:
                text += " " + self.tr("{n} of them cannot be read and cannot be restored.", "", unreadable).format(
                    n=unreadable
                )
            self.status.setText(text)
            first = next((r for r, b in enumerate(self.backups) if b.counts is not None), None)
            if first is not None:
                self.table.selectRow(first)
        self._update_buttons()

    def _fill(self, row: int, info: BackupInfo) -> None:
        def cell(col: int, text: str, *, right: bool = False) -> QTableWidgetItem:
            item = QTableWidgetItem(text)
            if right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
            return item

        cell(0, i18n.format_local_time(info.made))
        cell(1, format_size(info.size), right=True)
        name = cell(7, info.path.name)
        name.setToolTip(str(info.path))
        if info.counts is None:
            return  # its note is placed once the columns are sized (_note)
        for col, kind in enumerate(COUNTED, 2):
            cell(col, i18n.format_number(info.counts.get(kind, 0), grouping=True), right=True)
        others = sum(n for kind, n in info.counts.items() if kind not in COUNTED)
        cell(6, i18n.format_number(others, grouping=True), right=True)

    def _note(self, row: int, info: BackupInfo) -> None:
        """Across the count columns of a backup that cannot be read: why."""
        note = QTableWidgetItem(translate("RestoreDialog", "Unreadable: damaged, or not a kpfield inventory"))
        note.setToolTip(info.problem or "")
        note.setForeground(Qt.GlobalColor.darkRed)
        self.table.setItem(row, 2, note)
        self.table.setSpan(row, 2, 1, 5)

    @Slot(str)
    def _list_failed(self, message: str) -> None:
        self.list_job = None
        self.status.setText(
            translate("RestoreDialog", "The backups could not be listed: {message}").format(message=message)
        )

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests)."""
        return [
            [
                (self.table.item(r, c).text() if self.table.item(r, c) is not None else "")  # type: ignore[union-attr]
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    # ---- choosing ----------------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        return self.backups[rows.pop()]

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.counts is not None)

    def confirmation(self, info: BackupInfo) -> str:
        """The question asked before a restore: it names the backup, its time and what it holds."""
        counts = info.counts or {}
        holds = ", ".join(count_text(kind, counts.get(kind, 0)) for kind in COUNTED)
        return translate(
            "RestoreDialog",
            "Replace {name} by the backup made on {when} ({file}: {holds})?\n\nEverything saved since that "
            "backup will no longer be in the inventory. The inventory as it is now is not deleted: it is "
            "kept beside it as {name}.replaced-<date>, and can be opened again from there.",
        ).format(name=self.db_path.name, when=i18n.format_local_time(info.made), file=info.path.name, holds=holds)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or info.counts is None:
            return
        answer = QMessageBox.question(
            self,
            translate("RestoreDialog", "Restore from backup"),
            self.confirmation(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restoreChosen.emit(str(info.path))
