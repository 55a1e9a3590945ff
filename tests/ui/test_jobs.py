"""Worker threads end on their own, even while the window's thread is busy or closing."""

from __future__ import annotations

import time


def test_a_finished_job_ends_its_thread_without_the_window_event_loop(qapp):
    from kpfield.ui.jobs import Job, JobRunner

    def task(_inv, progress):
        time.sleep(0.05)
        return "done"

    runner = JobRunner()
    job = Job(None, task)
    runner.start(job)
    thread, _ = runner.running[0]
    # no processEvents here: the window's thread is busy (or inside closeEvent's wait_all)
    assert thread.wait(5000), "the worker thread waited for the window's event loop to quit"
    runner.wait_all()


def test_closing_waits_for_a_cancelled_job_without_the_event_loop(qapp):
    from kpfield.ui.jobs import Cancelled, Job, JobRunner

    def task(_inv, progress):
        while progress(0, 1):
            time.sleep(0.01)
        raise Cancelled

    runner = JobRunner()
    job = Job(None, task)
    runner.start(job)
    thread, _ = runner.running[0]
    time.sleep(0.05)
    started = time.perf_counter()
    runner.wait_all(msecs=5000)
    assert thread.isFinished() and time.perf_counter() - started < 4
    qapp.processEvents()  # deliver the queued progress and cancelled signals while the objects live
