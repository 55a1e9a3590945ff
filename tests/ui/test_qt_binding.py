"""The Qt binding keeps Python's reference counts: a long session must not crash the window.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to True on every ``Signal.emit()`` and
one to None on every Python slot a Qt signal calls; after a few thousand of either the process
aborts ("Fatal Python error: bool_dealloc" or "none_dealloc"). Python 3.12 and later make True and
None immortal, which hides it; kpfield supports 3.11, so that release is excluded in pyproject.toml.
"""

from __future__ import annotations

import sys


def test_emitting_a_signal_and_calling_slots_keep_reference_counts(qapp):
    from kpfield.ui.qt import QObject, QTimer, Signal

    class Source(QObject):
        changed = Signal()

    calls = []

    def slot() -> None:
        calls.append(1)

    source = Source()
    source.changed.connect(slot)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(50):
        source.changed.emit()
    assert len(calls) == 50
    assert sys.getrefcount(True) - before[0] > -10, "Signal.emit() loses a reference to True"

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(slot)
    before_none = sys.getrefcount(None)
    timer.start()
    while len(calls) < 100:
        qapp.processEvents()
    timer.stop()
    assert sys.getrefcount(None) - before_none > -20, "a slot called by a Qt signal loses a reference to None"
