"""Start here: what an officer does first in an empty inventory, each step a button that goes there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpfield.demo import SCALES, generate
from kpfield.paths import demo_inventory_path
from kpfield.progress import Progress
from kpfield.store import Inventory

from .jobs import Job, JobRunner, follow_in_dialog
from .qt import (
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    translate,
)
from .style import icon

DEMO_KINDS = ("person", "organisation", "licence", "site", "production", "sale", "inspection")


def demo_task(path: Path) -> Any:
    """A job's work: the small demo inventory at ``path``, made when missing or empty; its path."""

    def work(_inv: Any, progress: Progress) -> str:
        fresh = not path.exists() or path.stat().st_size == 0
        inv = (
            Inventory.create(path, country=SCALES["small"].countries[0], officer="Demo officer")
            if fresh
            else Inventory.open(path)
        )
        try:
            if not any(inv.count(k) for k in DEMO_KINDS):
                generate(inv, "small", 1, progress)
        except BaseException:
            inv.close()
            if fresh:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        inv.close()
        return str(path)

    return work


class StartPage(QScrollArea):
    """Shown instead of an empty Production page when the inventory holds no record at all."""

    newRecord = Signal(str)  # a record kind: its page, with a new record's form open
    importRequested = Signal()  # Exchange, Import tab
    guideRequested = Signal()
    openInventoryRequested = Signal()
    openRequested = Signal(str)  # an inventory to open instead of this one (the demo, once made)

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.jobs = jobs
        self.demo_job: Job | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        outer = QHBoxLayout(body)
        column = QWidget(body)
        column.setMaximumWidth(820)
        outer.addStretch(1)
        outer.addWidget(column, 8)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(12, 24, 12, 24)

        title = QLabel(translate("StartPage", "Start here"), column)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            translate(
                "StartPage",
                "This inventory holds no records yet. Record who works and where first, then what they "
                "produce: production, sales and inspections refer to the persons, licences and sites. "
                "Or bring in what another officer recorded.",
            ),
            column,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(12)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        steps = [
            (
                "person",
                "person",
                translate("StartPage", "Add the persons"),
                translate(
                    "StartPage",
                    "Diggers, licence holders, buyers and exporters: name, village, national ID or digger card.",
                ),
                translate("StartPage", "Add a person"),
            ),
            (
                "licence",
                "licence",
                translate("StartPage", "Add the licences"),
                translate(
                    "StartPage",
                    "Each mining, buying or export licence with its holder (a person or an organisation), "
                    "dates and status.",
                ),
                translate("StartPage", "Add a licence"),
            ),
            (
                "site",
                "site",
                translate("StartPage", "Add the mining sites"),
                translate(
                    "StartPage", "Where the digging is: village, coordinates and the licence the site works under."
                ),
                translate("StartPage", "Add a site"),
            ),
            (
                "import",
                "exchange",
                translate("StartPage", "Or import a field workbook"),
                translate(
                    "StartPage",
                    "A workbook exported by another officer's kpfield, or a template filled in by hand: "
                    "previewed first, nothing written until you accept it.",
                ),
                translate("StartPage", "Import a field workbook"),
            ),
            (
                "demo",
                "app",
                translate("StartPage", "Just looking? Open the demo"),
                translate(
                    "StartPage",
                    "A small demo inventory (Sierra Leone) with realistic records, kept in its own file: "
                    "this inventory stays as it is.",
                ),
                translate("StartPage", "Open the demo inventory"),
            ),
        ]
        for row, (key, icon_name, heading, text, button_text) in enumerate(steps):
            number = QLabel(str(row + 1), column)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            words = QLabel(f"<b>{heading}</b><br>{text}", column)
            words.setWordWrap(True)
            button = QPushButton(icon(icon_name), button_text, column)
            button.setObjectName(f"start-{key}")
            self.buttons[key] = button
            grid.addWidget(number, row, 0)
            grid.addWidget(words, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(grid)
        layout.addSpacing(16)
        more = QHBoxLayout()
        self.buttons["guide"] = QPushButton(translate("StartPage", "Read the guide (F1)"), column)
        self.buttons["open"] = QPushButton(icon("open"), translate("StartPage", "Open another inventory…"), column)
        more.addWidget(self.buttons["guide"])
        more.addWidget(self.buttons["open"])
        more.addStretch(1)
        layout.addLayout(more)
        layout.addStretch(1)
        self.setWidget(body)

        for kind in ("person", "licence", "site"):
            self.buttons[kind].clicked.connect(lambda _c=False, kind=kind: self.newRecord.emit(kind))
        self.buttons["import"].clicked.connect(self.importRequested.emit)
        self.buttons["guide"].clicked.connect(self.guideRequested.emit)
        self.buttons["open"].clicked.connect(self.openInventoryRequested.emit)
        self.buttons["demo"].clicked.connect(self.open_demo)

    def open_demo(self, path: Path | None = None) -> Job | None:
        """Make the demo inventory (once, in the data folder) in a worker, then ask to open it."""
        if self.demo_job is not None:
            return None
        job = self.demo_job = Job(None, demo_task(path or demo_inventory_path()))
        follow_in_dialog(
            job,
            translate("StartPage", "Making the demo inventory…"),
            translate("StartPage", "Open the demo inventory"),
            self,
        )
        job.finished.connect(self._demo_made)
        job.failed.connect(self._demo_failed)
        job.cancelled.connect(self._demo_cancelled)
        self.jobs.start(job)
        return job

    @Slot(object)
    def _demo_made(self, path: str) -> None:
        self.demo_job = None
        self.openRequested.emit(path)

    @Slot(str)
    def _demo_failed(self, message: str) -> None:
        self.demo_job = None
        QMessageBox.warning(
            self,
            translate("StartPage", "Open the demo inventory"),
            translate("StartPage", "The demo inventory could not be made: {message}").format(message=message),
        )

    @Slot()
    def _demo_cancelled(self) -> None:
        self.demo_job = None
