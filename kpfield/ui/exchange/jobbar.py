"""The Exchange tabs' job bar: a running job's progress and its Cancel button."""

from __future__ import annotations

from kpfield.ui.jobs import Job
from kpfield.ui.qt import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget, Slot, translate


class JobBar(QWidget):
    """A job's progress and its Cancel button, shown while it runs; ``job`` is that job, None once
    it has ended (before the job reports its outcome)."""

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
        job.ended.connect(self._ended)
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

    @Slot(object)
    def _ended(self, _job: Job) -> None:
        self.job = None
        self.hide()
