"""The window under pytest-qt, offscreen. Qt warnings fail the test (CRAFT.md, habit 9)."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # the offscreen platform cannot raise, resize or grab native windows; not kpfield's doing
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture
def window(qtbot, inv):
    from kpfield.ui import language, style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    style.apply(QApplication.instance())
    language.install("en")  # as the program starts: English's plural forms ("1 licence") installed
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    # an empty inventory opens on Start here (tests/ui/test_guide.py); these tests begin where an
    # officer who clicked Production would
    if win.stack.currentWidget() is win.start_page:
        win.go_to("production")
    yield win
    win.jobs.wait_all()
    # close every window before the inventory fixture closes its connection
    for w in QApplication.topLevelWidgets():
        w.close()
    win.close()


@pytest.fixture
def fill_form(monkeypatch, qtbot):
    """Replace the modal ``RecordDialog.ask`` by one that types into the real form and presses Enter.

    ``fill_form(fn)`` queues ``fn(dialog)`` for the next form; after it, Enter is pressed in the
    focused field (Enter saves). Each dialog is kept in ``fill_form.dialogs``; one that refused to
    save is left open for the test to read its messages.
    """
    from PySide6.QtTest import QTest

    from kpfield.ui.qt import Qt
    from kpfield.ui.records.forms import RecordDialog

    class Filler:
        def __init__(self):
            self.queue = []
            self.dialogs = []

        def __call__(self, fn):
            self.queue.append(fn)

    filler = Filler()

    def ask(cls, editor, kind, record_id=None, parent=None):
        dialog = cls(editor, kind, record_id, parent)
        qtbot.addWidget(dialog)
        filler.dialogs.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        filler.queue.pop(0)(dialog)
        if dialog.isVisible() and dialog.result() == 0:
            target = dialog.focusWidget() or dialog
            QTest.keyClick(target, Qt.Key.Key_Return)
        return dialog

    monkeypatch.setattr(RecordDialog, "ask", classmethod(ask))
    return filler
