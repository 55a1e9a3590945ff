"""Every page of the window at 1366x768, in each of the four languages, reads whole: no visible
label, button, column title or row title is cut (its text wider than the room it has)."""

from __future__ import annotations

import shutil

import pytest

from kpfield.demo import generate
from kpfield.i18n import LANGUAGES
from kpfield.store import Inventory

from .fit import elided_texts


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer", district="Kono") as inv:
        generate(inv, "small", seed=1)
    return path


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_page_reads_whole_at_1366x768(qtbot, demo_file, tmp_path, lang):
    from kpfield.ui import language, style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication, QTabWidget

    path = tmp_path / "demo.kpfield"
    shutil.copy(demo_file, path)
    language.install(lang)
    style.apply(QApplication.instance())
    with Inventory.open(path) as inv:
        win = MainWindow(inv, auto_backup=False)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        cut: list[str] = []
        try:
            for row in range(win.nav.count()):
                win.nav.setCurrentRow(row)
                page = win.stack.currentWidget()
                if page is win.matrix_page:
                    qtbot.waitUntil(
                        lambda: win.matrix_page.heat.evaluation is not None and win.matrix_page.job is None,
                        timeout=20000,
                    )
                tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
                views = [(None, 0)] + [(t, i) for t in tabs for i in range(t.count())]
                for tab, i in views:
                    if tab is not None:
                        tab.setCurrentIndex(i)
                    QApplication.processEvents()
                    where = win.nav.item(row).text() + (f" > {tab.tabText(i)}" if tab is not None else "")
                    cut += [f"{where}: {c}" for c in elided_texts(win) if f"{where}: {c}" not in cut]
            # each record's form, new, at the size it opens with: whole, with no sideways scrolling
            from kpfield.ui.qt import QScrollArea
            from kpfield.ui.records.forms import RecordDialog

            for kind in ("person", "organisation", "licence", "site", "production", "sale", "inspection"):
                dialog = RecordDialog(win.editor, kind, None, win)
                dialog.show()
                QApplication.processEvents()
                scroll = dialog.findChild(QScrollArea)
                if scroll.horizontalScrollBar().maximum() > 0:
                    cut.append(f"{kind} form: scrolls sideways by {scroll.horizontalScrollBar().maximum()} px")
                cut += [f"{kind} form: {c}" for c in elided_texts(dialog)]
                dialog.done(0)
        finally:
            win.jobs.wait_all()
            win.close()
            language.install("en")  # the next tests' window speaks English
    assert not cut, "\n".join(cut)


def test_licence_numbers_and_site_codes_are_never_cut_in_the_lists(qtbot, demo_file, tmp_path):
    from PySide6.QtWidgets import QStyle

    from kpfield.ui import style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    path = tmp_path / "demo.kpfield"
    shutil.copy(demo_file, path)
    style.apply(QApplication.instance())
    with Inventory.open(path) as inv:
        win = MainWindow(inv, auto_backup=False)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        checked = 0
        try:
            for kind in ("licence", "site", "production", "sale"):
                page = win.go_to(kind)
                QApplication.processEvents()
                table, model = page.table, page.model
                for c, col in enumerate(page.view_def.columns):
                    if col.key not in page.KEY_COLUMNS:
                        continue
                    for r in range(min(model.rowCount(), 20)):
                        text = str(model.index(r, c).data() or "")
                        # the cell's text margins, as the style lays them out (QCommonStyle: focus frame + 1)
                        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
                        need = table.fontMetrics().horizontalAdvance(text) + 2 * margin
                        assert need <= table.columnWidth(c), (kind, col.key, text, table.columnWidth(c))
                        checked += 1
        finally:
            win.jobs.wait_all()
            win.close()
    assert checked > 40
