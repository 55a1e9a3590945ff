"""Long work off the window's thread: one service call per job, on an inventory of the job's own.

A :class:`Job` runs ``work(inv, progress)`` in a ``QThread``. ``inv`` is opened in that thread for
the job alone (read-write, or read-only for long reads such as an evaluation); the window's
inventory is never shared. ``progress`` is the services' own :data:`kpfield.progress.Progress`:
it returns False once the user asked to cancel; the service then stops, leaves nothing
half-written (the backup, for instance, removes its partial file) and raises
:class:`kpfield.progress.Cancelled`. A read-only job's queries are also stopped where they are
(:meth:`Inventory.interrupt`), so a long read needs no progress calls to be cancellable.

Each job ends with exactly one of ``finished(result)``, ``failed(message)`` or ``cancelled()``,
just after ``ended(job)``. The job itself lives in the window's thread and its signals are emitted
there, so any callable may be connected to them, lambdas included. A use is a few lines::

    job = Job(inv.path, lambda inv, progress: inv.backup(progress=progress))
    job.finished.connect(self._backed_up)
    self.jobs.start(job)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kpfield.progress import Cancelled, Progress
from kpfield.store import Inventory

from .qt import QObject, QProgressDialog, Qt, QThread, QWidget, Signal, Slot, translate

__all__ = ["Cancelled", "Job", "JobRunner", "Work", "follow_in_dialog"]

# work(inv, progress) -> result; inv is None for a job given no inventory path
Work = Callable[[Any, Progress], Any]


class Job(QObject):
    """One call of ``work`` in a worker thread. ``outcome`` is "finished", "failed" or "cancelled"
    once the work has ended (set in the worker, before the signals reach the window's thread);
    ``result`` is what a finished job's work returned, ``error`` a failed job's message."""

    progress = Signal(int, int)  # done, total
    # the job is over (carries the job: a page running several tells them apart), before the
    # outcome's own signal
    ended = Signal(object)
    finished = Signal(object)  # what the work returned
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, path: Path | None, work: Work, *, readonly: bool = False):
        """``path``: the inventory ``work`` runs on, opened in the worker (read-only with
        ``readonly``); None for work that needs no inventory."""
        super().__init__()
        self.path = path
        self.work = work
        self.readonly = readonly
        self.outcome: str | None = None
        self.result: Any = None
        self.error = ""
        self._cancel = False
        self._lock = threading.Lock()
        self._inv: Inventory | None = None  # a read-only job's inventory while its work runs
        self._worker = _Worker(self)
        self._worker.progress.connect(self._progressed)
        self._worker.done.connect(self._done)

    def cancel(self) -> None:
        """Ask the work to stop (from the window's thread): its next progress call answers False,
        and a read-only job's running query is interrupted."""
        with self._lock:
            self._cancel = True
            if self._inv is not None:
                self._inv.interrupt()

    def is_cancelled(self) -> bool:
        return self._cancel

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(str, object)
    def _done(self, outcome: str, value: Any) -> None:
        if outcome == "finished":
            self.result = value
        elif outcome == "failed":
            self.error = value
        self.ended.emit(self)
        if outcome == "finished":
            self.finished.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()

    # ---- in the worker thread ----------------------------------------------------------------

    def _progress(self, done: int, total: int, _what: str = "") -> bool:
        self._worker.progress.emit(done, total)
        return not self._cancel

    def _call(self) -> Any:
        if self._cancel:
            raise Cancelled  # cancelled before it began: nothing is opened or written
        if self.path is None:
            return self.work(None, self._progress)
        if not self.readonly:
            with Inventory.open(self.path) as inv:
                return self.work(inv, self._progress)
        with Inventory.open_readonly(self.path) as inv:
            with self._lock:
                self._inv = inv
            try:
                with inv.cancellable(self.is_cancelled):
                    return self.work(inv, self._progress)
            finally:
                with self._lock:
                    self._inv = None

    def _run(self) -> tuple[str, Any]:
        try:
            result = self._call()
        except Cancelled:
            return "cancelled", None
        except Exception as e:  # noqa: BLE001 - reported to the user, the window carries on
            return "failed", str(e) or e.__class__.__name__
        if self._cancel and self.readonly:
            return "cancelled", None  # a read stopped too late to interrupt: nothing changed, drop it
        return "finished", result


class _Worker(QObject):
    """The part of a job that moves to its thread: runs it and reports, from that thread."""

    progress = Signal(int, int)
    done = Signal(str, object)  # outcome, then the result or the failure's message

    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    @Slot()
    def run(self) -> None:
        outcome, value = self.job._run()
        self.job.outcome = outcome
        self.done.emit(outcome, value)


class JobRunner(QObject):
    """Starts jobs in their own threads and keeps them (and their threads) alive until they end."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running: list[tuple[QThread, Job]] = []

    def start(self, job: Job) -> Job:
        self.running = [(t, j) for t, j in self.running if not t.isFinished()]
        thread = QThread()
        worker = job._worker
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit from the worker itself: queued to the window's thread, it would wait for an event
        # loop that is blocked in wait_all() when the window closes (and the thread outlive it)
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self.running.append((thread, job))
        thread.start()
        return job

    def busy(self) -> bool:
        return any(not t.isFinished() for t, _ in self.running)

    def wait_all(self, msecs: int = 30000) -> None:
        """Ask every job to stop and wait for its thread (when the window closes)."""
        for _thread, job in self.running:
            job.cancel()
        for thread, _ in self.running:
            thread.wait(msecs)
        self.running = []


def follow_in_dialog(job: Job, text: str, title: str, parent: QWidget) -> QProgressDialog:
    """A progress dialog for ``job`` (shown if it runs longer than 300 ms): its Cancel button
    cancels the job, and it goes away when the job ends, before the job's outcome is reported."""
    dialog = QProgressDialog(text, translate("MainWindow", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(job.cancel)
    job.progress.connect(lambda done, total: dialog.setValue(int(100 * done / max(total, 1))))

    def close(_job: Job) -> None:
        dialog.reset()
        dialog.deleteLater()

    job.ended.connect(close)
    return dialog
