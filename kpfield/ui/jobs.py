"""Long work off the window's thread: each job opens its own connection, reports progress, can stop.

A job is a function ``task(path, progress) -> str`` run in a ``QThread``. ``progress`` is the
services' own :data:`kpfield.progress.Progress`: it returns False once the user asked to cancel;
the service then stops, leaves nothing half-written (the backup, for instance, removes its partial
file) and raises :class:`kpfield.progress.Cancelled`. The window's connection is never shared.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kpfield.progress import Cancelled, Progress
from kpfield.store import Inventory

from .qt import QObject, Qt, QThread, Signal, Slot

Task = Callable[[Path, Progress], str]


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(str)  # the task's result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, path: Path, task: Task):
        super().__init__()
        self.path = path
        self.task = task
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int, what: str = "") -> bool:
        self.progress.emit(done, total)
        return not self._cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self.task(self.path, self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as e:  # noqa: BLE001 - reported to the user, the window carries on
            self.failed.emit(str(e) or e.__class__.__name__)
        else:
            self.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs in their own threads and keeps them (and their threads) alive until they end."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running: list[tuple[QThread, Job]] = []

    def start(self, job: Job) -> Job:
        self.running = [(t, j) for t, j in self.running if not t.isFinished()]
        thread = QThread()
        job.moveToThread(thread)
        thread.started.connect(job.run)
        for sig in (job.finished, job.failed, job.cancelled):
            # quit from the worker itself: queued to the window's thread, it would wait for an event
            # loop that is blocked in wait_all() when the window closes (and the thread outlive it)
            sig.connect(thread.quit, Qt.ConnectionType.DirectConnection)
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


def backup_task(path: Path, progress: Progress) -> str:
    """Back up the inventory at ``path`` through a connection of this thread's own."""
    with Inventory.open(path) as inv:
        return str(inv.backup(progress=progress))
